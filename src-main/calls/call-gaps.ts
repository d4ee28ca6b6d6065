/**
 * What the tracker does about the times it could not see: a lost connection, the catch-up after it,
 * and calls the server has gone silent about. The rules are in docs/call-model.md ("Gaps and bounds").
 */
import type { Clock } from '../common/clock';
import type { CallTable } from './call-table';
import type { LiveCall } from './live-call';
import type { CallChange, TrackerLimits } from './types';

const NONE: readonly CallChange[] = Object.freeze([]);

export class CallGaps {
  /** Ids of the calls live when the connection was lost, and when; null while connected. */
  #lost: { readonly ids: ReadonlySet<string>; readonly at: number } | null = null;

  constructor(
    private readonly table: CallTable,
    private readonly clock: Pick<Clock, 'now'>,
    private readonly limits: Pick<TrackerLimits, 'ringTimeoutMs' | 'answeredTimeoutMs'>,
  ) {}

  /** Remembers which calls were live, and when, so that `reconcile` can judge them. */
  connectionLost(): readonly CallChange[] {
    if (this.#lost === null) this.#lost = { ids: new Set(this.table.calls.keys()), at: this.clock.now() };
    return NONE;
  }

  /**
   * After a reconnect: `segments` are the call segment ids the Live REST API lists as in progress
   * for my extensions, or null when it could not be asked. Calls live since before the gap whose
   * segments are gone are closed; without a list, ringing calls become `unknown` and answered ones
   * are kept (their end still comes as events, or the sweep closes them).
   */
  reconcile(segments: ReadonlySet<string> | null): readonly CallChange[] {
    const lost = this.#lost;
    this.#lost = null;
    const lostAt = lost?.at ?? this.clock.now();
    const changes: CallChange[] = [];
    for (const call of [...this.table.calls.values()]) {
      if (lost && !lost.ids.has(call.id)) continue;
      const known = segments !== null && (call.callerSegmentId !== null || call.mySegments.size > 0);
      if (known && inProgress(call, segments)) continue;
      if (call.state === 'ringing')
        changes.push(this.table.close(call, 'unknown', lostAt, 'connection-lost'));
      else if (known) changes.push(this.table.close(call, 'ended', lostAt));
    }
    return changes;
  }

  /** Closes calls that have had no event for too long. */
  sweep(now: number): readonly CallChange[] {
    let changes: CallChange[] | null = null;
    for (const call of [...this.table.calls.values()]) {
      const limit = call.state === 'ringing' ? this.limits.ringTimeoutMs : this.limits.answeredTimeoutMs;
      if (now - call.lastEventAt <= limit) continue;
      (changes ??= []).push(this.table.close(call, 'unknown', now, 'no-events'));
    }
    return changes ?? NONE;
  }
}

function inProgress(call: LiveCall, segments: ReadonlySet<string>): boolean {
  if (call.callerSegmentId !== null && segments.has(call.callerSegmentId)) return true;
  for (const id of call.mySegments) if (segments.has(id)) return true;
  return false;
}
