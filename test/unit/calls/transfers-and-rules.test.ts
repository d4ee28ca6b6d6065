import { describe, expect, it } from 'vitest';
import { setup } from './harness';

describe('CallTracker: transfers', () => {
  it('pops a call transferred to me and says who transferred it', () => {
    const t = setup();
    const caller = t.ev.external({ name: 'Transferred' });
    const bob = t.bob();
    t.send(t.ev.dial(caller, bob), t.ev.link(caller, bob));
    t.advance(40_000);
    t.send(t.ev.linkEnd(caller, bob));
    const [created] = t.send(t.ev.dial(caller, t.alice201()));
    expect(created?.change).toBe('created');
    expect(created?.pop).not.toBeNull();
    expect(created?.call).toMatchObject({
      state: 'ringing',
      callerName: 'Transferred',
      transferredFrom: { extension: '301', name: 'Bob', username: 'bob' },
    });
  });

  it('pops again for me when a ring-group call answered elsewhere is then transferred to me', () => {
    const t = setup();
    const caller = t.ev.external();
    const bob = t.bob();
    t.send(t.ev.dial(caller, t.alice201()), t.ev.dial(caller, bob), t.ev.link(caller, bob));
    t.send(t.ev.linkEnd(caller, bob), t.ev.dial(caller, t.alice201()));
    const records = t.changes.filter((c) => c.change === 'created').map((c) => c.call);
    expect(records).toHaveLength(2);
    expect(records[0]?.id).not.toBe(records[1]?.id);
    expect(t.pops()).toHaveLength(2);
    expect(t.tracker.liveCalls()[0]?.transferredFrom?.username).toBe('bob');
  });

  it('notes the transferrer when an attended transfer links the caller straight to me', () => {
    const t = setup();
    const caller = t.ev.external();
    const bob = t.bob();
    t.send(t.ev.dial(caller, bob), t.ev.link(caller, bob), t.ev.linkEnd(caller, bob));
    const [created] = t.send(t.ev.link(caller, t.alice201()));
    expect(created?.call).toMatchObject({
      state: 'answered',
      transferredFrom: { username: 'bob' },
      pop: true,
    });
  });

  it('does not call it a transfer when the earlier link was long ago', () => {
    const t = setup();
    const caller = t.ev.external();
    const bob = t.bob();
    t.send(t.ev.dial(caller, bob), t.ev.link(caller, bob), t.ev.linkEnd(caller, bob));
    t.advance(5 * 60_000);
    const [created] = t.send(t.ev.dial(caller, t.alice201()));
    expect(created?.call.transferredFrom).toBeNull();
  });

  it('does not call a queue or IVR hand-off a transfer', () => {
    const t = setup();
    const caller = t.ev.external();
    const ivr = t.ev.bare({ callSegmentId: t.ev.id(), callerIdName: 'IVR' });
    t.send(t.ev.link(caller, ivr), t.ev.linkEnd(caller, ivr));
    const [created] = t.send(t.ev.dial(caller, t.alice201()));
    expect(created?.call.transferredFrom).toBeNull();
  });

  it('ends my record when I transfer the call away, and ignores its new ringing', () => {
    const t = setup();
    const caller = t.ev.external();
    const desk = t.alice201();
    t.send(t.ev.dial(caller, desk), t.ev.link(caller, desk));
    t.advance(10_000);
    const [ended] = t.send(t.ev.linkEnd(caller, desk));
    expect(ended?.call).toMatchObject({ state: 'ended', talkMs: 10_000 });
    const bob = t.bob();
    expect(t.send(t.ev.dial(caller, bob), t.ev.link(caller, bob), t.ev.hangup(caller))).toEqual([]);
  });
});

describe('CallTracker: outbound calls', () => {
  it('records a call I place, never pops it, and follows it to its end', () => {
    const t = setup();
    const desk = t.ev.phone({ username: 'alice', extension: '201', name: 'Alice desk' });
    const remote = { ...t.ev.external({ number: null, did: null }), callerIdName: 'Acme Ltd' };
    const dialling = { ...desk, did: '+441632960999' };
    const [created] = t.send(t.ev.dial(dialling, remote));
    expect(created?.pop).toBeNull();
    expect(created?.call).toMatchObject({
      direction: 'outbound',
      state: 'ringing',
      internal: false,
      extension: '201',
      callerName: 'Alice desk',
      calleeName: 'Acme Ltd',
      calleeNumber: '+441632960999',
      did: null,
      pop: false,
      popSuppressed: 'outbound',
    });
    t.advance(4_000);
    t.send(t.ev.link(dialling, remote));
    t.advance(90_000);
    const [ended] = t.send(t.ev.hangup(dialling));
    expect(ended?.call).toMatchObject({ state: 'ended', ringMs: 4_000, talkMs: 90_000 });
    expect(t.pops()).toEqual([]);
  });

  it('ends an unanswered outbound call as ended, not missed', () => {
    const t = setup();
    const desk = t.alice201();
    t.send(t.ev.dial(desk, t.ev.external()));
    t.advance(30_000);
    const [ended] = t.send(t.ev.hangup(desk));
    expect(ended?.call).toMatchObject({
      direction: 'outbound',
      state: 'ended',
      answeredAt: null,
      ringMs: 30_000,
    });
  });

  it('marks an outbound call to a colleague internal', () => {
    const t = setup();
    const [created] = t.send(t.ev.dial(t.alice201(), t.bob()));
    expect(created?.call).toMatchObject({ direction: 'outbound', internal: true, calleeName: 'Bob' });
  });
});

describe('CallTracker: pop rules', () => {
  it('records an internal call without popping it while popInternal is off', () => {
    const t = setup({ popInternal: false });
    const [created] = t.send(t.ev.dial(t.bob(), t.alice201()));
    expect(created?.pop).toBeNull();
    expect(created?.call).toMatchObject({
      internal: true,
      did: null,
      callerName: 'Bob',
      pop: false,
      popSuppressed: 'internal',
    });
  });

  it('pops an internal call when popInternal is on', () => {
    const t = setup({ popInternal: true });
    const [created] = t.send(t.ev.dial(t.bob(), t.alice201()));
    expect(created?.pop).not.toBeNull();
    expect(created?.call).toMatchObject({ internal: true, pop: true, popSuppressed: null });
  });

  it('records calls under do-not-disturb without popping them', () => {
    const t = setup({ dnd: true });
    const caller = t.ev.external();
    const desk = t.alice201();
    t.send(t.ev.dial(caller, desk), t.ev.link(caller, desk), t.ev.linkEnd(caller, desk));
    expect(t.pops()).toEqual([]);
    expect(t.changes.map((c) => c.change)).toEqual(['created', 'updated', 'ended']);
    expect(t.changes[0]?.call.popSuppressed).toBe('dnd');
  });

  it('gives the lasting reason, not dnd, for an internal call under dnd', () => {
    const t = setup({ dnd: true });
    const [created] = t.send(t.ev.dial(t.bob(), t.alice201()));
    expect(created?.call.popSuppressed).toBe('internal');
  });
});

describe('CallTracker: configuration at runtime', () => {
  it('follows a change of extensions and username', () => {
    const t = setup();
    t.tracker.setConfig({ extensions: ['777'] });
    t.send(t.ev.dial(t.ev.external(), t.ev.phone({ username: null, extension: '201' })));
    expect(t.tracker.liveCalls()).toEqual([]);
    t.send(t.ev.dial(t.ev.external(), t.ev.phone({ username: null, extension: '777' })));
    expect(t.tracker.liveCalls().map((c) => c.extension)).toEqual(['777']);
    t.tracker.setConfig({ username: 'bob' });
    t.send(t.ev.dial(t.ev.external(), t.bob()));
    t.send(t.ev.dial(t.ev.external(), t.ev.phone({ username: 'alice', extension: '555' })));
    expect(t.tracker.liveCalls().map((c) => c.extension)).toEqual(['777', '301']);
  });

  it('applies dnd and popInternal to calls that start after the change, not to live ones', () => {
    const t = setup();
    const first = t.ev.external();
    t.send(t.ev.dial(first, t.alice201()));
    t.tracker.setConfig({ dnd: true });
    t.send(t.ev.dial(t.ev.external(), t.alice201()));
    t.send(t.ev.dial(first, t.alice202()));
    t.tracker.setConfig({ dnd: false, popInternal: true });
    t.send(t.ev.dial(t.bob(), t.alice201()));
    expect(t.tracker.liveCalls().map((c) => c.popSuppressed)).toEqual([null, 'dnd', null]);
    expect(t.pops()).toHaveLength(2);
  });

  it('stops recognising me once I sign out (no username, no extensions)', () => {
    const t = setup();
    t.tracker.setConfig({ username: null, extensions: [] });
    t.send(t.ev.dial(t.ev.external(), t.alice201()));
    expect(t.tracker.liveCalls()).toEqual([]);
  });
});

describe('CallTracker: events with missing fields', () => {
  it('follows a call whose segments have no ids by its caller number', () => {
    const t = setup();
    const caller = { ...t.ev.external({ number: '+441632960555' }), callSegmentId: null };
    const desk = { ...t.alice201(), callSegmentId: null };
    t.send(t.ev.dial(caller, desk), t.ev.dial(caller, { ...t.alice202(), callSegmentId: null }));
    expect(t.pops()).toHaveLength(1);
    t.advance(3_000);
    const [answered] = t.send(t.ev.link(caller, desk));
    expect(answered?.call).toMatchObject({ state: 'answered', ringMs: 3_000 });
    const [ended] = t.send(t.ev.hangup(desk));
    expect(ended?.call.state).toBe('ended');
    expect(t.tracker.liveCalls()).toEqual([]);
  });

  it('marks an id-less call missed when the caller with that number hangs up', () => {
    const t = setup();
    const caller = { ...t.ev.external({ number: '+441632960556' }), callSegmentId: null };
    t.send(t.ev.dial(caller, { ...t.alice201(), callSegmentId: null }));
    const [ended] = t.send(t.ev.hangup(caller));
    expect(ended?.call.state).toBe('missed');
  });

  it('treats two id-less calls from one number far apart as two calls', () => {
    const t = setup();
    const caller = { ...t.ev.external({ number: '+441632960557' }), callSegmentId: null };
    t.send(t.ev.dial(caller, t.alice201()));
    t.advance(2 * 60_000);
    t.send(t.ev.dial(caller, t.alice201()));
    expect(t.tracker.liveCalls()).toHaveLength(2);
  });

  it('shows a call whose caller ID is all null, and ignores events with nothing to match', () => {
    const t = setup();
    const [created] = t.send(t.ev.dial(t.ev.bare({ callSegmentId: t.ev.id() }), t.alice201()));
    expect(created?.call).toMatchObject({ callerName: null, callerNumber: null, internal: false, did: null });
    const nothing = t.ev.bare();
    expect(t.send(t.ev.dial(nothing, nothing), t.ev.link(nothing, nothing))).toEqual([]);
    expect(t.send(t.ev.linkEnd(nothing, nothing), t.ev.hangup(nothing))).toEqual([]);
    expect(t.tracker.liveCalls()).toHaveLength(1);
  });

  it('fills in a caller name that a first dial left empty', () => {
    const t = setup();
    const caller = t.ev.external({ name: null });
    t.send(t.ev.dial(caller, t.alice201()));
    const [updated] = t.send(t.ev.dial({ ...caller, callerIdName: 'Late Name' }, t.alice202()));
    expect(updated?.change).toBe('updated');
    expect(updated?.call.callerName).toBe('Late Name');
    expect(t.pops()).toHaveLength(1);
  });
});
