/**
 * Finds text a person cannot read whole: text cut off by a box that hides its overflow, text
 * beyond the window's edges, and text drawn over other text. Runs inside the page (page.evaluate),
 * so it is one self-contained function with no imports.
 *
 * What it leaves alone, on purpose:
 * - `.caller-text`: untrusted data (names, numbers, companies) ends in an ellipsis by design, with
 *   the whole text in a tooltip; the words of the app must never need that.
 * - `.visually-hidden`: text for screen readers only, clipped to one pixel by design.
 * - text inside a box that scrolls (overflow auto/scroll), and text below the window's bottom edge
 *   (the page scrolls): it can be scrolled to. Beyond the left or right edge it cannot.
 * - the text of form fields (values, placeholders) and of <select> options: not text nodes.
 * - popups (dialogs, menus) cover the page: text is compared for overlap within the same layer only,
 *   and while a modal dialog is open only the dialog is looked at (the page behind is inert).
 */
export interface LayoutProblem {
  readonly kind: 'clipped' | 'off-window' | 'overlap';
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
    readonly parentElement: El | null;
    readonly classList: { contains(name: string): boolean };
    closest(selector: string): El | null;
    contains(other: El): boolean;
    getBoundingClientRect(): Rect;
    readonly clientLeft: number;
    readonly clientTop: number;
    readonly clientWidth: number;
    readonly clientHeight: number;
  }
  interface TextNode {
    readonly nodeValue: string | null;
    readonly parentElement: El | null;
  }
  interface Doc {
    readonly body: El;
    querySelector(selector: string): El | null;
    createTreeWalker(root: El, what: number): { nextNode(): TextNode | null };
    createRange(): { selectNodeContents(node: TextNode): void; getClientRects(): ArrayLike<Rect> };
  }
  const w = globalThis as unknown as {
    document: Doc;
    innerWidth: number;
    getComputedStyle(el: El): {
      overflowX: string;
      overflowY: string;
      visibility: string;
      display: string;
      opacity: string;
    };
  };
  const doc = w.document;
  const SLACK = 1;
  const short = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 60);
  const modal = doc.querySelector('dialog[open]');
  const root = modal ?? doc.body;
  const layerOf = (el: El) => el.closest('dialog, [role="menu"], [role="dialog"], [role="listbox"]');

  interface Piece {
    readonly el: El;
    readonly text: string;
    readonly rects: Rect[];
    readonly layer: El | null;
  }
  const pieces: Piece[] = [];
  const problems: LayoutProblem[] = [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const el = node.parentElement;
    if (!el || text.trim() === '') continue;
    if (el.closest('.caller-text, .visually-hidden, script, style, option, title, [hidden]')) continue;
    const style = w.getComputedStyle(el);
    if (style.visibility !== 'visible' || style.display === 'none' || style.opacity === '0') continue;
    const range = doc.createRange();
    range.selectNodeContents(node);
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
    if (rects.length === 0) continue;
    pieces.push({ el, text, rects, layer: layerOf(el) });

    // Clipped by an ancestor that hides what overflows it (until one that scrolls: that can be reached).
    let clippedBy: string | null = null;
    for (let box = el; box && box !== doc.body.parentElement; box = box.parentElement as El) {
      const boxStyle = w.getComputedStyle(box);
      const scrolls = /auto|scroll/.test(boxStyle.overflowX) || /auto|scroll/.test(boxStyle.overflowY);
      const hidesX = /hidden|clip/.test(boxStyle.overflowX);
      const hidesY = /hidden|clip/.test(boxStyle.overflowY);
      if (hidesX || hidesY) {
        const outer = box.getBoundingClientRect();
        const left = outer.left + box.clientLeft;
        const top = outer.top + box.clientTop;
        const right = left + box.clientWidth;
        const bottom = top + box.clientHeight;
        for (const r of rects) {
          if (hidesX && (r.left < left - SLACK || r.right > right + SLACK)) clippedBy = 'width';
          if (hidesY && (r.top < top - SLACK || r.bottom > bottom + SLACK)) clippedBy = 'height';
        }
      }
      if (clippedBy || scrolls) break;
    }
    const inScroller = (() => {
      for (let box = el.parentElement; box; box = box.parentElement) {
        const s = w.getComputedStyle(box);
        if (/auto|scroll/.test(s.overflowX) || /auto|scroll/.test(s.overflowY)) return true;
      }
      return false;
    })();
    if (clippedBy) {
      problems.push({ kind: 'clipped', text: short(text), detail: `cut off at its box's ${clippedBy}` });
    } else if (!inScroller) {
      for (const r of rects) {
        if (r.left < -SLACK || r.right > w.innerWidth + SLACK) {
          problems.push({ kind: 'off-window', text: short(text), detail: 'beyond the edge of the window' });
          break;
        }
      }
    }
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
      if (a.rects.some((ra) => b.rects.some((rb) => overlaps(ra, rb)))) {
        problems.push({ kind: 'overlap', text: short(a.text), detail: `drawn over "${short(b.text)}"` });
      }
    }
  }
  return problems;
}
