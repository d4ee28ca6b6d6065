import type { MessageRef } from '../i18n/message-ref';

/**
 * Errors are values: a machine code for programs and tests, and one plain sentence for people
 * that says what is wrong and, where there is one, the fix. `message` is English (the command
 * line and logs); `text`, when there is one, is the same sentence as a catalogue message, which
 * the windows, tray and notifications say in the chosen language (docs/i18n.md); `problemSaid`
 * in `i18n/english.ts` builds both from one key.
 */
export interface Problem<Code extends string = string> {
  readonly code: Code;
  readonly message: string;
  readonly text?: MessageRef;
}

export type Result<T, E = Problem> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}

export function problem<Code extends string>(code: Code, message: string): Problem<Code> {
  return { code, message };
}
