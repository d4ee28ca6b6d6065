/**
 * Where the server is and how to address it: checks what the user typed, and builds the event
 * socket URL, the Live REST API base and the Basic authorization header. Credentials go only
 * into the header, never into a URL, so they cannot surface in a log line or an error message.
 */
import { isIPv4, isIPv6 } from 'node:net';
import { domainToASCII } from 'node:url';
import type { Secret } from '../common/secret';
import { err, ok, problem, type Problem, type Result } from '../common/result';
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

function invalid<T>(message: string): Result<T, TargetProblem> {
  return err(problem('target-invalid', message));
}

const DNS_LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
const NUMERIC_LABEL = /^(?:\d+|0x[0-9a-f]*)$/i;
const PATH = /^\/[A-Za-z0-9\-._~!$&'()*+,;=:@/]*$/;
const WHITESPACE = /\s/;

function parseHost(input: string): Result<string, TargetProblem> {
  // Copy-paste brings stray spaces at the ends; spaces inside are refused below.
  const host = typeof input === 'string' ? input.trim() : '';
  if (host === '') return invalid("Enter the server's name or IP address.");
  if (host.includes('://')) {
    return invalid(
      'Enter only the server\'s name or address, without "ws://", "https://" or any other scheme.',
    );
  }
  if (WHITESPACE.test(host)) return invalid('The server address cannot contain spaces.');
  if (host.includes('@')) {
    return invalid('Leave user names out of the server address; the manager user name has its own field.');
  }
  if (/[/?#\\]/.test(host)) {
    return invalid(
      'Enter only the server\'s name or address, without a path such as "/communication_manager".',
    );
  }
  if (host.startsWith('[') || host.includes(':')) {
    const bracketed = host.startsWith('[') && host.endsWith(']');
    const inner = bracketed ? host.slice(1, -1) : host;
    if ((host.startsWith('[') && !bracketed) || (!bracketed && host.indexOf(':') === host.lastIndexOf(':'))) {
      return invalid('Enter the port in the port field, not after the address.');
    }
    if (inner.includes('%')) {
      return invalid(
        'IPv6 addresses with a zone (such as "%eth0") are not supported; use the server\'s name instead.',
      );
    }
    if (!isIPv6(inner)) return invalid(`"${capForMessage(host)}" is not a valid IPv6 address.`);
    return ok(inner.toLowerCase());
  }
  const name = (host.endsWith('.') ? host.slice(0, -1) : host).toLowerCase();
  const labels = name.split('.');
  if (NUMERIC_LABEL.test(labels[labels.length - 1] ?? '')) {
    // URL parsers read such a host as an IPv4 address, so it must be one.
    if (!isIPv4(name)) {
      return invalid(
        `"${capForMessage(host)}" is not a valid IPv4 address: use four numbers from 0 to 255, such as 192.168.1.20.`,
      );
    }
    return ok(name);
  }
  const ascii = domainToASCII(name);
  if (ascii === '' || ascii.length > 253 || !ascii.split('.').every((label) => DNS_LABEL.test(label))) {
    return invalid(
      `"${capForMessage(host)}" is not a valid server name: use letters, digits and hyphens between dots, such as pbx.example.com.`,
    );
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
    return invalid(
      `The port must be a whole number from 1 to 65535 (iSymphony uses ${DEFAULT_PLAIN_PORT}, or ${DEFAULT_TLS_PORT} with SSL).`,
    );
  }
  const path = input.path ?? EVENT_SOCKET_PATH;
  if (typeof path !== 'string' || path.length > 512 || !PATH.test(path)) {
    return invalid(
      `The path must start with "/" and use only letters, digits and URL punctuation, such as ${EVENT_SOCKET_PATH}.`,
    );
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
    return err(
      problem('username-invalid', 'Enter the manager user name (the server\'s default is "manager").'),
    );
  }
  if (username.includes(':')) {
    return err(
      problem(
        'username-invalid',
        'The manager user name cannot contain ":", because Basic authentication uses it to separate name and password.',
      ),
    );
  }
  if (hasControl(username) || username.length > 256 || wellFormed(username) !== username) {
    return err(
      problem('username-invalid', 'The manager user name must be at most 256 printable characters.'),
    );
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
