/**
 * The tracker's live calls and the indexes that find them by segment id. Calls enter and leave only
 * here, so the indexes never disagree with the table; leaving is always a final state reported once.
 */
import type { Segment } from '../protocol/events';
import { finalUnknownReason } from './call-status';
import type { LiveCall } from './live-call';
import type { CallChange, CallState, UnknownReasonCode } from './types';

/** The final states whose outcome is known. */
export type KnownFinalState = 'answered-elsewhere' | 'missed' | 'ended';

export class CallTable {
  /** Live calls by id, oldest first (the eviction order). */
  readonly calls = new Map<string, LiveCall>();
  /** Live calls by their caller's segment id (for outbound calls that segment is mine). */
  readonly byCaller = new Map<string, LiveCall>();
  /** Inbound live calls by each of my dialled segments. */
  readonly byMine = new Map<string, LiveCall>();
  /** Live calls whose caller segment id was missing; matched by caller number instead. */
  anonymous = 0;

  constructor(
    private readonly maxSegmentsPerCall: number,
    private readonly anonymousMatchWindowMs: number,
  ) {}

  // Lookups by segment id first ask whether the index is empty, as it is whenever none of my calls
  // is live (most of the time): a lookup must hash the id, a fresh 36-character string on every
  // event, which was most of the tracker's cost on a storm of other people's calls.
  hasCaller(id: string): boolean {
    return this.byCaller.size !== 0 && this.byCaller.has(id);
  }

  callerOf(id: string): LiveCall | undefined {
    return this.byCaller.size === 0 ? undefined : this.byCaller.get(id);
  }

  mineOf(id: string): LiveCall | undefined {
    return this.byMine.size === 0 ? undefined : this.byMine.get(id);
  }

  findByCaller(caller: Segment, now: number): LiveCall | undefined {
    const id = caller.callSegmentId;
    if (id !== null) return this.byCaller.get(id);
    return this.anonymous === 0 ? undefined : this.findAnonymous(caller.callerIdNumber, now);
  }

  /** A call without a caller segment id is the newest such call from the same number, within the window. */
  findAnonymous(number: string | null, now: number): LiveCall | undefined {
    let found: LiveCall | undefined;
    for (const call of this.calls.values()) {
      if (call.callerSegmentId !== null || call.direction !== 'inbound') continue;
      if (call.callerNumber !== number) continue;
      if (now - call.lastEventAt > this.anonymousMatchWindowMs) continue;
      found = call;
    }
    return found;
  }

  add(call: LiveCall, mySegmentId: string | null): void {
    this.calls.set(call.id, call);
    if (call.callerSegmentId !== null) this.byCaller.set(call.callerSegmentId, call);
    else this.anonymous++;
    if (call.direction === 'inbound') this.addMine(call, mySegmentId);
  }

  /** Records one of my segments for an inbound call, dropping the oldest past the per-call limit. */
  addMine(call: LiveCall, segmentId: string | null): void {
    if (segmentId === null || call.mySegments.has(segmentId)) return;
    const max = this.maxSegmentsPerCall;
    if (call.mySegments.size >= max) {
      for (const oldest of call.mySegments) {
        if (call.mySegments.size < max) break;
        if (oldest === call.answeredSegmentId) continue;
        call.mySegments.delete(oldest);
        if (this.byMine.get(oldest) === call) this.byMine.delete(oldest);
      }
    }
    call.mySegments.add(segmentId);
    this.byMine.set(segmentId, call);
  }

  /** One of my phones left the call (stopped ringing); the call itself stays. */
  dropMine(call: LiveCall, segmentId: string): void {
    this.byMine.delete(segmentId);
    call.mySegments.delete(segmentId);
  }

  /** Reports a change of a call that stays live. */
  changed(call: LiveCall, change: 'created' | 'updated'): CallChange {
    call.touched();
    const record = call.snapshot();
    const pop = change === 'created' && call.pop ? Object.freeze({ callId: call.id, call: record }) : null;
    return Object.freeze({ call: record, change, pop });
  }

  /** Moves a call to a known final state, takes it out of every index, and reports it as ended. */
  close(call: LiveCall, state: KnownFinalState, at: number): CallChange {
    call.unknownReason = null;
    return this.#leave(call, state, at);
  }

  /** Stops following a call whose end is not known, and reports it as ended (`unknown`, with the reason). */
  giveUp(call: LiveCall, at: number, reason: UnknownReasonCode): CallChange {
    call.unknownReason = finalUnknownReason(reason);
    return this.#leave(call, 'unknown', at);
  }

  #leave(call: LiveCall, state: Exclude<CallState, 'ringing' | 'answered'>, at: number): CallChange {
    call.state = state;
    call.outage = false;
    call.endedAt = Math.max(at, call.answeredAt ?? call.ringingSince);
    call.touched();
    this.calls.delete(call.id);
    if (call.callerSegmentId === null) this.anonymous--;
    else if (this.byCaller.get(call.callerSegmentId) === call) this.byCaller.delete(call.callerSegmentId);
    for (const id of call.mySegments) if (this.byMine.get(id) === call) this.byMine.delete(id);
    return Object.freeze({ call: call.snapshot(), change: 'ended' as const, pop: null });
  }
}
