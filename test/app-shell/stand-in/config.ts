/**
 * What the test tells the stand-in through the child's environment (one JSON variable), and the
 * messages the two exchange over the child's IPC channel.
 */

export interface StandInDisplay {
  readonly id: number;
  readonly bounds: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
  readonly workArea: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
  readonly scaleFactor: number;
}

export interface StandInConfig {
  /** app.getPath('userData'): settings, history, and the single-instance lock. */
  readonly userData: string;
  readonly home: string;
  readonly chromium: string;
  readonly chromiumArgs: readonly string[];
  readonly displays: readonly StandInDisplay[];
  readonly cursor: { readonly x: number; readonly y: number };
  readonly version: string;
  /** app.getPreferredSystemLanguages(); default English (UK). */
  readonly systemLanguages?: readonly string[];
  /** What the open dialog answers (the phonebook import): this path, or cancelled when left out. */
  readonly openDialogPath?: string;
}

export const CONFIG_VARIABLE = 'ELECTRON_STAND_IN_CONFIG';

/** Test → stand-in. */
export type Command =
  | { readonly op: 'windows' }
  | { readonly op: 'tray' }
  | { readonly op: 'click-tray-item'; readonly path: readonly string[] }
  | { readonly op: 'click-tray-icon' }
  | { readonly op: 'click-notification'; readonly index: number }
  | {
      readonly op: 'page';
      readonly window: number;
      readonly action: PageAction;
    }
  | { readonly op: 'power'; readonly event: 'suspend' | 'resume' | 'unlock-screen' | 'shutdown' }
  | { readonly op: 'press-shortcut'; readonly accelerator: string }
  | { readonly op: 'set-clipboard'; readonly text: string }
  /** Every message box from now on answers with this button (null: its cancel button). */
  | { readonly op: 'answer-message-boxes'; readonly response: number | null }
  /**
   * A second start's arguments arrive, as the lock's hand-over delivers them (driven-server.test.ts
   * runs a real second process; this is for argv the test chooses without the process's cost).
   */
  | { readonly op: 'second-instance'; readonly argv: readonly string[] }
  /** macOS hands a link to the running app. */
  | { readonly op: 'open-url'; readonly url: string }
  | { readonly op: 'quit' };

export type PageAction =
  | { readonly kind: 'evaluate'; readonly source: string; readonly arg?: unknown }
  | { readonly kind: 'click'; readonly selector: string }
  | { readonly kind: 'wait-for'; readonly selector: string }
  /** A key pressed in the page, as Playwright names keys ("Control+Equal"). */
  | { readonly kind: 'press'; readonly key: string }
  | { readonly kind: 'screenshot'; readonly path: string };

export type Reply =
  | { readonly reply: number; readonly ok: true; readonly value: unknown }
  | { readonly reply: number; readonly ok: false; readonly error: string };

/** Something the app did through Electron, in order, for the test to read and wait on. */
export type Recorded =
  | { readonly kind: 'ready' }
  | { readonly kind: 'window-created'; readonly window: number; readonly options: Record<string, unknown> }
  | {
      readonly kind: 'window-call';
      readonly window: number;
      readonly method: string;
      readonly args: unknown[];
    }
  | { readonly kind: 'page-loaded'; readonly window: number; readonly url: string }
  | { readonly kind: 'window-closed'; readonly window: number }
  | { readonly kind: 'zoom'; readonly contents: number; readonly factor: number; readonly mode: string }
  | { readonly kind: 'tray-created' }
  | {
      readonly kind: 'tray-menu';
      readonly menu: MenuItemView[];
      readonly tooltip: string;
      readonly image: TrayImageView;
    }
  | { readonly kind: 'tray-destroyed' }
  | {
      readonly kind: 'notification';
      readonly index: number;
      readonly title: string;
      readonly body: string;
      /** The OS's own sound kept quiet. */
      readonly silent: boolean;
    }
  | { readonly kind: 'notification-closed'; readonly index: number }
  | { readonly kind: 'open-external'; readonly url: string }
  | {
      readonly kind: 'message-box';
      readonly title: string;
      readonly message: string;
      readonly buttons: readonly string[];
      readonly response: number;
    }
  | { readonly kind: 'open-dialog'; readonly title: string; readonly answered: string | null }
  | { readonly kind: 'shortcut'; readonly accelerator: string; readonly registered: boolean }
  | { readonly kind: 'shortcuts-cleared' }
  | { readonly kind: 'login-item'; readonly settings: Record<string, unknown> }
  | { readonly kind: 'ipc'; readonly channel: string; readonly window: number; readonly ok: boolean }
  | { readonly kind: 'second-instance'; readonly argv: readonly string[] }
  | {
      readonly kind: 'protocol-client';
      readonly scheme: string;
      readonly handler: boolean;
      /** The path and arguments the OS would start (null path: the app's own executable). */
      readonly command: readonly (string | null)[];
    }
  | { readonly kind: 'single-instance'; readonly primary: boolean }
  | { readonly kind: 'quit'; readonly handles: readonly string[] };

/** The tray's image when its menu was set: the file it was loaded from (null: empty) and its size. */
export interface TrayImageView {
  readonly file: string | null;
  readonly width: number;
  readonly height: number;
}

export interface MenuItemView {
  readonly label: string;
  readonly type: string;
  readonly enabled: boolean;
  readonly checked: boolean;
  readonly submenu: MenuItemView[] | null;
}

export interface WindowView {
  readonly id: number;
  readonly contentsId: number;
  readonly options: Record<string, unknown>;
  readonly bounds: { x: number; y: number; width: number; height: number };
  readonly visible: boolean;
  readonly focused: boolean;
  readonly everFocused: boolean;
  readonly alwaysOnTop: boolean;
  readonly alwaysOnTopLevel: string | null;
  readonly destroyed: boolean;
  readonly url: string;
  /** The page's zoom (webContents.setZoomFactor), 1 unless main zoomed it. */
  readonly zoomFactor: number;
}

export type ChildMessage = Reply | { readonly record: Recorded };
