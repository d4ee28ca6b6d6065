/**
 * The originate request: how the app asks the PBX to place a call from the user's extension.
 * iSymphony's Live REST API documents "actions for originating calls" on an extension but does not
 * publish their path (protocol notes §4.2), so the request is part of the protocol profile: a path
 * relative to the user's extension, a method, and a JSON body in which `{number}` stands for the
 * number to dial. The default below is inferred, not published; the demo server answers it.
 */
import type { MessageKey } from '../i18n/catalogues';

export const ORIGINATE_METHODS = ['POST', 'PUT'] as const;

export interface OriginateProfile {
  /** Relative to `extensions/getByName/{extension}/`, e.g. `originate`. */
  readonly path: string;
  readonly method: (typeof ORIGINATE_METHODS)[number];
  /** JSON text; `{number}` is replaced by the number (digits and a leading "+", so nothing to escape). */
  readonly body: string;
}

export const DEFAULT_ORIGINATE: OriginateProfile = Object.freeze({
  path: 'originate',
  method: 'POST',
  body: '{"destination":"{number}"}',
});

/** Path segments: letters, digits, "-", "_", "."; no empty, "." or ".." segment; at most 128 characters. */
const ORIGINATE_PATH = /^(?!.*(?:^|\/)\.{1,2}(?:\/|$))[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;

/**
 * Why a profile's originate request cannot be used (a catalogue key: the settings schema says it
 * in English and in the chosen language), or null when it can.
 */
export function originateProblem(profile: OriginateProfile): MessageKey | null {
  if (profile.path.length > 128 || !ORIGINATE_PATH.test(profile.path)) return 'originate.path';
  if (profile.body.length > 1024) return 'originate.bodyLength';
  if (!profile.body.includes('{number}')) return 'originate.bodyNumber';
  try {
    JSON.parse(profile.body.replaceAll('{number}', '0'));
  } catch {
    return 'originate.bodyJson';
  }
  return null;
}

/** The request for one number; `number` must already be a dialable number (digits, a leading "+"). */
export function originateRequest(
  profile: OriginateProfile,
  extension: string,
  number: string,
): { readonly method: OriginateProfile['method']; readonly path: string; readonly body: unknown } {
  if (!/^\+?[0-9]{1,24}$/.test(number)) throw new Error('originateRequest takes a dialable number only');
  return {
    method: profile.method,
    path: `/extensions/getByName/${encodeURIComponent(extension)}/${profile.path}`,
    body: JSON.parse(profile.body.replaceAll('{number}', number)) as unknown,
  };
}
