/** Which rows of a fixed-row-height list are in view, plus a few either side so scrolling never shows a gap. */
export interface RowRange {
  /** First row index to render. */
  readonly start: number;
  /** One past the last row index to render. */
  readonly end: number;
}

export function visibleRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan: number,
): RowRange {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const inView = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(count - 1, first - overscan));
  const end = Math.min(count, first + inView + overscan);
  return { start, end: Math.max(start, end) };
}

/** The page offsets (multiples of pageSize) a row range touches. */
export function pagesFor(range: RowRange, pageSize: number): number[] {
  if (range.end <= range.start) return [];
  const pages: number[] = [];
  for (let offset = Math.floor(range.start / pageSize) * pageSize; offset < range.end; offset += pageSize) {
    pages.push(offset);
  }
  return pages;
}

/** Which items of a laid-out list (rows and headings of two heights) are in view, plus the overscan. */
export function layoutRange(
  layout: { readonly count: number; itemAtOffset(offset: number): number },
  scrollTop: number,
  viewportHeight: number,
  overscan: number,
): RowRange {
  if (layout.count <= 0) return { start: 0, end: 0 };
  const first = layout.itemAtOffset(Math.max(0, scrollTop));
  const last = layout.itemAtOffset(Math.max(0, scrollTop) + Math.max(0, viewportHeight));
  const start = Math.max(0, first - overscan);
  const end = Math.min(layout.count, last + 1 + overscan);
  return { start, end: Math.max(start, end) };
}
