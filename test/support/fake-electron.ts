/**
 * Small recording fakes of the Electron objects the shell uses. The Electron binary cannot run
 * here, so the shell takes these objects as parameters and the tests hand it these instead.
 * Each fake implements only what the shell calls, and records every call.
 */

import type { HandlerDetails, NativeImage } from 'electron';

type Listener = (...args: never[]) => unknown;

/** Window-open details as Electron passes them, for a URL. */
export function openDetails(url: string): HandlerDetails {
  return {
    url,
    frameName: '',
    features: '',
    disposition: 'new-window',
    referrer: { url: '', policy: 'default' },
  };
}

/** A minimal event emitter with `emit` returning the listeners' count, like Node's. */
export class FakeEmitter {
  private readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    const wrapper = ((...args: never[]) => {
      this.removeListener(event, wrapper);
      return listener(...args);
    }) as Listener;
    return this.on(event, wrapper);
  }

  removeListener(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }

  emit(event: string, ...args: unknown[]): boolean {
    const list = [...(this.listeners.get(event) ?? [])];
    for (const listener of list) (listener as (...a: unknown[]) => unknown)(...args);
    return list.length > 0;
  }
}

/** An event whose preventDefault is recorded. */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class FakeFrame {
  parent: FakeFrame | null = null;
  constructor(
    public origin: string,
    public url: string,
    public processId = 1,
    public routingId = 1,
  ) {}
}

let nextContentsId = 1;

export class FakeWebContents extends FakeEmitter {
  readonly id = nextContentsId++;
  readonly mainFrame: FakeFrame;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: HandlerDetails) => { action: string }) | null = null;
  destroyed = false;
  zoomMode = 'default';
  /** Every zoom factor set, in order. */
  readonly zooms: number[] = [];

  constructor(origin = 'app://companion') {
    super();
    this.mainFrame = new FakeFrame(origin, `${origin}/index.html`, 7, this.id);
  }

  setWindowOpenHandler(handler: (details: HandlerDetails) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  setZoomMode(mode: string): void {
    this.zoomMode = mode;
  }

  setZoomFactor(factor: number): void {
    this.zooms.push(factor);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
}

/** Records what a BrowserWindow was asked to do; `calls` keeps the order. */
export class FakeBrowserWindow extends FakeEmitter {
  readonly webContents = new FakeWebContents();
  readonly calls: string[] = [];
  readonly loaded: string[] = [];
  bounds: { x?: number; y?: number; width?: number; height?: number } = {};
  visible = false;
  destroyed = false;
  minimized = false;

  readonly options: Record<string, unknown>;

  constructor(options: object = {}) {
    super();
    this.options = { ...options };
  }

  show(): void {
    this.calls.push('show');
    this.visible = true;
  }
  showInactive(): void {
    this.calls.push('showInactive');
    this.visible = true;
  }
  focus(): void {
    this.calls.push('focus');
  }
  hide(): void {
    this.calls.push('hide');
    this.visible = false;
  }
  restore(): void {
    this.calls.push('restore');
    this.minimized = false;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setBounds(bounds: { x?: number; y?: number; width?: number; height?: number }): void {
    this.calls.push('setBounds');
    this.bounds = { ...this.bounds, ...bounds };
  }
  setAlwaysOnTop(flag: boolean, level?: string): void {
    this.calls.push(`setAlwaysOnTop:${flag}:${level ?? ''}`);
  }
  setVisibleOnAllWorkspaces(visible: boolean): void {
    this.calls.push(`setVisibleOnAllWorkspaces:${visible}`);
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
  /** Simulates the user closing the window; returns whether the close was prevented. */
  userClose(): boolean {
    const event = new FakeEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) {
      this.destroyed = true;
      this.visible = false;
      this.emit('closed');
    }
    return event.defaultPrevented;
  }
}

export class FakeNotification extends FakeEmitter {
  shown = false;
  closed = false;
  constructor(readonly options: { title?: string; body?: string; silent?: boolean }) {
    super();
  }
  show(): void {
    this.shown = true;
  }
  close(): void {
    this.closed = true;
    this.emit('close', {});
  }
}

export interface FakeMenuItem {
  label?: string;
  type?: string;
  enabled?: boolean;
  checked?: boolean;
  click?: (...args: never[]) => void;
}

/** Clicks the menu item with this label, as Electron would (no arguments the shell relies on). */
export function clickMenuItem(template: readonly FakeMenuItem[], label: string): void {
  const item = template.find((i) => i.label === label);
  if (!item?.click) throw new Error(`No clickable menu item "${label}"`);
  (item.click as () => void)();
}

export class FakeTray extends FakeEmitter {
  readonly images: unknown[] = [];
  readonly tooltips: string[] = [];
  readonly titles: string[] = [];
  readonly menus: unknown[] = [];
  destroyed = false;
  constructor(image: unknown) {
    super();
    this.images.push(image);
  }
  setImage(image: unknown): void {
    this.images.push(image);
  }
  setToolTip(text: string): void {
    this.tooltips.push(text);
  }
  setTitle(title: string): void {
    this.titles.push(title);
  }
  setContextMenu(menu: unknown): void {
    this.menus.push(menu);
  }
  destroy(): void {
    this.destroyed = true;
  }
}

export class FakeIpcMain {
  readonly handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  handle(channel: string, handler: (event: unknown, ...args: unknown[]) => unknown): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** Calls a handler as Electron would, turning a throw into a rejection. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler for ${channel}`);
    return await handler(event, ...args);
  }
}

export class FakeIpcRenderer extends FakeEmitter {
  readonly invoked: { channel: string; args: unknown[] }[] = [];
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push({ channel, args });
    return Promise.resolve({ ok: true, value: channel });
  }
}

export class FakeContextBridge {
  readonly exposed = new Map<string, unknown>();
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  }
}

export class FakeGlobalShortcut {
  readonly registered = new Map<string, () => void>();
  /** Accelerators another application holds. */
  readonly taken = new Set<string>();
  register(accelerator: string, callback: () => void): boolean {
    if (accelerator.includes('Bogus')) throw new Error(`Failed to parse accelerator ${accelerator}`);
    if (this.taken.has(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  }
  unregister(accelerator: string): void {
    this.registered.delete(accelerator);
  }
}

export class FakeSession {
  permissionRequestHandler: ((...args: never[]) => void) | null = null;
  permissionCheckHandler: ((...args: never[]) => boolean) | null = null;
  devicePermissionHandler: ((...args: never[]) => boolean) | null = null;
  beforeRequest: ((details: { url: string }, callback: (r: { cancel?: boolean }) => void) => void) | null =
    null;
  headersReceived:
    | ((
        details: { responseHeaders?: Record<string, string[]> },
        callback: (r: { responseHeaders?: Record<string, string[] | string> }) => void,
      ) => void)
    | null = null;
  readonly webRequest = {
    onBeforeRequest: (listener: FakeSession['beforeRequest']) => {
      this.beforeRequest = listener;
    },
    onHeadersReceived: (listener: FakeSession['headersReceived']) => {
      this.headersReceived = listener;
    },
  };
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermissionHandler']): void {
    this.devicePermissionHandler = handler;
  }
}

export interface FakeDisplay {
  id: number;
  workArea: { x: number; y: number; width: number; height: number };
}

export class FakeScreen {
  cursor = { x: 0, y: 0 };
  constructor(readonly displays: FakeDisplay[]) {}
  getCursorScreenPoint(): { x: number; y: number } {
    return this.cursor;
  }
  getAllDisplays(): FakeDisplay[] {
    return this.displays;
  }
  getDisplayNearestPoint(point: { x: number; y: number }): FakeDisplay {
    const inside = this.displays.find(
      (d) =>
        point.x >= d.workArea.x &&
        point.x < d.workArea.x + d.workArea.width &&
        point.y >= d.workArea.y &&
        point.y < d.workArea.y + d.workArea.height,
    );
    const first = this.displays[0];
    if (!first) throw new Error('No displays');
    return inside ?? first;
  }
}

export class FakePowerMonitor extends FakeEmitter {}

/** A fake nativeImage: which file it was loaded from (null: made empty) and whether it is a template. */
export class FakeNativeImage {
  template = false;
  constructor(readonly path: string | null) {}
  setTemplateImage(option: boolean): void {
    this.template = option;
  }
}

/** A fake `nativeImage` module recording every image it makes. */
export function fakeImageLoader(): {
  readonly made: FakeNativeImage[];
  createFromPath(path: string): NativeImage;
  createEmpty(): NativeImage;
} {
  const made: FakeNativeImage[] = [];
  const make = (path: string | null) =>
    made[made.push(new FakeNativeImage(path)) - 1] as unknown as NativeImage;
  return { made, createFromPath: (path) => make(path), createEmpty: () => make(null) };
}
