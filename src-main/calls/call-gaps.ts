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
  #lost: { readonly ids: Set<string>; readonly at: number } | null = null;

  constructor(
    private readonly table: CallTable,
    private readonly clock: Pick<Clock, 'now'>,
    private readonly limits: Pick<TrackerLimits, 'ringTimeoutMs' | 'answeredTimeoutMs'>,
  ) {}

  /** Remembers which calls were live, and when, so that `reconcile` can judge them. */
  connectionLost(): readonly CallChange[] {
    if (this.#lost === null) this.#lost = { ids: new Set(this.table.calls.keys()), at: this.clock.now() };
    else for (const id of this.table.calls.keys()) this.#lost.ids.add(id);
    return NONE;
  }

  /**
   * The connection has stayed lost past the grace: every live call's state is now unknown (until an
   * event about it, or the catch-up, says otherwise).
   */
  outageConfirmed(): readonly CallChange[] {
    if (this.#lost === null) return NONE;
    let changes: CallChange[] | null = null;
    for (const call of this.table.calls.values()) {
      this.#lost.ids.add(call.id);
      if (call.lostSight()) (changes ??= []).push(this.table.changed(call, 'updated'));
    }
    return changes ?? NONE;
  }

  /**
   * After a reconnect: `segments` are the call segment ids the Live REST API lists as in progress
   * for my extensions, or null when it could not be asked. Calls live since before the gap whose
   * segments are gone are closed; without a list, ringing calls become `unknown` and answered ones
   * are kept (their end still comes as events, or the sweep closes them). Calls kept are known again.
   */
  reconcile(segments: ReadonlySet<string> | null): readonly CallChange[] {
    return this.#judge(segments, false);
  }

  /**
   * Retrying cannot help (the session failed): calls ringing across the gap are given up now, and
   * answered ones stay, their state unknown, until a catch-up or the sweep.
   */
  giveUp(): readonly CallChange[] {
    return this.#judge(null, true);
  }

  #judge(segments: ReadonlySet<string> | null, stillLost: boolean): readonly CallChange[] {
    const lost = this.#lost;
    this.#lost = null;
    const lostAt = lost?.at ?? this.clock.now();
    const changes: CallChange[] = [];
    for (const call of [...this.table.calls.values()]) {
      if (lost && !lost.ids.has(call.id) && !call.outage) continue;
      const known = segments !== null && (call.callerSegmentId !== null || call.mySegments.size > 0);
      const kept = known ? inProgress(call, segments) : call.state !== 'ringing';
      if (!kept) {
        if (call.state === 'ringing') changes.push(this.table.giveUp(call, lostAt, 'connection-lost'));
        else changes.push(this.table.close(call, 'ended', lostAt));
      } else if (stillLost ? call.lostSight() : call.seenAgain()) {
        changes.push(this.table.changed(call, 'updated'));
      }
    }
    return changes;
  }

  /** Closes calls that have had no event for too long. */
  sweep(now: number): readonly CallChange[] {
    let changes: CallChange[] | null = null;
    for (const call of [...this.table.calls.values()]) {
      const limit = call.state === 'ringing' ? this.limits.ringTimeoutMs : this.limits.answeredTimeoutMs;
      if (now - call.lastEventAt <= limit) continue;
      (changes ??= []).push(this.table.giveUp(call, now, 'no-events'));
    }
    return changes ?? NONE;
  }
}

function inProgress(call: LiveCall, segments: ReadonlySet<string>): boolean {
  if (call.callerSegmentId !== null && segments.has(call.callerSegmentId)) return true;
  for (const id of call.mySegments) if (segments.has(id)) return true;
  return false;
}
