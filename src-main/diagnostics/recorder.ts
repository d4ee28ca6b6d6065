/**
 * What the diagnostics report remembers about the connections: the last connection problems
 * and how many events of each kind arrived in the last hour (per-minute buckets, so memory stays
 * bounded however busy the server is). One recorder for the app's life; each new pipeline is
 * attached to it.
 */
import type { Clock } from '../common/clock';
import type { EventKind } from '../protocol/profile';
import type { SessionState } from '../session/states';

export const PROBLEMS_KEPT = 20;
const MINUTE_MS = 60_000;
const HOUR_MINUTES = 60;

export interface ConnectionProblemEntry {
  /** ISO time. */
  readonly at: string;
  readonly state: 'backoff' | 'failed';
  readonly code: string;
  readonly message: string;
}

/** What a recorder listens to: the pipeline's events (a `CallPipeline`). */
export interface RecordablePipeline {
  on(name: 'connection', listener: (state: SessionState) => void): () => void;
  on(name: 'eventSeen', listener: (kind: EventKind) => void): () => void;
}

export class DiagnosticsRecorder {
  readonly #problems: ConnectionProblemEntry[] = [];
  /** minute number → kind → count. */
  readonly #buckets = new Map<number, Map<string, number>>();

  constructor(private readonly clock: Pick<Clock, 'now'>) {}

  /** Records this pipeline's problems and events; the returned function stops it. */
  attach(pipeline: RecordablePipeline): () => void {
    const offs = [
      pipeline.on('connection', (state) => this.connection(state)),
      pipeline.on('eventSeen', (kind) => this.event(kind)),
    ];
    return () => offs.forEach((off) => off());
  }

  connection(state: SessionState): void {
    if (state.kind !== 'backoff' && state.kind !== 'failed') return;
    this.#problems.push({
      at: new Date(this.clock.now()).toISOString(),
      state: state.kind,
      code: state.problem.code,
      message: state.problem.message,
    });
    if (this.#problems.length > PROBLEMS_KEPT) this.#problems.shift();
  }

  event(kind: string): void {
    const minute = Math.floor(this.clock.now() / MINUTE_MS);
    let bucket = this.#buckets.get(minute);
    if (!bucket) {
      bucket = new Map();
      this.#buckets.set(minute, bucket);
      this.#forgetOld(minute);
    }
    bucket.set(kind, (bucket.get(kind) ?? 0) + 1);
  }

  /** The last problems, oldest first. */
  problems(): readonly ConnectionProblemEntry[] {
    return [...this.#problems];
  }

  /** Events per kind over the last hour, most frequent first. */
  eventsLastHour(): readonly { readonly kind: string; readonly count: number }[] {
    const minute = Math.floor(this.clock.now() / MINUTE_MS);
    this.#forgetOld(minute);
    const totals = new Map<string, number>();
    for (const bucket of this.#buckets.values()) {
      for (const [kind, n] of bucket) totals.set(kind, (totals.get(kind) ?? 0) + n);
    }
    return [...totals]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([kind, count]) => ({ kind, count }));
  }

  #forgetOld(minute: number): void {
    for (const key of this.#buckets.keys()) {
      if (key <= minute - HOUR_MINUTES) this.#buckets.delete(key);
    }
  }
}
