import { describe, expect, it } from 'vitest';
import { START, setup } from './harness';

describe('CallTracker: an inbound call', () => {
  it('creates one ringing record with the caller, the dialled number and my extension, and pops it', () => {
    const t = setup();
    const caller = t.ev.external({ number: '+441632960001', name: 'Ada Lovelace', did: '08001234567' });
    const [change, ...rest] = t.send(t.ev.dial(caller, t.alice201()));
    expect(rest).toEqual([]);
    expect(change?.change).toBe('created');
    expect(change?.call).toMatchObject({
      direction: 'inbound',
      state: 'ringing',
      internal: false,
      callerName: 'Ada Lovelace',
      callerNumber: '+441632960001',
      calleeName: 'Alice desk',
      did: '08001234567',
      extension: '201',
      ringingSince: START,
      answeredAt: null,
      endedAt: null,
      ringMs: null,
      talkMs: null,
      pop: true,
      popSuppressed: null,
      unknownReason: null,
      coreServerId: 'core-1',
    });
    expect(change?.pop).toEqual({ callId: change?.call.id, call: change?.call });
    expect(t.tracker.liveCalls()).toEqual([change?.call]);
  });

  it('rings a ring group of several extensions, some mine, as one record and one pop', () => {
    const t = setup();
    const caller = t.ev.external();
    t.send(t.ev.dial(caller, t.alice201()), t.ev.dial(caller, t.bob()), t.ev.dial(caller, t.alice202()));
    expect(t.pops()).toHaveLength(1);
    expect(t.changes.filter((c) => c.change === 'created')).toHaveLength(1);
    expect(t.tracker.liveCalls()).toHaveLength(1);
    expect(t.tracker.liveCalls()[0]?.extension).toBe('201');
  });

  it('treats a repeated dial to the same extension as the same call, without a second pop', () => {
    const t = setup();
    const caller = t.ev.external();
    const desk = t.alice201();
    t.send(t.ev.dial(caller, desk), t.ev.dial(caller, desk), t.ev.dial(caller, t.alice201()));
    expect(t.pops()).toHaveLength(1);
    expect(t.tracker.liveCalls()).toHaveLength(1);
  });

  it('keeps one record through a queue that rings me, moves on, and comes back to me', () => {
    const t = setup();
    const caller = t.ev.external({ name: 'Queue caller' });
    const first = t.alice201();
    const bob = t.bob();
    const again = t.alice201();
    t.send(t.ev.dial(caller, first), t.ev.hangup(first), t.ev.dial(caller, bob), t.ev.hangup(bob));
    expect(t.tracker.liveCalls().map((c) => c.state)).toEqual(['ringing']);
    t.advance(20_000);
    t.send(t.ev.dial(caller, again), t.ev.link(caller, again));
    expect(t.pops()).toHaveLength(1);
    const [call] = t.tracker.liveCalls();
    expect(call).toMatchObject({ state: 'answered', extension: '201', ringMs: 20_000 });
    expect(new Set(t.changes.map((c) => c.call.id)).size).toBe(1);
  });

  it('is missed when the caller hangs up before anyone answers', () => {
    const t = setup();
    const caller = t.ev.external();
    t.send(t.ev.dial(caller, t.alice201()));
    t.advance(12_000);
    const [ended] = t.send(t.ev.hangup(caller));
    expect(ended?.change).toBe('ended');
    expect(ended?.call).toMatchObject({
      state: 'missed',
      ringMs: 12_000,
      talkMs: null,
      endedAt: START + 12_000,
    });
    expect(t.tracker.liveCalls()).toEqual([]);
  });

  it('is answered here when the caller is linked to my phone, then ended with ring and talk times', () => {
    const t = setup();
    const caller = t.ev.external();
    const desk = t.alice201();
    t.send(t.ev.dial(caller, desk));
    t.advance(5_000);
    const [answered] = t.send(t.ev.link(caller, desk));
    expect(answered?.change).toBe('updated');
    expect(answered?.pop).toBeNull();
    expect(answered?.call).toMatchObject({
      state: 'answered',
      answeredAt: START + 5_000,
      ringMs: 5_000,
      talkMs: null,
    });
    t.advance(65_000);
    const [ended] = t.send(t.ev.linkEnd(caller, desk));
    expect(ended?.change).toBe('ended');
    expect(ended?.call).toMatchObject({
      state: 'ended',
      endedAt: START + 70_000,
      ringMs: 5_000,
      talkMs: 65_000,
    });
    expect(t.send(t.ev.hangup(caller), t.ev.hangup(desk))).toEqual([]);
  });

  it('records which of my extensions answered when several of mine rang', () => {
    const t = setup();
    const caller = t.ev.external();
    const soft = t.alice202();
    t.send(t.ev.dial(caller, t.alice201()), t.ev.dial(caller, soft), t.ev.link(caller, soft));
    expect(t.tracker.liveCalls()[0]).toMatchObject({
      state: 'answered',
      extension: '202',
      calleeName: 'Alice soft',
    });
  });

  it('ends an answered call when my phone hangs up, even without a linkEnd', () => {
    const t = setup();
    const caller = t.ev.external();
    const desk = t.alice201();
    t.send(t.ev.dial(caller, desk), t.ev.link(caller, desk));
    t.advance(30_000);
    const [ended] = t.send(t.ev.hangup(desk));
    expect(ended?.call).toMatchObject({ state: 'ended', talkMs: 30_000 });
  });

  it('is answered elsewhere, naming who, when the caller is linked to an extension that is not mine', () => {
    const t = setup();
    const caller = t.ev.external();
    const bob = t.bob();
    t.send(t.ev.dial(caller, t.alice201()), t.ev.dial(caller, bob));
    t.advance(8_000);
    const [ended] = t.send(t.ev.link(caller, bob));
    expect(ended?.change).toBe('ended');
    expect(ended?.call).toMatchObject({
      state: 'answered-elsewhere',
      answeredBy: { extension: '301', name: 'Bob', username: 'bob' },
      answeredAt: null,
      ringMs: 8_000,
      talkMs: null,
    });
    expect(t.tracker.liveCalls()).toEqual([]);
  });

  it('does not stay ringing when my ring-group phone stops because someone else answered', () => {
    const t = setup();
    const caller = t.ev.external();
    const desk = t.alice201();
    const bob = t.bob();
    t.send(t.ev.dial(caller, desk), t.ev.dial(caller, bob), t.ev.hangup(desk), t.ev.link(caller, bob));
    expect(t.tracker.liveCalls()).toEqual([]);
    expect(t.changes.at(-1)?.call.state).toBe('answered-elsewhere');
  });

  it('is missed when the caller is connected to no person (voicemail) instead of me', () => {
    const t = setup();
    const caller = t.ev.external();
    t.send(t.ev.dial(caller, t.alice201()));
    const [ended] = t.send(
      t.ev.link(caller, t.ev.bare({ callSegmentId: t.ev.id(), callerIdName: 'Voicemail' })),
    );
    expect(ended?.call.state).toBe('missed');
  });

  it('creates an answered record, and pops it, when I pick up a call that never rang me', () => {
    const t = setup();
    const caller = t.ev.external({ name: 'Picked up' });
    const bob = t.bob();
    t.send(t.ev.dial(caller, bob));
    expect(t.changes).toEqual([]);
    const [created] = t.send(t.ev.link(caller, t.alice201()));
    expect(created?.change).toBe('created');
    expect(created?.call).toMatchObject({ state: 'answered', extension: '201', ringMs: 0, pop: true });
    expect(created?.pop).not.toBeNull();
  });

  it('gives every call its own id', () => {
    const t = setup();
    t.send(t.ev.dial(t.ev.external(), t.alice201()), t.ev.dial(t.ev.external(), t.alice201()));
    const ids = t.tracker.liveCalls().map((c) => c.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });

  it('returns immutable records', () => {
    const t = setup();
    const [created] = t.send(t.ev.dial(t.ev.external(), t.alice201()));
    expect(Object.isFrozen(created?.call)).toBe(true);
    expect(Object.isFrozen(created)).toBe(true);
  });
});

describe('CallTracker: whose events count', () => {
  it('ignores dials, links, unlinks and hangups between other users', () => {
    const t = setup();
    const caller = t.ev.external();
    const bob = t.bob();
    const carol = t.carol();
    t.send(t.ev.dial(caller, bob), t.ev.dial(caller, carol), t.ev.link(caller, bob));
    t.send(t.ev.linkEnd(caller, bob), t.ev.hangup(bob), t.ev.hangup(caller));
    expect(t.changes).toEqual([]);
    expect(t.tracker.liveCalls()).toEqual([]);
  });

  it('answers every foreign or non-call event with the same empty list, allocating nothing', () => {
    const t = setup();
    const caller = t.ev.external();
    const bob = t.bob();
    const results = [
      t.tracker.handle(t.ev.dial(caller, bob)),
      t.tracker.handle(t.ev.link(caller, bob)),
      t.tracker.handle(t.ev.hangup(bob)),
      t.tracker.handle(t.ev.userStatus('alice', 'dnd')),
      t.tracker.handle(t.ev.other()),
    ];
    expect(results[0]).toEqual([]);
    expect(Object.isFrozen(results[0])).toBe(true);
    for (const r of results) expect(r).toBe(results[0]);
  });

  it('does not let other users’ calls change mine', () => {
    const t = setup();
    const mine = t.ev.external({ name: 'Mine' });
    const theirs = t.ev.external({ name: 'Theirs' });
    const bob = t.bob();
    t.send(
      t.ev.dial(mine, t.alice201()),
      t.ev.dial(theirs, bob),
      t.ev.link(theirs, bob),
      t.ev.hangup(theirs),
    );
    expect(t.tracker.liveCalls()).toMatchObject([{ callerName: 'Mine', state: 'ringing' }]);
  });

  it('recognises me by username alone, and by extension alone', () => {
    const t = setup();
    t.send(t.ev.dial(t.ev.external(), t.ev.phone({ username: 'alice', extension: '999' })));
    t.send(t.ev.dial(t.ev.external(), t.ev.phone({ username: null, extension: '202' })));
    t.send(t.ev.dial(t.ev.external(), t.ev.phone({ username: 'alicia', extension: '2010' })));
    expect(t.tracker.liveCalls().map((c) => c.extension)).toEqual(['999', '202']);
  });
});
