/**
 * Coalesced state pushes: however many events arrive, listeners get at most one snapshot per
 * interval, built when it is sent (so it is always the newest). A new listener gets the current
 * state at once. Time comes from the injected clock, so tests decide when a push happens.
 *
 * A change the user is waiting to see (a new pop) skips the interval for the listeners that show
 * pops: the pop window is shown only when a push carries its card, so throttling it would add up
 * to one interval to every ring. The other listeners ("paced": the main window, the tray) get that
 * change one interval later, so on a small machine the pop's page has the CPU to itself while it
 * paints the card, instead of sharing it with the main window redrawing the same call.
 */
import type { Clock, TimerHandle } from '../common/clock';
import type { Logger } from '../common/log';

export const STATE_PUSH_INTERVAL_MS = 50;

/** `soon`: within the interval, shared with other changes; `now`: on the next turn, whatever was pushed before. */
export type PushUrgency = 'soon' | 'now';

/**
 * `at-once`: gets urgent changes on the next turn (what shows pops); `paced`: at most one push per
 * interval, urgent changes included (everything else).
 */
export type ListenerPace = 'at-once' | 'paced';

interface Listener<S> {
  readonly deliver: (state: S) => void;
  readonly pace: ListenerPace;
  /** The change count it was last given a state at: it is given another only after a change. */
  seen: number;
}

export class StatePublisher<S> {
  readonly #listeners: Listener<S>[] = [];
  /** The interval's push, to every listener that has not seen the newest change. */
  #paced: TimerHandle | null = null;
  #pacedDue = Number.NEGATIVE_INFINITY;
  /** The next turn's push, to the at-once listeners only, is due (a paced push or close may take it first). */
  #urgentDue = false;
  #lastPush = Number.NEGATIVE_INFINITY;
  /** Counts changes, so a push skips the listeners that already have the newest state. */
  #changes = 0;
  #closed = false;

  constructor(
    private readonly snapshot: () => S,
    private readonly clock: Clock,
    private readonly logger: Logger,
    /** After each push, with the pace of the listeners it went to (`at-once`: an urgent push). */
    private readonly afterPush: (state: S, pace: ListenerPace) => void = () => {},
    private readonly intervalMs = STATE_PUSH_INTERVAL_MS,
  ) {}

  subscribe(listener: (state: S) => void, pace: ListenerPace = 'at-once'): () => void {
    const entry: Listener<S> = { deliver: listener, pace, seen: this.#changes };
    this.#listeners.push(entry);
    this.#deliver(entry, this.snapshot());
    return () => {
      const index = this.#listeners.indexOf(entry);
      if (index >= 0) this.#listeners.splice(index, 1);
    };
  }

  /**
   * Something changed: a push follows within the interval, shared with every other change until then.
   * An urgent change is pushed to the at-once listeners on the next turn (one push for the turn's
   * changes), and to the paced ones no sooner than an interval later.
   */
  changed(urgency: PushUrgency = 'soon'): void {
    if (this.#closed) return;
    this.#changes++;
    const now = this.clock.now();
    if (urgency === 'now') {
      if (!this.#urgentDue) {
        this.#urgentDue = true;
        this.#nextTurn(() => {
          if (this.#urgentDue) this.#push('at-once');
        });
      }
      this.#schedulePaced(now + this.intervalMs, true);
      return;
    }
    this.#schedulePaced(Math.max(now, this.#lastPush + this.intervalMs), false);
  }

  /** Sends what is pending now (on stop, so the last state is not lost) and stops scheduling. */
  close(): void {
    if (this.#urgentDue || this.#paced !== null) this.#push('paced');
    this.#closed = true;
  }

  #nextTurn(callback: () => void): void {
    if (this.clock.nextTurn) this.clock.nextTurn(callback);
    else this.clock.setTimeout(callback, 0);
  }

  /** `later`: move a push that is due sooner back to `due` (the paced listeners wait for a pop's paint). */
  #schedulePaced(due: number, later: boolean): void {
    if (this.#paced !== null) {
      if (!later || this.#pacedDue >= due) return;
      this.clock.clearTimeout(this.#paced);
    }
    this.#pacedDue = due;
    this.#paced = this.clock.setTimeout(() => this.#push('paced'), Math.max(0, due - this.clock.now()));
  }

  /** `paced`: to every listener (a paced push also settles what an urgent one left); `at-once`: to those only. */
  #push(pace: ListenerPace): void {
    this.#urgentDue = false;
    if (pace === 'paced') {
      if (this.#paced !== null) this.clock.clearTimeout(this.#paced);
      this.#paced = null;
      this.#lastPush = this.clock.now();
    }
    const state = this.snapshot();
    // The at-once listeners first: a caller is waiting on what they show.
    const due = (p: ListenerPace) =>
      this.#listeners.filter((entry) => entry.pace === p && entry.seen < this.#changes);
    const to = pace === 'paced' ? [...due('at-once'), ...due('paced')] : due('at-once');
    for (const entry of to) this.#deliver(entry, state);
    this.afterPush(state, pace);
  }

  #deliver(entry: Listener<S>, state: S): void {
    entry.seen = this.#changes;
    try {
      entry.deliver(state);
    } catch (error) {
      this.logger.log('error', 'A state listener threw.', { error: String(error) });
    }
  }
}
