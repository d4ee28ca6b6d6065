/**
 * The keyboard alone: a pop card's actions (the pop window never takes focus) are reached in the
 * main window, and every control on every screen can be focused (by Tab, or by the arrow keys in a
 * roving list or an open menu). The history's own roving focus and search shortcut are tested in
 * history-layout.test.ts. These tests press keys only (no clicks) once the page is open.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SHOTS } from '../../scripts/screenshots';
import { ScriptedBackend, sampleCall, sampleState } from '../support/scripted-backend';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();

/** What has the keyboard focus: its tag, name, and the call of the card it is in. */
interface Focused {
  readonly tag: string;
  readonly label: string;
  readonly inCard: string | null;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    interface El {
      readonly tagName: string;
      readonly textContent: string | null;
      getAttribute(name: string): string | null;
      closest(selector: string): El | null;
    }
    const active = (globalThis as unknown as { document: { activeElement: El | null } }).document
      .activeElement;
    if (!active) return { tag: 'none', label: '', inCard: null };
    return {
      tag: active.tagName.toLowerCase(),
      label: (active.getAttribute('aria-label') ?? active.textContent ?? '').replace(/\s+/g, ' ').trim(),
      inCard: active.closest('.pop-card')?.getAttribute('data-call-id') ?? null,
    };
  });
}

/** Presses `key` until `done` holds for the focused element; fails after `limit` presses. */
async function pressUntil(
  page: Page,
  key: string,
  done: (now: Focused) => boolean,
  limit = 40,
): Promise<Focused> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (done(now)) return now;
  }
  throw new Error(
    `${limit} × ${key} never reached it; focus ended on ${JSON.stringify(await focused(page))}`,
  );
}

describe('a pop card’s actions from the main window', () => {
  it('a missed call whose card still shows is in "Now", where Tab and Enter call back and dismiss it', async () => {
    const missed = sampleCall({ id: 'missed-7', state: 'missed', ringMs: 30_000 });
    const backend = new ScriptedBackend(sampleState({ pops: [missed] }));
    const view = await browser.open(backend, { viewport: { width: 1000, height: 640 } });
    const { page } = view;
    await page.locator('.pop-card[data-call-id="missed-7"]').waitFor();

    await pressUntil(page, 'Tab', (f) => f.inCard === 'missed-7' && f.label === 'Call back');
    await page.keyboard.press('Enter');
    await expect.poll(() => backend.requests('callBack')).toEqual([{ callId: 'missed-7' }]);
    await pressUntil(page, 'Tab', (f) => f.inCard === 'missed-7' && f.label === 'Dismiss', 6);
    await page.keyboard.press('Enter');
    await expect.poll(() => backend.requests('dismissPop')).toEqual([{ callId: 'missed-7' }]);
    // Escape on the card dismisses too.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Escape');
    await expect.poll(() => backend.requests('dismissPop').length).toBe(2);
  });
});

describe('every control can take the keyboard focus', () => {
  it.each(SHOTS.filter((shot) => shot.page === 'index').map((shot) => [shot.name, shot] as const))(
    '%s',
    async (_name, shot) => {
      const backend = new ScriptedBackend(shot.state);
      shot.prepare?.(backend);
      const view = await browser.open(backend, { viewport: shot.viewport });
      await view.page.locator('#app > *').first().waitFor();
      await shot.act?.(view.page);
      await view.settled();
      // Visible, enabled controls out of the Tab order, except where the arrow keys reach them
      // (rows of a roving list, items of an open menu).
      const unreachable = await view.page.evaluate(() => {
        interface El {
          readonly tabIndex: number;
          readonly outerHTML: string;
          getClientRects(): ArrayLike<unknown>;
          matches(selector: string): boolean;
          closest(selector: string): El | null;
        }
        const { document } = globalThis as unknown as {
          document: { querySelectorAll(selector: string): ArrayLike<El> };
        };
        const controls = document.querySelectorAll(
          'button, a[href], input, select, textarea, summary, [role="button"], [role="menuitem"], [role="tab"]',
        );
        return Array.from(controls)
          .filter((element) => element.getClientRects().length > 0 && !element.matches(':disabled'))
          .filter((element) => element.tabIndex < 0)
          .filter((element) => !element.closest('[role="listitem"][tabindex], li[tabindex], [role="menu"]'))
          .map((element) => element.outerHTML.slice(0, 120));
      });
      expect(unreachable).toEqual([]);
      // And there is something to reach: the check would see a control.
      expect(await view.page.locator('button:visible').count()).toBeGreaterThan(0);
    },
  );
});
