import type { Clock, Random, TimerHandle } from '../common/clock';
import { backoffDelay, type BackoffPolicy } from '../session/backoff';

/**
 * One pending retry of a failed read, its wait drawn from the session's backoff (full jitter,
 * doubling up to the cap), so a server that refuses for a while is not asked in a tight loop.
 */
export class ReadRetry {
  #attempt = 0;
  #timer: TimerHandle | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly random: Random,
    private readonly policy: BackoffPolicy,
  ) {}

  /** Failed reads since the last success or reset. */
  get attempt(): number {
    return this.#attempt;
  }

  get pending(): boolean {
    return this.#timer !== undefined;
  }

  /** Runs `retry` after the next backoff wait (replacing one already waiting); returns the wait. */
  schedule(retry: () => void): number {
    this.cancel();
    this.#attempt += 1;
    const delay = backoffDelay(this.policy, this.#attempt, this.random);
    this.#timer = this.clock.setTimeout(() => {
      this.#timer = undefined;
      retry();
    }, delay);
    return delay;
  }

  /** Drops a waiting retry; the attempt count stays. */
  cancel(): void {
    if (this.#timer === undefined) return;
    this.clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Drops a waiting retry and counts from the first attempt again. */
  reset(): void {
    this.cancel();
    this.#attempt = 0;
  }
}
