/**
 * Finds text a person cannot read whole: text cut off by a box that hides its overflow (its
 * scrollWidth/scrollHeight beyond its client size, or its words outside a clipping ancestor), text
 * beyond the window's sides, a page that scrolls sideways, and text drawn over other text. Runs
 * inside the page (page.evaluate), so it is one self-contained function with no imports. Used by
 * the pseudo-locale test and the 200 % test.
 *
 * What it leaves alone, on purpose:
 * - text the design shortens on purpose: cut with an ellipsis (`text-overflow: ellipsis`, or a
 *   line clamp) where the element or an ancestor has a title carrying the whole text (a caller ID
 *   can be 200 characters; the tooltip and screen readers have all of it);
 * - `.visually-hidden`: text for screen readers only, clipped to one pixel by design;
 * - text inside a box that scrolls (overflow auto/scroll) and below the window's bottom edge (the
 *   page scrolls): it can be scrolled to; beyond the left or right edge it cannot. Overlaps are
 *   measured on what shows of each text inside its scrolling and clipping boxes;
 * - the text of form fields (values, placeholders) and of <select> options: not text nodes;
 * - popups (dialogs, menus) and sticky bars with a background cover what lies under them: text is
 *   compared for overlap within the same layer only, and while a modal dialog is open only the
 *   dialog is looked at (the page behind is inert).
 */
export interface LayoutProblem {
  readonly kind: 'clipped' | 'off-window' | 'overlap' | 'sideways';
  /** The text concerned (and for an overlap, the other text), shortened. */
  readonly text: string;
  readonly detail: string;
}

export function findLayoutProblems(): LayoutProblem[] {
  interface Rect {
    readonly left: number;
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly width: number;
    readonly height: number;
  }
  interface El {
    readonly tagName: string;
    readonly parentElement: El | null;
    closest(selector: string): El | null;
    getAttribute(name: string): string | null;
    getBoundingClientRect(): Rect;
    checkVisibility(options: Record<string, boolean>): boolean;
    readonly clientLeft: number;
    readonly clientTop: number;
    readonly clientWidth: number;
    readonly clientHeight: number;
    readonly scrollWidth: number;
    readonly scrollHeight: number;
  }
  interface TextNode {
    readonly nodeValue: string | null;
    readonly parentElement: El | null;
  }
  interface Style {
    readonly overflowX: string;
    readonly overflowY: string;
    readonly visibility: string;
    readonly display: string;
    readonly opacity: string;
    readonly position: string;
    readonly backgroundColor: string;
    readonly textOverflow: string;
    readonly webkitLineClamp: string;
  }
  interface Doc {
    readonly body: El;
    readonly documentElement: El;
    querySelector(selector: string): El | null;
    createTreeWalker(root: El, what: number): { nextNode(): TextNode | null };
    createRange(): { selectNodeContents(node: TextNode): void; getClientRects(): ArrayLike<Rect> };
  }
  const w = globalThis as unknown as { document: Doc; innerWidth: number; getComputedStyle(el: El): Style };
  const doc = w.document;
  const SLACK = 1;
  const short = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 60);
  const same = (text: string) => text.replace(/\s+/g, ' ').trim();
  const problems: LayoutProblem[] = [];

  const page = doc.documentElement;
  if (page.scrollWidth > page.clientWidth + SLACK)
    problems.push({
      kind: 'sideways',
      text: '',
      detail: `the page scrolls sideways (${page.scrollWidth} > ${page.clientWidth} px)`,
    });

  const modal = doc.querySelector('dialog[open]');
  const root = modal ?? doc.body;
  const styleOf = (el: El) => w.getComputedStyle(el);
  const scrolls = (s: Style) => /auto|scroll/.test(s.overflowX) || /auto|scroll/.test(s.overflowY);
  const opaque = (s: Style) => !/^(transparent|rgba\(.*,\s*0\))$/.test(s.backgroundColor);
  /** The layer a text is drawn in: a popup, or a sticky or fixed bar that covers what scrolls under it. */
  const layerOf = (el: El): El | null => {
    for (let box: El | null = el; box && box !== doc.body; box = box.parentElement) {
      if (box.closest('dialog, [role="menu"], [role="dialog"], [role="listbox"]') === box) return box;
      const s = styleOf(box);
      if ((s.position === 'sticky' || s.position === 'fixed') && opaque(s)) return box;
    }
    return null;
  };
  /** Shortened on purpose: an ellipsis or line clamp, with the whole text in a title. */
  const shortenedOnPurpose = (el: El, text: string): boolean => {
    let cut = false;
    for (let box: El | null = el; box && box !== doc.body; box = box.parentElement) {
      const s = styleOf(box);
      if (s.textOverflow === 'ellipsis' || (s.webkitLineClamp !== 'none' && s.webkitLineClamp !== ''))
        cut = true;
      const title = box.getAttribute('title');
      if (cut && title !== null && same(title).includes(same(text))) return true;
    }
    return false;
  };
  const clientBox = (box: El): Rect => {
    const outer = box.getBoundingClientRect();
    const left = outer.left + box.clientLeft;
    const top = outer.top + box.clientTop;
    return {
      left,
      top,
      right: left + box.clientWidth,
      bottom: top + box.clientHeight,
      width: box.clientWidth,
      height: box.clientHeight,
    };
  };
  const intersect = (a: Rect, b: Rect): Rect | null => {
    const left = Math.max(a.left, b.left);
    const top = Math.max(a.top, b.top);
    const right = Math.min(a.right, b.right);
    const bottom = Math.min(a.bottom, b.bottom);
    return right - left > 0 && bottom - top > 0
      ? { left, top, right, bottom, width: right - left, height: bottom - top }
      : null;
  };

  interface Piece {
    readonly text: string;
    /** What shows of it: its line boxes cut to its scrolling and clipping ancestors. */
    readonly shown: Rect[];
    readonly layer: El | null;
  }
  const pieces: Piece[] = [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const el = node.parentElement;
    if (!el || text.trim() === '') continue;
    if (el.closest('.visually-hidden, script, style, option, title, [hidden]')) continue;
    const style = styleOf(el);
    // Not drawn: hidden, transparent, or in a closed <details> (content-visibility: hidden).
    if (!el.checkVisibility({ contentVisibilityAuto: true, opacityProperty: true, visibilityProperty: true }))
      continue;
    const range = doc.createRange();
    range.selectNodeContents(node);
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
    if (rects.length === 0) continue;
    const onPurpose = shortenedOnPurpose(el, text);

    // 1. Its own box hides what overflows it, and it overflows.
    let clippedBy: string | null = null;
    if (/hidden|clip/.test(style.overflowX) && el.scrollWidth > el.clientWidth + SLACK) clippedBy = 'width';
    if (/hidden|clip/.test(style.overflowY) && el.scrollHeight > el.clientHeight + SLACK)
      clippedBy = 'height';

    // 2. Its words lie outside an ancestor that clips (until one that scrolls: that can be reached).
    let shown: Rect[] = rects;
    let inScroller = false;
    for (let box: El | null = el; box && box !== page; box = box.parentElement) {
      const boxStyle = styleOf(box);
      const hidesX = /hidden|clip/.test(boxStyle.overflowX);
      const hidesY = /hidden|clip/.test(boxStyle.overflowY);
      const scroller = scrolls(boxStyle);
      if (!hidesX && !hidesY && !scroller) continue;
      const inner = clientBox(box);
      if (!clippedBy && !inScroller && (hidesX || hidesY) && !scroller) {
        for (const r of rects) {
          if (hidesX && (r.left < inner.left - SLACK || r.right > inner.right + SLACK)) clippedBy = 'width';
          if (hidesY && (r.top < inner.top - SLACK || r.bottom > inner.bottom + SLACK)) clippedBy = 'height';
        }
      }
      if (scroller) inScroller = true;
      shown = shown.map((r) => intersect(r, inner)).filter((r): r is Rect => r !== null);
    }
    if (clippedBy && !onPurpose) {
      problems.push({ kind: 'clipped', text: short(text), detail: `cut off at its box's ${clippedBy}` });
    } else if (!inScroller) {
      for (const r of rects) {
        if (r.left < -SLACK || r.right > w.innerWidth + SLACK) {
          problems.push({ kind: 'off-window', text: short(text), detail: 'beyond the edge of the window' });
          break;
        }
      }
    }
    if (shown.length > 0) pieces.push({ text, shown, layer: layerOf(el) });
  }

  // Text drawn over other text of the same layer (a line's fragments never overlap each other).
  const overlaps = (a: Rect, b: Rect) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
  for (let i = 0; i < pieces.length; i++) {
    for (let j = i + 1; j < pieces.length; j++) {
      const a = pieces[i]!;
      const b = pieces[j]!;
      if (a.layer !== b.layer) continue;
      if (a.shown.some((ra) => b.shown.some((rb) => overlaps(ra, rb)))) {
        problems.push({ kind: 'overlap', text: short(a.text), detail: `drawn over "${short(b.text)}"` });
      }
    }
  }
  return problems;
}
