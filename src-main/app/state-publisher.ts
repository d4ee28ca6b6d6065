/**
 * Coalesced state pushes: however many events arrive, listeners get at most one snapshot per
 * interval, built when it is sent (so it is always the newest). A new listener gets the current
 * state at once. Time comes from the injected clock, so tests decide when a push happens.
 *
 * A change the user is waiting to see (a new pop) skips the interval: the pop window is shown
 * only when a push carries its card, so throttling it would add up to one interval to every ring.
 */
import type { Clock, TimerHandle } from '../common/clock';
import type { Logger } from '../common/log';

export const STATE_PUSH_INTERVAL_MS = 50;

/** `soon`: within the interval, shared with other changes; `now`: on the next turn, whatever was pushed before. */
export type PushUrgency = 'soon' | 'now';

export class StatePublisher<S> {
  readonly #listeners = new Set<(state: S) => void>();
  #timer: TimerHandle | null = null;
  /** The pending push is due on the next turn (so an urgent change need not move it). */
  #dueNow = false;
  #lastPush = Number.NEGATIVE_INFINITY;
  #closed = false;

  constructor(
    private readonly snapshot: () => S,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly afterPush: (state: S) => void = () => {},
    private readonly intervalMs = STATE_PUSH_INTERVAL_MS,
  ) {}

  subscribe(listener: (state: S) => void): () => void {
    this.#listeners.add(listener);
    this.#deliver(listener, this.snapshot());
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /**
   * Something changed: a push follows within the interval, shared with every other change until then.
   * An urgent change moves a pending push forward to the next turn (still one push for the turn's changes).
   */
  changed(urgency: PushUrgency = 'soon'): void {
    if (this.#closed) return;
    if (urgency === 'now') {
      if (this.#timer !== null && this.#dueNow) return;
      if (this.#timer !== null) this.clock.clearTimeout(this.#timer);
      this.#schedule(0);
      return;
    }
    if (this.#timer !== null) return;
    this.#schedule(Math.max(0, this.#lastPush + this.intervalMs - this.clock.now()));
  }

  /** Sends the pending push now (on stop, so the last state is not lost) and stops scheduling. */
  close(): void {
    if (this.#timer !== null) {
      this.clock.clearTimeout(this.#timer);
      this.#push();
    }
    this.#closed = true;
  }

  #schedule(wait: number): void {
    this.#dueNow = wait === 0;
    this.#timer = this.clock.setTimeout(() => this.#push(), wait);
  }

  #push(): void {
    this.#timer = null;
    this.#lastPush = this.clock.now();
    const state = this.snapshot();
    for (const listener of [...this.#listeners]) this.#deliver(listener, state);
    this.afterPush(state);
  }

  #deliver(listener: (state: S) => void, state: S): void {
    try {
      listener(state);
    } catch (error) {
      this.logger.log('error', 'A state listener threw.', { error: String(error) });
    }
  }
}
