import { describe, expect, it } from 'vitest';
import { pagesFor, visibleRange } from '../../../src-renderer/src/lib/virtual-range';

describe('visibleRange', () => {
  it('covers the rows in view plus the overscan after them at the top', () => {
    expect(visibleRange(0, 400, 40, 1000, 5)).toEqual({ start: 0, end: 16 });
  });

  it('adds the overscan on both sides when scrolled into the middle', () => {
    const range = visibleRange(4000, 400, 40, 1000, 5);
    expect(range.start).toBe(95);
    expect(range.end).toBe(116);
  });

  it('never runs past the last row', () => {
    // 1000 rows of 40 px in a 400 px viewport scroll to at most 39,600 px.
    expect(visibleRange(39_600, 400, 40, 1000, 5)).toEqual({ start: 985, end: 1000 });
  });

  it('keeps the window size bounded however long the list is', () => {
    const range = visibleRange(40 * 25_000, 800, 40, 50_000, 8);
    expect(range.end - range.start).toBeLessThanOrEqual(800 / 40 + 1 + 16);
  });

  it('is empty for an empty list', () => {
    expect(visibleRange(0, 400, 40, 0, 5)).toEqual({ start: 0, end: 0 });
  });

  it('clamps a scroll position beyond the end to the last rows', () => {
    const range = visibleRange(1e9, 400, 40, 10, 2);
    expect(range.start).toBeLessThanOrEqual(9);
    expect(range.end).toBe(10);
  });
});

describe('pagesFor', () => {
  it('lists every page offset the range touches', () => {
    expect(pagesFor({ start: 95, end: 205 }, 100)).toEqual([0, 100, 200]);
    expect(pagesFor({ start: 100, end: 200 }, 100)).toEqual([100]);
  });

  it('lists none for an empty range', () => {
    expect(pagesFor({ start: 0, end: 0 }, 100)).toEqual([]);
  });
});
