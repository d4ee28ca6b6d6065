/**
 * The main window: created on first use, hidden (not closed) when the user closes it, so the app
 * lives on in the tray; closed for real only while quitting.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { PRODUCT_NAME } from '../app-id';

/** `home` loads the page as it is; `settings` and `calls` open that view (a hash the page reads once). */
export type MainRoute = 'home' | 'settings' | 'calls';

interface Preventable {
  preventDefault(): void;
}

export interface MainBrowserWindow {
  show(): void;
  focus(): void;
  hide(): void;
  restore(): void;
  isMinimized(): boolean;
  isDestroyed(): boolean;
  loadURL(url: string): Promise<void>;
  on(event: 'close', listener: (event: Preventable) => void): unknown;
  /** Windows only: the OS is logging off or shutting down, and a hidden window must not hold it up. */
  on(event: 'session-end', listener: () => void): unknown;
  once(event: 'ready-to-show', listener: () => void): unknown;
  once(event: 'closed', listener: () => void): unknown;
}

export interface MainWindowOptions<W extends MainBrowserWindow> {
  readonly createWindow: (options: BrowserWindowConstructorOptions) => W;
  /** The page URL for a route; a hash change on a loaded page is an in-page navigation, not a reload. */
  readonly url: (route: MainRoute) => string;
  readonly isQuitting: () => boolean;
  readonly onCreated: (window: W) => void;
}

export interface MainWindowController {
  show(route?: MainRoute): void;
}

export const MAIN_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  width: 960,
  height: 680,
  minWidth: 480,
  minHeight: 480,
  show: false,
  title: PRODUCT_NAME,
  autoHideMenuBar: true,
};

export function createMainWindowController<W extends MainBrowserWindow>(
  options: MainWindowOptions<W>,
): MainWindowController {
  let window: W | null = null;

  const create = (route: MainRoute) => {
    const created = options.createWindow(MAIN_WINDOW_OPTIONS);
    window = created;
    let sessionEnding = false;
    created.on('session-end', () => {
      sessionEnding = true;
    });
    created.on('close', (event) => {
      if (options.isQuitting() || sessionEnding) return;
      event.preventDefault();
      created.hide();
    });
    created.once('closed', () => {
      if (window === created) window = null;
    });
    created.once('ready-to-show', () => created.show());
    options.onCreated(created);
    void created.loadURL(options.url(route));
  };

  return {
    show(route) {
      if (!window || window.isDestroyed()) {
        create(route ?? 'home');
        return;
      }
      if (route) void window.loadURL(options.url(route));
      if (window.isMinimized()) window.restore();
      // The user asked for this window (tray, second launch): here taking focus is wanted.
      window.show();
      window.focus();
    },
  };
}
