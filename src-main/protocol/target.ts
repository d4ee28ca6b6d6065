/**
 * Where the server is and how to address it: checks what the user typed, and builds the event
 * socket URL, the Live REST API base and the Basic authorization header. Credentials go only
 * into the header, never into a URL, so they cannot surface in a log line or an error message.
 */
import { isIPv4, isIPv6 } from 'node:net';
import { domainToASCII } from 'node:url';
import type { Secret } from '../common/secret';
import { err, ok, type Problem, type Result } from '../common/result';
import type { MessageKey } from '../i18n/catalogues';
import { problemSaid } from '../i18n/english';
import { DEFAULT_PLAIN_PORT, DEFAULT_TLS_PORT } from './default-ports';
import { wellFormed } from './limits';

export interface ServerTarget {
  /** A lower-case DNS name (IDN as punycode), an IPv4 literal, or an IPv6 literal without brackets. */
  readonly host: string;
  readonly port: number;
  readonly tls: boolean;
  /** Path of the event websocket, starting with "/". */
  readonly path: string;
}

export { DEFAULT_PLAIN_PORT, DEFAULT_TLS_PORT };
export const EVENT_SOCKET_PATH = '/communication_manager/ws/event';
export const LIVE_API_PATH = '/communication_manager/rest/live';

export type TargetProblem = Problem<'target-invalid'>;
export type UsernameProblem = Problem<'username-invalid'>;

/** A refusal as a catalogue message: English in `message` (the command line), `text` for the app's language. */
function invalid<T>(
  key: MessageKey,
  values?: Readonly<Record<string, string | number>>,
): Result<T, TargetProblem> {
  return err(problemSaid('target-invalid', key, values));
}

const DNS_LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
const NUMERIC_LABEL = /^(?:\d+|0x[0-9a-f]*)$/i;
const PATH = /^\/[A-Za-z0-9\-._~!$&'()*+,;=:@/]*$/;
const WHITESPACE = /\s/;

function parseHost(input: string): Result<string, TargetProblem> {
  // Copy-paste brings stray spaces at the ends; spaces inside are refused below.
  const host = typeof input === 'string' ? input.trim() : '';
  if (host === '') return invalid('validation.hostEmpty');
  if (host.includes('://')) {
    return invalid('validation.hostScheme');
  }
  if (WHITESPACE.test(host)) return invalid('validation.hostSpaces');
  if (host.includes('@')) {
    return invalid('validation.hostUser');
  }
  if (/[/?#\\]/.test(host)) {
    return invalid('validation.hostPath');
  }
  if (host.startsWith('[') || host.includes(':')) {
    const bracketed = host.startsWith('[') && host.endsWith(']');
    const inner = bracketed ? host.slice(1, -1) : host;
    if ((host.startsWith('[') && !bracketed) || (!bracketed && host.indexOf(':') === host.lastIndexOf(':'))) {
      return invalid('validation.hostPort');
    }
    if (inner.includes('%')) {
      return invalid('validation.hostZone');
    }
    if (!isIPv6(inner)) return invalid('validation.hostIpv6', { host: capForMessage(host) });
    return ok(inner.toLowerCase());
  }
  const name = (host.endsWith('.') ? host.slice(0, -1) : host).toLowerCase();
  const labels = name.split('.');
  if (NUMERIC_LABEL.test(labels[labels.length - 1] ?? '')) {
    // URL parsers read such a host as an IPv4 address, so it must be one.
    if (!isIPv4(name)) {
      return invalid('validation.hostIpv4', { host: capForMessage(host) });
    }
    return ok(name);
  }
  const ascii = domainToASCII(name);
  if (ascii === '' || ascii.length > 253 || !ascii.split('.').every((label) => DNS_LABEL.test(label))) {
    return invalid('validation.hostName', { host: capForMessage(host) });
  }
  return ok(ascii);
}

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return true;
  return false;
}

/** What the user typed, shortened and made printable, to quote back in a message. */
function capForMessage(text: string): string {
  let printable = '';
  for (const ch of wellFormed(text)) printable += isControl(ch.charCodeAt(0)) ? '?' : ch;
  return printable.length > 80 ? printable.slice(0, 77) + '...' : printable;
}

/** Checks a server address as typed in settings. Never throws; each refusal names the fix. */
export function parseTarget(input: {
  host: string;
  port?: number;
  tls?: boolean;
  path?: string;
}): Result<ServerTarget, TargetProblem> {
  const host = parseHost(input.host);
  if (!host.ok) return host;
  const tls = input.tls === true;
  const port = input.port ?? (tls ? DEFAULT_TLS_PORT : DEFAULT_PLAIN_PORT);
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) {
    return invalid('validation.port', { plain: String(DEFAULT_PLAIN_PORT), tls: String(DEFAULT_TLS_PORT) });
  }
  const path = input.path ?? EVENT_SOCKET_PATH;
  if (typeof path !== 'string' || path.length > 512 || !PATH.test(path)) {
    return invalid('validation.path', { example: EVENT_SOCKET_PATH });
  }
  return ok({ host: host.value, port, tls, path });
}

function authority(t: ServerTarget): string {
  return `${t.host.includes(':') ? `[${t.host}]` : t.host}:${t.port}`;
}

/** `ws://host:port/path` (or `wss://`); never carries credentials. */
export function eventSocketUrl(t: ServerTarget): string {
  return `${t.tls ? 'wss' : 'ws'}://${authority(t)}${t.path}`;
}

/**
 * Base URL of the Live REST API for one core server, without a trailing slash: append
 * "/users" and so on. A reverse-proxy prefix in front of the event path is kept in front of
 * the API path too. Without a core server (or with an empty one) the server's "default" is used.
 */
export function liveApiBase(t: ServerTarget, coreServer?: { id: string } | { name: string }): string {
  const prefix = t.path.endsWith(EVENT_SOCKET_PATH) ? t.path.slice(0, -EVENT_SOCKET_PATH.length) : '';
  let segment = 'getByName/default';
  if (coreServer && 'id' in coreServer && coreServer.id !== '') {
    segment = encodeURIComponent(wellFormed(coreServer.id));
  } else if (coreServer && 'name' in coreServer && coreServer.name !== '') {
    segment = `getByName/${encodeURIComponent(wellFormed(coreServer.name))}`;
  }
  return `${t.tls ? 'https' : 'http'}://${authority(t)}${prefix}${LIVE_API_PATH}/coreServers/${segment}`;
}

/**
 * Checks the manager user name before it goes into a Basic header, where ":" would end the name
 * early and control characters do not belong.
 */
export function validateManagerUsername(username: string): Result<string, UsernameProblem> {
  if (typeof username !== 'string' || username.length === 0) {
    return err(problemSaid('username-invalid', 'validation.usernameEmpty'));
  }
  if (username.includes(':')) {
    return err(problemSaid('username-invalid', 'validation.usernameColon'));
  }
  if (hasControl(username) || username.length > 256 || wellFormed(username) !== username) {
    return err(problemSaid('username-invalid', 'validation.usernameLength'));
  }
  return ok(username);
}

/**
 * `Basic base64(user:password)` in UTF-8 (RFC 7617). Callers validate the user name first with
 * `validateManagerUsername`; a name with ":" would change which part the server reads as the
 * password, so it is a programming error here.
 */
export function basicAuthorization(username: string, password: Secret): string {
  if (username.includes(':')) {
    throw new TypeError(
      'The manager user name must not contain ":"; check it with validateManagerUsername first.',
    );
  }
  return `Basic ${Buffer.from(`${username}:${password.reveal()}`, 'utf8').toString('base64')}`;
}
