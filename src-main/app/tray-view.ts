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
}

/** "1 missed call", "3 missed calls". */
export function missedWords(count: number): string {
  return `${count.toLocaleString('en')} missed call${count === 1 ? '' : 's'}`;
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

const STATE_WORDS: Readonly<Record<CallView['state'], string>> = {
  ringing: 'ringing',
  answered: 'on the phone',
  'answered-elsewhere': 'answered elsewhere',
  missed: 'missed',
  ended: 'ended',
  unknown: 'ended (unknown)',
};

/** One menu line: who (display-safe already) and what became of the call. */
export function recentCallLabel(call: CallView): string {
  // Isolated, so a right-to-left name or a marked number cannot reorder the words around it.
  const who =
    call.callerName !== null
      ? isolatedName(call.callerName)
      : call.callerNumber !== null
        ? ltrNumber(call.callerNumber)
        : 'Unknown caller';
  const direction = call.direction === 'outbound' ? 'to ' : '';
  // Still live, its state unknown while the connection is lost: not "ended".
  const words = call.lastKnownState !== null ? 'connection lost' : STATE_WORDS[call.state];
  return `${direction}${who}: ${words}`;
}

export function trayView(input: TrayInput): TrayView {
  const demo = input.demoRunning && input.mode !== 'server';
  const prefix = demo ? 'Demo: ' : '';
  const dnd = input.doNotDisturb
    ? ' Do not disturb is on.'
    : input.presence?.dndFromPresence === true
      ? ' Do not disturb is on (your iSymphony status).'
      : '';
  const statusLine = `${prefix}${input.connection.message}${dnd}`;
  const seen = new Set<string>();
  const recentCalls: TrayRecentCall[] = [];
  for (const call of input.calls) {
    if (recentCalls.length === TRAY_RECENT_CALLS) break;
    if (seen.has(call.id)) continue;
    seen.add(call.id);
    recentCalls.push({
      callId: call.id,
      label: recentCallLabel(call),
      // A marked number holds more than digits and separators: the dialing rules would refuse it.
      canCallBack: call.callerNumber !== null && !call.callerNumber.startsWith(NUMBER_MARK),
    });
  }
  const missed = Math.max(0, input.missed ?? 0);
  return {
    icon: iconOf(input),
    tooltip: `iSymphony Companion${demo ? ' (demo)' : ''}: ${input.connection.state === 'live' ? 'connected' : input.connection.state}${missed > 0 ? `, ${missedWords(missed)}` : ''}`,
    statusLine,
    recentCalls,
    missed,
    doNotDisturb: input.doNotDisturb,
    pausedLine: input.popsPaused ? pauseLine(input.popsPaused) : null,
    startAtLogin: input.startAtLogin,
    demo,
    status: trayStatusOf(input.presence),
    statusChoices: trayChoicesOf(input.presence, input.statusChoices ?? []),
  };
}

function trayStatusOf(presence: PresenceView | undefined): TrayStatus | null {
  if (presence === undefined || presence.kind === 'unknown') return null;
  const shown = presence.pending ?? presence.status;
  const words = displayText(statusText(shown), TRAY_STATUS_MAX) ?? shown.label;
  return {
    label: presence.pending ? `Status: ${words} (waiting for the server…)` : `Status: ${words}`,
    colour: shown.colour,
    problem: displayText(presence.problem?.message, TRAY_PROBLEM_MAX),
  };
}

function trayChoicesOf(
  presence: PresenceView | undefined,
  choices: readonly StatusChoice[],
): TrayStatusChoice[] {
  if (presence === undefined || presence.kind === 'unknown') return [];
  const current = (presence.pending ?? presence.status).type;
  return choices.map((c) => ({
    type: c.type,
    label: c.label,
    colour: c.colour,
    checked: c.type === current,
  }));
}
