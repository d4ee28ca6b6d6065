/**
 * A fixed-size memory of "this segment id was seen with this value at this time". It is written for
 * other people's traffic too (every `linkEnd`), so writing is three array stores and never allocates,
 * and its size never depends on what the server sends. Reading scans it, which is fine: reads happen
 * only for events that concern me.
 */
export class RecentSegments<T> {
  readonly #ids: (string | null)[];
  readonly #values: (T | null)[];
  readonly #times: number[];
  #next = 0;

  constructor(size: number) {
    const n = Math.max(1, Math.floor(size));
    this.#ids = new Array<string | null>(n).fill(null);
    this.#values = new Array<T | null>(n).fill(null);
    this.#times = new Array<number>(n).fill(0);
  }

  remember(segmentId: string, value: T, at: number): void {
    const i = this.#next;
    this.#ids[i] = segmentId;
    this.#values[i] = value;
    this.#times[i] = at;
    this.#next = i + 1 === this.#ids.length ? 0 : i + 1;
  }

  /** The newest value remembered for `segmentId` no longer than `windowMs` before `now`. */
  find(segmentId: string, now: number, windowMs: number): T | undefined {
    const n = this.#ids.length;
    for (let k = 1; k <= n; k++) {
      const i = (this.#next - k + n) % n;
      if (this.#ids[i] !== segmentId) continue;
      if (now - this.#times[i]! > windowMs) return undefined;
      return this.#values[i] ?? undefined;
    }
    return undefined;
  }
}
