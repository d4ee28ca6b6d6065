import { describe, expect, it } from 'vitest';
import {
  planRing,
  RING_LIMIT_MS,
  RING_REPEAT_MS,
  type RingInput,
  type RingMemory,
} from '../../../src-main/app/ring-plan';
import { Ringer } from '../../../src-main/app/ringer';
import type { QuietHours } from '../../../src-main/app/ports';
import { silentLogger } from '../../../src-main/common/log';
import { FakeClock } from '../session/support/fake-clock';

const T0 = 1_700_000_000_000;
const ON = { ringSound: 'chime', ringVolume: 60 } as const;

function input(over: Partial<RingInput> = {}): RingInput {
  return { ringing: ['a'], sound: 'chime', volume: 60, osQuiet: false, now: T0, ...over };
}

/** Runs the plan from `memory` over the given times, as the Ringer would at each state snapshot. */
function playsAt(times: readonly number[], ringing: readonly string[] = ['a']): (number | null)[] {
  let memory: RingMemory | null = null;
  return times.map((now) => {
    const step = planRing(memory, input({ ringing, now }));
    memory = step.memory;
    return step.view?.plays ?? null;
  });
}

describe('the ring plan', () => {
  it('rings when a popped call rings, with the chosen sound and volume, and says when to play again', () => {
    const step = planRing(null, input());
    expect(step.view).toEqual({ sound: 'chime', volume: 60, since: T0, plays: 1 });
    expect(step.nextAt).toBe(T0 + RING_REPEAT_MS);
    expect(step.memory).toEqual({ since: T0, calls: ['a'] });
  });

  it('plays again every repeat interval while the call rings, the same answer for the same time', () => {
    const R = RING_REPEAT_MS;
    expect(playsAt([T0, T0 + 1, T0 + R - 1, T0 + R, T0 + R, T0 + 2 * R + 5])).toEqual([1, 1, 1, 2, 2, 3]);
  });

  it('falls silent at the limit however long the call rings, and the same call does not start it again', () => {
    const last = T0 + RING_LIMIT_MS - 1;
    const [, before, at, after] = playsAt([
      T0,
      last,
      T0 + RING_LIMIT_MS,
      T0 + RING_LIMIT_MS + 10 * RING_REPEAT_MS,
    ]);
    expect(before).toBe(Math.floor((RING_LIMIT_MS - 1) / RING_REPEAT_MS) + 1);
    expect(at).toBeNull();
    expect(after).toBeNull();
    // The last play is followed by the limit, not another play.
    const step = planRing({ since: T0, calls: ['a'] }, input({ now: last }));
    expect(step.nextAt).toBe(T0 + RING_LIMIT_MS);
    expect(planRing({ since: T0, calls: ['a'] }, input({ now: T0 + RING_LIMIT_MS })).nextAt).toBeNull();
  });

  it('starts again for a new call, and keeps going while one of the calls still rings', () => {
    let memory: RingMemory | null = planRing(null, input()).memory;
    const second = planRing(memory, input({ ringing: ['b', 'a'], now: T0 + 5_000 }));
    expect(second.view).toMatchObject({ since: T0 + 5_000, plays: 1 });
    memory = second.memory;
    // "b" was answered: "a" still rings, the same ring goes on.
    const on = planRing(memory, input({ ringing: ['a'], now: T0 + 5_000 + RING_REPEAT_MS }));
    expect(on.view).toMatchObject({ since: T0 + 5_000, plays: 2 });
  });

  it('is silent with nothing ringing (answered, dismissed, ended), with the sound off, or in the OS do-not-disturb', () => {
    const ringing = planRing(null, input()).memory;
    for (const change of [{ ringing: [] }, { sound: 'off' as const }, { osQuiet: true }]) {
      const step = planRing(ringing, input({ ...change, now: T0 + 100 }));
      expect(step).toEqual({ memory: null, view: null, nextAt: null });
    }
  });

  it('keeps the volume within 0–100', () => {
    expect(planRing(null, input({ volume: 140 })).view?.volume).toBe(100);
    expect(planRing(null, input({ volume: -3 })).view?.volume).toBe(0);
  });
});

function ringer(quiet?: QuietHours) {
  const clock = new FakeClock(T0);
  let pushes = 0;
  const r = new Ringer({ clock, quiet, changed: () => void pushes++, logger: silentLogger });
  return { clock, ringer: r, pushes: () => pushes };
}

describe('the Ringer on a fake clock', () => {
  it('asks for a push at each repeat and leaves no timer once the call stops ringing', () => {
    const { clock, ringer: r, pushes } = ringer();
    expect(r.view(['a'], ON)?.plays).toBe(1);
    expect(clock.pending).toBe(1);
    clock.advance(RING_REPEAT_MS);
    expect(pushes()).toBe(1);
    expect(r.view(['a'], ON)?.plays).toBe(2);
    expect(r.view([], ON)).toBeNull();
    expect(clock.pending).toBe(0);
  });

  it('stops at the limit and then has nothing left to do', () => {
    const { clock, ringer: r } = ringer();
    r.view(['a'], ON);
    for (let t = 0; t < RING_LIMIT_MS; t += RING_REPEAT_MS) {
      clock.advance(RING_REPEAT_MS);
      r.view(['a'], ON);
    }
    expect(r.view(['a'], ON)).toBeNull();
    expect(clock.pending).toBe(0);
  });

  it('reads the OS do-not-disturb before a ring starts: quiet keeps it silent, not quiet lets it ring', async () => {
    let reading: 'quiet' | 'not-quiet' = 'quiet';
    let reads = 0;
    const quiet: QuietHours = {
      read: async () => {
        reads++;
        return reading;
      },
    };
    const { clock, ringer: r, pushes } = ringer(quiet);
    expect(r.view(['a'], ON)).toBeNull();
    expect(r.view(['a'], ON)).toBeNull();
    await expect.poll(() => pushes()).toBe(1);
    expect(reads).toBe(1);
    expect(r.view(['a'], ON)).toBeNull();
    expect(clock.pending).toBe(0);
    // A later call, after the reading went stale: read again; the OS is no longer quiet.
    reading = 'not-quiet';
    clock.advance(60_000);
    expect(r.view(['b'], ON)).toBeNull();
    await expect.poll(() => pushes()).toBe(2);
    expect(r.view(['b'], ON)).toMatchObject({ plays: 1 });
    expect(reads).toBe(2);
  });

  it('does not read the OS at all while the sound is off', () => {
    let reads = 0;
    const { ringer: r } = ringer({
      read: async () => {
        reads++;
        return 'quiet';
      },
    });
    expect(r.view(['a'], { ringSound: 'off', ringVolume: 60 })).toBeNull();
    expect(reads).toBe(0);
  });
});
