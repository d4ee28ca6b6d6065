/**
 * The call pipeline's vocabulary: how it is built, what can change while it runs, what it emits and
 * what it counts. Types and two constants only; the pipeline itself is call-pipeline.ts.
 */
import type { Clock, Random } from '../common/clock';
import type { Logger } from '../common/log';
import type { CallChange, Me, TrackerLimits } from '../calls/types';
import type { LiveConnection } from '../live-api/connection';
import type { UserStatusEvent } from '../protocol/events';
import type { EventKind, ProtocolProfile } from '../protocol/profile';
import type { SessionStats, SessionTimings, SocketFactory } from '../session/event-session';
import type { CertificateFetcher } from '../session/secure-transport';
import type { SessionState } from '../session/states';
import type { CallSegmentSource, CatchUpOutcome } from './catch-up';

/** The only kinds the tracker reads; everything else stays on the server. */
export const PIPELINE_KINDS: readonly EventKind[] = Object.freeze(['dial', 'link', 'linkEnd', 'hangup']);

export const DEFAULT_SWEEP_INTERVAL_MS = 60_000;

/** How long the connection may be lost before ringing and answered calls show as `unknown`. */
export const DEFAULT_CONNECTION_LOST_GRACE_MS = 5_000;

/** Where the server is and how to sign in (the same for the event socket and the Live REST API). */
export type PipelineConnection = LiveConnection;

export interface CallPipelineOptions {
  readonly connection: PipelineConnection;
  readonly me: Me;
  readonly profile?: ProtocolProfile;
  readonly popInternal?: boolean;
  readonly dnd?: boolean;
  /** Also ask for `userStatus` events and emit them as `userStatus` (presence; default off). */
  readonly presence?: boolean;
  readonly clock?: Clock;
  readonly random?: Random;
  readonly logger?: Logger;
  readonly sessionTimings?: Partial<SessionTimings>;
  readonly socketFactory?: SocketFactory;
  readonly fetchCertificate?: CertificateFetcher;
  readonly trackerLimits?: Partial<TrackerLimits>;
  readonly newCallId?: () => string;
  /** How often live calls are swept for silence (default once a minute). */
  readonly sweepIntervalMs?: number;
  /**
   * How long the connection may be lost before live calls show that their state is unknown
   * (default 5 s): a reconnect within it shows nothing, and the catch-up after it resolves them.
   */
  readonly connectionLostGraceMs?: number;
  readonly restTimeoutMs?: number;
  /** The Live REST API as the catch-up sees it; default a `LiveApiClient` on the same connection. */
  readonly createCallSegmentSource?: (connection: PipelineConnection) => CallSegmentSource;
}

/** What can change while the pipeline runs; fields left out keep their value. */
export interface PipelineConfigUpdate {
  readonly username?: string | null;
  readonly extensions?: readonly string[];
  readonly popInternal?: boolean;
  readonly dnd?: boolean;
  /** Presence on or off: a new filter on the live socket, no reconnect. */
  readonly presence?: boolean;
  /** Connection changes reconnect; nothing else does. */
  readonly connection?: Partial<PipelineConnection>;
  /** A new profile changes the filter and how frames read, so the session is replaced. */
  readonly profile?: ProtocolProfile;
}

/** One catch-up after a gap: what the REST API said and how many calls it closed. */
export interface CatchUpReport {
  readonly outcome: CatchUpOutcome['kind'];
  /** Segment ids listed, when the API answered. */
  readonly segments: number | null;
  readonly closed: number;
  /** The problem's code when the API could not be asked. */
  readonly problemCode: string | null;
}

export interface PipelineEvents {
  connection: SessionState;
  call: CallChange;
  catchUp: CatchUpReport;
  /** With `presence` on: every user's status change the server sends (presence picks its own user). */
  userStatus: UserStatusEvent;
  /** Every decoded event's kind, as it arrives (the diagnostics report counts them). */
  eventSeen: EventKind;
}

export interface PipelineStats {
  readonly session: Readonly<SessionStats>;
  /** Decoded call events handed to the tracker. */
  readonly events: number;
  readonly callChanges: number;
  readonly pops: number;
  readonly catchUps: number;
  /** Catch-ups whose REST answer was unknown (REST failed or no extension configured). */
  readonly catchUpsWithoutList: number;
  readonly sweeps: number;
}

/** The counters behind `PipelineStats`, shared by the parts of the pipeline that count. */
export interface PipelineCounts {
  events: number;
  callChanges: number;
  pops: number;
  catchUps: number;
  catchUpsWithoutList: number;
  sweeps: number;
}

/** The counts of a pipeline that has seen nothing yet. */
export function zeroCounts(): PipelineCounts {
  return { events: 0, callChanges: 0, pops: 0, catchUps: 0, catchUpsWithoutList: 0, sweeps: 0 };
}
