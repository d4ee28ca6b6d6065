/**
 * The tracker's own, mutable view of one live call: the public fields plus the segment bookkeeping
 * that the app never sees. `snapshot()` turns it into the immutable `CallRecord`.
 */
import type { Segment } from '../protocol/events';
import type { Problem } from '../common/result';
import { outageReason } from './call-status';
import type {
  CallDirection,
  CallParty,
  CallRecord,
  CallState,
  CallStatus,
  PopSuppression,
  UnknownReasonCode,
} from './types';

export class LiveCall {
  /** What the call is, or was when last seen: while `outage` is set, the record says `unknown`. */
  state: CallState = 'ringing';
  /** Set only with the final state `unknown`. */
  unknownReason: Problem<UnknownReasonCode> | null = null;
  /** The connection has been lost for longer than the grace: the call's state is not known now. */
  outage = false;
  callerName: string | null;
  callerNumber: string | null;
  calleeName: string | null = null;
  calleeNumber: string | null = null;
  did: string | null;
  extension: string | null = null;
  answeredBy: CallParty | null = null;
  transferredFrom: CallParty | null = null;
  answeredAt: number | null = null;
  endedAt: number | null = null;
  pop = false;
  popSuppressed: PopSuppression = null;

  /** The caller's segment id: the key of the call. Null for a server that sent none. */
  readonly callerSegmentId: string | null;
  /** My segments for this call: the dialled ones (inbound); empty for outbound, where mine is the caller. */
  readonly mySegments = new Set<string>();
  /** The segment of mine that answered, if one did. */
  answeredSegmentId: string | null = null;
  /** When the last event for this call arrived (for the sweep and for anonymous matching). */
  lastEventAt: number;
  #snapshot: CallRecord | null = null;

  constructor(
    readonly id: string,
    readonly direction: CallDirection,
    readonly internal: boolean,
    readonly coreServerId: string | null,
    caller: Segment,
    readonly ringingSince: number,
  ) {
    this.callerSegmentId = caller.callSegmentId;
    this.callerName = caller.callerIdName;
    this.callerNumber = caller.callerIdNumber;
    // did is "the number the caller used to enter the system": meaningful only for external callers ringing in.
    this.did = direction === 'inbound' && !internal ? caller.did : null;
    this.lastEventAt = ringingSince;
  }

  get live(): boolean {
    return this.state === 'ringing' || this.state === 'answered';
  }

  /** Call after any change to a public field. */
  touched(): void {
    this.#snapshot = null;
  }

  /** Marks a live call's state unknown while the connection is lost; whether it was not already. */
  lostSight(): boolean {
    if (this.outage || !this.live) return false;
    this.outage = true;
    this.touched();
    return true;
  }

  /** The connection is back and this call was seen (an event, or the catch-up lists it): whether it was unknown. */
  seenAgain(): boolean {
    if (!this.outage) return false;
    this.outage = false;
    this.touched();
    return true;
  }

  /** Fills caller-ID fields a first event left empty; later events never overwrite what was shown. */
  fillCaller(segment: Segment): boolean {
    let changed = false;
    if (this.callerName === null && segment.callerIdName !== null) {
      this.callerName = segment.callerIdName;
      changed = true;
    }
    if (this.callerNumber === null && segment.callerIdNumber !== null) {
      this.callerNumber = segment.callerIdNumber;
      changed = true;
    }
    return changed;
  }

  snapshot(): CallRecord {
    if (this.#snapshot) return this.#snapshot;
    const ended = this.endedAt;
    const ringEnd = this.answeredAt ?? ended;
    this.#snapshot = Object.freeze({
      id: this.id,
      coreServerId: this.coreServerId,
      direction: this.direction,
      ...this.#status(),
      internal: this.internal,
      callerName: this.callerName,
      callerNumber: this.callerNumber,
      calleeName: this.calleeName,
      calleeNumber: this.calleeNumber,
      did: this.did,
      extension: this.extension,
      answeredBy: this.answeredBy,
      transferredFrom: this.transferredFrom,
      ringingSince: this.ringingSince,
      answeredAt: this.answeredAt,
      endedAt: ended,
      ringMs: ringEnd === null ? null : Math.max(0, ringEnd - this.ringingSince),
      talkMs:
        this.answeredAt === null || ended === null || this.state === 'answered-elsewhere'
          ? null
          : Math.max(0, ended - this.answeredAt),
      pop: this.pop,
      popSuppressed: this.popSuppressed,
    });
    return this.#snapshot;
  }

  #status(): CallStatus {
    const state = this.state;
    if (this.outage && (state === 'ringing' || state === 'answered')) {
      return { state: 'unknown', unknownReason: outageReason(state), lastKnownState: state };
    }
    if (state === 'unknown') {
      // `CallTable.giveUp` sets the reason with every final `unknown`; the fallback only satisfies the type.
      return { state, unknownReason: this.unknownReason ?? outageReason('ringing'), lastKnownState: null };
    }
    return { state, unknownReason: null, lastKnownState: null };
  }
}

export function partyOf(segment: Segment): CallParty {
  return Object.freeze({
    extension: segment.extensionNumber,
    name: segment.callerIdName,
    username: segment.username,
  });
}

/** A caller is another PBX user when the PBX names a user or extension for its segment. */
export function isPbxUser(segment: Segment): boolean {
  return segment.username !== null || segment.userId !== null || segment.extensionId !== null;
}
