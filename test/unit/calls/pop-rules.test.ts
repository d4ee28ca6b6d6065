import { describe, expect, it } from 'vitest';
import { decidePop, type PopInput } from '../../../src-main/calls/pop-rules';
import { RecentSegments } from '../../../src-main/calls/recent-segments';

const inbound: PopInput = {
  direction: 'inbound',
  internal: false,
  alreadyPopped: false,
  popInternal: false,
  dnd: false,
};

describe('decidePop', () => {
  it('pops an external inbound call', () => {
    expect(decidePop(inbound)).toEqual({ pop: true, popSuppressed: null });
  });

  it('never pops an outbound call, whatever the settings', () => {
    expect(decidePop({ ...inbound, direction: 'outbound', popInternal: true })).toEqual({
      pop: false,
      popSuppressed: 'outbound',
    });
  });

  it('pops internal calls only when asked to', () => {
    expect(decidePop({ ...inbound, internal: true }).popSuppressed).toBe('internal');
    expect(decidePop({ ...inbound, internal: true, popInternal: true }).pop).toBe(true);
  });

  it('holds pops back under do-not-disturb', () => {
    expect(decidePop({ ...inbound, dnd: true })).toEqual({ pop: false, popSuppressed: 'dnd' });
  });

  it('does not pop the same caller segment twice', () => {
    expect(decidePop({ ...inbound, alreadyPopped: true }).popSuppressed).toBe('already-popped');
  });
});

describe('RecentSegments', () => {
  it('finds the newest value for a segment within the window', () => {
    const recent = new RecentSegments<string>(4);
    recent.remember('a', 'first', 0);
    recent.remember('a', 'second', 10);
    expect(recent.find('a', 15, 100)).toBe('second');
    expect(recent.find('a', 200, 100)).toBeUndefined();
    expect(recent.find('b', 15, 100)).toBeUndefined();
  });

  it('holds only its fixed number of entries', () => {
    const recent = new RecentSegments<number>(3);
    for (let i = 0; i < 10; i++) recent.remember(`s${i}`, i, i);
    expect(recent.find('s6', 10, 100)).toBeUndefined();
    expect([7, 8, 9].map((i) => recent.find(`s${i}`, 10, 100))).toEqual([7, 8, 9]);
  });
});
