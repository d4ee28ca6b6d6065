/**
 * The one contract between main and the renderer (after GitHub Desktop's typed IPC file): every
 * channel, its request and its answer. Both sides import it; it holds types and the fixed list of
 * channel names the preload exposes, and does nothing at import time.
 *
 * The renderer is untrusted: it sends ids and choices, never URLs, and it can set a password but
 * never read one. Main validates every payload and checks every sender.
 */
import type { Settings } from '../storage/settings-schema';
import type { Problem } from '../common/result';
import type { StatusType } from '../protocol/events';

export type { Settings, Problem, StatusType };
/** The event kinds of the protocol profile, for the settings screen's "Advanced" section (pure data). */
export { EVENT_KINDS, type EventKind } from '../protocol/profile';

/** A call as the screens show it. Caller-ID strings are display-safe (capped, control and bidi characters removed) but still untrusted: render as text only. */
export interface CallView {
  readonly id: string;
  readonly direction: 'inbound' | 'outbound';
  readonly state: 'ringing' | 'answered' | 'answered-elsewhere' | 'missed' | 'ended' | 'unknown';
  /** Why the state is `unknown` (e.g. "Connection lost while ringing"), else null. */
  readonly stateReason: string | null;
  readonly internal: boolean;
  readonly callerName: string | null;
  readonly callerNumber: string | null;
  readonly did: string | null;
  readonly extension: string | null;
  readonly answeredBy: string | null;
  readonly transferredFrom: string | null;
  readonly ringingSince: number;
  readonly answeredAt: number | null;
  readonly endedAt: number | null;
  readonly ringMs: number | null;
  readonly talkMs: number | null;
  readonly popped: boolean;
  /** The CRM templates this call can open: the default first. Ids only; main builds the links. */
  readonly crm: { readonly defaultId: string | null; readonly options: readonly CrmChoice[] };
}

export interface CrmChoice {
  readonly id: string;
  readonly label: string;
}

export type ConnectionView =
  | { readonly state: 'idle' | 'stopped'; readonly code: string; readonly message: string }
  | {
      readonly state: 'connecting';
      readonly code: string;
      readonly message: string;
      readonly attempt: number;
    }
  | { readonly state: 'live'; readonly code: string; readonly message: string; readonly since: number }
  | {
      readonly state: 'backoff';
      readonly code: string;
      readonly message: string;
      readonly attempt: number;
      readonly nextAttemptAt: number;
    }
  | { readonly state: 'failed'; readonly code: string; readonly message: string };

export interface KeychainView {
  /** Whether a password for the configured account is stored (never the password itself). */
  readonly passwordStored: boolean;
  readonly where: 'keychain' | 'memory' | 'none';
  /** The keychain's problem in words, when it cannot be used. */
  readonly problem: Problem | null;
}

export interface DemoView {
  readonly running: boolean;
  readonly username: string | null;
  readonly extension: string | null;
}

/** One presence status as the screens show it. Name and note are display-safe but untrusted: text only. */
export interface StatusView {
  /** One of the eleven types, or a newer server's type kept as sent. */
  readonly type: string;
  readonly name: string;
  readonly note: string;
  /** When the user is back, ms since the epoch; null for none. */
  readonly returnTime: number | null;
  /** The type in words ("Out of Office"); "Other status" for a type this app does not know. */
  readonly label: string;
  /** `#rrggbb`, always shown beside the words, never alone. */
  readonly colour: string;
  /** The colour in words ("green"), for accessible labels. */
  readonly colourName: string;
}

/**
 * The user's own iSymphony presence. `status` is what the server last confirmed (what colleagues
 * see); `pending` a status asked for and not confirmed yet; `problem` why the last read or set
 * failed (the display rolled back), until the next one succeeds.
 */
export type PresenceView =
  | { readonly kind: 'unknown'; readonly problem: Problem | null; readonly dndFromPresence: false }
  | {
      readonly kind: 'known';
      readonly status: StatusView;
      readonly pending: StatusView | null;
      readonly problem: Problem | null;
      /** Pops are held because the confirmed status is Do Not Disturb and `followPresenceDnd` is on. */
      readonly dndFromPresence: boolean;
    };

/** A status the user can pick: each of the eleven types with its default name. */
export interface StatusChoice {
  readonly type: StatusType;
  readonly name: string;
  readonly label: string;
  readonly colour: string;
  readonly colourName: string;
}

/** What `setStatus` asks for; a left-out name is the type's default, a left-out note is none. */
export interface StatusChange {
  readonly type: StatusType;
  readonly name?: string;
  readonly note?: string;
  /** ms since the epoch, in the future; null or left out for none. */
  readonly returnTime?: number | null;
}

export interface AppState {
  /** `setup` until the user chose between their server and the demo (first run). */
  readonly mode: 'setup' | 'demo' | 'server';
  readonly connection: ConnectionView;
  readonly doNotDisturb: boolean;
  readonly liveCalls: readonly CallView[];
  /** Calls with a pop card showing, newest first (at most 3). */
  readonly pops: readonly CallView[];
  readonly settings: Settings;
  /** Something the user must be told about the stored settings (e.g. a corrupt file was set aside). */
  readonly settingsNotice: Problem | null;
  readonly keychain: KeychainView;
  readonly demo: DemoView;
  /** Increases whenever history changed, so the history screen knows to query again. */
  readonly historyVersion: number;
  readonly now: number;
  readonly presence: PresenceView;
  /** The eleven statuses, in the order menus list them. */
  readonly statusChoices: readonly StatusChoice[];
}

export interface FieldProblem {
  /** Dotted path of the field, e.g. "server.port". */
  readonly path: string;
  readonly message: string;
}

export type Answer<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: Problem; readonly fields?: readonly FieldProblem[] };

export interface HistoryQuery {
  readonly search?: string;
  readonly missedOnly?: boolean;
  readonly offset: number;
  readonly limit: number;
}

export interface HistoryPage {
  readonly total: number;
  readonly offset: number;
  readonly calls: readonly CallView[];
}

export interface ConnectionTestResult {
  readonly ok: boolean;
  readonly code: string;
  readonly message: string;
  /** When the settings tested were not valid: each field's problem, as saveSettings gives them. */
  readonly fields?: readonly FieldProblem[];
}

/** Renderer → main: one method per message. */
export interface CompanionRequests {
  getState(): AppState;
  chooseMode(request: { mode: 'demo' | 'server' }): Answer<null>;
  saveSettings(request: { settings: Settings }): Answer<null>;
  /** Write-only. `memoryOnly` is the explicit choice when no keychain is available. */
  setPassword(request: { password: string; memoryOnly?: boolean }): Answer<{ where: 'keychain' | 'memory' }>;
  testConnection(request: { settings: Settings; password?: string }): ConnectionTestResult;
  retryNow(): Answer<null>;
  openCrm(request: { callId: string; templateId?: string }): Answer<null>;
  copyNumber(request: { callId: string }): Answer<null>;
  dismissPop(request: { callId: string }): Answer<null>;
  dismissAllPops(): Answer<null>;
  setDoNotDisturb(request: { enabled: boolean }): Answer<null>;
  startDemo(): Answer<null>;
  stopDemo(): Answer<null>;
  queryHistory(request: HistoryQuery): Answer<HistoryPage>;
  clearHistory(): Answer<null>;
  /** The link a sample call would produce with this template, or the reason it is refused (shown as text). */
  previewCrmLink(request: { url: string }): Answer<string>;
  /**
   * Changes the user's iSymphony status. The state shows it as `presence.pending` at once; the answer
   * comes once the server confirmed it, or with the problem after the display rolled back.
   */
  setStatus(request: StatusChange): Answer<null>;
}

export type RequestChannel = keyof CompanionRequests;
export type RequestOf<C extends RequestChannel> = Parameters<CompanionRequests[C]>[0];
export type AnswerOf<C extends RequestChannel> = ReturnType<CompanionRequests[C]>;

/** The channels the preload exposes, and nothing else. */
export const REQUEST_CHANNELS = [
  'getState',
  'chooseMode',
  'saveSettings',
  'setPassword',
  'testConnection',
  'retryNow',
  'openCrm',
  'copyNumber',
  'dismissPop',
  'dismissAllPops',
  'setDoNotDisturb',
  'startDemo',
  'stopDemo',
  'queryHistory',
  'clearHistory',
  'previewCrmLink',
  'setStatus',
] as const satisfies readonly RequestChannel[];

/** Main → renderer: the whole state, coalesced (at most one message per ~50 ms). */
export const STATE_CHANNEL = 'companion:state';
export const channelName = (channel: RequestChannel): string => `companion:${channel}`;

/** What the preload puts on `window.companion` (and the browser test harness provides the same). */
export type CompanionApi = {
  readonly [C in RequestChannel]: (...request: Parameters<CompanionRequests[C]>) => Promise<AnswerOf<C>>;
} & {
  onState(listener: (state: AppState) => void): () => void;
};

/** Compile-time check that REQUEST_CHANNELS lists every request of the contract. */
type _EveryChannelListed =
  Exclude<RequestChannel, (typeof REQUEST_CHANNELS)[number]> extends never ? true : never;
export const everyChannelListed: _EveryChannelListed = true;
