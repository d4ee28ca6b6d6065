/**
 * A call's status in words and the questions the app asks of it. `unknown` has two meanings: final
 * (the tracker stopped following the call) and live (the connection is lost; the catch-up will say).
 */
import { problem, type Problem } from '../common/result';
import type { CallStatus, LiveCallState, UnknownReasonCode } from './types';

const reason = <Code extends UnknownReasonCode>(code: Code, message: string): Problem<Code> =>
  Object.freeze(problem(code, message));

const FINAL_REASONS: Readonly<Record<UnknownReasonCode, Problem<UnknownReasonCode>>> = Object.freeze({
  'connection-lost': reason(
    'connection-lost',
    'The connection to the iSymphony server was lost during this call, so how it ended is not known.',
  ),
  'no-events': reason(
    'no-events',
    'The server sent nothing about this call for too long, so it is no longer shown as live.',
  ),
  'too-many-calls': reason(
    'too-many-calls',
    'Too many calls were live at once, so the oldest one stopped being followed.',
  ),
});

const OUTAGE_REASONS: Readonly<Record<LiveCallState, Problem<'connection-lost'>>> = Object.freeze({
  ringing: reason(
    'connection-lost',
    'Connection lost: whether this call is still ringing is not known until the connection returns.',
  ),
  answered: reason(
    'connection-lost',
    'Connection lost: whether this call is still going on is not known until the connection returns.',
  ),
});

/** Why a call the tracker stopped following is `unknown`. */
export function finalUnknownReason(code: UnknownReasonCode): Problem<UnknownReasonCode> {
  return FINAL_REASONS[code];
}

/** Why a live call is `unknown` while the connection is lost, by what it was when last seen. */
export function outageReason(lastKnown: LiveCallState): Problem<'connection-lost'> {
  return OUTAGE_REASONS[lastKnown];
}

/** Whether the tracker still follows the call (and so it belongs in the live list). */
export function isLive(call: CallStatus): boolean {
  if (call.state === 'unknown') return call.lastKnownState !== null;
  return call.state === 'ringing' || call.state === 'answered';
}

/** Ringing, or ringing when last seen before the connection was lost: what keeps a pop on screen. */
export function mayBeRinging(call: CallStatus): boolean {
  return call.state === 'ringing' || (call.state === 'unknown' && call.lastKnownState === 'ringing');
}
