/**
 * What an event session is made from and what it reports: options, timings, counters, events.
 * Kept apart from the session itself so callers can name them without the machinery.
 */
import WebSocket, { type ClientOptions } from 'ws';
import type { Clock, Random } from '../common/clock';
import type { Logger } from '../common/log';
import type { Secret } from '../common/secret';
import type { IsymphonyEvent } from '../protocol/events';
import type { UnreadableFieldTally } from '../protocol/field-reader';
import type { EventKind, ProtocolProfile } from '../protocol/profile';
import type { ServerTarget } from '../protocol/target';
import { DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import { DEFAULT_HEARTBEAT, type HeartbeatTimings } from './heartbeat';
import type { CertificateFetcher, TlsTrust } from './secure-transport';
import type { SessionState } from './states';

/** The seam for tests: how a websocket is made. Defaults to `ws`. */
export type SocketFactory = (url: string, options: ClientOptions) => WebSocket;

export const defaultSocketFactory: SocketFactory = (url, options) => new WebSocket(url, options);

export interface SessionTimings {
  /** From starting an attempt to the socket being open (TLS preflight included). */
  readonly handshakeTimeoutMs: number;
  readonly heartbeat: HeartbeatTimings;
  readonly backoff: BackoffPolicy;
  /** Frames above this close the socket with 1009. */
  readonly maxPayloadBytes: number;
  /** How long stop()/suspend() wait for a clean close before cutting the socket. */
  readonly closeWaitMs: number;
}

export const DEFAULT_TIMINGS: SessionTimings = Object.freeze({
  handshakeTimeoutMs: 10_000,
  heartbeat: DEFAULT_HEARTBEAT,
  backoff: DEFAULT_BACKOFF,
  maxPayloadBytes: 1024 * 1024,
  closeWaitMs: 1_000,
});

export interface EventSessionOptions {
  readonly target: ServerTarget;
  readonly username: string;
  readonly password: Secret;
  readonly profile: ProtocolProfile;
  readonly kinds: readonly EventKind[];
  readonly trust?: TlsTrust;
  readonly clock?: Clock;
  readonly random?: Random;
  readonly logger?: Logger;
  readonly socketFactory?: SocketFactory;
  readonly fetchCertificate?: CertificateFetcher;
  readonly timings?: Partial<SessionTimings>;
  /** Where fields that could not be read are counted; a pipeline passes one that outlives its sessions. */
  readonly unreadableFields?: UnreadableFieldTally;
  /** Also emit events of types the profile does not name (`kind: 'other'`); discovery reads them all. */
  readonly emitOther?: boolean;
}

export interface TargetUpdate {
  readonly target?: ServerTarget;
  readonly username?: string;
  readonly password?: Secret;
  readonly trust?: TlsTrust;
}

export interface SessionStats {
  /** Connection attempts started. */
  attempts: number;
  /** Sockets that opened. */
  connects: number;
  framesReceived: number;
  /** Frames that could not be decoded, binary frames included. */
  rejectedFrames: number;
  /** Sockets closed because a frame was above the size limit. */
  oversizeFrames: number;
  /** Connections the heartbeat found dead. */
  heartbeatTimeouts: number;
  /** Filter messages sent. */
  filtersSent: number;
}

/** Every counter at zero, for a new session. */
export function emptySessionStats(): SessionStats {
  return {
    attempts: 0,
    connects: 0,
    framesReceived: 0,
    rejectedFrames: 0,
    oversizeFrames: 0,
    heartbeatTimeouts: 0,
    filtersSent: 0,
  };
}

export interface SessionEvents {
  state: SessionState;
  message: IsymphonyEvent;
}
