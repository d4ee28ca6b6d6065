/**
 * Finds text a screen cuts off: text wider or taller than a box that hides its overflow, text outside
 * the box of an ancestor that clips, text past the window's edge, and a page that scrolls sideways.
 * Untrusted caller-ID text (`.caller-text`) may end in an ellipsis by design (a name can be 200
 * characters long); everything else must be whole. Returns one line per problem.
 */
import type { Page } from 'playwright-core';
import type { PageRect } from './page-globals';

export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Rect = PageRect;
    interface Node {
      readonly nodeType: number;
      readonly textContent: string | null;
    }
    interface El extends Node {
      readonly tagName: string;
      readonly className: unknown;
      readonly scrollWidth: number;
      readonly clientWidth: number;
      readonly scrollHeight: number;
      readonly clientHeight: number;
      readonly parentElement: El | null;
      readonly childNodes: ArrayLike<Node>;
      closest(selector: string): El | null;
      querySelectorAll(selector: string): ArrayLike<El>;
      getClientRects(): ArrayLike<Rect>;
      getBoundingClientRect(): Rect;
    }
    interface Style {
      readonly overflowX: string;
      readonly overflowY: string;
      readonly visibility: string;
    }
    const w = globalThis as unknown as {
      document: {
        documentElement: El;
        body: El;
        createRange(): { selectNodeContents(node: Node): void; getBoundingClientRect(): Rect };
      };
      getComputedStyle(element: El): Style;
    };
    const problems: string[] = [];
    const root = w.document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth > width + 1)
      problems.push(`the page scrolls sideways (${root.scrollWidth} > ${width} px)`);

    const describe = (element: El): string => {
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
      const cls =
        typeof element.className === 'string' && element.className
          ? `.${element.className.split(' ')[0]}`
          : '';
      return `<${element.tagName.toLowerCase()}${cls}> "${text}"`;
    };
    const hides = (value: string) => value === 'hidden' || value === 'clip';

    for (const element of Array.from(w.document.body.querySelectorAll('*'))) {
      const ownText = Array.from(element.childNodes).some(
        (node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '',
      );
      if (!ownText || element.getClientRects().length === 0) continue;
      if (element.closest('.visually-hidden, [aria-hidden="true"], option, script, style')) continue;
      const css = w.getComputedStyle(element);
      if (css.visibility !== 'visible') continue;
      const callerText = element.closest('.caller-text') !== null;

      // 1. The element cuts its own text.
      if (hides(css.overflowX) && element.scrollWidth > element.clientWidth + 1 && !callerText)
        problems.push(
          `${describe(element)} is cut at its right edge (${element.scrollWidth} > ${element.clientWidth} px)`,
        );
      if (hides(css.overflowY) && element.scrollHeight > element.clientHeight + 1 && !callerText)
        problems.push(
          `${describe(element)} is cut at its bottom (${element.scrollHeight} > ${element.clientHeight} px)`,
        );

      // 2. Its text lies outside an ancestor that clips (a scroller only sideways: it scrolls down).
      // The element's own words (its text nodes), not its children's (a visually hidden one is wide).
      const rects = Array.from(element.childNodes)
        .filter((node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '')
        .map((node) => {
          const range = w.document.createRange();
          range.selectNodeContents(node);
          return range.getBoundingClientRect();
        });
      const text = {
        left: Math.min(...rects.map((r) => r.left)),
        right: Math.max(...rects.map((r) => r.right)),
        top: Math.min(...rects.map((r) => r.top)),
        bottom: Math.max(...rects.map((r) => r.bottom)),
        width: Math.max(...rects.map((r) => r.width)),
        height: Math.max(...rects.map((r) => r.height)),
      };
      if (text.width === 0 || text.height === 0) continue;
      for (let box = element.parentElement; box && box !== root; box = box.parentElement) {
        const boxCss = w.getComputedStyle(box);
        const clipsX = boxCss.overflowX !== 'visible';
        const clipsY = hides(boxCss.overflowY);
        if (!clipsX && !clipsY) continue;
        const edge = box.getBoundingClientRect();
        const outX = clipsX && (text.left < edge.left - 1 || text.right > edge.right + 1);
        const outY = clipsY && (text.top < edge.top - 1 || text.bottom > edge.bottom + 1);
        if ((outX || outY) && !callerText)
          problems.push(`${describe(element)} reaches outside ${describe(box).split(' ')[0]}, which cuts it`);
        break;
      }

      // 3. Past the window's side.
      if (text.right > width + 1 || text.left < -1)
        problems.push(
          `${describe(element)} is past the window's edge (${Math.round(text.left)}–${Math.round(text.right)} of ${width} px)`,
        );
    }
    return problems;
  });
}
