/**
 * What the tray shows, derived from the app state alone: the icon, one status line, the last
 * calls, and the two switches. Pure, so every combination is a unit test.
 */
import type {
  AppState,
  CallView,
  ConnectionView,
  PauseView,
  PresenceView,
  StatusChoice,
} from '../ipc/contract';
import { ENGLISH, type LocaleView } from '../i18n/languages';
import { translatorFor, type Say, type Translator } from '../i18n/translator';
import { NUMBER_MARK, displayText, isolatedName, ltrNumber } from './display-text';
import { pauseLine } from './pop-pause';
import type { TrayIcon, TrayRecentCall, TrayStatus, TrayStatusChoice, TrayView } from './ports';
import { statusText } from './presence-view';

export const TRAY_RECENT_CALLS = 5;

export interface TrayInput {
  readonly mode: AppState['mode'];
  readonly connection: ConnectionView;
  readonly doNotDisturb: boolean;
  /** Pops paused for a while; left out, not paused. */
  readonly popsPaused?: PauseView | null;
  readonly demoRunning: boolean;
  readonly startAtLogin: boolean;
  /** Live calls and then recent history, each newest first; the first five are shown. */
  readonly calls: readonly CallView[];
  /** The user's iSymphony status; left out, the tray shows none. */
  readonly presence?: PresenceView;
  readonly statusChoices?: readonly StatusChoice[];
  /** Missed calls not seen yet; left out, none. */
  readonly missed?: number;
  /** The language and formats the tray speaks (AppState.locale); left out, English. */
  readonly locale?: LocaleView;
}

/** "1 missed call", "3 missed calls", in the locale's words and plural rules. */
export function missedWords(count: number, say: Say = translatorFor(ENGLISH).t): string {
  return say('tray.missedCalls', { count });
}

/** A menu line is one line: a long note is cut well before the menu gets wide. */
export const TRAY_STATUS_MAX = 60;
export const TRAY_PROBLEM_MAX = 120;

function iconOf(input: TrayInput): TrayIcon {
  const c = input.connection;
  if (c.state === 'failed' || (c.state === 'stopped' && c.code === 'stopped' && !input.demoRunning)) {
    return 'failed';
  }
  if (input.doNotDisturb || input.presence?.dndFromPresence === true || input.popsPaused) return 'dnd';
  if (input.demoRunning) return 'demo';
  if (c.state === 'live') return 'live';
  return 'connecting';
}

/** The `tray.call` select's name for a call's state (ICU select keys are plain words). */
const STATE_KEYS: Readonly<Record<CallView['state'], string>> = {
  ringing: 'ringing',
  answered: 'answered',
  'answered-elsewhere': 'answeredElsewhere',
  missed: 'missed',
  ended: 'ended',
  unknown: 'unknown',
};

/** One menu line: who (display-safe already) and what became of the call. */
export function recentCallLabel(call: CallView, say: Say = translatorFor(ENGLISH).t): string {
  // Isolated, so a right-to-left name or a marked number cannot reorder the words around it.
  const who =
    call.callerName !== null
      ? isolatedName(call.callerName)
      : call.callerNumber !== null
        ? ltrNumber(call.callerNumber)
        : say('tray.unknownCaller');
  // Still live, its state unknown while the connection is lost: not "ended".
  const state = call.lastKnownState !== null ? 'lost' : STATE_KEYS[call.state];
  return say('tray.call', { direction: call.direction, who, state });
}

export function trayView(input: TrayInput): TrayView {
  const locale = input.locale ?? ENGLISH;
  const words = translatorFor(locale);
  const say = words.t;
  const demo = input.demoRunning && input.mode !== 'server';
  const dnd = input.doNotDisturb ? 'on' : input.presence?.dndFromPresence === true ? 'presence' : 'off';
  const statusLine = say('tray.statusLine', {
    demo: demo ? 'yes' : 'no',
    connection: words.problem(input.connection),
    dnd,
  });
  const seen = new Set<string>();
  const recentCalls: TrayRecentCall[] = [];
  for (const call of input.calls) {
    if (recentCalls.length === TRAY_RECENT_CALLS) break;
    if (seen.has(call.id)) continue;
    seen.add(call.id);
    recentCalls.push({
      callId: call.id,
      label: recentCallLabel(call, say),
      // A marked number holds more than digits and separators: the dialing rules would refuse it.
      canCallBack: call.callerNumber !== null && !call.callerNumber.startsWith(NUMBER_MARK),
    });
  }
  const missed = Math.max(0, input.missed ?? 0);
  return {
    icon: iconOf(input),
    tooltip: say('tray.tooltip', { demo: demo ? 'yes' : 'no', state: input.connection.state, missed }),
    statusLine,
    recentCalls,
    missed,
    doNotDisturb: input.doNotDisturb,
    pausedLine: input.popsPaused ? pauseLine(input.popsPaused, locale) : null,
    startAtLogin: input.startAtLogin,
    demo,
    status: trayStatusOf(input.presence, words),
    statusChoices: trayChoicesOf(input.presence, input.statusChoices ?? [], say),
    locale,
  };
}

function trayStatusOf(presence: PresenceView | undefined, words: Translator): TrayStatus | null {
  if (presence === undefined || presence.kind === 'unknown') return null;
  const shown = presence.pending ?? presence.status;
  const status = displayText(statusText(shown), TRAY_STATUS_MAX) ?? shown.label;
  return {
    label: words.t(presence.pending ? 'tray.statusPending' : 'tray.statusNow', { status }),
    colour: shown.colour,
    problem: presence.problem ? displayText(words.problem(presence.problem), TRAY_PROBLEM_MAX) : null,
  };
}

function trayChoicesOf(
  presence: PresenceView | undefined,
  choices: readonly StatusChoice[],
  say: Say,
): TrayStatusChoice[] {
  if (presence === undefined || presence.kind === 'unknown') return [];
  const current = (presence.pending ?? presence.status).type;
  return choices.map((c) => ({
    type: c.type,
    // Each type's name in the catalogue (a type without one is a compile error here).
    label: say(`presence.type.${c.type}`),
    colour: c.colour,
    checked: c.type === current,
  }));
}
