/**
 * Serves the built renderer from `app://companion/…` (a standard, secure scheme registered before
 * `ready`), so pages get a real origin and the CSP below as a response header, and nothing outside
 * `out/renderer` can ever be read through it.
 */
import type { CustomScheme, Protocol } from 'electron';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Logger } from '../common/log';
import { err, ok, problem, type Problem, type Result } from '../common/result';
import { APP_HOST, APP_SCHEME } from './renderer-origin';

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'none'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wav': 'audio/wav',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeFor(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Registered before `ready`: standard (real origin, relative URLs) and secure (like https). */
export function appSchemePrivileges(): CustomScheme[] {
  return [{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }];
}

/** The path part of a URL string exactly as written (after scheme and host, before ? or #). */
function rawPath(text: string): string {
  const afterScheme = text.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  return afterScheme.split(/[?#]/, 1)[0] ?? '';
}

/**
 * Maps an `app://companion/…` URL to a file inside `root`, or says why not. Any `..` segment,
 * backslash, NUL or encoded slash is refused outright rather than normalised away.
 */
export function resolveRendererPath(root: string, requestUrl: string): Result<string, Problem> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return err(problem('bad-url', 'The request URL could not be read.'));
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
    return err(problem('wrong-origin', 'Only app://companion/ pages are served.'));
  }
  // The URL parser would quietly resolve "..": look at the path as it was written first.
  const written = rawPath(requestUrl);
  if (written.split('/').some((segment) => /^(?:\.|%2e){1,2}$/i.test(segment))) {
    return err(problem('path-escape', 'Paths with "." or ".." segments are refused.'));
  }
  const raw = url.pathname;
  if (/%2f|%5c|%00/i.test(raw)) return err(problem('bad-path', 'Encoded slashes are not allowed.'));
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return err(problem('bad-path', 'The request path is not valid percent-encoding.'));
  }
  if (decoded.includes('\\') || decoded.includes('\0')) {
    return err(problem('bad-path', 'Backslashes and NUL are not allowed.'));
  }
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.')) {
    return err(problem('path-escape', 'Paths with "." or ".." segments are refused.'));
  }
  const relativePath = segments.length === 0 ? 'index.html' : segments.join('/');
  const base = resolve(root);
  const full = resolve(base, relativePath);
  const rel = relative(base, full);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) {
    return err(problem('path-escape', 'The path leaves the renderer folder.'));
  }
  return ok(full);
}

export interface AppProtocolOptions {
  /** Absolute path of the built renderer (out/renderer). */
  readonly root: string;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly logger: Logger;
}

function securityHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
}

function refusal(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

/** The `protocol.handle` handler: plain Request in, Response out, so tests call it directly. */
export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Method not allowed');
    const path = resolveRendererPath(options.root, request.url);
    if (!path.ok) {
      options.logger.log('warn', 'Refused an app:// request', { code: path.error.code, url: request.url });
      return refusal(path.error.code === 'wrong-origin' ? 404 : 403, 'Forbidden');
    }
    let body: Uint8Array;
    try {
      body = await options.readFile(path.value);
    } catch {
      return refusal(404, 'Not found');
    }
    const headers = securityHeaders(mimeTypeFor(path.value));
    // Copy into a fresh ArrayBuffer-backed view: Response wants a BodyInit, not any Uint8Array.
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, options: AppProtocolOptions): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(options));
}
