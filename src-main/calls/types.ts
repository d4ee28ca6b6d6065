/**
 * One record per call that concerns the signed-in user, as the app, the IPC contract, the renderer,
 * the command line and the call history all see it. Records are immutable snapshots: every change
 * yields a new object. See docs/call-model.md for the states and the rules.
 */
import type { Problem } from '../common/result';

export type CallDirection = 'inbound' | 'outbound';

/**
 * `ringing` and `answered` are live. `unknown` is live while the connection is lost (see
 * `UnknownCallStatus`) and final otherwise. The others are final: a record in a final state has left
 * the tracker and is reported once, in an `ended` change.
 * - `answered-elsewhere`: the caller was connected to an extension that is not mine (ring group, queue, pickup).
 * - `missed`: an inbound caller hung up before anyone answered.
 * - `ended`: the call was answered here and is over; also an outbound call that ended (answered or not).
 * - `unknown`: the tracker cannot see the call (connection lost, no events for too long, too many calls).
 */
export type CallState = 'ringing' | 'answered' | 'answered-elsewhere' | 'missed' | 'ended' | 'unknown';

/** The states of a call the tracker follows and can see. */
export type LiveCallState = 'ringing' | 'answered';

/** Why a call does not pop: by choice (`dnd`, `internal`), by nature (`outbound`), or because it already did. */
export type PopSuppression = 'dnd' | 'internal' | 'outbound' | 'already-popped' | null;

export type UnknownReasonCode = 'connection-lost' | 'no-events' | 'too-many-calls';

/** A party to a call other than the caller, as far as the PBX named it. Every field may be missing. */
export interface CallParty {
  readonly extension: string | null;
  /** The caller-ID name of that party's phone (untrusted text). */
  readonly name: string | null;
  readonly username: string | null;
}

/** A call whose state is known: live (`ringing`, `answered`) or final. */
export interface KnownCallStatus {
  readonly state: Exclude<CallState, 'unknown'>;
  readonly unknownReason: null;
  readonly lastKnownState: null;
}

/**
 * A call whose state is not known, with a code and a sentence for people. While `lastKnownState`
 * is set the call is still live: the connection has been lost for longer than the grace, and the
 * catch-up when it returns says what became of the call (back to that state, or a final one).
 * Null means final: the tracker stopped following the call.
 */
export interface UnknownCallStatus {
  readonly state: 'unknown';
  readonly unknownReason: Problem<UnknownReasonCode>;
  readonly lastKnownState: LiveCallState | null;
}

export type CallStatus = KnownCallStatus | UnknownCallStatus;

export type CallRecord = CallFields & CallStatus;

/** Everything about a call but its state. */
export interface CallFields {
  /** Stable for the life of the call; unique across calls and across restarts of the app. */
  readonly id: string;
  readonly coreServerId: string | null;
  readonly direction: CallDirection;
  /** Inbound: the caller is another PBX user. Outbound: the called party is another PBX user. */
  readonly internal: boolean;
  /** The calling side's caller ID (for outbound calls, that is me). Untrusted text, capped by the decoder. */
  readonly callerName: string | null;
  readonly callerNumber: string | null;
  /** The called side: for inbound calls my phone's caller ID, for outbound calls whom I called. */
  readonly calleeName: string | null;
  readonly calleeNumber: string | null;
  /** The number an external inbound caller dialled to reach the PBX; null for internal and outbound calls. */
  readonly did: string | null;
  /** Which of my extensions rang, answered (inbound) or placed the call (outbound). */
  readonly extension: string | null;
  /** Who took the call when it was `answered-elsewhere`; else null. */
  readonly answeredBy: CallParty | null;
  /** Who transferred the call to me, when it reached me by a transfer; else null. */
  readonly transferredFrom: CallParty | null;
  /** When the call first rang me (or, for a call first seen answered, when it was seen). Epoch ms. */
  readonly ringingSince: number;
  readonly answeredAt: number | null;
  readonly endedAt: number | null;
  /** Ring start to answer, or to the end of a call never answered; null while still ringing. */
  readonly ringMs: number | null;
  /** Answer to end; null until an answered call ends, and for calls never answered here. */
  readonly talkMs: number | null;
  /** Whether this call pops (decided once, when the call first concerns me). */
  readonly pop: boolean;
  /** Why it does not pop; null when it does. */
  readonly popSuppressed: PopSuppression;
}

/** A call that should pop now. Emitted exactly once per call, on the change where the decision is made. */
export interface PopDecision {
  readonly callId: string;
  readonly call: CallRecord;
}

export interface CallChange {
  readonly call: CallRecord;
  /** `ended` means the call left the live table: write it to history. */
  readonly change: 'created' | 'updated' | 'ended';
  /** Non-null on exactly one change per popping call. */
  readonly pop: PopDecision | null;
}

/** Who "me" is: events are matched against these, never against the server's filters. */
export interface Me {
  readonly username: string | null;
  readonly extensions: readonly string[];
}

export interface TrackerLimits {
  /** Live calls kept at most; past it the oldest is evicted as `unknown`. */
  readonly maxLiveCalls: number;
  /** A ringing call with no event for this long becomes `unknown` at the next sweep. */
  readonly ringTimeoutMs: number;
  /** An answered call with no event for this long becomes `unknown` at the next sweep. */
  readonly answeredTimeoutMs: number;
  /** Segments of mine remembered per call (ring groups and queue re-tries add one per dial). */
  readonly maxSegmentsPerCall: number;
  /** How long after a `linkEnd` a new dial of the same caller segment counts as a transfer. */
  readonly transferWindowMs: number;
  /** How long a call without a caller segment id can be matched by its caller number. */
  readonly anonymousMatchWindowMs: number;
  /** How many ended `linkEnd`s and popped caller segments are remembered (fixed-size rings). */
  readonly recentSegments: number;
}

export const DEFAULT_TRACKER_LIMITS: TrackerLimits = Object.freeze({
  maxLiveCalls: 1000,
  ringTimeoutMs: 10 * 60_000,
  answeredTimeoutMs: 4 * 60 * 60_000,
  maxSegmentsPerCall: 32,
  transferWindowMs: 60_000,
  anonymousMatchWindowMs: 60_000,
  recentSegments: 256,
});
