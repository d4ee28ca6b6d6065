/**
 * The pipeline's gap handling on a clock the test moves: when calls show as unknown during an
 * outage, and how the catch-up after it resolves them. The tracker is the real one.
 */
import { describe, expect, it } from 'vitest';
import { CallTracker } from '../../../src-main/calls/tracker';
import type { CallChange } from '../../../src-main/calls/types';
import { silentLogger } from '../../../src-main/common/log';
import { ok } from '../../../src-main/common/result';
import { ConnectionGaps } from '../../../src-main/pipeline/connection-gaps';
import {
  zeroCounts,
  type CatchUpReport,
  type PipelineCounts,
} from '../../../src-main/pipeline/pipeline-options';
import {
  backoffState,
  failedState,
  liveState,
  stoppedState,
  type SessionState,
} from '../../../src-main/session/states';
import { eventFactory, liveCallSegment } from '../../support/events';
import { FakeClock } from '../session/support/fake-clock';

const GRACE_MS = 4_000;

function setup() {
  const clock = new FakeClock();
  const tracker = new CallTracker({
    me: { username: 'alice', extensions: ['201'] },
    popInternal: false,
    dnd: false,
    clock,
  });
  const ev = eventFactory({ now: () => clock.now() });
  const changes: CallChange[] = [];
  const reports: CatchUpReport[] = [];
  const counts: PipelineCounts = zeroCounts();
  /** What the Live REST API lists when asked; set by the test before the reconnect. */
  let listed: string[] = [];
  let running = true;
  const gaps = new ConnectionGaps({
    tracker,
    clock,
    graceMs: GRACE_MS,
    logger: silentLogger,
    counts,
    segments: () => ({ getExtensionCallSegments: () => Promise.resolve(ok(listed.map(liveCallSegment))) }),
    extensions: () => ['201'],
    running: () => running,
    report: (out) => changes.push(...out),
    caughtUp: (report) => reports.push(report),
  });
  const announced: SessionState[] = [];
  const state = (s: SessionState) => gaps.onState(s, () => announced.push(s));
  const live = () => state(liveState(clock.now(), '127.0.0.1:1'));
  const down = () =>
    state(
      backoffState(1, clock.now() + 1_000, 1_000, {
        code: 'connection-closed',
        message: 'Gone.',
        retryable: true,
      }),
    );

  // A call ringing me and one I answered, both before the outage.
  const ringer = ev.external({ name: 'Ringing' });
  const talker = ev.external({ name: 'Talking' });
  const desk = ev.phone({ username: 'alice', extension: '201' });
  live();
  const send = (...events: Parameters<CallTracker['handle']>[0][]) =>
    events.forEach((e) => changes.push(...tracker.handle(e)));
  send(ev.dial(ringer, desk), ev.dial(talker, desk), ev.link(talker, desk));
  changes.length = 0;

  return {
    clock,
    tracker,
    gaps,
    changes,
    reports,
    announced,
    live,
    down,
    state,
    ringer,
    talker,
    list: (...ids: string[]) => void (listed = ids),
    stopRunning: () => void (running = false),
    states: () => tracker.liveCalls().map((c) => [c.callerName, c.state]),
    /** Waits for the n-th catch-up report (the fake REST source answers at once). */
    caughtUp: async (n: number) => {
      for (let turn = 0; reports.length < n; turn++) {
        if (turn === 1_000) throw new Error(`Timed out waiting for catch-up ${n}`);
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
  };
}

describe('the pipeline during an outage', () => {
  it('shows nothing for the first moments, then calls as unknown once the grace is over', () => {
    const t = setup();
    t.down();
    t.clock.advance(GRACE_MS - 1);
    expect(t.changes).toEqual([]);
    t.clock.advance(1);
    expect(t.changes.map((c) => [c.change, c.call.callerName, c.call.state, c.call.lastKnownState])).toEqual([
      ['updated', 'Ringing', 'unknown', 'ringing'],
      ['updated', 'Talking', 'unknown', 'answered'],
    ]);
    // Retries that fail again neither restart the grace nor report the calls twice.
    t.down();
    t.clock.advance(GRACE_MS * 3);
    expect(t.changes).toHaveLength(2);
  });

  it('a reconnect within the grace shows no unknown state at all', async () => {
    const t = setup();
    t.down();
    t.clock.advance(GRACE_MS - 1);
    t.list(t.ringer.callSegmentId!, t.talker.callSegmentId!);
    t.live();
    await t.caughtUp(1);
    // Long past the grace: the timer was cancelled, so no call ever showed as unknown.
    t.clock.advance(GRACE_MS * 3);
    expect(t.clock.pending).toBe(0);
    expect(t.changes).toEqual([]);
    expect(t.states()).toEqual([
      ['Ringing', 'ringing'],
      ['Talking', 'answered'],
    ]);
  });

  it('the catch-up after the outage resolves each call: still listed, back as it was; gone, ended', async () => {
    const t = setup();
    t.down();
    t.clock.advance(GRACE_MS);
    expect(t.states()).toEqual([
      ['Ringing', 'unknown'],
      ['Talking', 'unknown'],
    ]);
    t.changes.length = 0;
    t.list(t.ringer.callSegmentId!);
    t.live();
    await t.caughtUp(1);
    expect(t.reports[0]).toMatchObject({ outcome: 'listed', segments: 1, closed: 2 });
    expect(t.changes.map((c) => [c.change, c.call.callerName, c.call.state])).toEqual([
      ['updated', 'Ringing', 'ringing'],
      ['ended', 'Talking', 'ended'],
    ]);
    expect(t.states()).toEqual([['Ringing', 'ringing']]);
  });

  it('when the connection fails for good, ringing calls end as unknown and answered ones stay unknown', () => {
    const t = setup();
    t.down();
    t.state(failedState({ code: 'credentials-rejected', message: 'No.', retryable: false }));
    expect(t.changes.map((c) => [c.change, c.call.callerName, c.call.state])).toEqual([
      ['ended', 'Ringing', 'unknown'],
      ['updated', 'Talking', 'unknown'],
    ]);
    expect(t.clock.pending).toBe(0);
  });

  it('leaves no timer behind when the pipeline stops during the grace, and reports nothing after', () => {
    const t = setup();
    t.state(stoppedState('stopped'));
    expect(t.clock.pending).toBe(1);
    t.stopRunning();
    t.gaps.stop();
    expect(t.clock.pending).toBe(0);
    t.clock.advance(GRACE_MS * 2);
    expect(t.changes).toEqual([]);
  });
});
