import type { Random } from '../common/clock';

/**
 * Reconnect delays with "full jitter": each wait is drawn uniformly below a ceiling that doubles
 * per failed attempt up to a cap, so many clients that lost the same server do not return in step.
 */
export interface BackoffPolicy {
  /** Ceiling of the first retry's delay. */
  readonly baseMs: number;
  /** Largest ceiling. */
  readonly capMs: number;
  /** Smallest delay, so even an unlucky draw never makes a tight loop. */
  readonly floorMs: number;
  /** A connection must stay live this long before the attempt counter starts again from one. */
  readonly stableAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = Object.freeze({
  baseMs: 500,
  capMs: 30_000,
  floorMs: 50,
  stableAfterMs: 10_000,
});

/** The largest delay attempt `attempt` (1-based) may draw. */
export function backoffCeiling(policy: BackoffPolicy, attempt: number): number {
  const exponent = Math.min(Math.max(attempt, 1) - 1, 30);
  return Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
}

/** The wait before attempt `attempt` (1-based). */
export function backoffDelay(policy: BackoffPolicy, attempt: number, random: Random): number {
  const ceiling = backoffCeiling(policy, attempt);
  const draw = Math.min(Math.max(random(), 0), 1);
  return Math.max(policy.floorMs, Math.floor(draw * ceiling));
}

/**
 * The attempt number to count from after a live connection ended: from the start only when it
 * stayed up long enough, so a server that accepts and at once drops still backs off.
 */
export function attemptAfterLive(policy: BackoffPolicy, previousAttempt: number, liveForMs: number): number {
  return liveForMs >= policy.stableAfterMs ? 0 : previousAttempt;
}
