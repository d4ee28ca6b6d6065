/**
 * What the Electron shell may ask of the Companion. The shell owns windows, tray and OS events;
 * it forwards IPC requests (after checking the sender) and OS events here, and renders what the
 * Companion tells it through the ports in ports.ts.
 */
import type {
  Answer,
  AppState,
  DialView,
  PauseChoice,
  PauseView,
  RequestChannel,
  StatusChange,
} from '../ipc/contract';
import type { ListenerPace } from './state-publisher';

export interface CompanionForShell {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** One IPC request from a verified sender. The payload is untrusted: the Companion validates it. */
  invoke(channel: RequestChannel, request: unknown): Promise<unknown>;
  /**
   * The state snapshot for the renderers, coalesced; the listener gets the current state at once.
   * `paced` (what does not show pops): a new pop reaches it an interval later (state-publisher.ts).
   */
  onState(listener: (state: AppState) => void, pace?: ListenerPace): () => void;
  /** A notification click, a tray recent-call click. */
  openCrm(callId: string, templateId?: string): Promise<Answer<null>>;
  /** The global shortcut: the newest ringing call, else the one I am on, else the one that just ended. */
  openShortcutCrm(): Promise<Answer<null>>;
  /** "Call back" in the tray or on a missed call's notification (macOS): by call id; says how it went in a notification. */
  callBack(callId: string): Promise<Answer<DialView>>;
  /** Arguments that may hold a tel:, callto: or sip: link (argv, open-url); null when none does. */
  dialLink(args: readonly unknown[]): Promise<Answer<DialView> | null>;
  /** The dial shortcut: shows the clipboard's number and dials it only on yes. */
  dialClipboard(): Promise<Answer<DialView>>;
  setDoNotDisturb(enabled: boolean): Promise<Answer<null>>;
  /** The tray's "Pause pops" items and its "Resume pops". */
  pausePops(choice: PauseChoice): Promise<Answer<PauseView>>;
  resumePops(): Promise<Answer<null>>;
  setStartAtLogin(enabled: boolean): Promise<Answer<null>>;
  /** The tray's Status submenu: resolves once the server confirmed it, or with why it rolled back. */
  setStatus(change: StatusChange): Promise<Answer<null>>;
  /** Power and network events. */
  suspend(): void;
  resume(): void;
  networkOnline(): void;
}
