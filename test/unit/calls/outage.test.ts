import { describe, expect, it } from 'vitest';
import { isLive, mayBeRinging } from '../../../src-main/calls/call-status';
import { ringingAndAnswered, START, setup } from './harness';

/** Alice has one call ringing on 201 and one answered on 202 when the connection goes. */
function twoCallsThenOutage(t: ReturnType<typeof setup>) {
  const calls = ringingAndAnswered(t);
  t.advance(10_000);
  t.tracker.connectionLost();
  t.advance(5_000);
  const unknown = t.tracker.outageConfirmed();
  return { ...calls, unknown };
}

describe('CallTracker: an outage longer than the grace', () => {
  it('shows ringing and answered calls as unknown (connection lost), still live, each reported once', () => {
    const t = setup();
    const { unknown } = twoCallsThenOutage(t);
    expect(unknown.map((c) => [c.change, c.call.callerName, c.call.state, c.call.lastKnownState])).toEqual([
      ['updated', 'Ringing', 'unknown', 'ringing'],
      ['updated', 'Answered', 'unknown', 'answered'],
    ]);
    for (const change of unknown) {
      expect(change.pop).toBeNull();
      expect(change.call.unknownReason?.code).toBe('connection-lost');
      expect(change.call.endedAt).toBeNull();
      expect(isLive(change.call)).toBe(true);
    }
    expect(unknown[0]!.call.unknownReason?.message).toMatch(/connection lost.*still ringing/i);
    expect(unknown[1]!.call.unknownReason?.message).toMatch(/connection lost.*still going on/i);
    expect(mayBeRinging(unknown[0]!.call)).toBe(true);
    expect(mayBeRinging(unknown[1]!.call)).toBe(false);
    expect(t.tracker.liveCalls().map((c) => c.state)).toEqual(['unknown', 'unknown']);
    // Said once: a second confirmation of the same outage changes nothing.
    expect(t.tracker.outageConfirmed()).toEqual([]);
  });

  it('changes nothing when no connection was lost', () => {
    const t = setup();
    t.send(t.ev.dial(t.ev.external(), t.alice201()));
    expect(t.tracker.outageConfirmed()).toEqual([]);
    expect(t.tracker.liveCalls().map((c) => c.state)).toEqual(['ringing']);
  });

  it('after the reconnect, the catch-up puts calls still listed back to what they were', () => {
    const t = setup();
    const s = twoCallsThenOutage(t);
    t.advance(20_000);
    const changes = t.tracker.reconcile(
      new Set([s.ringingCaller.callSegmentId!, s.answeredDesk.callSegmentId!]),
    );
    expect(changes.map((c) => [c.change, c.call.callerName, c.call.state, c.call.lastKnownState])).toEqual([
      ['updated', 'Ringing', 'ringing', null],
      ['updated', 'Answered', 'answered', null],
    ]);
    expect(changes.every((c) => c.call.unknownReason === null && c.pop === null)).toBe(true);
    // Back to normal: the answered call ends with its events as usual.
    const [ended] = t.send(t.ev.linkEnd(s.answeredCaller, s.answeredDesk));
    expect(ended?.call).toMatchObject({ state: 'ended', talkMs: 35_000 });
  });

  it('after the reconnect, calls gone from the list end as they do without the grace', () => {
    const t = setup();
    twoCallsThenOutage(t);
    t.advance(20_000);
    const changes = t.tracker.reconcile(new Set(['some-other-segment']));
    expect(changes.map((c) => [c.change, c.call.callerName, c.call.state, c.call.lastKnownState])).toEqual([
      ['ended', 'Ringing', 'unknown', null],
      ['ended', 'Answered', 'ended', null],
    ]);
    expect(changes[0]!.call.unknownReason?.message).toMatch(/how it ended is not known/);
    // Both end when the connection was lost: the last moment they were known to be going on.
    expect(changes.map((c) => c.call.endedAt)).toEqual([START + 10_000, START + 10_000]);
    expect(t.tracker.liveCalls()).toEqual([]);
  });

  it('when the REST API cannot be asked: ringing calls end as unknown, answered ones are shown answered again', () => {
    const t = setup();
    twoCallsThenOutage(t);
    const changes = t.tracker.reconcile(null);
    expect(changes.map((c) => [c.change, c.call.callerName, c.call.state])).toEqual([
      ['ended', 'Ringing', 'unknown'],
      ['updated', 'Answered', 'answered'],
    ]);
  });

  it('an event about an unknown call makes it known again, before any catch-up', () => {
    const t = setup();
    const s = twoCallsThenOutage(t);
    const [answered] = t.send(t.ev.link(s.ringingCaller, s.ringingDesk));
    expect(answered).toMatchObject({ change: 'updated', call: { state: 'answered', lastKnownState: null } });
    const [hungUp] = t.send(t.ev.hangup(s.answeredCaller));
    expect(hungUp).toMatchObject({ change: 'ended', call: { state: 'ended', unknownReason: null } });
  });

  it('a ringing caller who hung up during the outage is missed when the hangup comes late', () => {
    const t = setup();
    const s = twoCallsThenOutage(t);
    const [missed] = t.send(t.ev.hangup(s.ringingCaller));
    expect(missed).toMatchObject({ change: 'ended', call: { state: 'missed', lastKnownState: null } });
  });

  it('when the connection fails for good: ringing calls end as unknown, answered ones stay unknown', () => {
    const t = setup();
    const s = twoCallsThenOutage(t);
    expect(t.tracker.reconcile(new Set([s.answeredCaller.callSegmentId!]))).toHaveLength(2);
    // A second gap that ends in failure, before the grace.
    t.tracker.connectionLost();
    const changes = t.tracker.giveUp();
    expect(changes.map((c) => [c.change, c.call.callerName, c.call.state, c.call.lastKnownState])).toEqual([
      ['updated', 'Answered', 'unknown', 'answered'],
    ]);
    expect(t.tracker.liveCalls().map((c) => c.state)).toEqual(['unknown']);
  });

  it('the sweep still closes an unknown call the server never speaks of again', () => {
    const t = setup({ limits: { ringTimeoutMs: 60_000 } });
    twoCallsThenOutage(t);
    t.advance(60_000);
    const swept = t.tracker.sweep();
    expect(swept.map((c) => [c.call.callerName, c.call.state, c.call.unknownReason?.code])).toEqual([
      ['Ringing', 'unknown', 'no-events'],
    ]);
    expect(swept[0]!.call.lastKnownState).toBeNull();
  });
});
