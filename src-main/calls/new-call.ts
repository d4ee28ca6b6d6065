/**
 * A call's record when it first concerns me: who is on which side, whether it reached me by a
 * transfer, and whether it pops (decided here, once). Also the callee bookkeeping later events share.
 */
import type { Segment, TwoPartyEvent } from '../protocol/events';
import { LiveCall, isPbxUser, partyOf } from './live-call';
import { decidePop } from './pop-rules';
import type { RecentSegments } from './recent-segments';
import type { CallDirection } from './types';

export interface NewCallContext {
  readonly id: string;
  readonly now: number;
  readonly isMe: (segment: Segment) => boolean;
  /** Caller segment → the party it was last connected to (see `CallTracker`). */
  readonly unlinked: RecentSegments<Segment>;
  /** Caller segments that already popped for me. */
  readonly popped: RecentSegments<true>;
  readonly transferWindowMs: number;
  readonly popInternal: boolean;
  readonly dnd: boolean;
}

export function newCall(
  event: TwoPartyEvent,
  direction: CallDirection,
  to: 'ringing' | 'answered',
  ctx: NewCallContext,
): LiveCall {
  const { caller, callee } = event;
  const { now } = ctx;
  const callerId = caller.callSegmentId;
  const internal = isPbxUser(direction === 'inbound' ? caller : callee);
  const call = new LiveCall(ctx.id, direction, internal, event.coreServerId, caller, now);
  if (direction === 'inbound') {
    setCallee(call, callee, true);
    const transferrer =
      callerId === null ? undefined : ctx.unlinked.find(callerId, now, ctx.transferWindowMs);
    if (transferrer && isPbxUser(transferrer) && !ctx.isMe(transferrer))
      call.transferredFrom = partyOf(transferrer);
  } else {
    call.extension = caller.extensionNumber;
    call.calleeName = callee.callerIdName;
    // did1 is the number the calling phone dialled: the best account of whom I called.
    call.calleeNumber = caller.did ?? callee.callerIdNumber ?? callee.extensionNumber;
  }
  if (to === 'answered') {
    call.state = 'answered';
    call.answeredAt = now;
    if (direction === 'inbound') call.answeredSegmentId = callee.callSegmentId;
  }
  const alreadyPopped =
    callerId !== null && call.transferredFrom === null && ctx.popped.find(callerId, now, Infinity) === true;
  const outcome = decidePop({
    direction,
    internal,
    alreadyPopped,
    popInternal: ctx.popInternal,
    dnd: ctx.dnd,
  });
  call.pop = outcome.pop;
  call.popSuppressed = outcome.popSuppressed;
  if (call.pop && callerId !== null) ctx.popped.remember(callerId, true, now);
  return call;
}

/** Records which of my phones the call is on (on answer, the one that answered). */
export function setCallee(call: LiveCall, callee: Segment, force: boolean): boolean {
  let changed = false;
  const extension = callee.extensionNumber;
  if (extension !== null && extension !== call.extension && (force || call.extension === null)) {
    call.extension = extension;
    changed = true;
  }
  const name = callee.callerIdName;
  if (name !== null && name !== call.calleeName) {
    call.calleeName = name;
    changed = true;
  }
  const number = callee.callerIdNumber ?? extension;
  if (number !== null && number !== call.calleeNumber) {
    call.calleeNumber = number;
    changed = true;
  }
  return changed;
}
