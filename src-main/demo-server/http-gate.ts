import { createHash, timingSafeEqual } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import { err, ok, problem, type Problem, type Result } from '../common/result';

/**
 * The checks every request and websocket upgrade passes before anything else, in the order the
 * real server's servlet container applies them: the IP allow-list (403), the "SSL required"
 * redirect (302), then Basic auth (401). Routing (404) comes after, so an unauthenticated
 * client learns nothing about which paths exist.
 */

export const AUTH_REALM = 'communication_manager';

export const DEFAULT_ALLOW_LIST: readonly string[] = Object.freeze(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** What the gate needs of a request: plain values, so it is testable without sockets. */
export interface GateRequest {
  readonly remoteAddress: string | undefined;
  readonly authorization: string | undefined;
  readonly host: string | undefined;
  /** Path and query exactly as requested. */
  readonly url: string;
  readonly encrypted: boolean;
}

export interface Rejection {
  readonly status: 302 | 400 | 401 | 403 | 404 | 405 | 413 | 426 | 503;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export type GateVerdict = { readonly pass: true } | { readonly pass: false; readonly rejection: Rejection };

export interface GateOptions {
  readonly allowList: AllowList;
  readonly credentials: CredentialCheck;
  /** When set and the request is plain HTTP, answer 302 to https on this port. */
  readonly requireSslPort?: number;
  /** Host used in the redirect when the request's Host header is missing or implausible. */
  readonly fallbackHost: string;
}

export function rejection(
  status: Rejection['status'],
  body: string,
  headers: Readonly<Record<string, string>> = {},
): Rejection {
  return { status, body, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers } };
}

export function checkGate(request: GateRequest, options: GateOptions): GateVerdict {
  if (!options.allowList.allows(request.remoteAddress)) {
    return {
      pass: false,
      rejection: rejection(403, "Forbidden: your address is not on this server's allow-list.\n"),
    };
  }
  if (options.requireSslPort !== undefined && !request.encrypted) {
    const host = plausibleHost(request.host) ?? bracketed(options.fallbackHost);
    const path = request.url.startsWith('/') ? request.url : '/';
    return {
      pass: false,
      rejection: rejection(302, 'This server requires SSL: use https or wss.\n', {
        Location: `https://${host}:${options.requireSslPort}${path}`,
      }),
    };
  }
  if (!options.credentials.accepts(request.authorization)) {
    return {
      pass: false,
      rejection: rejection(401, 'Unauthorized: wrong or missing user name or password.\n', {
        'WWW-Authenticate': `Basic realm="${AUTH_REALM}"`,
      }),
    };
  }
  return { pass: true };
}

/** The host part of a Host header (no port), or null when it is not a plain name or address. */
export function plausibleHost(header: string | undefined): string | null {
  if (header === undefined) return null;
  const ipv6 = /^(\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/.exec(header);
  if (ipv6?.[1]) return ipv6[1];
  const named = /^([A-Za-z0-9.-]{1,253})(?::\d{1,5})?$/.exec(header);
  return named?.[1] ?? null;
}

function bracketed(host: string): string {
  return isIP(host) === 6 ? `[${host}]` : host;
}

export interface CredentialCheck {
  accepts(authorization: string | undefined): boolean;
}

/**
 * Compares digests in constant time, so neither the length nor the content of the password
 * leaks through timing. The password itself is kept only inside the closure.
 */
export function basicCredentials(username: string, password: string): CredentialCheck {
  const expected = digest(`${username}:${password}`);
  return {
    accepts(authorization) {
      const given = decodeBasic(authorization);
      if (given === null) return false;
      return timingSafeEqual(digest(given), expected);
    },
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** `user:password` from an `Authorization: Basic …` header, or null when it is not one. */
export function decodeBasic(authorization: string | undefined): string | null {
  if (authorization === undefined) return null;
  const match = /^Basic[ \t]+([A-Za-z0-9+/=]{1,1024})[ \t]*$/i.exec(authorization);
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  return decoded.includes(':') ? decoded : null;
}

export interface AllowList {
  allows(remoteAddress: string | undefined): boolean;
}

export type AllowListProblem = Problem<'allow-list-invalid'>;

/**
 * Builds the allow-list from addresses and CIDR subnets (`10.0.0.0/8`, `fd00::/8`). An IPv4
 * client reached over a dual-stack socket (`::ffff:a.b.c.d`) also matches its IPv4 entry.
 */
export function parseAllowList(entries: readonly string[]): Result<AllowList, AllowListProblem> {
  const list = new BlockList();
  for (const raw of entries) {
    const entry = raw.trim();
    const [address = '', prefixText, extra] = entry.split('/');
    const family = isIP(address);
    const prefix = prefixText === undefined ? undefined : Number(prefixText);
    const maxPrefix = family === 6 ? 128 : 32;
    const prefixOk =
      prefix === undefined || (/^\d{1,3}$/.test(prefixText ?? '') && prefix >= 0 && prefix <= maxPrefix);
    if (family === 0 || extra !== undefined || !prefixOk) {
      return err(
        problem(
          'allow-list-invalid',
          `"${entry.slice(0, 64)}" is not an IP address or subnet: use a form such as 127.0.0.1, ::1 or 192.168.1.0/24.`,
        ),
      );
    }
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, prefix, type);
  }
  return ok({
    allows(remoteAddress) {
      if (remoteAddress === undefined) return false;
      const family = isIP(remoteAddress);
      if (family === 0) return false;
      if (list.check(remoteAddress, family === 6 ? 'ipv6' : 'ipv4')) return true;
      const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(remoteAddress);
      return mapped?.[1] !== undefined && list.check(mapped[1], 'ipv4');
    },
  });
}
