/**
 * The presence tracker's outside: what it needs (the REST calls, the event socket), what it
 * publishes (its state) and how it is set up. See presence-tracker.ts and docs/presence.md.
 */
import type { Clock, Random } from '../common/clock';
import type { Logger } from '../common/log';
import type { Problem, Result } from '../common/result';
import type { LiveApiProblem } from '../live-api/client';
import type { LiveUserStatus, StatusUpdate } from '../live-api/shapes';
import type { IsymphonyEvent } from '../protocol/events';
import type { BackoffPolicy } from '../session/backoff';
import type { SessionState } from '../session/states';
import type { PresenceStatus } from './presence-status';

/** What presence needs of the Live REST API; `LiveApiClient` is one. */
export interface StatusApi {
  getUserStatus(username: string): Promise<Result<LiveUserStatus, LiveApiProblem>>;
  setUserStatus(username: string, update: StatusUpdate): Promise<Result<void, LiveApiProblem>>;
}

/** What presence listens to of the event socket; `EventSession` is one. */
export interface PresenceEventSource {
  readonly state: SessionState;
  on(name: 'state', listener: (state: SessionState) => void): () => void;
  on(name: 'message', listener: (event: IsymphonyEvent) => void): () => void;
}

export type PresenceProblemCode =
  'invalid-status' | 'not-confirmed' | 'superseded' | 'status-unknown' | 'no-user' | 'stopped';

export type PresenceProblem = LiveApiProblem | Problem<PresenceProblemCode>;

export type PresenceState =
  | {
      readonly kind: 'unknown';
      readonly username: string | null;
      /** Why the status could not be read, when a read failed. */
      readonly problem?: PresenceProblem;
      readonly dndFromPresence: false;
    }
  | {
      readonly kind: 'known';
      readonly username: string;
      /** The status the server last confirmed: what colleagues see. */
      readonly status: PresenceStatus;
      /** A status asked for and not confirmed yet: show it, marked as waiting. */
      readonly pending?: PresenceStatus;
      /** Why the last read or set went wrong, until the next one succeeds. */
      readonly problem?: PresenceProblem;
      /** With `followDnd`: the confirmed status is do-not-disturb, so pops should be held. */
      readonly dndFromPresence: boolean;
    };

export interface PresenceEvents {
  state: PresenceState;
  /** `dndFromPresence` changed. */
  dnd: boolean;
}

export interface PresenceTrackerOptions {
  /** The iSymphony user whose presence this is; null until the settings name one. */
  readonly username: string | null;
  readonly api: StatusApi;
  /** The event socket. Left out, feed `connectionChanged()` and `handleEvent()` yourself. */
  readonly events?: PresenceEventSource;
  /** Report `dndFromPresence` while the confirmed status is `dnd`. */
  readonly followDnd?: boolean;
  /** How long after the server's 204 the `userStatus` event may take before a re-read decides. */
  readonly confirmTimeoutMs?: number;
  /**
   * A read that failed in a way retrying can help (the server busy, the network gone for a
   * moment) is tried again after these waits, drawn with `random`; the session's own policy by
   * default. A problem only the settings can fix (no such user, refused) waits for the next live.
   */
  readonly readBackoff?: BackoffPolicy;
  readonly random?: Random;
  readonly clock?: Clock;
  readonly logger?: Logger;
}

export interface PresenceConfigUpdate {
  readonly username?: string | null;
  readonly followDnd?: boolean;
}

export const DEFAULT_CONFIRM_TIMEOUT_MS = 5_000;
