/**
 * Whatever order a messy PBX sends events in, the tracker keeps its promises: one pop per call at
 * most, a call is created once and ended once, the live table matches the changes and stays bounded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CallChange } from '../../../src-main/calls/types';
import type { IsymphonyEvent, Segment } from '../../../src-main/protocol/events';
import { setup } from './harness';

type Step =
  | { op: 'dial' | 'link' | 'linkEnd'; a: number; b: number }
  | { op: 'hangup'; a: number }
  | { op: 'wait'; ms: number }
  | { op: 'config'; dnd: boolean; popInternal: boolean }
  | { op: 'lost' }
  | { op: 'reconcile'; keep: number[] | null }
  | { op: 'sweep' };

const segmentIndex = fc.integer({ min: 0, max: 11 });
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constantFrom('dial', 'link', 'linkEnd'),
      a: segmentIndex,
      b: segmentIndex,
    }),
  },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('hangup'), a: segmentIndex }) },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('wait'), ms: fc.integer({ min: 0, max: 15 * 60_000 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('config'), dnd: fc.boolean(), popInternal: fc.boolean() }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('lost') }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('reconcile'),
      keep: fc.option(fc.array(segmentIndex), { nil: null }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('sweep') }) },
);

function run(steps: readonly Step[]) {
  const t = setup({ limits: { maxLiveCalls: 5 } });
  // A fixed pool of segments: external callers, my phones, colleagues' phones, and id-less ones.
  const pool: Segment[] = [
    t.ev.external({ number: '+15550001' }),
    t.ev.external({ number: '+15550002', name: 'Two' }),
    t.ev.external({ number: null }),
    { ...t.ev.external({ number: '+15550004' }), callSegmentId: null },
    t.alice201(),
    t.alice202(),
    t.alice201(),
    { ...t.alice202(), callSegmentId: null },
    t.bob(),
    t.carol(),
    t.bob(),
    t.ev.bare({ callSegmentId: t.ev.id() }),
  ];
  const all: CallChange[] = [];
  const seg = (i: number) => pool[i % pool.length]!;
  for (const s of steps) {
    let out: readonly CallChange[] = [];
    switch (s.op) {
      case 'dial':
      case 'link':
      case 'linkEnd': {
        const event: IsymphonyEvent = t.ev[s.op](seg(s.a), seg(s.b));
        out = t.tracker.handle(event);
        break;
      }
      case 'hangup':
        out = t.tracker.handle(t.ev.hangup(seg(s.a)));
        break;
      case 'wait':
        t.advance(s.ms);
        break;
      case 'config':
        t.tracker.setConfig({ dnd: s.dnd, popInternal: s.popInternal });
        break;
      case 'lost':
        out = t.tracker.connectionLost();
        break;
      case 'reconcile': {
        const ids = s.keep?.map((i) => seg(i).callSegmentId).filter((id): id is string => id !== null);
        out = t.tracker.reconcile(ids ? new Set(ids) : null);
        break;
      }
      case 'sweep':
        out = t.tracker.sweep();
        break;
    }
    all.push(...out);
    expect(t.tracker.liveCalls().length).toBeLessThanOrEqual(5);
  }
  return { t, all };
}

describe('CallTracker invariants under random event streams', () => {
  it('pops at most once per call, creates and ends each call once, and keeps the live table honest', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 80 }), (steps) => {
        const { t, all } = run(steps);
        const seen = new Map<string, CallChange[]>();
        for (const c of all) seen.set(c.call.id, [...(seen.get(c.call.id) ?? []), c]);
        for (const [id, changes] of seen) {
          expect(changes[0]?.change).toBe('created');
          expect(changes.filter((c) => c.change === 'created')).toHaveLength(1);
          expect(changes.filter((c) => c.pop !== null).length).toBeLessThanOrEqual(1);
          for (const c of changes) {
            if (c.pop) expect(c.pop.callId).toBe(id);
            if (c.pop) expect(c.change).toBe('created');
            const live = c.call.state === 'ringing' || c.call.state === 'answered';
            expect(live).toBe(c.change !== 'ended');
            expect(c.call.pop).toBe(c.call.popSuppressed === null);
            if (c.call.direction === 'outbound') expect(c.call.pop).toBe(false);
            expect(c.call.unknownReason !== null).toBe(c.call.state === 'unknown');
            for (const ms of [c.call.ringMs, c.call.talkMs])
              if (ms !== null) expect(ms).toBeGreaterThanOrEqual(0);
          }
          const ends = changes.filter((c) => c.change === 'ended');
          expect(ends.length).toBeLessThanOrEqual(1);
          if (ends.length === 1) expect(changes.at(-1)?.change).toBe('ended');
        }
        const open = [...seen].filter(([, changes]) => changes.at(-1)?.change !== 'ended').map(([id]) => id);
        expect(
          t.tracker
            .liveCalls()
            .map((c) => c.id)
            .sort(),
        ).toEqual(open.sort());
        // However it got here, a sweep far in the future leaves nothing live.
        t.tracker.sweep(t.now() + 24 * 60 * 60_000);
        expect(t.tracker.liveCalls()).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
