/**
 * The history's day groups: runs of calls, newest first, that started on the same local day. The
 * list needs them for the whole answer (not just the page on screen) to place the "Today",
 * "Yesterday" and date headings without reading every call into the window. Pure; the time zone is
 * the process's, which is the window's (main and the renderer run on the same machine).
 */
export interface DayRun {
  /** Local midnight at the start of the day (ms since the epoch). */
  readonly start: number;
  /** How many calls in a row, in the answer's order, started that day. */
  readonly count: number;
}

export function localDayStart(at: number): number {
  const day = new Date(at);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

/** The next local midnight (days are 23 or 25 hours long around a clock change). */
function nextDayStart(start: number): number {
  const day = new Date(start);
  day.setDate(day.getDate() + 1);
  return day.getTime();
}

/**
 * Collects day runs from call start times given in the answer's order. A call out of order (a long
 * call recorded after a shorter, later one) starts a run of its own, so the headings always follow
 * the rows as listed. Works out a date only at a day's edge, so 50,000 calls cost a few hundred.
 */
export class DayRuns {
  readonly #runs: { start: number; count: number }[] = [];
  #from = Number.POSITIVE_INFINITY;
  #to = Number.NEGATIVE_INFINITY;

  add(at: number): void {
    const last = this.#runs.at(-1);
    if (last !== undefined && at >= this.#from && at < this.#to) {
      last.count++;
      return;
    }
    this.#from = localDayStart(at);
    this.#to = nextDayStart(this.#from);
    if (last !== undefined && last.start === this.#from) last.count++;
    else this.#runs.push({ start: this.#from, count: 1 });
  }

  get runs(): readonly DayRun[] {
    return this.#runs;
  }
}

/** Day runs of start times in the order given (a convenience over `DayRuns`). */
export function dayRunsOf(times: Iterable<number>): DayRun[] {
  const runs = new DayRuns();
  for (const at of times) runs.add(at);
  return [...runs.runs];
}
