/**
 * Where the keyboard focus is on a page, read in the page: for tests of roving lists, menus and
 * dialogs that follow the focus from key to key.
 */
import type { Page } from 'playwright-core';
import type { PageWindow } from './page-globals';

/** The focused element's text, or null when nothing is focused. */
export function focusedText(page: Page): Promise<string | null> {
  return page.evaluate(
    () => (globalThis as unknown as PageWindow).document.activeElement?.textContent ?? null,
  );
}

/**
 * An attribute of the element around the focus that has it (the focused element itself first: a
 * row, or the row holding a focused control), or null when none has it.
 */
export function focusedWithin(page: Page, attribute: string): Promise<string | null> {
  return page.evaluate(
    (name) =>
      (globalThis as unknown as PageWindow).document.activeElement
        ?.closest(`[${name}]`)
        ?.getAttribute(name) ?? null,
    attribute,
  );
}
