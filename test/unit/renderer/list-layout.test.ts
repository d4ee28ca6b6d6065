import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayLayout } from '../../../src-renderer/src/lib/list-layout';
import { layoutRange } from '../../../src-renderer/src/lib/virtual-range';

const ROW = 56;
const DAY = 32;

describe('dayLayout', () => {
  it('puts a heading before each day and the rows under it', () => {
    const layout = dayLayout(
      [
        { start: 300, count: 2 },
        { start: 200, count: 1 },
      ],
      3,
      ROW,
      DAY,
    );
    expect(layout.count).toBe(5);
    expect(layout.height).toBe(2 * DAY + 3 * ROW);
    expect([0, 1, 2, 3, 4].map((i) => layout.itemAt(i))).toEqual([
      { kind: 'day', start: 300 },
      { kind: 'row', index: 0 },
      { kind: 'row', index: 1 },
      { kind: 'day', start: 200 },
      { kind: 'row', index: 2 },
    ]);
    expect([0, 1, 2, 3, 4].map((i) => layout.topOf(i))).toEqual([
      0,
      DAY,
      DAY + ROW,
      DAY + 2 * ROW,
      2 * DAY + 2 * ROW,
    ]);
    expect([0, 1, 2].map((r) => layout.itemOfRow(r))).toEqual([1, 2, 4]);
    expect(layout.itemAtOffset(0)).toBe(0);
    expect(layout.itemAtOffset(DAY)).toBe(1);
    expect(layout.itemAtOffset(DAY + 2 * ROW + 5)).toBe(3);
    expect(layout.itemAtOffset(10_000)).toBe(4);
  });

  it('lists rows the days do not cover after them, without a heading', () => {
    const layout = dayLayout([{ start: 1, count: 1 }], 3, ROW, DAY);
    expect(layout.count).toBe(4);
    expect(layout.itemAt(2)).toEqual({ kind: 'row', index: 1 });
    expect(layout.topOf(3)).toBe(DAY + 2 * ROW);
    expect(dayLayout([], 2, ROW, DAY).height).toBe(2 * ROW);
    expect(dayLayout([], 2, ROW, DAY).itemAt(0)).toEqual({ kind: 'row', index: 0 });
  });

  it('places every item right after the one before it, and finds each by its offset', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 30 }),
        fc.nat(40),
        (counts, extra) => {
          const days = counts.map((count, i) => ({ start: 1_000 - i, count }));
          const total = counts.reduce((a, b) => a + b, 0) + extra;
          const layout = dayLayout(days, total, ROW, DAY);
          let y = 0;
          let rows = 0;
          for (let i = 0; i < layout.count; i++) {
            expect(layout.topOf(i)).toBe(y);
            expect(layout.itemAtOffset(y)).toBe(i);
            expect(layout.itemAtOffset(y + layout.heightOf(i) - 1)).toBe(i);
            const item = layout.itemAt(i);
            if (item.kind === 'row') {
              expect(item.index).toBe(rows);
              expect(layout.itemOfRow(rows)).toBe(i);
              rows++;
            }
            y += layout.heightOf(i);
          }
          expect(rows).toBe(total);
          expect(layout.height).toBe(y);
        },
      ),
    );
  });

  it('gives a bounded range of items however long the list', () => {
    const layout = dayLayout(
      Array.from({ length: 500 }, (_, i) => ({ start: -i, count: 100 })),
      50_000,
      ROW,
      DAY,
    );
    const range = layoutRange(layout, layout.height / 2, 600, 6);
    expect(range.end - range.start).toBeLessThan(30);
    expect(layoutRange(layout, layout.height, 600, 6).end).toBe(layout.count);
  });
});
