/**
 * The ring sound's state in the running app: the plan of ring-plan.ts on the injected clock, one
 * timer for its next change, and the OS's do-not-disturb read (where the shell can read it) before
 * a ring starts, so a desk in Focus or with banners off is not rung. The pop window plays what
 * `AppState.ring` says (components/RingSound.svelte); main never plays audio itself.
 */
import type { Clock, TimerHandle } from '../common/clock';
import type { Logger } from '../common/log';
import type { RingView } from '../ipc/contract';
import type { Settings } from '../storage/settings-schema';
import type { QuietHours } from './ports';
import { planRing, RING_TIMING, startsRing, type RingMemory, type RingTiming } from './ring-plan';

/** A reading of the OS's do-not-disturb this recent is used as it is when a ring starts. */
export const QUIET_READING_FRESH_MS = 30_000;

export interface RingerOptions {
  readonly clock: Clock;
  /** Absent (tests, platforms where it cannot be read): the OS is taken as not in do-not-disturb. */
  readonly quiet?: QuietHours | undefined;
  /** The answer changed by itself (the next play is due, a reading arrived): push the state. */
  readonly changed: () => void;
  readonly logger: Logger;
  readonly timing?: RingTiming;
}

export class Ringer {
  #memory: RingMemory | null = null;
  #timer: TimerHandle | null = null;
  #timerAt: number | null = null;
  #quiet: { readonly on: boolean; readonly at: number } | null = null;
  #reading = false;

  constructor(private readonly o: RingerOptions) {}

  /**
   * What the pop window plays for these ringing calls (ids of calls with a card that ring now).
   * Asking twice at the same time gives the same answer: it is called for every state snapshot.
   */
  view(ringing: readonly string[], settings: Pick<Settings, 'ringSound' | 'ringVolume'>): RingView | null {
    const now = this.o.clock.now();
    const starting = settings.ringSound !== 'off' && startsRing(this.#memory, ringing);
    if (starting && this.o.quiet && !this.#freshReading(now)) {
      // A ring about to start waits (a few milliseconds) for what the OS says now.
      this.#read();
      return null;
    }
    const step = planRing(
      this.#memory,
      {
        ringing,
        sound: settings.ringSound,
        volume: settings.ringVolume,
        osQuiet: this.#quiet?.on ?? false,
        now,
      },
      this.o.timing ?? RING_TIMING,
    );
    this.#memory = step.memory;
    this.#schedule(step.nextAt, now);
    return step.view;
  }

  /** The app stops: no timer stays behind. */
  stop(): void {
    this.#schedule(null, 0);
    this.#memory = null;
  }

  #freshReading(now: number): boolean {
    return this.#quiet !== null && now - this.#quiet.at < QUIET_READING_FRESH_MS;
  }

  #read(): void {
    const quiet = this.o.quiet;
    if (!quiet || this.#reading) return;
    this.#reading = true;
    const settle = (on: boolean): void => {
      this.#quiet = { on, at: this.o.clock.now() };
      this.#reading = false;
      this.o.changed();
    };
    quiet.read().then(
      (reading) => settle(reading === 'quiet'),
      (error: unknown) => {
        // Unreadable is "not known": the ring goes on rather than staying silent.
        this.o.logger.log('warn', 'The OS do-not-disturb state could not be read.', {
          error: error instanceof Error ? error.message : String(error),
        });
        settle(false);
      },
    );
  }

  #schedule(at: number | null, now: number): void {
    if (at === this.#timerAt) return;
    if (this.#timer !== null) this.o.clock.clearTimeout(this.#timer);
    this.#timer = null;
    this.#timerAt = at;
    if (at === null) return;
    this.#timer = this.o.clock.setTimeout(
      () => {
        this.#timer = null;
        this.#timerAt = null;
        this.o.changed();
      },
      Math.max(0, at - now),
    );
  }
}
