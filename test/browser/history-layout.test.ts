import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { CallView } from '../../src-main/ipc/contract';
import { dayRunsOf } from '../../src-main/storage/history-days';
import { dayLayout } from '../../src-renderer/src/lib/list-layout';
import { ScriptedBackend, T0, historyCalls, sampleState } from '../support/scripted-backend';
import type { PageWindow } from '../support/page-globals';
import { focusedText, focusedWithin } from '../support/focus';
import { useRendererBrowser } from './browser-fixture';

/**
 * The history's day groups, its layout from a 480 px window up (measured: nothing clipped, nothing
 * out of its row), its keyboard use (one tab stop, roving focus, Enter for a row's actions, a
 * shortcut to the search field), and what it says while main still reads older calls.
 */
const browser = useRendererBrowser();

/** Calls every 10 minutes back from T0, one called back, one with a long talk time. */
function calls(count: number): CallView[] {
  const list = historyCalls(count);
  list[0] = { ...list[0]!, calledBackAt: T0 - 60_000 };
  list[1] = { ...list[1]!, talkMs: 3 * 3_600_000 + 59 * 60_000 + 59_000, ringMs: 59 * 60_000 };
  list[2] = { ...list[2]!, callerName: `Caller with a very long name ${'x'.repeat(80)}` };
  return list;
}

async function openHistory(list: CallView[], width = 1000, height = 800) {
  const backend = new ScriptedBackend(sampleState());
  backend.history = list;
  const view = await browser.open(backend, { viewport: { width, height } });
  const history = view.page.getByRole('list', { name: 'Call history' });
  await history.locator('[data-call-id]').first().waitFor();
  return { backend, view, page: view.page, history };
}

/** Everything that would show the layout failing, measured in the page. */
async function clipping(page: Page) {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as PageWindow;
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`page scrolls sideways (${root.scrollWidth})`);
    for (const row of Array.from(document.querySelectorAll('.history-row[data-call-id]'))) {
      const id = row.dataset.callId;
      const box = row.getBoundingClientRect();
      if (row.scrollWidth > row.clientWidth) problems.push(`${id}: row overflows`);
      for (const part of Array.from(
        row.querySelectorAll('.durations, .copied, time, [data-testid="called-back"]'),
      )) {
        if (part.scrollWidth > part.clientWidth)
          problems.push(`${id}: ${part.className || part.tagName} clipped`);
      }
      for (const child of Array.from(row.querySelectorAll(':scope > *, .durations > *, .line > *'))) {
        const r = child.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (
          r.left < box.left - 0.5 ||
          r.right > box.right + 0.5 ||
          r.top < box.top - 0.5 ||
          r.bottom > box.bottom + 0.5
        )
          problems.push(`${id}: ${child.className || child.tagName} leaves its row`);
      }
    }
    return problems;
  });
}

const top = (locator: Locator) => locator.evaluate((e) => e.getBoundingClientRect().top);

describe('the history layout', () => {
  for (const width of [480, 1000]) {
    it(`holds at ${width} px: durations, times and "Called back" whole, every part inside its row`, async () => {
      const { page, history } = await openHistory(calls(30), width);
      const first = history.locator('[data-call-id="h-0"]');
      const calledBack = first.getByTestId('called-back');
      expect(await calledBack.isVisible()).toBe(true);
      expect(await calledBack.textContent()).toContain('Called back');
      expect(await history.locator('[data-call-id="h-1"] .durations').textContent()).toContain(
        'Talked 3:59:59',
      );
      expect(await clipping(page)).toEqual([]);

      const who = first.locator('.who');
      const line = first.locator('.line');
      if (width < 640) {
        // Folded: the dialled number sits under the caller, not beside them.
        expect(await top(line)).toBeGreaterThan((await top(who)) + 20);
      } else {
        expect(Math.abs((await top(line)) - (await top(who)))).toBeLessThan(12);
        const [whoBox, lineBox] = [await who.boundingBox(), await line.boundingBox()];
        expect(lineBox!.x).toBeGreaterThan(whoBox!.x + whoBox!.width - 1);
      }
    });
  }

  it('groups calls under "Today", "Yesterday" and then dates, as main groups them', async () => {
    const list = calls(400);
    const { page, history } = await openHistory(list);
    const runs = dayRunsOf(list.map((c) => c.ringingSince));
    const layout = dayLayout(runs, list.length, 56, 32);
    const headings = () => history.locator('h3.day').allTextContents();
    /** Scrolls the list so that row `index` is a little below the top. */
    const scrollTo = (index: number) =>
      page.locator('.history [role="region"]').evaluate(
        (viewport, y) => {
          viewport.scrollTop = y;
          viewport.dispatchEvent(new Event('scroll'));
        },
        layout.topOf(layout.itemOfRow(index)) - 100,
      );

    await expect.poll(async () => (await headings())[0]).toBe('Today');
    const firstOfYesterday = runs[0]!.count;
    await scrollTo(firstOfYesterday);
    await expect.poll(headings).toContain('Yesterday');
    // The heading stands right above the first call of its day.
    const row = history.locator(`[data-call-id="h-${firstOfYesterday}"]`);
    await row.waitFor();
    const headingBottom = await history
      .locator('h3.day', { hasText: 'Yesterday' })
      .evaluate((h) => h.getBoundingClientRect().bottom);
    expect(Math.abs((await top(row)) - headingBottom)).toBeLessThan(2);
    // Rows under a day heading give the time only.
    expect(await row.locator('time').textContent()).toMatch(/^\s*\d\d:\d\d(\s?[AP]M)?\s*$/i);

    await scrollTo(runs[0]!.count + runs[1]!.count);
    const date = new Intl.DateTimeFormat(
      await page.evaluate(() => (globalThis as unknown as PageWindow).navigator.language),
      {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
      },
    ).format(runs[2]!.start);
    await expect.poll(headings).toContain(date);
  });
});

describe('the history by keyboard', () => {
  const focused = (page: Page) =>
    page.evaluate(() => {
      const e = (globalThis as unknown as PageWindow).document.activeElement;
      return e?.dataset.row ?? e?.getAttribute('role') ?? e?.tagName ?? null;
    });

  it('is one tab stop: arrows, Home and End move between calls, Tab leaves the list', async () => {
    const { page, history } = await openHistory(calls(300));
    await page.getByRole('button', { name: 'Clear history…' }).focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('0');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focused(page)).toBe('1');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focused(page)).toBe('2');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focused(page)).toBe('1');
    await page.keyboard.press('End');
    await expect.poll(() => focused(page)).toBe('299');
    expect(await history.locator('[data-row="299"]').isVisible()).toBe(true);
    await page.keyboard.press('Home');
    await expect.poll(() => focused(page)).toBe('0');
    // Only the focused row is in the tab order; the rows' menu buttons are not.
    expect(await history.locator('[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () => (globalThis as unknown as PageWindow).document.activeElement?.closest('[role="list"]') ?? null,
      ),
    ).toBeNull();
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('0');
  });

  it('keeps the focus on the same call when a new call arrives above it, and moves on from there', async () => {
    const list = calls(10);
    const { page, backend, history } = await openHistory(list);
    await history.locator('[data-row="3"]').focus();
    const focusedCall = () =>
      page.evaluate(() => {
        const e = (globalThis as unknown as PageWindow).document.activeElement;
        return {
          row: e?.dataset.row,
          call: e?.querySelector('[data-call-id]')?.getAttribute('data-call-id'),
        };
      });
    expect(await focusedCall()).toEqual({ row: '3', call: 'h-3' });

    // A new call lands at the top of the history, as main pushes it.
    const arrived = { ...list[0]!, id: 'new-call', callerName: 'Just Arrived' };
    backend.history = [arrived, ...list];
    backend.setState({ historyVersion: backend.state.historyVersion + 1 });
    await history.locator('[data-row="0"] [data-call-id="new-call"]').waitFor();
    // The same call, now one row further down, still has the focus and the list's one tab stop.
    await expect.poll(focusedCall).toEqual({ row: '4', call: 'h-3' });
    expect(await history.locator('[tabindex="0"] [data-call-id]').getAttribute('data-call-id')).toBe('h-3');
    expect(await history.locator('[tabindex="0"]').count()).toBe(1);
    // Enter acts on that call, and the arrows move on from it.
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedCall).toEqual({ row: '5', call: 'h-4' });
  });

  it('opens a row’s actions with Enter and takes one with the arrows', async () => {
    const { page, backend, history } = await openHistory(calls(10));
    await history.locator('[data-row="3"]').focus();
    await page.keyboard.press('Enter');
    const menu = history.getByRole('menu');
    await menu.waitFor();
    await expect.poll(() => focusedText(page)).toBe('Open CRM');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedText(page)).toBe('Copy number');
    await page.keyboard.press('Enter');
    await expect.poll(() => backend.requests('copyNumber')).toEqual([{ callId: 'h-3' }]);
    await history.locator('[data-call-id="h-3"]').getByTestId('copied').waitFor();
    // Escape closes a menu without acting and leaves focus in the row.
    await page.keyboard.press('Enter');
    await menu.waitFor();
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await focusedWithin(page, 'data-row')).toBe('3');
    expect(backend.requests('copyNumber')).toHaveLength(1);
  });

  it('goes to the search field with Ctrl+F or "/"', async () => {
    const { page, history } = await openHistory(calls(10));
    const search = page.getByLabel('Search calls by name or number');
    await history.locator('[data-row="2"]').focus();
    await page.keyboard.press('Control+f');
    await expect
      .poll(() => search.evaluate((e) => e === (globalThis as unknown as PageWindow).document.activeElement))
      .toBe(true);
    await history.locator('[data-row="2"]').focus();
    await page.keyboard.press('/');
    await expect
      .poll(() => search.evaluate((e) => e === (globalThis as unknown as PageWindow).document.activeElement))
      .toBe(true);
    // Typed into the field, "/" is a character.
    await page.keyboard.type('1/2');
    expect(await search.inputValue()).toBe('1/2');
  });
});

describe('the history while main still reads older calls', () => {
  it('says how many calls a search covered until every call is read', async () => {
    const backend = new ScriptedBackend(sampleState());
    backend.history = historyCalls(150);
    backend.readingOlder = 150;
    const view = await browser.open(backend);
    const count = view.page.getByTestId('history-count');
    await expect.poll(() => count.textContent()).toBe('150 calls so far — still reading older ones');
    await view.page.getByLabel('Search calls by name or number').fill('Caller 1');
    await expect
      .poll(() => count.textContent())
      .toBe('Searching the last 150 calls — still reading older ones');

    backend.readingOlder = null;
    backend.setState({ historyVersion: 2 });
    await expect.poll(() => count.textContent()).toMatch(/^\d+ calls$/);
  });
});
