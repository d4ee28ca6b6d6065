/**
 * BrowserWindow and its webContents as real Chromium pages. Each window's page gets the BUILT
 * preload (from the path main passes in webPreferences) behind the contextBridge stand-in;
 * ipcRenderer.invoke reaches the handler main registered with ipcMain.handle, with the event
 * Electron would give it (sender, senderFrame with the app origin); webContents.send reaches
 * the page's ipcRenderer listeners.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import type { CDPSession, Frame, Page } from 'playwright-core';
import type {} from 'electron'; // loads the global Electron namespace
import type { WindowView } from './config';
import { SchemeBridge, record } from './harness';
import {
  deliverExpression,
  TRANSPORT,
  preloadInitScript,
  wallClock,
  type TransportMessage,
} from './page-bridge';
import type { Surface } from './surface';
import { world } from './world';

type Rect = { x: number; y: number; width: number; height: number };

class PreventableEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export { PreventableEvent };

/** The parts of a WebFrameMain the app reads. */
export interface FrameView {
  readonly origin: string;
  readonly url: string;
  readonly processId: number;
  readonly routingId: number;
  readonly parent: FrameView | null;
}

let nextContentsId = 1;
let nextWindowId = 1;
let nextRoutingId = 100;
const routingIds = new WeakMap<Frame, number>();

export class StandInWebContents
  extends EventEmitter
  implements
    Surface<
      Electron.WebContents,
      | 'id'
      | 'send'
      | 'isDestroyed'
      | 'setWindowOpenHandler'
      | 'getURL'
      | 'getZoomFactor'
      | 'setZoomFactor'
      | 'setZoomMode'
    >
{
  readonly id = nextContentsId++;
  readonly processId = 1000 + this.id;
  destroyed = false;
  url = '';
  windowOpenHandler: ((details: Electron.HandlerDetails) => unknown) | null = null;
  /** Posts one expression to the page without waiting for it; set once the page's session exists. */
  #post: ((expression: string) => void) | null = null;
  #poster: Promise<(expression: string) => void>;
  /** Messages sent before `#post` was set and not posted yet: later ones queue behind them. */
  #waiting = 0;

  #live: Page | null = null;
  zoomFactor = 1;
  /** Chromium's zoom is per origin unless 'isolated'; the stand-in zooms one page either way. */
  zoomMode: Parameters<Electron.WebContents['setZoomMode']>[0] = 'default';

  /** `onZoom`: the window lays its page out at the new factor (Chromium's zoom: fewer CSS pixels). */
  constructor(
    private readonly page: Promise<Page>,
    session: Promise<CDPSession>,
    private readonly onZoom: (factor: number) => void = () => undefined,
  ) {
    super();
    void page.then((live) => (this.#live = live)).catch(() => undefined);
    this.#poster = session.then((cdp) => {
      const post = (expression: string): void => {
        // Not awaited: the answer (or a closed page's error) is of no use to the sender.
        cdp.send('Runtime.evaluate', { expression, silent: true }).catch(() => undefined);
      };
      this.#post = post;
      return post;
    });
    // A page that failed to open is reported by its window; its messages go nowhere.
    this.#poster.catch(() => undefined);
  }

  /** The main frame as it is now (mid-load included), under the app's own origin. */
  get mainFrame(): FrameView {
    const url = this.#live ? world.bridge.toAppUrl(this.#live.mainFrame().url()) : this.url;
    return { origin: SchemeBridge.originOf(url), url, processId: this.processId, routingId: 1, parent: null };
  }

  frameView(frame: Frame, page: Page): FrameView {
    if (frame === page.mainFrame()) return this.mainFrame;
    let routingId = routingIds.get(frame);
    if (routingId === undefined) routingIds.set(frame, (routingId = nextRoutingId++));
    const url = world.bridge.toAppUrl(frame.url());
    const parent = frame.parentFrame();
    return {
      origin: SchemeBridge.originOf(url),
      url,
      processId: this.processId,
      routingId,
      parent: parent ? this.frameView(parent, page) : null,
    };
  }

  /**
   * Like Electron's IPC: a one-way message, in order, never awaited. Each is posted on the page's
   * own DevTools session (one ordered channel to the page) as soon as main sends it; nothing waits
   * for an earlier message's round trip or for other work on the window. A page that is not
   * listening yet simply misses it.
   */
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    const expression = deliverExpression(channel, args, wallClock());
    if (this.#post && this.#waiting === 0) {
      this.#post(expression);
      return;
    }
    // Before the page's session exists: queued, and posted in order once it does.
    this.#waiting++;
    void this.#poster.then(
      (post) => {
        this.#waiting--;
        post(expression);
      },
      // The window closed before its session was attached: the message goes nowhere, as it would
      // in Electron, and must not become an unhandled rejection that ends main's process.
      () => undefined,
    );
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  setWindowOpenHandler(
    handler: (details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse,
  ): void {
    this.windowOpenHandler = handler;
  }

  getURL(): string {
    return this.url;
  }

  getZoomFactor(): number {
    return this.zoomFactor;
  }

  setZoomMode(mode: Parameters<Electron.WebContents['setZoomMode']>[0]): void {
    this.zoomMode = mode;
  }

  setZoomFactor(factor: number): void {
    record({ kind: 'zoom', contents: this.id, factor, mode: this.zoomMode });
    this.zoomFactor = factor;
    this.onZoom(factor);
  }
}

export class StandInBrowserWindow
  extends EventEmitter
  implements
    Surface<
      Electron.BrowserWindow,
      | 'id'
      | 'show'
      | 'showInactive'
      | 'hide'
      | 'focus'
      | 'restore'
      | 'isMinimized'
      | 'isVisible'
      | 'isFocused'
      | 'isDestroyed'
      | 'setBounds'
      | 'getBounds'
      | 'setAlwaysOnTop'
      | 'isAlwaysOnTop'
      | 'setVisibleOnAllWorkspaces'
      | 'loadURL'
      | 'close'
      | 'destroy'
    >
{
  static readonly all: StandInBrowserWindow[] = [];

  readonly id = nextWindowId++;
  readonly webContents: StandInWebContents;
  readonly options: Electron.BrowserWindowConstructorOptions;
  readonly page: Promise<Page>;
  #bounds: Rect;
  #visible = false;
  #destroyed = false;
  #alwaysOnTop: string | null;
  #everFocused = false;
  #shownOnce = false;
  #work: Promise<unknown> = Promise.resolve();
  /** The page's viewport as last asked for (CSS pixels). */
  #viewport = { width: 0, height: 0 };

  static getFocusedWindow(): StandInBrowserWindow | null {
    const focused = world.focused;
    return focused instanceof StandInBrowserWindow && !focused.isDestroyed() ? focused : null;
  }

  static getAllWindows(): StandInBrowserWindow[] {
    return StandInBrowserWindow.all.filter((w) => !w.isDestroyed());
  }

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super();
    this.options = options;
    const display = world.config.displays[0];
    const width = options.width ?? 800;
    const height = options.height ?? 600;
    this.#bounds = {
      x: options.x ?? Math.round((display?.workArea.width ?? 1280) / 2 - width / 2),
      y: options.y ?? Math.round((display?.workArea.height ?? 800) / 2 - height / 2),
      width,
      height,
    };
    this.#alwaysOnTop = options.alwaysOnTop ? 'floating' : null;
    this.page = this.#openPage();
    const session = this.page.then((page) => page.context().newCDPSession(page));
    this.webContents = new StandInWebContents(this.page, session, () => this.#layOut());
    // Unhandled here, a failed page would only show up as a missing window later.
    this.page.catch((error: unknown) => process.stderr.write(`stand-in: page failed: ${String(error)}\n`));
    StandInBrowserWindow.all.push(this);
    record({ kind: 'window-created', window: this.id, options: plain(options) as Record<string, unknown> });
    world.app?.emit('web-contents-created', new PreventableEvent(), this.webContents);
    world.app?.emit('browser-window-created', new PreventableEvent(), this);
  }

  async #openPage(): Promise<Page> {
    const context = world.chromium.context;
    if (!context) throw new Error('A BrowserWindow cannot be created before the app is ready.');
    const page = await context.newPage();
    this.#viewport = { width: this.#bounds.width, height: this.#bounds.height };
    await page.setViewportSize(this.#viewport);
    await page.exposeBinding(TRANSPORT, (source, message: TransportMessage) =>
      this.#onMessage(source.frame, page, message),
    );
    const preload = this.options.webPreferences?.preload;
    if (preload) await page.addInitScript({ content: preloadInitScript(readFileSync(preload, 'utf8')) });
    page.on('console', (message) => {
      if (message.type() === 'error')
        process.stderr.write(`stand-in: window ${this.id} console: ${message.text()}\n`);
    });
    page.on('pageerror', (error) =>
      process.stderr.write(`stand-in: window ${this.id} error: ${error.message}\n`),
    );
    return page;
  }

  async #onMessage(frame: Frame, page: Page, message: TransportMessage): Promise<unknown> {
    if (message.type === 'exposed') return null;
    if (message.type === 'input') {
      this.webContents.emit('before-input-event', new PreventableEvent(), message.input);
      return null;
    }
    const handler = world.ipcHandlers.get(message.channel);
    if (!handler) throw new Error(`No handler registered for '${message.channel}'`);
    const event = {
      sender: this.webContents,
      senderFrame: this.webContents.frameView(frame, page),
      processId: this.webContents.processId,
      frameId: 1,
      type: 'frame' as const,
    };
    try {
      const value = await handler(event, ...message.args);
      record({ kind: 'ipc', channel: message.channel, window: this.id, ok: true });
      return value;
    } catch (error) {
      record({ kind: 'ipc', channel: message.channel, window: this.id, ok: false });
      throw new Error(`Error invoking remote method '${message.channel}': ${String(error)}`, {
        cause: error,
      });
    }
  }

  #call(method: string, ...args: unknown[]): void {
    record({ kind: 'window-call', window: this.id, method, args: args.map((a) => plain(a)) });
  }

  #queue(step: (page: Page) => Promise<unknown>): Promise<void> {
    const next = this.#work.then(async () => {
      if (this.#destroyed) return;
      await step(await this.page);
    });
    this.#work = next.catch(() => undefined);
    return next;
  }

  get focusable(): boolean {
    return this.options.focusable !== false;
  }

  show(): void {
    this.#call('show');
    this.#visible = true;
    this.focus();
  }

  showInactive(): void {
    this.#call('showInactive');
    this.#visible = true;
  }

  hide(): void {
    this.#call('hide');
    this.#visible = false;
    if (world.focused === this) world.focused = null;
  }

  focus(): void {
    this.#call('focus');
    if (!this.focusable) return;
    world.focused = this;
    this.#everFocused = true;
  }

  restore(): void {
    this.#call('restore');
  }

  isMinimized(): boolean {
    return false;
  }

  isVisible(): boolean {
    return this.#visible && !this.#destroyed;
  }

  isFocused(): boolean {
    return world.focused === this;
  }

  isDestroyed(): boolean {
    return this.#destroyed;
  }

  setBounds(bounds: Partial<Electron.Rectangle>): void {
    this.#call('setBounds', bounds);
    this.#bounds = { ...this.#bounds, ...bounds };
    this.#layOut();
  }

  /** The page's viewport: the window's size in CSS pixels at the page's zoom factor. */
  #layOut(): void {
    const zoom = this.webContents.zoomFactor;
    const width = Math.round(this.#bounds.width / zoom);
    const height = Math.round(this.#bounds.height / zoom);
    // A window whose size did not change does nothing to its page (main sets the bounds on every show).
    if (width === this.#viewport.width && height === this.#viewport.height) return;
    this.#viewport = { width, height };
    void this.#queue((page) => page.setViewportSize({ width, height }));
  }

  getBounds(): Electron.Rectangle {
    return { ...this.#bounds };
  }

  setAlwaysOnTop(flag: boolean, level?: string): void {
    this.#call('setAlwaysOnTop', flag, level);
    this.#alwaysOnTop = flag ? (level ?? 'floating') : null;
  }

  isAlwaysOnTop(): boolean {
    return this.#alwaysOnTop !== null;
  }

  setVisibleOnAllWorkspaces(visible: boolean, options?: Electron.VisibleOnAllWorkspacesOptions): void {
    this.#call('setVisibleOnAllWorkspaces', visible, options);
  }

  loadURL(url: string): Promise<void> {
    this.#call('loadURL', url);
    return this.#queue(async (page) => {
      await page.goto(world.bridge.toPageUrl(url), { waitUntil: 'load' });
      this.webContents.url = world.bridge.toAppUrl(page.url());
      record({ kind: 'page-loaded', window: this.id, url: this.webContents.url });
      this.webContents.emit('did-finish-load');
      if (!this.#shownOnce) {
        this.#shownOnce = true;
        this.emit('ready-to-show');
      }
    });
  }

  /** Like Electron: 'close' may be prevented; otherwise the window is destroyed. */
  close(): void {
    if (this.#destroyed) return;
    const event = new PreventableEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.#visible = false;
    this.webContents.destroyed = true;
    if (world.focused === this) world.focused = null;
    this.closed = this.page.then((page) => page.close()).catch(() => undefined);
    record({ kind: 'window-closed', window: this.id });
    this.emit('closed');
  }

  closed: Promise<unknown> = Promise.resolve();

  view(): WindowView {
    return {
      id: this.id,
      contentsId: this.webContents.id,
      options: plain(this.options) as Record<string, unknown>,
      bounds: { ...this.#bounds },
      visible: this.isVisible(),
      focused: this.isFocused(),
      everFocused: this.#everFocused,
      alwaysOnTop: this.#alwaysOnTop !== null,
      alwaysOnTopLevel: this.#alwaysOnTop,
      destroyed: this.#destroyed,
      url: this.webContents.url,
      zoomFactor: this.webContents.zoomFactor,
    };
  }

  /** Runs a step on the page after everything main asked of the window so far (bounds, loads). */
  async whenSettled(): Promise<Page> {
    await this.#work;
    return this.page;
  }
}

/** A JSON-safe copy (functions and objects that cannot cross dropped). */
export function plain(value: unknown): Record<string, unknown> | unknown {
  return JSON.parse(
    JSON.stringify(value ?? null, (_key, v: unknown) => (typeof v === 'function' ? undefined : v)),
  ) as unknown;
}

// The constructor takes what Electron's does.
StandInBrowserWindow satisfies new (options?: Electron.BrowserWindowConstructorOptions) => unknown;
