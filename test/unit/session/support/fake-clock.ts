import type { Clock, TimerHandle } from '../../../../src-main/common/clock';

interface Timer {
  id: number;
  at: number;
  every: number | undefined;
  callback: () => void;
}

/** A clock that moves only when the test says so. */
export class FakeClock implements Clock {
  private time: number;
  private nextId = 1;
  private readonly timers = new Map<number, Timer>();

  constructor(start = 1_700_000_000_000) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): TimerHandle {
    return this.add(callback, ms, undefined);
  }

  setInterval(callback: () => void, ms: number): TimerHandle {
    return this.add(callback, ms, Math.max(1, ms));
  }

  clearTimeout(handle: TimerHandle): void {
    this.timers.delete(handle as unknown as number);
  }

  clearInterval(handle: TimerHandle): void {
    this.timers.delete(handle as unknown as number);
  }

  /** Timers still pending. */
  get pending(): number {
    return this.timers.size;
  }

  /** The earliest pending timer's due time, if any. */
  nextDue(): number | undefined {
    let best: number | undefined;
    for (const t of this.timers.values()) if (best === undefined || t.at < best) best = t.at;
    return best;
  }

  /** Moves time forward, firing every timer that falls due, in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      let due: Timer | undefined;
      for (const t of this.timers.values()) if (t.at <= end && (due === undefined || t.at < due.at)) due = t;
      if (!due) break;
      this.time = Math.max(this.time, due.at);
      if (due.every !== undefined) due.at += due.every;
      else this.timers.delete(due.id);
      due.callback();
    }
    this.time = end;
  }

  private add(callback: () => void, ms: number, every: number | undefined): TimerHandle {
    const id = this.nextId++;
    this.timers.set(id, { id, at: this.time + Math.max(0, ms), every, callback });
    return id as unknown as TimerHandle;
  }
}
