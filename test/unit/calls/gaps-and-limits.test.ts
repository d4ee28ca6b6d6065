import { describe, expect, it } from 'vitest';
import { ringingAndAnswered, START, setup } from './harness';

describe('CallTracker: a lost connection', () => {
  it('changes nothing when the connection is lost', () => {
    const t = setup();
    ringingAndAnswered(t);
    const before = t.tracker.liveCalls();
    expect(t.tracker.connectionLost()).toEqual([]);
    expect(t.tracker.liveCalls()).toEqual(before);
  });

  it('keeps the calls the Live API still lists, by the caller’s segment or by mine', () => {
    const t = setup();
    const s = ringingAndAnswered(t);
    t.tracker.connectionLost();
    const changes = t.tracker.reconcile(
      new Set([s.ringingDesk.callSegmentId!, s.answeredCaller.callSegmentId!]),
    );
    expect(changes).toEqual([]);
    expect(t.tracker.liveCalls().map((c) => c.state)).toEqual(['ringing', 'answered']);
  });

  it('closes calls that ended during the gap: ringing ones as unknown, answered ones as ended', () => {
    const t = setup();
    ringingAndAnswered(t);
    t.advance(60_000);
    t.tracker.connectionLost();
    t.advance(30_000);
    const changes = t.tracker.reconcile(new Set(['some-other-segment']));
    expect(changes.map((c) => c.change)).toEqual(['ended', 'ended']);
    const [ringing, answered] = changes.map((c) => c.call);
    expect(ringing).toMatchObject({
      callerName: 'Ringing',
      state: 'unknown',
      unknownReason: { code: 'connection-lost' },
      endedAt: START + 60_000,
      ringMs: 60_000,
    });
    expect(ringing?.unknownReason?.message).toMatch(/connection/i);
    expect(answered).toMatchObject({
      callerName: 'Answered',
      state: 'ended',
      talkMs: 60_000,
      unknownReason: null,
    });
    expect(t.tracker.liveCalls()).toEqual([]);
  });

  it('without the Live API, stops showing ringing calls as ringing and keeps answered ones', () => {
    const t = setup();
    const s = ringingAndAnswered(t);
    t.tracker.connectionLost();
    const changes = t.tracker.reconcile(null);
    expect(changes.map((c) => [c.call.callerName, c.call.state])).toEqual([['Ringing', 'unknown']]);
    expect(t.tracker.liveCalls().map((c) => c.callerName)).toEqual(['Answered']);
    const [ended] = t.send(t.ev.linkEnd(s.answeredCaller, s.answeredDesk));
    expect(ended?.call.state).toBe('ended');
  });

  it('leaves alone calls that began after the connection came back', () => {
    const t = setup();
    t.tracker.connectionLost();
    t.send(t.ev.dial(t.ev.external(), t.alice201()));
    expect(t.tracker.reconcile(new Set())).toEqual([]);
    expect(t.tracker.liveCalls()).toHaveLength(1);
  });

  it('does not pop twice for a call it lost sight of and then sees answered', () => {
    const t = setup();
    const caller = t.ev.external();
    t.send(t.ev.dial(caller, t.alice201()));
    t.tracker.connectionLost();
    t.tracker.reconcile(null);
    const [created] = t.send(t.ev.link(caller, t.alice201()));
    expect(created?.call).toMatchObject({ state: 'answered', pop: false, popSuppressed: 'already-popped' });
    expect(t.pops()).toHaveLength(1);
  });

  it('ends a ringing call whose link it missed when its linkEnd arrives', () => {
    const t = setup();
    const caller = t.ev.external();
    const desk = t.alice201();
    t.send(t.ev.dial(caller, desk));
    const [ended] = t.send(t.ev.linkEnd(caller, desk));
    expect(ended?.call.state).toBe('ended');
  });
});

describe('CallTracker: the sweep', () => {
  it('gives up on a call that has rung for over ten minutes without an event', () => {
    const t = setup();
    t.send(t.ev.dial(t.ev.external(), t.alice201()));
    t.advance(10 * 60_000);
    expect(t.tracker.sweep()).toEqual([]);
    t.advance(1);
    const [ended] = t.tracker.sweep();
    expect(ended?.call).toMatchObject({ state: 'unknown', unknownReason: { code: 'no-events' } });
    expect(t.tracker.liveCalls()).toEqual([]);
  });

  it('counts the ten minutes from the last event, not the first ring', () => {
    const t = setup();
    const caller = t.ev.external();
    t.send(t.ev.dial(caller, t.alice201()));
    t.advance(9 * 60_000);
    t.send(t.ev.dial(caller, t.alice201()));
    t.advance(9 * 60_000);
    expect(t.tracker.sweep(t.now())).toEqual([]);
  });

  it('lets answered calls run for hours, and gives up after the answered limit', () => {
    const t = setup({ limits: { answeredTimeoutMs: 60 * 60_000 } });
    const caller = t.ev.external();
    const desk = t.alice201();
    t.send(t.ev.dial(caller, desk), t.ev.link(caller, desk));
    t.advance(30 * 60_000);
    expect(t.tracker.sweep()).toEqual([]);
    expect(t.tracker.sweep(START + 61 * 60_000).map((c) => c.call.state)).toEqual(['unknown']);
  });
});

describe('CallTracker: bounded memory', () => {
  it('evicts the oldest live call as unknown past the cap', () => {
    const t = setup({ limits: { maxLiveCalls: 3 } });
    for (let i = 0; i < 3; i++) t.send(t.ev.dial(t.ev.external({ name: `Caller ${i}` }), t.alice201()));
    const changes = t.send(t.ev.dial(t.ev.external({ name: 'Caller 3' }), t.alice201()));
    expect(changes.map((c) => [c.change, c.call.callerName, c.call.state])).toEqual([
      ['ended', 'Caller 0', 'unknown'],
      ['created', 'Caller 3', 'ringing'],
    ]);
    expect(changes[0]?.call.unknownReason?.code).toBe('too-many-calls');
    expect(t.tracker.liveCalls().map((c) => c.callerName)).toEqual(['Caller 1', 'Caller 2', 'Caller 3']);
  });

  it('never holds more than the cap, however many calls ring', () => {
    const t = setup({ limits: { maxLiveCalls: 50 } });
    for (let i = 0; i < 500; i++) t.send(t.ev.dial(t.ev.external(), t.alice201()));
    expect(t.tracker.liveCalls()).toHaveLength(50);
  });

  it('keeps following a call through many queue re-tries', () => {
    const t = setup({ limits: { maxSegmentsPerCall: 4 } });
    const caller = t.ev.external();
    let last = t.alice201();
    for (let i = 0; i < 50; i++) {
      last = t.alice201();
      t.send(t.ev.dial(caller, last), t.ev.hangup(last));
    }
    last = t.alice201();
    t.send(t.ev.dial(caller, last), t.ev.link(caller, last), t.ev.hangup(last));
    expect(t.pops()).toHaveLength(1);
    expect(t.changes.at(-1)?.call.state).toBe('ended');
  });

  it('forgets ended calls: a late event for one changes nothing', () => {
    const t = setup();
    const caller = t.ev.external();
    const desk = t.alice201();
    t.send(t.ev.dial(caller, desk), t.ev.hangup(caller));
    expect(t.send(t.ev.hangup(desk), t.ev.linkEnd(caller, desk))).toEqual([]);
    expect(t.tracker.liveCalls()).toEqual([]);
  });
});
