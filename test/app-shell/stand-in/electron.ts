/**
 * The `electron` module as the app's built main process sees it under test: `import … from
 * 'electron'` in out/main/index.js resolves here (loader.ts). Windows are real Chromium pages
 * (windows.ts); the OS-facing parts (tray, menus, notifications, shortcuts, power, login items,
 * links) record what the app does and let the test drive them (driver.ts).
 *
 * Every object is held to electron.d.ts by name (surface.ts), and `exportsFit` below to the
 * module's export names, so an API Electron renames or removes fails to compile here as well.
 */
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type {} from 'electron'; // loads the global Electron namespace
import type { MenuItemView, TrayImageView } from './config';
import { handlesBeyond, record } from './harness';
import type { Surface, StaticSurface } from './surface';
import { PreventableEvent, StandInBrowserWindow, plain } from './windows';
import { world, type Clickable } from './world';
import { startDriver } from './driver';

class StandInApp
  extends EventEmitter
  implements
    Surface<
      Electron.App,
      | 'requestSingleInstanceLock'
      | 'quit'
      | 'exit'
      | 'whenReady'
      | 'isReady'
      | 'getPath'
      | 'getVersion'
      | 'getPreferredSystemLanguages'
      | 'getLocale'
      | 'getName'
      | 'setAppUserModelId'
      | 'getLoginItemSettings'
      | 'setLoginItemSettings'
      | 'setAsDefaultProtocolClient'
      | 'removeAsDefaultProtocolClient'
      | 'isDefaultProtocolClient'
      | 'isPackaged'
    >
{
  readonly isPackaged = false;
  #ready: Promise<void> | null = null;
  #quitting = false;
  #finished = false;
  loginItem: Electron.Settings = { openAtLogin: false };

  requestSingleInstanceLock(): boolean {
    const primary = world.singleInstance.request(world.config.userData, (argv) => this.secondInstance(argv));
    record({ kind: 'single-instance', primary });
    return primary;
  }

  /** What a second start hands over (through the lock's socket, or the driver's `second-instance`). */
  secondInstance(argv: readonly string[]): void {
    record({ kind: 'second-instance', argv });
    this.emit('second-instance', new PreventableEvent(), [...argv], process.cwd(), {});
  }

  whenReady(): Promise<void> {
    this.#ready ??= (async () => {
      await world.bridge.start();
      await world.chromium.start(world.config, filterRequest);
      world.ready = true;
      record({ kind: 'ready' });
      this.emit('ready', new PreventableEvent(), {});
    })();
    return this.#ready;
  }

  isReady(): boolean {
    return world.ready;
  }

  getPath(name: string): string {
    if (name === 'userData') return world.config.userData;
    if (name === 'home') return world.config.home;
    throw new Error(`The stand-in has no path "${name}"; add it if the app needs it.`);
  }

  getVersion(): string {
    return world.config.version;
  }

  getPreferredSystemLanguages(): string[] {
    return [...(world.config.systemLanguages ?? ['en-GB'])];
  }

  getLocale(): string {
    return world.config.systemLanguages?.[0] ?? 'en-GB';
  }

  getName(): string {
    return 'iSymphony Companion';
  }

  setAppUserModelId(id: string): void {
    record({ kind: 'login-item', settings: { appUserModelId: id } });
  }

  getLoginItemSettings(): Electron.LoginItemSettings {
    return {
      openAtLogin: this.loginItem.openAtLogin ?? false,
      wasOpenedAtLogin: false,
      status: 'not-registered',
      executableWillLaunchAtLogin: false,
      launchItems: [],
    } as Electron.LoginItemSettings;
  }

  setLoginItemSettings(settings: Electron.Settings): void {
    this.loginItem = settings;
    record({ kind: 'login-item', settings: plain(settings) as Record<string, unknown> });
  }

  /** The schemes the app handles (the OS's default handler), recorded as each changes. */
  readonly protocolClients = new Set<string>();

  setAsDefaultProtocolClient(protocol: string, path?: string, args?: string[]): boolean {
    this.protocolClients.add(protocol);
    record({
      kind: 'protocol-client',
      scheme: protocol,
      handler: true,
      command: [path ?? null, ...(args ?? [])],
    });
    return true;
  }

  removeAsDefaultProtocolClient(protocol: string, path?: string, args?: string[]): boolean {
    this.protocolClients.delete(protocol);
    record({
      kind: 'protocol-client',
      scheme: protocol,
      handler: false,
      command: [path ?? null, ...(args ?? [])],
    });
    return true;
  }

  isDefaultProtocolClient(protocol: string): boolean {
    return this.protocolClients.has(protocol);
  }

  /** Electron's order: before-quit, every window closed (any may refuse), will-quit, quit, exit. */
  quit(): void {
    setImmediate(() => void this.#runQuit());
  }

  async #runQuit(): Promise<void> {
    if (this.#quitting || this.#finished) return;
    this.#quitting = true;
    try {
      const before = new PreventableEvent();
      this.emit('before-quit', before);
      if (before.defaultPrevented) return;
      for (const window of StandInBrowserWindow.getAllWindows()) window.close();
      if (StandInBrowserWindow.getAllWindows().length > 0) return;
      const willQuit = new PreventableEvent();
      this.emit('will-quit', willQuit);
      if (willQuit.defaultPrevented) return;
      this.#finished = true;
      this.emit('quit', new PreventableEvent(), 0);
      await shutDown(0);
    } finally {
      this.#quitting = false;
    }
  }

  exit(exitCode = 0): void {
    this.#finished = true;
    void shutDown(exitCode);
  }
}

/** Closes what the stand-in itself opened, then reports anything the app left open. */
async function shutDown(exitCode: number): Promise<void> {
  for (const window of StandInBrowserWindow.all) window.destroy();
  await Promise.all(StandInBrowserWindow.all.map((window) => window.closed));
  await world.chromium.stop();
  await world.bridge.stop();
  await world.singleInstance.release();
  stopDriver();
  await new Promise((resolve) => setImmediate(resolve));
  process.exitCode = exitCode;
  record({ kind: 'quit', handles: handlesBeyond(world.baseline) });
  if (process.connected) process.disconnect();
}

export const app = new StandInApp();
world.app = app;

class StandInIpcMain
  extends EventEmitter
  implements Surface<Electron.IpcMain, 'handle' | 'handleOnce' | 'removeHandler'>
{
  handle(
    channel: string,
    listener: (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown,
  ): void {
    if (world.ipcHandlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    world.ipcHandlers.set(channel, listener as (event: unknown, ...args: unknown[]) => unknown);
  }

  handleOnce(
    channel: string,
    listener: (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown,
  ): void {
    this.handle(channel, (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => {
      this.removeHandler(channel);
      return listener(event, ...args);
    });
  }

  removeHandler(channel: string): void {
    world.ipcHandlers.delete(channel);
  }
}

export const ipcMain = new StandInIpcMain();

export const protocol = {
  registerSchemesAsPrivileged(schemes: Electron.CustomScheme[]): void {
    if (world.ready)
      throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    for (const scheme of schemes) world.bridge.privileged.add(scheme.scheme);
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    if (!world.bridge.privileged.has(scheme))
      throw new Error(`The scheme ${scheme} was not registered as privileged.`);
    world.bridge.handlers.set(scheme, handler);
  },
  unhandle(scheme: string): void {
    world.bridge.handlers.delete(scheme);
  },
  isProtocolHandled(scheme: string): boolean {
    return world.bridge.handlers.has(scheme);
  },
} satisfies Surface<
  Electron.Protocol,
  'registerSchemesAsPrivileged' | 'handle' | 'unhandle' | 'isProtocolHandled'
>;

type BeforeRequest = (
  details: Electron.OnBeforeRequestListenerDetails,
  callback: (response: Electron.CallbackResponse) => void,
) => void;

const sessionGuards = {
  beforeRequest: null as BeforeRequest | null,
  headersReceived: null as unknown,
  permissionRequest: null as unknown,
  permissionCheck: null as unknown,
  devicePermission: null as unknown,
};

const defaultSession = {
  webRequest: {
    onBeforeRequest(listener: BeforeRequest | null): void {
      sessionGuards.beforeRequest = listener;
    },
    onHeadersReceived(listener: unknown): void {
      sessionGuards.headersReceived = listener;
    },
  },
  setPermissionRequestHandler(handler: unknown): void {
    sessionGuards.permissionRequest = handler;
  },
  setPermissionCheckHandler(handler: unknown): void {
    sessionGuards.permissionCheck = handler;
  },
  setDevicePermissionHandler(handler: unknown): void {
    sessionGuards.devicePermission = handler;
  },
};

/** The session's request filter, applied to every request a page makes (the test reads the verdicts). */
export async function filterRequest(url: string, resourceType: string): Promise<boolean> {
  const listener = sessionGuards.beforeRequest;
  if (!listener) return true;
  return new Promise<boolean>((resolve) =>
    listener(
      {
        url: world.bridge.toAppUrl(url),
        resourceType,
        method: 'GET',
      } as Electron.OnBeforeRequestListenerDetails,
      (response) => resolve(response.cancel !== true),
    ),
  );
}

export const session = { defaultSession } satisfies Partial<Record<keyof typeof Electron.session, unknown>>;

/** An image as the app loaded it: from a file (its bytes, so the test sees what the OS would) or empty. */
class StandInNativeImage implements Surface<
  Electron.NativeImage,
  'isEmpty' | 'toPNG' | 'getSize' | 'setTemplateImage' | 'isTemplateImage'
> {
  #template = false;

  constructor(
    readonly path: string | null,
    readonly bytes: Buffer,
  ) {}

  isEmpty(): boolean {
    return this.bytes.length === 0;
  }
  toPNG(): Buffer {
    return Buffer.from(this.bytes);
  }
  /** A PNG's own size (from its header); other formats (.ico) and empty images say 0×0. */
  getSize(): Electron.Size {
    const png = this.bytes.subarray(1, 4).toString('ascii') === 'PNG';
    return png
      ? { width: this.bytes.readUInt32BE(16), height: this.bytes.readUInt32BE(20) }
      : { width: 0, height: 0 };
  }
  setTemplateImage(option: boolean): void {
    this.#template = option;
  }
  isTemplateImage(): boolean {
    return this.#template;
  }
}

export const nativeImage = {
  createEmpty: () => new StandInNativeImage(null, Buffer.alloc(0)),
  // Electron gives an empty image for a file it cannot read, rather than throwing.
  createFromPath: (path: string) =>
    new StandInNativeImage(path, existsSync(path) ? readFileSync(path) : Buffer.alloc(0)),
} satisfies StaticSurface<typeof Electron.nativeImage, 'createEmpty' | 'createFromPath'>;

/** What the tray shows, for the record: the file's name and size, or empty. */
function trayImageView(image: unknown): TrayImageView {
  if (!(image instanceof StandInNativeImage) || image.isEmpty()) return { file: null, width: 0, height: 0 };
  return { file: image.path ? basename(image.path) : null, ...image.getSize() };
}

function toClickable(item: Electron.MenuItemConstructorOptions): Clickable {
  const submenu = item.submenu;
  const entries = Array.isArray(submenu) ? submenu : submenu instanceof StandInMenu ? submenu.template : null;
  return {
    label: item.label ?? '',
    type: item.type ?? (entries ? 'submenu' : 'normal'),
    enabled: item.enabled ?? true,
    checked: item.checked ?? false,
    click: (item.click as Clickable['click']) ?? null,
    submenu: entries ? entries.map(toClickable) : null,
  };
}

export class StandInMenu implements Surface<Electron.Menu, 'popup' | 'closePopup'> {
  static application: StandInMenu | null = null;
  readonly items: Clickable[];

  constructor(readonly template: Electron.MenuItemConstructorOptions[] = []) {
    this.items = template.map(toClickable);
  }

  static buildFromTemplate(
    template: Array<Electron.MenuItemConstructorOptions | Electron.MenuItem>,
  ): StandInMenu {
    return new StandInMenu(template as Electron.MenuItemConstructorOptions[]);
  }

  static setApplicationMenu(menu: Electron.Menu | null): void {
    StandInMenu.application = menu as StandInMenu | null;
  }

  popup(): void {}
  closePopup(): void {}
}

StandInMenu satisfies StaticSurface<typeof Electron.Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
export { StandInMenu as Menu };

export function menuView(items: readonly Clickable[]): MenuItemView[] {
  return items.map((item) => ({
    label: item.label,
    type: item.type,
    enabled: item.enabled,
    checked: item.checked,
    submenu: item.submenu ? menuView(item.submenu) : null,
  }));
}

export class StandInTray
  extends EventEmitter
  implements
    Surface<
      Electron.Tray,
      'setImage' | 'setToolTip' | 'setTitle' | 'setContextMenu' | 'destroy' | 'isDestroyed'
    >
{
  static current: StandInTray | null = null;
  menu: StandInMenu | null = null;
  tooltip = '';
  /** macOS's text beside the icon (the missed-call count); the app sets it only there. */
  title = '';
  image: unknown;
  #destroyed = false;

  constructor(image: Electron.NativeImage | string) {
    super();
    this.image = image;
    StandInTray.current = this;
    record({ kind: 'tray-created' });
  }

  setImage(image: Electron.NativeImage | string): void {
    this.image = image;
  }

  setToolTip(toolTip: string): void {
    this.tooltip = toolTip;
  }

  setTitle(title: string): void {
    this.title = title;
  }

  setContextMenu(menu: Electron.Menu | null): void {
    this.menu = menu as StandInMenu | null;
    record({
      kind: 'tray-menu',
      menu: menuView(this.menu?.items ?? []),
      tooltip: this.tooltip,
      image: trayImageView(this.image),
    });
  }

  destroy(): void {
    this.#destroyed = true;
    record({ kind: 'tray-destroyed' });
  }

  isDestroyed(): boolean {
    return this.#destroyed;
  }
}

StandInTray satisfies new (image: Electron.NativeImage | string, guid?: string) => unknown;
export { StandInTray as Tray };

export class StandInNotification
  extends EventEmitter
  implements Surface<Electron.Notification, 'show' | 'close'>
{
  static readonly all: StandInNotification[] = [];
  readonly index: number;

  static isSupported(): boolean {
    return true;
  }

  constructor(readonly options: Electron.NotificationConstructorOptions = {}) {
    super();
    this.index = StandInNotification.all.length;
    StandInNotification.all.push(this);
  }

  show(): void {
    record({
      kind: 'notification',
      index: this.index,
      title: this.options.title ?? '',
      body: this.options.body ?? '',
      silent: this.options.silent ?? false,
    });
  }

  close(): void {
    record({ kind: 'notification-closed', index: this.index });
    this.emit('close', new PreventableEvent());
  }
}

StandInNotification satisfies StaticSurface<typeof Electron.Notification, 'isSupported'>;
export { StandInNotification as Notification };
export { StandInBrowserWindow as BrowserWindow };

export const clipboardText = { value: '' };

export const clipboard = {
  async writeText(text: string): Promise<void> {
    clipboardText.value = text;
  },
  async readText(): Promise<string> {
    return clipboardText.value;
  },
} satisfies Surface<Electron.Clipboard, 'writeText' | 'readText'>;

export const globalShortcut = {
  register(accelerator: string, callback: () => void): boolean {
    const registered = !world.shortcuts.has(accelerator);
    if (registered) world.shortcuts.set(accelerator, callback);
    record({ kind: 'shortcut', accelerator, registered });
    return registered;
  },
  unregister(accelerator: string): void {
    world.shortcuts.delete(accelerator);
  },
  unregisterAll(): void {
    world.shortcuts.clear();
    record({ kind: 'shortcuts-cleared' });
  },
  isRegistered(accelerator: string): boolean {
    return world.shortcuts.has(accelerator);
  },
} satisfies Surface<Electron.GlobalShortcut, 'register' | 'unregister' | 'unregisterAll' | 'isRegistered'>;

export const net = {
  isOnline: (): boolean => world.online,
} satisfies Surface<Electron.Net, 'isOnline'>;

class StandInPowerMonitor
  extends EventEmitter
  implements Surface<Electron.PowerMonitor, 'getSystemIdleState'>
{
  getSystemIdleState(): 'active' {
    return 'active';
  }
}

export const powerMonitor = new StandInPowerMonitor();

export const screen = {
  getCursorScreenPoint: (): Electron.Point => ({ ...world.config.cursor }),
  getAllDisplays: (): Electron.Display[] => world.config.displays.map(toDisplay),
  getPrimaryDisplay: (): Electron.Display => toDisplay(world.config.displays[0]!),
  getDisplayNearestPoint(point: Electron.Point): Electron.Display {
    const inside = world.config.displays.find(
      (d) =>
        point.x >= d.bounds.x &&
        point.y >= d.bounds.y &&
        point.x < d.bounds.x + d.bounds.width &&
        point.y < d.bounds.y + d.bounds.height,
    );
    return toDisplay(inside ?? world.config.displays[0]!);
  },
} satisfies Surface<
  Electron.Screen,
  'getCursorScreenPoint' | 'getAllDisplays' | 'getPrimaryDisplay' | 'getDisplayNearestPoint'
>;

function toDisplay(display: (typeof world.config.displays)[number]): Electron.Display {
  // The fields the app reads are real; the rest of Electron's Display is not modelled.
  return {
    ...display,
    size: { width: display.bounds.width, height: display.bounds.height },
  } as unknown as Electron.Display;
}

export const shell = {
  async openExternal(url: string): Promise<void> {
    record({ kind: 'open-external', url });
  },
} satisfies Surface<Electron.Shell, 'openExternal'>;

/** A message box is answered the way Escape would (its cancel button), and recorded for the test. */
export const dialog = {
  async showMessageBox(
    first: Electron.BaseWindow | Electron.MessageBoxOptions,
    second?: Electron.MessageBoxOptions,
  ): Promise<Electron.MessageBoxReturnValue> {
    const options = (second ?? first) as Electron.MessageBoxOptions;
    // The test's chosen button (driver: answer-message-boxes), else what Escape gives.
    const response = world.messageBoxResponse ?? options.cancelId ?? 0;
    record({
      kind: 'message-box',
      title: options.title ?? '',
      message: options.message,
      buttons: options.buttons ?? [],
      response,
    });
    return { response, checkboxChecked: false };
  },
  /** The open dialog answers with the configured file (or as if cancelled), and is recorded. */
  async showOpenDialog(
    first: Electron.BaseWindow | Electron.OpenDialogOptions,
    second?: Electron.OpenDialogOptions,
  ): Promise<Electron.OpenDialogReturnValue> {
    const options = (second ?? first) as Electron.OpenDialogOptions;
    const path = world.config.openDialogPath ?? null;
    record({ kind: 'open-dialog', title: options.title ?? '', answered: path });
    return path === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [path] };
  },
} satisfies Surface<Electron.Dialog, 'showMessageBox' | 'showOpenDialog'>;

/** The module's export names, checked against Electron's main-process exports. */
const exportsFit = {
  app,
  BrowserWindow: StandInBrowserWindow,
  Menu: StandInMenu,
  Notification: StandInNotification,
  Tray: StandInTray,
  clipboard,
  dialog,
  globalShortcut,
  ipcMain,
  nativeImage,
  net,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
} satisfies Partial<Record<keyof typeof Electron.CrossProcessExports, unknown>>;
void exportsFit;

export default exportsFit;

const stopDriver = startDriver(() => ({
  windows: () => StandInBrowserWindow.all,
  trayMenu: () => StandInTray.current?.menu?.items ?? null,
  trayTooltip: () => StandInTray.current?.tooltip ?? '',
  trayEmitter: () => StandInTray.current,
  notification: (index) => StandInNotification.all[index] ?? null,
  setClipboard: (text) => {
    clipboardText.value = text;
  },
  secondInstance: (argv) => app.secondInstance(argv),
  openUrl: (url) => {
    app.emit('open-url', new PreventableEvent(), url);
  },
  powerMonitor,
  quit: () => app.quit(),
}));
