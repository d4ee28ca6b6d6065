/**
 * The PopWindowHost: a small frameless always-on-top window for the pop cards. It is shown only
 * with `showInactive()` — never `show()` or `focus()` — so typing elsewhere is never interrupted,
 * and hidden when no pops remain. The window is created on the first pop and kept afterwards.
 */
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { CallView } from '../ipc/contract';
import type { PopWindowHost } from '../app/ports';
import {
  POP_LAYOUT,
  chooseDisplay,
  popLayoutAt,
  popWindowBounds,
  type DisplayLike,
  type PopCorner,
  type Rect,
} from './pop-placement';
import { PRODUCT_NAME } from './app-id';

export interface PopBrowserWindow {
  showInactive(): void;
  hide(): void;
  isVisible(): boolean;
  isDestroyed(): boolean;
  setBounds(bounds: Partial<Rectangle>): void;
  setAlwaysOnTop(flag: boolean, level?: 'pop-up-menu' | 'screen-saver'): void;
  setVisibleOnAllWorkspaces(visible: boolean, options?: { visibleOnFullScreen?: boolean }): void;
  loadURL(url: string): Promise<void>;
  once(event: 'ready-to-show', listener: () => void): unknown;
  once(event: 'closed', listener: () => void): unknown;
  readonly webContents: {
    setZoomMode(mode: 'isolated'): void;
    setZoomFactor(factor: number): void;
  };
}

export interface ScreenLike<D extends DisplayLike> {
  getCursorScreenPoint(): { x: number; y: number };
  getDisplayNearestPoint(point: { x: number; y: number }): D;
  getAllDisplays(): D[];
}

export interface PopWindowOptions<D extends DisplayLike, W extends PopBrowserWindow> {
  readonly createWindow: (options: BrowserWindowConstructorOptions) => W;
  readonly screen: ScreenLike<D>;
  readonly url: string;
  readonly platform: NodeJS.Platform;
  /** The user's choice: the display under the pointer, or a display id. */
  readonly displayPreference: () => 'cursor' | number;
  /** The user's corner of that display; left out, bottom-right. */
  readonly corner?: () => PopCorner;
  /** The text-size setting in percent (the main window's too); left out, 100. */
  readonly textSize?: () => number;
  /** Called once per window so main can guard and register it (IPC sender checks, state pushes). */
  readonly onCreated: (window: W) => void;
}

/** Platform flags that keep the window from taking focus while still taking clicks. */
export function popWindowOptions(platform: NodeJS.Platform): BrowserWindowConstructorOptions {
  const base: BrowserWindowConstructorOptions = {
    width: POP_LAYOUT.width,
    height: 200,
    show: false,
    frame: false,
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    skipTaskbar: true,
    alwaysOnTop: true,
    hasShadow: true,
    // The product name, as pop.html's title, until the page's first state says "Incoming calls" in
    // the chosen language (the window is hidden until then).
    title: PRODUCT_NAME,
  };
  // Windows and macOS keep clicks on a non-focusable window; on Linux `focusable: false` detaches
  // the window from the window manager, so there the notification window type keeps focus away.
  if (platform === 'win32') return { ...base, focusable: false };
  if (platform === 'darwin') return { ...base, focusable: false, type: 'panel' };
  return { ...base, type: 'notification' };
}

export function createPopWindowHost<D extends DisplayLike, W extends PopBrowserWindow>(
  options: PopWindowOptions<D, W>,
): PopWindowHost {
  let window: W | null = null;
  let ready = false;
  let pops: readonly CallView[] = [];
  // While visible the window stays on the display it appeared on; it only grows or shrinks.
  let workArea: Rect | null = null;
  let zoomed: number | null = null;

  const pickWorkArea = (): Rect => {
    const displays = options.screen.getAllDisplays();
    return chooseDisplay(options.displayPreference(), displays, () =>
      options.screen.getDisplayNearestPoint(options.screen.getCursorScreenPoint()),
    ).workArea;
  };

  const render = () => {
    if (!window || window.isDestroyed() || !ready) return;
    if (pops.length === 0) {
      if (window.isVisible()) window.hide();
      workArea = null;
      return;
    }
    const wasVisible = window.isVisible();
    if (!wasVisible || workArea === null) workArea = pickWorkArea();
    // The page lays its cards out at POP_LAYOUT in CSS pixels; Chromium's zoom makes them the text
    // size, and the window grows by the same factor. Set again on each showing, as a new page load
    // may have reset it.
    const zoom = (options.textSize?.() ?? 100) / 100;
    if (!wasVisible || zoom !== zoomed) {
      window.webContents.setZoomFactor(zoom);
      zoomed = zoom;
    }
    window.setBounds(popWindowBounds(workArea, pops.length, popLayoutAt(zoom), options.corner?.()));
    if (!wasVisible) {
      window.showInactive();
      // Re-assert the level after showing: some window managers reset it on map.
      window.setAlwaysOnTop(true, 'pop-up-menu');
    }
  };

  const create = () => {
    const created = options.createWindow(popWindowOptions(options.platform));
    window = created;
    ready = false;
    created.setAlwaysOnTop(true, 'pop-up-menu');
    // Its own zoom: Chromium otherwise shares one zoom among the app's pages (the main window's too).
    created.webContents.setZoomMode('isolated');
    if (options.platform === 'darwin') created.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
    created.once('ready-to-show', () => {
      ready = true;
      render();
    });
    created.once('closed', () => {
      if (window === created) window = null;
    });
    options.onCreated(created);
    void created.loadURL(options.url);
  };

  return {
    update(next, ringing = false) {
      pops = next;
      // Created hidden for the ring sound alone (pop style "notification"): its page plays it.
      if ((pops.length > 0 || ringing) && (!window || window.isDestroyed())) create();
      render();
    },
  };
}
