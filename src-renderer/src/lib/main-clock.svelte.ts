/**
 * Main's clock in a window. Main's clock is the truth (tests drive it), so `now` is the `now` of
 * the last state main pushed, plus the local time that passed since it arrived, ticking each second.
 */
export class MainClock {
  now = $state(0);
  #offset = 0;
  #tick: ReturnType<typeof setInterval> | null = null;

  /** Main's time in the state just received: `now` follows on from it. */
  set(mainNow: number): void {
    this.#offset = mainNow - Date.now();
    this.now = mainNow;
  }

  start(): void {
    this.#tick ??= setInterval(() => (this.now = Date.now() + this.#offset), 1000);
  }

  stop(): void {
    if (this.#tick) clearInterval(this.#tick);
    this.#tick = null;
  }
}
