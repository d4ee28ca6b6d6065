import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import type { HistoryQuery } from '../../src-main/ipc/contract';
import { dayRunsOf } from '../../src-main/storage/history-days';
import { dayLayout } from '../../src-renderer/src/lib/list-layout';
import { chooseRowAction } from '../support/history-rows';
import { ScriptedBackend, historyCalls, sampleState } from '../support/scripted-backend';
import type { PageWindow } from '../support/page-globals';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();

async function openHistory(count: number) {
  const backend = new ScriptedBackend(sampleState());
  backend.history = historyCalls(count);
  const view = await browser.open(backend);
  const list = view.page.getByRole('list', { name: 'Call history' });
  if (count > 0) await list.locator('[data-call-id]').first().waitFor();
  return { backend, view, list, page: view.page };
}

const rowNames = (list: Locator) => list.locator('[data-call-id] .name').allTextContents();

describe('the call history', () => {
  it('lists calls newest first with state, name, number, line, time, ring and talk time', async () => {
    const { list } = await openHistory(3);
    expect(await rowNames(list)).toEqual(['Caller 0', 'Caller 1', 'Caller 2']);
    const missed = list.locator('[data-call-id="h-0"]');
    expect(await missed.getByRole('img').getAttribute('aria-label')).toBe('Missed');
    expect(await missed.textContent()).toContain('+44 20 7946 0000');
    expect(await missed.textContent()).toContain('Dialled 0800 123 456');
    expect(await missed.locator('time').textContent()).toBe('14:20');
    expect(await missed.textContent()).toContain('Rang 0:20');
    const ended = list.locator('[data-call-id="h-1"]');
    expect(await ended.getByRole('img').getAttribute('aria-label')).toBe('Ended');
    expect(await ended.textContent()).toMatch(/Rang 0:08.*Talked 2:00/);
  });

  it('asks main for the first page, newest first, with no filter', async () => {
    const { backend } = await openHistory(3);
    expect(backend.requests('queryHistory')[0]).toEqual({ missedOnly: false, offset: 0, limit: 100 });
  });

  it('searches by name or number and shows what main answers', async () => {
    const { backend, list, page } = await openHistory(300);
    await page.getByLabel('Search calls by name or number').fill('Caller 12');
    await expect
      .poll(() => backend.requests('queryHistory').at(-1))
      .toEqual({ search: 'Caller 12', missedOnly: false, offset: 0, limit: 100 });
    await expect
      .poll(() => rowNames(list))
      .toEqual([
        'Caller 12',
        'Caller 120',
        'Caller 121',
        'Caller 122',
        'Caller 123',
        'Caller 124',
        'Caller 125',
        'Caller 126',
        'Caller 127',
        'Caller 128',
        'Caller 129',
      ]);
    await page.getByLabel('Search calls by name or number').fill('7946 0042');
    await expect.poll(() => rowNames(list)).toEqual(['Caller 42']);
  });

  it('filters to missed calls only', async () => {
    const { backend, list, page } = await openHistory(50);
    await page.getByLabel('Missed only').check();
    await expect
      .poll(() => backend.requests('queryHistory').at(-1))
      .toEqual({ missedOnly: true, offset: 0, limit: 100 });
    await expect.poll(() => list.locator('[data-call-id]').count()).toBe(10);
    const labels = await list
      .locator('[data-call-id] [role="img"]')
      .evaluateAll((icons) => icons.map((i) => i.getAttribute('aria-label')));
    expect(new Set(labels)).toEqual(new Set(['Missed']));
  });

  it('says so when nothing matches', async () => {
    const { page } = await openHistory(5);
    await page.getByLabel('Search calls by name or number').fill('nobody');
    await expect.poll(() => page.locator('.history .empty').textContent()).toBe('No calls match.');
  });

  it('keeps at most ~100 row elements in the DOM with 50,000 calls, and pages in as it scrolls', async () => {
    const { backend, list, page } = await openHistory(50_000);
    await expect.poll(() => page.locator('.history .count').textContent()).toBe('50,000 calls');
    expect(await list.getAttribute('aria-label')).toBe('Call history');
    const rows = () => list.locator('[data-row]').count();
    expect(await rows()).toBeLessThanOrEqual(100);
    expect(await rows()).toBeGreaterThan(5);

    // Scroll to the middle: main is asked for that page only, and those rows appear. Rows are 56 px
    // under day headings of 32 px, placed as the list places them.
    const layout = dayLayout(
      dayRunsOf(backend.history.map((c) => c.ringingSince)),
      backend.history.length,
      56,
      32,
    );
    await page.locator('.history [role="region"]').evaluate(
      (viewport, top) => {
        viewport.scrollTop = top;
        viewport.dispatchEvent(new Event('scroll'));
      },
      layout.topOf(layout.itemOfRow(25_000)),
    );
    await expect
      .poll(() => backend.requests('queryHistory').some((q: HistoryQuery) => q.offset === 25_000))
      .toBe(true);
    await expect.poll(() => rowNames(list)).toContain('Caller 25003');
    expect(await rows()).toBeLessThanOrEqual(100);
    expect(await list.locator('[role="listitem"]').count()).toBeLessThanOrEqual(110);
    // Only the pages at the top and around the new position were fetched, none in between.
    const offsets = backend.requests('queryHistory').map((q) => q.offset);
    expect(offsets.every((offset) => offset < 300 || (offset >= 24_800 && offset <= 25_200))).toBe(true);
    expect(await list.locator('[data-row]').first().getAttribute('aria-setsize')).toBe('50000');
  });

  it('asks again when historyVersion changes', async () => {
    const { backend, view, list } = await openHistory(3);
    const before = backend.requests('queryHistory').length;
    backend.history = historyCalls(4);
    backend.history[0] = { ...backend.history[0]!, callerName: 'Newest caller' };
    backend.setState({ historyVersion: 2 });
    await view.settled();
    await expect.poll(() => backend.requests('queryHistory').length).toBeGreaterThan(before);
    await expect.poll(() => rowNames(list)).toEqual(['Newest caller', 'Caller 1', 'Caller 2', 'Caller 3']);
  });

  it('has one action menu per row, opens the CRM and copies the number by call id, and shows "Copied"', async () => {
    const { backend, list } = await openHistory(3);
    const row = list.locator('[data-call-id="h-1"]');
    // One button per row: the menu, not a button for each action.
    expect(await row.getByRole('button').count()).toBe(1);
    await chooseRowAction(row, 'Caller 1', 'Open CRM');
    await expect.poll(() => backend.requests('openCrm')).toEqual([{ callId: 'h-1' }]);
    expect(await row.getByTestId('copied').count()).toBe(0);
    await chooseRowAction(row, 'Caller 1', 'Copy number');
    await expect.poll(() => backend.requests('copyNumber')).toEqual([{ callId: 'h-1' }]);
    // Said where the user looks, on the row they copied from (and only there).
    await row.getByTestId('copied').waitFor({ state: 'visible' });
    expect(await row.getByTestId('copied').textContent()).toBe('✓ Copied');
    expect(await list.getByTestId('copied').count()).toBe(1);
    // The menu closed and gave focus back to its button.
    expect(await row.getByRole('menu').count()).toBe(0);
    await expect
      .poll(() =>
        row
          .getByRole('button', { name: 'Actions for Caller 1' })
          .evaluate((b) => b === (globalThis as unknown as PageWindow).document.activeElement),
      )
      .toBe(true);
  });

  it('offers "Add to phonebook" only for a caller the phonebook does not name', async () => {
    const backend = new ScriptedBackend(sampleState());
    backend.history = historyCalls(2);
    backend.history[1] = {
      ...backend.history[1]!,
      lookup: { kind: 'found', source: 'phonebook', name: 'Ada Lovelace', company: null },
    };
    const view = await browser.open(backend);
    const list = view.page.getByRole('list', { name: 'Call history' });
    await list.locator('[data-call-id]').first().waitFor();
    await chooseRowAction(list, 'Caller 0', 'Add to phonebook');
    await expect.poll(() => backend.requests('addCallerToPhonebook')).toEqual([{ callId: 'h-0' }]);
    await list.getByRole('button', { name: 'Actions for Ada Lovelace' }).click();
    await list.getByRole('menuitem', { name: 'Call back' }).waitFor();
    expect(await list.getByRole('menuitem', { name: 'Add to phonebook' }).count()).toBe(0);
  });

  it('calls a row back by call id and says which way the call went', async () => {
    const { backend, list, page } = await openHistory(3);
    await chooseRowAction(list, 'Caller 2', 'Call back');
    await expect.poll(() => backend.requests('callBack')).toEqual([{ callId: 'h-2' }]);
    await expect.poll(() => page.getByTestId('dialled').textContent()).toMatch(/through the PBX/);
  });

  it('clears the history only after the user confirms', async () => {
    const { backend, page } = await openHistory(3);
    await page.getByRole('button', { name: 'Clear history…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Clear call history?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(backend.requests('clearHistory')).toEqual([]);

    await page.getByRole('button', { name: 'Clear history…' }).click();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(backend.requests('clearHistory')).toEqual([]);

    await page.getByRole('button', { name: 'Clear history…' }).click();
    await dialog.getByRole('button', { name: 'Clear history' }).click();
    await expect.poll(() => backend.requests('clearHistory').length).toBe(1);
  });

  it('invites the first call when there is no history', async () => {
    const { page } = await openHistory(0);
    await expect
      .poll(() => page.locator('.history .empty').textContent())
      .toBe('No calls yet. Calls you receive will be listed here.');
  });
});
