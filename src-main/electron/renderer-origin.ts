/**
 * Where the renderer comes from: the app's own privileged scheme in a built app, or the
 * electron-vite dev server while developing. Pure: the caller passes the environment in.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'companion';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export type RendererPage = 'index' | 'pop';

export interface RendererSource {
  /** The origins whose pages are the app's own (IPC senders, navigation, requests). */
  readonly origins: readonly string[];
  pageUrl(page: RendererPage, hash?: string): string;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server URL is honoured only in an unpackaged app and only on a loopback http address:
 * an environment variable must never be a way to load remote pages into a privileged window.
 */
export function devServerOrigin(value: string | undefined, packaged: boolean): string | null {
  if (packaged || value === undefined || value === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) return null;
  return url.origin;
}

export function rendererSource(env: { ELECTRON_RENDERER_URL?: string }, packaged: boolean): RendererSource {
  const dev = devServerOrigin(env.ELECTRON_RENDERER_URL, packaged);
  const base = dev ?? APP_ORIGIN;
  return {
    origins: dev ? [dev] : [APP_ORIGIN],
    pageUrl: (page, hash) => `${base}/${page}.html${hash ? `#${encodeURIComponent(hash)}` : ''}`,
  };
}
