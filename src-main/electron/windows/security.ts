/**
 * The guards every webContents and the session get: no new windows, no navigation, no webviews,
 * no permissions, no request to anything but the app's own origin, and the CSP on every response.
 * (The windows' webPreferences are in create-window.ts.)
 */
import type { HandlerDetails, Session } from 'electron';
import type { Logger } from '../../common/log';

interface Preventable {
  preventDefault(): void;
}

/** The part of WebContents the guards use; a real WebContents fits it. */
export interface GuardableContents {
  setWindowOpenHandler(handler: (details: HandlerDetails) => { action: 'deny' }): void;
  on(event: 'will-navigate', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
}

/**
 * Main loads pages itself (`loadURL` does not emit `will-navigate`), and the screens route with
 * in-page hashes (which do not either), so every navigation a page starts can be refused.
 */
export function guardWebContents(contents: GuardableContents, logger: Logger): void {
  contents.setWindowOpenHandler((details) => {
    logger.log('warn', 'Refused to open a window from a page', { url: details.url });
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    logger.log('warn', 'Refused a navigation', { url });
  });
  contents.on('will-redirect', (event, url) => {
    event.preventDefault();
    logger.log('warn', 'Refused a redirect', { url });
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logger.log('warn', 'Refused to attach a webview');
  });
}

export type GuardableSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
> & {
  readonly webRequest: Pick<Session['webRequest'], 'onBeforeRequest' | 'onHeadersReceived'>;
};

/** Schemes a page may load besides its own origin: inline images and Chromium's own devtools. */
const ALWAYS_ALLOWED_PROTOCOLS = new Set(['data:', 'devtools:']);

/** Whether a request the page makes stays inside the app: its own origin, data: images, devtools. */
export function isAllowedRequest(url: string, origins: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (ALWAYS_ALLOWED_PROTOCOLS.has(parsed.protocol)) return true;
  const origin = `${parsed.protocol}//${parsed.host}`;
  return origins.includes(origin);
}

/** No camera, microphone, notifications-from-pages or anything else; no remote requests at all. */
export function guardSession(session: GuardableSession, origins: readonly string[], logger: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    logger.log('warn', 'Refused a permission request', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, origins);
    if (!allowed) logger.log('warn', 'Blocked a request to outside the app', { url: details.url });
    callback({ cancel: !allowed });
  });
  // The protocol handler sets the same header; this covers every other response (the dev server).
  // The policy is a literal here so that Electronegativity can evaluate it; a test keeps it equal
  // to CONTENT_SECURITY_POLICY.
  session.webRequest.onHeadersReceived((details, callback) => {
    // The evaluator's one remark on this policy is that script-src 'self' is unsafe where an origin
    // hosts JSONP, Angular or user uploads; app://companion serves only the app's own built files.
    // prettier-ignore
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': ["default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'none'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"] } }); // eng-disable CSP_GLOBAL_CHECK: 'self' serves only the app's own files
  });
}
