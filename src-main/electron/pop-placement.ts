/**
 * Where the pop window goes: the display under the pointer (or the chosen one), in the chosen
 * corner of its work area, tall enough for the cards showing (at most 3). Pure arithmetic.
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

/** Exactly what the pop page lays out: padding, the bar when several calls pop, the cards and the gaps. */
export function popWindowHeight(cards: number, layout: PopLayout = POP_LAYOUT): number {
  const n = Math.max(1, Math.min(layout.maxCards, Math.floor(cards)));
  const bar = n > 1 ? layout.barHeight + layout.gap : 0;
  return layout.padding * 2 + bar + n * layout.cardHeight + (n - 1) * layout.gap;
}

export type PopCorner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

/**
 * In the chosen corner of the work area (bottom-right unless told), never outside it (a small
 * screen gets a smaller window). A window in a top corner grows downwards, in a bottom one upwards.
 */
export function popWindowBounds(
  workArea: Rect,
  cards: number,
  layout: PopLayout = POP_LAYOUT,
  corner: PopCorner = 'bottom-right',
): Rect {
  const width = Math.min(layout.width, Math.max(1, workArea.width - 2 * layout.margin));
  const height = Math.min(popWindowHeight(cards, layout), Math.max(1, workArea.height - 2 * layout.margin));
  const left = corner.endsWith('left');
  const top = corner.startsWith('top');
  return {
    x: Math.round(left ? workArea.x + layout.margin : workArea.x + workArea.width - layout.margin - width),
    y: Math.round(top ? workArea.y + layout.margin : workArea.y + workArea.height - layout.margin - height),
    width: Math.round(width),
    height: Math.round(height),
  };
}
