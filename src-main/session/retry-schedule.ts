/**
 * When the session tries again: counts the failed attempts since the last good connection (a
 * connection that stayed live long enough starts the count afresh, see `attemptAfterLive`), draws the
 * jittered backoff delay for the next one, and holds the one retry timer.
 */
import type { Clock, Random, TimerHandle } from '../common/clock';
import { attemptAfterLive, backoffDelay, type BackoffPolicy } from './backoff';

export interface NextRetry {
  /** The number of the attempt that the retry will be. */
  readonly attempt: number;
  /** When it is due (clock time) and how long until then. */
  readonly at: number;
  readonly delay: number;
}

export class RetrySchedule {
  private failures = 0;
  private timer: TimerHandle | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly random: Random,
    private readonly policy: BackoffPolicy,
  ) {}

  /** The number of the attempt a connect made now is. */
  get attempt(): number {
    return this.failures + 1;
  }

  /** Starts the count afresh (a start, or a reconnect the user or the system asked for). */
  reset(): void {
    this.failures = 0;
  }

  /** Counts one more failure (after `liveFor` ms live, if it had gone live) and says when to retry. */
  next(wasLive: boolean, liveFor: number): NextRetry {
    if (wasLive) this.failures = attemptAfterLive(this.policy, this.failures, liveFor);
    this.failures += 1;
    const delay = backoffDelay(this.policy, this.failures, this.random);
    return { attempt: this.failures + 1, at: this.clock.now() + delay, delay };
  }

  /** Calls `due` after `delay` ms, unless `cancel()` comes first. */
  wait(delay: number, due: () => void): void {
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      due();
    }, delay);
  }

  cancel(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
