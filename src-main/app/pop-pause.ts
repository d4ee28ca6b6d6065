/**
 * "Pause pops for 15 min / 1 h / until tomorrow": a do-not-disturb that ends by itself. Calls are
 * still followed and kept in the history while it lasts; only the cards and notifications are held.
 * In memory only (a restart ends it). Time comes from the injected clock: one timer, for the end.
 */
import type { Clock, TimerHandle } from '../common/clock';
import { formatsFor } from '../i18n/formats';
import { ENGLISH, type LocaleView } from '../i18n/languages';
import { translatorFor } from '../i18n/translator';
import type { PauseChoice, PauseView } from '../ipc/contract';

const MINUTE = 60_000;

/** When a pause started at `now` ends: in 15 minutes, in an hour, or at the start of tomorrow (local time). */
export function pauseEndsAt(choice: PauseChoice, now: number): number {
  switch (choice) {
    case '15m':
      return now + 15 * MINUTE;
    case '1h':
      return now + 60 * MINUTE;
    case 'tomorrow': {
      const midnight = new Date(now);
      // Hour 24 of today is midnight at the start of tomorrow, across DST changes too.
      midnight.setHours(24, 0, 0, 0);
      return midnight.getTime();
    }
  }
}

/** The pause in one line for the tray: "Pops paused until 14:35" (the locale's clock) or "… until tomorrow". */
export function pauseLine(view: PauseView, locale: LocaleView = ENGLISH): string {
  const say = translatorFor(locale).t;
  return view.choice === 'tomorrow'
    ? say('tray.pausedUntilTomorrow')
    : say('tray.pausedUntil', { time: formatsFor(locale).time(view.until) });
}

export interface PopPauseOptions {
  readonly clock: Clock;
  /** The pause ended by itself (its time came): pops are back. */
  readonly ended: () => void;
}

export class PopPause {
  #view: PauseView | null = null;
  #timer: TimerHandle | null = null;

  constructor(private readonly o: PopPauseOptions) {}

  get view(): PauseView | null {
    return this.#view;
  }

  /** Whether pops are held now. A pause past its end counts as over even before its timer fired (after sleep). */
  get active(): boolean {
    return this.#view !== null && this.o.clock.now() < this.#view.until;
  }

  /** Starts (or replaces) the pause; returns when it ends. */
  start(choice: PauseChoice): PauseView {
    this.#clearTimer();
    const view = { until: pauseEndsAt(choice, this.o.clock.now()), choice };
    this.#view = view;
    this.#schedule();
    return view;
  }

  /** Ends it now (the user's "Resume pops"); false when there was none. */
  stop(): boolean {
    this.#clearTimer();
    const was = this.#view !== null;
    this.#view = null;
    return was;
  }

  #schedule(): void {
    const view = this.#view;
    if (view === null) return;
    const left = view.until - this.o.clock.now();
    if (left <= 0) {
      this.#view = null;
      this.o.ended();
      return;
    }
    // A timer may fire early or late (sleep, clock changes): it checks the time again when it does.
    this.#timer = this.o.clock.setTimeout(() => {
      this.#timer = null;
      this.#schedule();
    }, left);
  }

  #clearTimer(): void {
    if (this.#timer !== null) this.o.clock.clearTimeout(this.#timer);
    this.#timer = null;
  }
}
