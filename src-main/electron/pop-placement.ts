/**
 * Where the pop window goes: the display under the pointer (or the chosen one), in the chosen
 * corner of its work area, tall enough for the cards showing (at most 3, and only whole ones), at
 * the user's text size. Pure arithmetic.
 */
import { POP_LAYOUT, type PopLayout } from '../ipc/pop-layout';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface DisplayLike {
  readonly id: number;
  readonly workArea: Rect;
}

export { POP_LAYOUT, type PopLayout };

/** The chosen display when it still exists, else the one nearest the pointer. */
export function chooseDisplay<D extends DisplayLike>(
  preference: 'cursor' | number,
  displays: readonly D[],
  nearestToCursor: () => D,
): D {
  if (preference !== 'cursor') {
    const chosen = displays.find((d) => d.id === preference);
    if (chosen) return chosen;
  }
  return nearestToCursor();
}

/**
 * Exactly what the pop page lays out: padding, the bar when several calls pop, the cards and the
 * gaps; with `room`, only as many whole cards as fit in it (the bar stays: the page shows it).
 */
export function popWindowHeight(cards: number, layout: PopLayout = POP_LAYOUT, room = Infinity): number {
  const n = Math.max(1, Math.min(layout.maxCards, Math.floor(cards)));
  const bar = n > 1 ? layout.barHeight + layout.gap : 0;
  const holding = (shown: number) =>
    layout.padding * 2 + bar + shown * layout.cardHeight + (shown - 1) * layout.gap;
  let shown = n;
  while (shown > 1 && holding(shown) > room) shown -= 1;
  return holding(shown);
}

/**
 * The window's layout at a zoom factor (the text size): the page keeps laying its cards out at
 * POP_LAYOUT in CSS pixels and main zooms it, so every length on screen grows by the factor; only
 * the distance from the screen's edges stays.
 */
export function popLayoutAt(factor: number, layout: PopLayout = POP_LAYOUT): PopLayout {
  if (factor === 1) return layout;
  return {
    ...layout,
    width: layout.width * factor,
    cardHeight: layout.cardHeight * factor,
    barHeight: layout.barHeight * factor,
    gap: layout.gap * factor,
    padding: layout.padding * factor,
  };
}

export type PopCorner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

/**
 * In the chosen corner of the work area (bottom-right unless told), never outside it. When the
 * cards do not all fit (a small screen, a large text size) the window holds as many whole cards as
 * fit and the page scrolls the rest, so no card is cut in half at the window's edge. A window in a
 * top corner grows downwards, in a bottom one upwards.
 */
export function popWindowBounds(
  workArea: Rect,
  cards: number,
  layout: PopLayout = POP_LAYOUT,
  corner: PopCorner = 'bottom-right',
): Rect {
  const width = Math.min(layout.width, Math.max(1, workArea.width - 2 * layout.margin));
  const room = Math.max(1, workArea.height - 2 * layout.margin);
  const height = Math.min(popWindowHeight(cards, layout, room), room);
  const left = corner.endsWith('left');
  const top = corner.startsWith('top');
  return {
    x: Math.round(left ? workArea.x + layout.margin : workArea.x + workArea.width - layout.margin - width),
    y: Math.round(top ? workArea.y + layout.margin : workArea.y + workArea.height - layout.margin - height),
    width: Math.round(width),
    height: Math.round(height),
  };
}
