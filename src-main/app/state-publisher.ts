/**
 * Coalesced state pushes: however many events arrive, listeners get at most one snapshot per
 * interval, built when it is sent (so it is always the newest). A new listener gets the current
 * state at once. Time comes from the injected clock, so tests decide when a push happens.
 */
import type { Clock, TimerHandle } from '../common/clock';
import type { Logger } from '../common/log';

export const STATE_PUSH_INTERVAL_MS = 50;

export class StatePublisher<S> {
  readonly #listeners = new Set<(state: S) => void>();
  #timer: TimerHandle | null = null;
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

  /** Something changed: a push follows within the interval, shared with every other change until then. */
  changed(): void {
    if (this.#closed || this.#timer !== null) return;
    const wait = Math.max(0, this.#lastPush + this.intervalMs - this.clock.now());
    this.#timer = this.clock.setTimeout(() => this.#push(), wait);
  }

  /** Sends the pending push now (on stop, so the last state is not lost) and stops scheduling. */
  close(): void {
    if (this.#timer !== null) {
      this.clock.clearTimeout(this.#timer);
      this.#push();
    }
    this.#closed = true;
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
