/**
 * Where the items of a virtualised list sit: call rows of one height, grouped under day headings
 * of another. Main sends the day groups of the whole answer (`HistoryPage.days`), so every item's
 * place is known without the calls themselves; lookups are binary searches over the groups.
 */
import type { HistoryDay } from '../../../src-main/ipc/contract';

export type ListItem =
  { readonly kind: 'day'; readonly start: number } | { readonly kind: 'row'; readonly index: number };

export interface ListLayout {
  /** Items: headings and rows. */
  readonly count: number;
  readonly height: number;
  itemAt(item: number): ListItem;
  topOf(item: number): number;
  heightOf(item: number): number;
  /** The item at a distance from the top (clamped to the list). */
  itemAtOffset(offset: number): number;
  /** The item showing row `index`. */
  itemOfRow(index: number): number;
}

interface Group {
  readonly start: number;
  /** The group's heading item, its top, its first row, and its rows. */
  readonly item: number;
  readonly top: number;
  readonly row: number;
  readonly count: number;
}

/** The last group whose `key` is at most `value` (groups are sorted by every key). */
function groupAt(groups: readonly Group[], key: (g: Group) => number, value: number): Group {
  let lo = 0;
  let hi = groups.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (key(groups[mid]!) <= value) lo = mid;
    else hi = mid - 1;
  }
  return groups[lo]!;
}

/**
 * `total` rows under the day headings of `days` (newest first). Without days (or when they do not
 * cover every row) the rows not covered follow in a group with no heading.
 */
export function dayLayout(
  days: readonly HistoryDay[],
  total: number,
  rowHeight: number,
  headingHeight: number,
): ListLayout {
  const groups: Group[] = [];
  let item = 0;
  let top = 0;
  let row = 0;
  for (const day of days) {
    const count = Math.min(day.count, total - row);
    if (count <= 0) break;
    groups.push({ start: day.start, item, top, row, count });
    item += count + 1;
    top += headingHeight + count * rowHeight;
    row += count;
  }
  // Rows past the days main gave (none, normally): a group without a heading (its heading takes no room).
  const headless = total - row;
  if (headless > 0)
    groups.push({ start: Number.NaN, item: item - 1, top: top - headingHeight, row, count: headless });
  const count = headless > 0 ? item + headless : item;
  const height = top + (headless > 0 ? headless * rowHeight : 0);
  const headed = (g: Group): boolean => !Number.isNaN(g.start);

  return {
    count,
    height,
    itemAt(i) {
      const g = groupAt(groups, (x) => x.item + (headed(x) ? 0 : 1), i);
      if (i === g.item && headed(g)) return { kind: 'day', start: g.start };
      return { kind: 'row', index: g.row + (i - g.item - 1) };
    },
    topOf(i) {
      const g = groupAt(groups, (x) => x.item + (headed(x) ? 0 : 1), i);
      if (i === g.item) return g.top;
      return g.top + headingHeight + (i - g.item - 1) * rowHeight;
    },
    heightOf(i) {
      return this.itemAt(i).kind === 'day' ? headingHeight : rowHeight;
    },
    itemAtOffset(offset) {
      if (groups.length === 0) return 0;
      const at = Math.max(0, Math.min(offset, height - 1));
      const g = groupAt(groups, (x) => x.top + (headed(x) ? 0 : headingHeight), at);
      const inside = at - g.top - headingHeight;
      if (inside < 0) return g.item;
      return g.item + 1 + Math.min(g.count - 1, Math.floor(inside / rowHeight));
    },
    itemOfRow(index) {
      if (groups.length === 0) return 0;
      const g = groupAt(groups, (x) => x.row, index);
      return g.item + 1 + (index - g.row);
    },
  };
}
