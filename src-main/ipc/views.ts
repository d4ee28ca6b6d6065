/**
 * What main and the windows show each other: the app state and its parts, answers and problems.
 * Types and pure data only (the renderer bundle imports this); the requests themselves are in
 * contract.ts. The phonebook's, the presence's and call-event detection's views have files of their
 * own (phonebook-views.ts, presence-views.ts, detection-views.ts), re-exported here.
 */
import type { Settings } from '../storage/settings-schema';
import type { LocaleView } from '../i18n/languages';
import type { MessageRef } from '../i18n/message-ref';
import type { CallParties } from '../storage/history-entry';
import type { DayRun } from '../storage/history-days';
import type {
  HistoryPage as StoredHistoryPage,
  HistoryQuery as StoredHistoryQuery,
} from '../storage/history-search';
import type { Problem } from '../common/result';
import type { StatusType } from '../protocol/events';
import type { PhonebookView } from './phonebook-views';
import type { PresenceView, StatusChoice } from './presence-views';
import type { DetectionView } from './detection-views';
import type { CrmLookupView } from './lookup-views';

export type { Settings, Problem, StatusType, LocaleView };
export type * from './phonebook-views';
export type * from './presence-views';
export type * from './detection-views';
export type * from './lookup-views';
/** The event kinds of the protocol profile, for the settings screen's "Advanced" section (pure data). */
export { EVENT_KINDS, type EventKind } from '../protocol/profile';
/** Settings → Host takes a pasted address apart (pure; the same code main's tests check). */
export { portForTls, readPastedAddress, type PastedAddress } from '../protocol/pasted-address';

/** A call as the screens show it. Caller-ID strings are display-safe (capped, control and bidi characters removed) but still untrusted: render as text only. */
export interface CallView extends CallParties {
  readonly id: string;
  readonly direction: 'inbound' | 'outbound';
  readonly state: 'ringing' | 'answered' | 'answered-elsewhere' | 'missed' | 'ended' | 'unknown';
  /** Why the state is `unknown` (e.g. "Connection lost while ringing"), else null. */
  readonly stateReason: string | null;
  /**
   * Set while the state is `unknown` because the connection is lost (the call is still live): what
   * it was when last seen. The catch-up after the reconnect resolves it. Null otherwise.
   */
  readonly lastKnownState: 'ringing' | 'answered' | null;
  readonly ringingSince: number;
  readonly answeredAt: number | null;
  readonly endedAt: number | null;
  readonly ringMs: number | null;
  readonly talkMs: number | null;
  readonly popped: boolean;
  /**
   * The name of the line the caller dialled ("Acme – Sales", from Settings' dialled-number names),
   * display-safe; null when the dialled number has none.
   */
  readonly didLabel: string | null;
  /**
   * `callerNumber` written the way the user's country writes it ("020 7946 0018", "+1 212 555 0100"),
   * when it is a valid number written with digits and separators only and differs from the number as
   * received; null otherwise (then `callerNumber` is what the screens show).
   */
  readonly callerNumberFormatted: string | null;
  /** The CRM templates this call can open: the default first. Ids only; main builds the links. */
  readonly crm: { readonly defaultId: string | null; readonly options: readonly CrmChoice[] };
  /** Who the lookup chain says is calling (phonebook, CRM, caller ID); see `LookupView`. */
  readonly lookup: LookupView;
  /** History only: a missed call that an outbound call to the same number followed (when it started). */
  readonly calledBackAt?: number;
}

/**
 * The caller as the lookup chain named them (docs/lookup.md). `pending`: a lookup is still asked
 * and within its budget, so the card shows what the PBX sent meanwhile. `found`: the name and
 * company to show and where they came from (`pbx`: the caller-ID name, nothing better was found).
 * `none`: nothing named the caller. Name and company are display-safe but untrusted: text only.
 */
export type LookupView =
  | { readonly kind: 'pending' }
  | {
      readonly kind: 'found';
      readonly source: 'phonebook' | 'crm' | 'pbx';
      readonly name: string | null;
      readonly company: string | null;
    }
  | { readonly kind: 'none' };

/**
 * Missed calls the user has not seen in the history yet (and not called back): the tray badge, the
 * window title and the history's "Missed" section. Seen when the history is on screen
 * (`markMissedSeen`).
 */
export interface MissedView {
  readonly count: number;
  /** Those calls, newest first (at most 50). */
  readonly calls: readonly CallView[];
}

/** How a "Call back" went out: `pbx` (my phone rings first, then the number) or `tel` (handed to my phone app). */
export interface DialView {
  readonly via: 'pbx' | 'tel';
  readonly number: string;
  /** A sentence saying which path was used (and why not the PBX, for `tel`), in English. */
  readonly message: string;
  /** The same sentence as a catalogue message: what the windows show, in the chosen language. */
  readonly text: MessageRef;
}

export interface CrmChoice {
  readonly id: string;
  readonly label: string;
}

/**
 * The connection's sentence is English in `message` and, when it is a catalogue message, `text` to
 * say it in the chosen language (as on `Problem`). While waiting to retry, `text` is the reason alone.
 */
export type ConnectionView = (
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
  | { readonly state: 'failed'; readonly code: string; readonly message: string }
) & { readonly text?: MessageRef };

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

/**
 * Something the server said about the configured names after going live: a user or extension it
 * does not know (calls for it never pop), or why that could not be checked. `name` is the name as
 * typed in settings (text only).
 */
export interface IdentityWarningView {
  readonly code: 'unknown-user' | 'unknown-extension' | 'identity-not-checked';
  readonly name: string | null;
  /** English (logs, diagnostics); `text` says it in the chosen language when there is one. */
  readonly message: string;
  readonly text?: MessageRef;
}

/** "Pause pops for 15 min / 1 h / until tomorrow" (the end of tomorrow's pause is the start of tomorrow, local time). */
export const PAUSE_CHOICES = ['15m', '1h', 'tomorrow'] as const;
export type PauseChoice = (typeof PAUSE_CHOICES)[number];

/** Pops paused: when the pause ends by itself (ms since the epoch), and which choice started it. */
export interface PauseView {
  readonly until: number;
  readonly choice: PauseChoice;
}

/** The ring sound choices in the order Settings lists them ('off' first); the schema's enum, checked below. */
export const RING_SOUNDS = [
  'off',
  'chime',
  'bell',
  'pulse',
] as const satisfies readonly Settings['ringSound'][];
type Within<T extends U, U> = T;
/** Fails to compile when the schema has a sound this list leaves out. */
export type _RingSoundsComplete = Within<Settings['ringSound'], (typeof RING_SOUNDS)[number]>;

/**
 * The ring sound the pop window plays now (app/ring-plan.ts decides): which, how loud (0–100), and
 * how many times so far for the ring that began at `since`; a new `plays` means "play it again".
 */
export interface RingView {
  readonly sound: Exclude<Settings['ringSound'], 'off'>;
  readonly volume: number;
  readonly since: number;
  readonly plays: number;
}

/**
 * Settings an administrator deployed for every user of this computer (docs/administration.md):
 * the file they came from, and the settings it locks (changing them is refused with a sentence).
 */
export interface ManagedSettingsView {
  readonly path: string;
  readonly locked: readonly (keyof Settings)[];
}

/** An export written: the file's name (main's dialog chose the folder). */
export interface SettingsExportView {
  readonly fileName: string;
}

/**
 * A settings file read for the form: the saved settings with the file's on top (not saved yet; the
 * user checks them and presses Save), the settings the file gave, and the locked ones it could not change.
 */
export interface SettingsImportView {
  readonly fileName: string;
  readonly settings: Settings;
  readonly given: readonly string[];
  readonly keptLocked: readonly string[];
}

/**
 * A display the pop window may be put on (Settings → Pops), as the operating system lists it: the
 * window says it ("1: DELL U2719D (2560×1440, main)") in the chosen language
 * (`settings.pops.display.choice`).
 */
export interface DisplayView {
  readonly id: number;
  /** Its place in the OS's list, from 1. */
  readonly place: number;
  /** The OS's name for it (from its firmware, cleaned and capped: text only), or null when it gives none. */
  readonly name: string | null;
  readonly width: number;
  readonly height: number;
  /** The OS's main display. */
  readonly primary: boolean;
}

export interface AppState {
  /** `setup` until the user chose between their server and the demo (first run). */
  readonly mode: 'setup' | 'demo' | 'server';
  readonly connection: ConnectionView;
  readonly doNotDisturb: boolean;
  /** Pops paused for a while (calls still followed and kept in the history); null when not paused. */
  readonly popsPaused: PauseView | null;
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
  /** Checked after each going live: empty when every configured name exists on the server. */
  readonly identityWarnings: readonly IdentityWarningView[];
  /** "Detect call events…" and the first-run offer of it. */
  readonly detection: DetectionView;
  /** The CRM lookup: its presets, whether a token is stored, how the last lookup went. Never the token. */
  readonly crmLookup: CrmLookupView;
  /** The phonebook callers are looked up in (docs/lookup.md). */
  readonly phonebook: PhonebookView;
  /** The displays connected now (empty where the shell cannot list them), for the pop display choice. */
  readonly displays: readonly DisplayView[];
  /** Why the global shortcut in settings could not be registered (taken by another app); null when it works or is off. */
  readonly shortcutProblem: Problem | null;
  /** Missed calls not seen yet. */
  readonly missed: MissedView;
  /** The ring sound playing now (the pop window plays it), or null for silence. */
  readonly ring: RingView | null;
  /** Machine-wide defaults in use, or null when this computer has none. */
  readonly managedSettings: ManagedSettingsView | null;
  /** The language, formats and direction both windows use (Settings → Language and Clock, else the OS). */
  readonly locale: LocaleView;
}

export interface FieldProblem {
  /** Dotted path of the field, e.g. "server.port". */
  readonly path: string;
  /** English (the command line); `text` says it in the chosen language when there is one. */
  readonly message: string;
  readonly text?: MessageRef;
}

export type Answer<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: Problem; readonly fields?: readonly FieldProblem[] };

/** The history's query as the screen asks it: always a page's place and size, never the day groups (it always gets them). */
export type HistoryQuery = Pick<StoredHistoryQuery, 'search' | 'missedOnly'> &
  Required<Pick<StoredHistoryQuery, 'offset' | 'limit'>>;

/**
 * The history's page (storage/history-search.ts) with its entries as call views. Its `days` place
 * the list's "Today", "Yesterday" and date headings.
 */
export interface HistoryPage extends Omit<StoredHistoryPage, 'entries'> {
  readonly calls: readonly CallView[];
}

/** A day of the history list: its local midnight and how many calls in a row started then. */
export type HistoryDay = DayRun;

export interface ConnectionTestResult {
  readonly ok: boolean;
  readonly code: string;
  readonly message: string;
  /** The message in the catalogue, said in the chosen language (docs/i18n.md). */
  readonly text?: MessageRef;
  /** When the settings tested were not valid: each field's problem, as saveSettings gives them. */
  readonly fields?: readonly FieldProblem[];
}
