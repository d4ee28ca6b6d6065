/**
 * What the Companion needs from the operating system, as small interfaces. The Electron shell
 * implements them (src-main/electron/); tests implement them with recorders. Nothing here
 * imports electron.
 */
import type { Result, Problem } from '../common/result';
import type { LocaleView } from '../i18n/languages';
import type { CallView, DisplayView, StatusType } from '../ipc/contract';

/** Opens a link in the user's browser. Only ever handed links that the crm module built and checked. */
export interface UrlOpener {
  open(url: string): Promise<Result<null, Problem>>;
}

export interface ClipboardWriter {
  writeText(text: string): void;
}

/** A native notification for one call. Title and body are plain text; the shell escapes them where the platform reads markup. */
export interface PopNotice {
  readonly callId: string;
  readonly title: string;
  readonly body: string;
}

export interface Notifier {
  show(notice: PopNotice): void;
  /** The call stopped ringing: withdraw its notification if the platform allows. */
  close(callId: string): void;
}

/**
 * The notification of a missed call: it stays until the user dismisses it (where the OS allows),
 * and offers "Call back" where notifications can have buttons (macOS); elsewhere a click opens the
 * call in the main window, with its Call back. Kept apart from the pops' notifications, by call id.
 */
export interface MissedNotifier {
  showMissed(notice: PopNotice): void;
  /** Seen in the history, or called back: withdraw it. */
  closeMissed(callId: string): void;
}

/**
 * The small always-on-top pop window: shown without taking focus while there are pops, hidden when
 * none. `ringing`: the ring sound plays (in that window's page), so the window must exist, shown or not.
 */
export interface PopWindowHost {
  update(pops: readonly CallView[], ringing?: boolean): void;
}

/**
 * The OS's do-not-disturb, where it can be read (GNOME's "show banners"; macOS Focus and Windows
 * Focus Assist cannot be read by an app: 'unknown'). See docs/administration.md.
 */
export interface QuietHours {
  read(): Promise<'quiet' | 'not-quiet' | 'unknown'>;
}

export type TrayIcon = 'live' | 'connecting' | 'failed' | 'dnd' | 'demo';

/** The user's iSymphony status as the tray's first line: words, with a dot of the type's colour beside them. */
export interface TrayStatus {
  readonly label: string;
  /** `#rrggbb` of the shown status's type. */
  readonly colour: string;
  /** Why the last change or read failed, in one sentence, or null. */
  readonly problem: string | null;
}

export interface TrayStatusChoice {
  readonly type: StatusType;
  readonly label: string;
  readonly colour: string;
  /** The type shown now (the pending one while a change waits for the server). */
  readonly checked: boolean;
}

export interface TrayRecentCall {
  readonly callId: string;
  readonly label: string;
  /** Whether the other party sent a number to call back (main checks it again when asked). */
  readonly canCallBack: boolean;
}

export interface TrayView {
  readonly icon: TrayIcon;
  readonly tooltip: string;
  readonly statusLine: string;
  /** The last 5 calls, newest first, each with "Open CRM record" and "Call back" (when it has a number). */
  readonly recentCalls: readonly TrayRecentCall[];
  /** Missed calls not seen yet: the icon gets its badge dot, the tooltip (macOS: the title) the number. */
  readonly missed: number;
  readonly doNotDisturb: boolean;
  /** "Pops paused until 14:35" while pops are paused (the menu then offers Resume); null otherwise. */
  readonly pausedLine: string | null;
  readonly startAtLogin: boolean;
  readonly demo: boolean;
  /** Null while the status is not known (not connected, no iSymphony user). */
  readonly status: TrayStatus | null;
  /** The Status submenu; empty while the status is not known (there is nothing to change from). */
  readonly statusChoices: readonly TrayStatusChoice[];
  /** The language the menu's own words are said in; a change re-renders the menu. Left out, English. */
  readonly locale?: LocaleView;
}

export interface TrayHost {
  update(view: TrayView): void;
}

export interface LoginItemSetting {
  set(enabled: boolean): Promise<Result<null, Problem>>;
}

export interface ShortcutRegistry {
  /** Registers the accelerator for "open the CRM record of the newest ringing call"; replaces the previous one. */
  register(accelerator: string | null): Result<null, Problem>;
}

/**
 * Asks the user, in a native dialog that main shows itself (no page can answer it), whether the
 * stored manager password may be sent to a new server. Resolves true only on an explicit yes.
 */
export interface PasswordMoveConfirmer {
  confirmPasswordMove(fromServer: string, toServer: string): Promise<boolean>;
}

/**
 * Dialling asked for outside a window (the tray, a call link, the clipboard shortcut): the shell's
 * side of it. Absent (tests, the CLI): those requests are answered, but nothing is shown or read.
 */
export interface DialingPorts {
  /** Says how a dial went (or why nothing was dialled), in a notification. Plain text. */
  say(title: string, body: string): void;
  /** The clipboard's plain text ('' when it holds none). */
  readClipboard(): Promise<string>;
  /** Asks, in a dialog main shows itself, whether to call this number (display-safe); true only on yes. */
  confirmDial(number: string): Promise<boolean>;
  /** Makes the app the handler for tel:, callto: and sip: links, or stops it being the handler. */
  setCallLinks(enabled: boolean): Result<null, Problem>;
  /** The global shortcut that dials the number on the clipboard (after asking); replaces the previous one. */
  readonly shortcut: ShortcutRegistry;
}

/**
 * The native open dialog, shown by main (no page can fill it in): the path of the file the user
 * chose, or null when they cancelled. The phonebook import reads only what this returns, so a
 * window can never make main read a file it named.
 */
export interface FileChooser {
  chooseFile(options: {
    readonly title: string;
    readonly filters: readonly { readonly name: string; readonly extensions: readonly string[] }[];
  }): Promise<string | null>;
  /** The native save dialog: the path to write to, or null when cancelled. Absent: nothing can be exported. */
  chooseSaveFile?(options: {
    readonly title: string;
    readonly defaultName: string;
    readonly filters: readonly { readonly name: string; readonly extensions: readonly string[] }[];
  }): Promise<string | null>;
}

/** The displays connected now, for Settings' choice of where pops appear. */
export interface DisplayList {
  list(): readonly DisplayView[];
}

/** Everything the shell provides, bundled for the Companion's constructor. */
export interface DesktopPorts {
  readonly urlOpener: UrlOpener;
  readonly clipboard: ClipboardWriter;
  readonly notifier: Notifier;
  readonly popWindow: PopWindowHost;
  readonly tray: TrayHost;
  readonly loginItem: LoginItemSetting;
  readonly shortcuts: ShortcutRegistry;
  /** Absent: no notifications for missed calls (the badge, title and history still say so). */
  readonly missedNotifier?: MissedNotifier;
  /** Absent: a changed server never gets the stored password (the user types it again). */
  readonly passwordMove?: PasswordMoveConfirmer;
  /** Absent: the tray, links and the clipboard shortcut dial without saying how (tests, headless). */
  readonly dialing?: DialingPorts;
  /** Absent: the phonebook cannot be imported from a file (the window says so). */
  readonly fileChooser?: FileChooser;
  /** Absent: no list (Settings then offers the pointer's screen and a display chosen before). */
  readonly displays?: DisplayList;
  /** Absent: the OS's do-not-disturb is not read (the ring sound follows the app's own only). */
  readonly quietHours?: QuietHours;
}
