/**
 * The pipeline's side of a gap in the connection: tell the tracker when the connection goes, and
 * again when it has stayed gone past the grace (calls then show that their state is unknown), ask
 * the Live REST API what is still going on when it comes back (the catch-up), and give up ringing
 * calls when retrying cannot help. See docs/call-model.md ("Gaps and bounds").
 */
import type { Clock, TimerHandle } from '../common/clock';
import type { Logger } from '../common/log';
import type { CallTracker } from '../calls/tracker';
import type { CallChange } from '../calls/types';
import type { SessionState } from '../session/states';
import { collectCallSegments, reconcileInput, type CallSegmentSource, type CatchUpOutcome } from './catch-up';
import type { CatchUpReport, PipelineCounts } from './pipeline-options';

export interface ConnectionGapsDeps {
  readonly tracker: CallTracker;
  readonly clock: Clock;
  /** How long the connection may be lost before live calls show as `unknown`. */
  readonly graceMs: number;
  readonly logger: Logger;
  readonly counts: PipelineCounts;
  /** The current REST source and extensions (both change with the settings). */
  readonly segments: () => CallSegmentSource;
  readonly extensions: () => readonly string[];
  readonly running: () => boolean;
  readonly report: (changes: readonly CallChange[]) => void;
  readonly caughtUp: (report: CatchUpReport) => void;
}

export class ConnectionGaps {
  readonly #deps: ConnectionGapsDeps;
  #live = false;
  #everLive = false;
  /** Counts transitions to live, so a catch-up that outlived its connection is dropped. */
  #liveGeneration = 0;
  readonly #catchUps = new Set<Promise<void>>();
  #graceTimer: TimerHandle | undefined;

  constructor(deps: ConnectionGapsDeps) {
    this.#deps = deps;
  }

  /** Follows the session's state; `announce` emits it, between the bookkeeping and what follows from it. */
  onState(state: SessionState, announce: () => void): void {
    if (state.kind === 'live') {
      this.#endGrace();
      this.#live = true;
      this.#liveGeneration += 1;
      announce();
      // Only a return to live has a gap behind it; the first connection has nothing to catch up on.
      if (this.#everLive) this.#startCatchUp();
      this.#everLive = true;
      return;
    }
    if (this.#live) this.#lost();
    announce();
    // Retrying cannot help, so no catch-up comes until the settings change: give up the calls that
    // were ringing across the gap now, rather than leave them ringing until the sweep.
    if (state.kind === 'failed' && this.#everLive) this.#giveUpRinging();
  }

  /** The pipeline stopped: no call changes come from a timer any more. */
  stop(): void {
    this.#endGrace();
  }

  /** The session is being replaced: a live connection ends here, whatever the old session says later. */
  sessionReplaced(): void {
    if (this.#live) this.#lost();
  }

  /** Resolves when every catch-up in flight has finished (each is bounded by the REST timeout). */
  async settled(): Promise<void> {
    await Promise.all([...this.#catchUps]);
  }

  #lost(): void {
    this.#live = false;
    this.#deps.tracker.connectionLost();
    if (this.#graceTimer === undefined) {
      this.#graceTimer = this.#deps.clock.setTimeout(() => this.#graceOver(), this.#deps.graceMs);
    }
  }

  #graceOver(): void {
    this.#graceTimer = undefined;
    if (this.#live || !this.#deps.running()) return;
    const changes = this.#deps.tracker.outageConfirmed();
    if (changes.length === 0) return;
    this.#deps.logger.log('info', 'The connection is still lost: live calls are shown as unknown.', {
      calls: changes.length,
    });
    this.#deps.report(changes);
  }

  #endGrace(): void {
    if (this.#graceTimer === undefined) return;
    this.#deps.clock.clearTimeout(this.#graceTimer);
    this.#graceTimer = undefined;
  }

  #giveUpRinging(): void {
    this.#endGrace();
    const changes = this.#deps.tracker.giveUp();
    if (changes.length === 0) return;
    this.#deps.logger.log('info', 'Gave up calls that were ringing when the connection failed.', {
      closed: changes.length,
    });
    this.#deps.report(changes);
  }

  #startCatchUp(): void {
    const run = this.#catchUp(this.#liveGeneration).finally(() => this.#catchUps.delete(run));
    this.#catchUps.add(run);
  }

  async #catchUp(generation: number): Promise<void> {
    const deps = this.#deps;
    let outcome: CatchUpOutcome;
    try {
      outcome = await collectCallSegments(deps.segments(), deps.extensions());
    } catch (error) {
      // The source promises Results; a throwing one is a bug elsewhere, and must not leave the calls judged never.
      deps.logger.log('error', 'The call segment source threw.', { error: String(error) });
      outcome = { kind: 'no-extensions' };
    }
    // Dropped again while asking: the tracker still remembers the first gap, and the next live asks again.
    if (!deps.running() || !this.#live || generation !== this.#liveGeneration) return;
    const changes = deps.tracker.reconcile(reconcileInput(outcome));
    deps.counts.catchUps += 1;
    if (outcome.kind !== 'listed') deps.counts.catchUpsWithoutList += 1;
    const report: CatchUpReport = {
      outcome: outcome.kind,
      segments: outcome.kind === 'listed' ? outcome.segments.size : null,
      closed: changes.length,
      problemCode: outcome.kind === 'rest-failed' ? outcome.problem.code : null,
    };
    deps.logger.log(outcome.kind === 'rest-failed' ? 'warn' : 'info', 'Caught up on calls after a gap.', {
      outcome: report.outcome,
      segments: report.segments,
      closed: report.closed,
      ...(report.problemCode ? { code: report.problemCode } : {}),
    });
    if (changes.length > 0) deps.report(changes);
    deps.caughtUp(report);
  }
}
