/**
 * What the tray shows, derived from the app state alone: the icon, one status line, the last
 * calls, and the two switches. Pure, so every combination is a unit test.
 */
import type { AppState, CallView, ConnectionView } from '../ipc/contract';
import type { TrayIcon, TrayView } from './ports';

export const TRAY_RECENT_CALLS = 5;

export interface TrayInput {
  readonly mode: AppState['mode'];
  readonly connection: ConnectionView;
  readonly doNotDisturb: boolean;
  readonly demoRunning: boolean;
  readonly startAtLogin: boolean;
  /** Live calls and then recent history, each newest first; the first five are shown. */
  readonly calls: readonly CallView[];
}

function iconOf(input: TrayInput): TrayIcon {
  const c = input.connection;
  if (c.state === 'failed' || (c.state === 'stopped' && c.code === 'stopped' && !input.demoRunning)) {
    return 'failed';
  }
  if (input.doNotDisturb) return 'dnd';
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
  const who = call.callerName ?? call.callerNumber ?? 'Unknown caller';
  const direction = call.direction === 'outbound' ? 'to ' : '';
  return `${direction}${who}: ${STATE_WORDS[call.state]}`;
}

export function trayView(input: TrayInput): TrayView {
  const demo = input.demoRunning && input.mode !== 'server';
  const prefix = demo ? 'Demo: ' : '';
  const dnd = input.doNotDisturb ? ' Do not disturb is on.' : '';
  const statusLine = `${prefix}${input.connection.message}${dnd}`;
  const seen = new Set<string>();
  const recentCalls: { callId: string; label: string }[] = [];
  for (const call of input.calls) {
    if (recentCalls.length === TRAY_RECENT_CALLS) break;
    if (seen.has(call.id)) continue;
    seen.add(call.id);
    recentCalls.push({ callId: call.id, label: recentCallLabel(call) });
  }
  return {
    icon: iconOf(input),
    tooltip: `iSymphony Companion${demo ? ' (demo)' : ''}: ${input.connection.state === 'live' ? 'connected' : input.connection.state}`,
    statusLine,
    recentCalls,
    doNotDisturb: input.doNotDisturb,
    startAtLogin: input.startAtLogin,
    demo,
  };
}
