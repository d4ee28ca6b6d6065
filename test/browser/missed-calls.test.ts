/**
 * Missed calls on screen, in real Chromium: the count in the window title, the "Missed" section at
 * the top of the history, seen only while the user looks at the history (window shown, focused, on
 * the calls view), and the "called back" mark. First with a scripted backend, then end to end with
 * the real Companion and the demo server. Whether the page has the focus is decided by the test
 * (`look`/`lookAway`), so "not seen yet" is a state the test controls, not a race.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CallView } from '../../src-main/ipc/contract';
import { ScriptedBackend, T0, historyCalls, sampleCall, sampleState } from '../support/scripted-backend';
import { startCompanionBackend, ME, type CompanionBackend } from '../support/companion-backend';
import type { PageWindow } from '../support/page-globals';
import type { RendererPage } from '../support/renderer-harness';
import { useRendererBrowser } from './browser-fixture';
import { chooseRowAction } from '../support/history-rows';
import { focusedText, focusedWithin } from '../support/focus';

const browser = useRendererBrowser();

/** The page believes it has the focus only while `__looking` is true. */
const FOCUS_BY_TEST = `
  globalThis.__looking = false;
  Document.prototype.hasFocus = function () { return globalThis.__looking === true; };
`;

async function look(page: Page): Promise<void> {
  await page.evaluate(`globalThis.__looking = true; globalThis.dispatchEvent(new Event('focus'));`);
}

async function lookAway(page: Page): Promise<void> {
  await page.evaluate(`globalThis.__looking = false; globalThis.dispatchEvent(new Event('blur'));`);
}

function missedCall(n: number, changes: Partial<CallView> = {}): CallView {
  return sampleCall({
    id: `m-${n}`,
    state: 'missed',
    callerName: `Missed Caller ${n}`,
    callerNumber: `+44 20 7946 10${String(n).padStart(2, '0')}`,
    ringingSince: T0 - n * 60_000,
    answeredAt: null,
    endedAt: T0 - n * 60_000 + 20_000,
    ringMs: 20_000,
    talkMs: null,
    ...changes,
  });
}

const section = (page: Page) => page.getByTestId('missed-section');
const sectionNames = (page: Page) => section(page).locator('[data-call-id] .name').allTextContents();

async function openWithMissed(calls: CallView[]) {
  const backend = new ScriptedBackend(sampleState({ missed: { count: calls.length, calls } }));
  backend.history = historyCalls(5);
  const view = await browser.open(backend, { initScripts: [FOCUS_BY_TEST] });
  await view.page.locator('.history [data-call-id]').first().waitFor();
  return { backend, view, page: view.page };
}

describe('missed calls on screen (scripted)', () => {
  it('shows the count in the window title and the calls in a Missed section, unseen while nobody looks', async () => {
    const { backend, view, page } = await openWithMissed([missedCall(1), missedCall(2)]);
    await expect.poll(() => page.title()).toBe('iSymphony Companion (2 missed)');
    expect(await sectionNames(page)).toEqual(['Missed Caller 1', 'Missed Caller 2']);
    expect(await section(page).getByRole('heading').textContent()).toMatch(/Missed\s*2/);
    await view.settled();
    expect(backend.requests('markMissedSeen')).toEqual([]);

    // Proof the page would have said so: looking sends it at once.
    await look(page);
    await expect.poll(() => backend.requests('markMissedSeen')).toEqual([{ throughCallId: 'm-1' }]);
  });

  it('keeps the seen calls in the section while the user looks, and drops them once they look away', async () => {
    const { backend, view, page } = await openWithMissed([missedCall(1), missedCall(2)]);
    await look(page);
    await expect.poll(() => backend.requests('markMissedSeen').length).toBeGreaterThan(0);
    // Main answers with the calls seen: the title clears, the section stays for the one reading it.
    backend.setState({ missed: { count: 0, calls: [] } });
    await view.settled();
    await expect.poll(() => page.title()).toBe('iSymphony Companion');
    expect(await sectionNames(page)).toEqual(['Missed Caller 1', 'Missed Caller 2']);

    // A new one while looking joins the top and is reported seen too.
    backend.setState({ missed: { count: 1, calls: [missedCall(0)] } });
    await expect
      .poll(() => sectionNames(page))
      .toEqual(['Missed Caller 0', 'Missed Caller 1', 'Missed Caller 2']);
    await expect.poll(() => backend.requests('markMissedSeen').at(-1)).toEqual({ throughCallId: 'm-0' });
    backend.setState({ missed: { count: 0, calls: [] } });

    await lookAway(page);
    await expect.poll(() => section(page).count()).toBe(0);
  });

  it('does not report calls seen while the window shows Settings', async () => {
    const { backend, view, page } = await openWithMissed([missedCall(1)]);
    await page.getByRole('button', { name: 'Settings' }).click();
    await look(page);
    await view.settled();
    expect(backend.requests('markMissedSeen')).toEqual([]);
    await expect.poll(() => page.title()).toBe('iSymphony Companion (1 missed)');
    await page.getByRole('button', { name: 'Calls' }).click();
    await expect.poll(() => backend.requests('markMissedSeen')).toEqual([{ throughCallId: 'm-1' }]);
  });

  it('calls a missed call back from the section by its id', async () => {
    const { backend, page } = await openWithMissed([missedCall(3)]);
    await chooseRowAction(section(page), 'Missed Caller 3', 'Call back');
    await expect.poll(() => backend.requests('callBack')).toEqual([{ callId: 'm-3' }]);
    await expect.poll(() => page.getByTestId('dialled').textContent()).toMatch(/through the PBX/);
  });

  /** The missed call whose row has the focus (the row itself, not a control in it), or null. */
  const focusedMissed = (page: Page) =>
    page.evaluate(() => {
      const e = (globalThis as unknown as PageWindow).document.activeElement;
      return e?.getAttribute('data-missed-call') ?? null;
    });

  it('is one Tab stop: the arrows, Home and End move between its calls, Tab goes on to the history', async () => {
    const { page } = await openWithMissed([1, 2, 3, 4, 5].map((n) => missedCall(n)));
    await page.getByRole('button', { name: 'Clear history…' }).focus();
    await page.keyboard.press('Tab');
    expect(await focusedMissed(page)).toBe('m-1');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedMissed(page)).toBe('m-2');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focusedMissed(page)).toBe('m-1');
    await page.keyboard.press('End');
    await expect.poll(() => focusedMissed(page)).toBe('m-5');
    // The section shows three rows and scrolls: the last one is brought into view.
    const last = section(page).locator('[data-missed-call="m-5"]');
    const box = await last.boundingBox();
    const list = await section(page).locator('ul').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(list!.y + list!.height + 1);
    await page.keyboard.press('Home');
    await expect.poll(() => focusedMissed(page)).toBe('m-1');
    await page.keyboard.press('PageDown');
    await expect.poll(() => focusedMissed(page)).not.toBe('m-1');
    // Only the focused row is in the Tab order; the rows' menu buttons are not.
    expect(await section(page).locator('[tabindex="0"]').count()).toBe(1);
    expect(await section(page).locator('[tabindex="0"]').getAttribute('data-missed-call')).toBe(
      await focusedMissed(page),
    );
    const was = await focusedMissed(page);
    await page.keyboard.press('Tab');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (globalThis as unknown as PageWindow).document.activeElement
              ?.closest('[role="list"]')
              ?.getAttribute('aria-label') ?? null,
        ),
      )
      .toBe('Call history');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedMissed(page)).toBe(was);
  });

  it('opens a call’s menu from its row with Enter, Space, Shift+F10 or the context-menu key', async () => {
    const { backend, page } = await openWithMissed([missedCall(1), missedCall(2), missedCall(3)]);
    await section(page).locator('[data-missed-call="m-2"]').focus();
    const menu = section(page).getByRole('menu');
    for (const key of [' ', 'Shift+F10', 'ContextMenu']) {
      await page.keyboard.press(key);
      await menu.waitFor();
      await expect.poll(() => focusedText(page)).toBe('Open CRM');
      // Escape closes it without acting, the focus back in the same row.
      await page.keyboard.press('Escape');
      await menu.waitFor({ state: 'detached' });
      expect(await focusedWithin(page, 'data-missed-call')).toBe('m-2');
      await section(page).locator('[data-missed-call="m-2"]').focus();
    }
    await page.keyboard.press('Enter');
    await menu.waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedText(page)).toBe('Call back');
    await page.keyboard.press('Enter');
    await expect.poll(() => backend.requests('callBack')).toEqual([{ callId: 'm-2' }]);
  });

  it('keeps the focus on the same call when a call arrives or leaves, and on the next when its own leaves', async () => {
    const { backend, page } = await openWithMissed([missedCall(1), missedCall(2), missedCall(3)]);
    await section(page).locator('[data-missed-call="m-2"]').focus();
    expect(await focusedMissed(page)).toBe('m-2');

    // A new missed call joins the top: the focus stays on m-2, now the third row.
    backend.setState({ missed: { count: 4, calls: [0, 1, 2, 3].map((n) => missedCall(n)) } });
    await expect.poll(() => sectionNames(page)).toHaveLength(4);
    expect(await focusedMissed(page)).toBe('m-2');
    expect(await section(page).locator('[tabindex="0"]').getAttribute('data-missed-call')).toBe('m-2');
    // A call above it leaves: still m-2.
    backend.setState({ missed: { count: 3, calls: [1, 2, 3].map((n) => missedCall(n)) } });
    await expect.poll(() => sectionNames(page)).toHaveLength(3);
    expect(await focusedMissed(page)).toBe('m-2');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focusedMissed(page)).toBe('m-1');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedMissed(page)).toBe('m-2');

    // Its own call leaves: the call now in its place has the focus and the Tab stop.
    backend.setState({ missed: { count: 2, calls: [1, 3].map((n) => missedCall(n)) } });
    await expect.poll(() => focusedMissed(page)).toBe('m-3');
    expect(await section(page).locator('[tabindex="0"]').count()).toBe(1);
    // The last one leaves: the one before it.
    backend.setState({ missed: { count: 1, calls: [missedCall(1)] } });
    await expect.poll(() => focusedMissed(page)).toBe('m-1');
    expect(await section(page).locator('[tabindex="0"]').getAttribute('data-missed-call')).toBe('m-1');
  });

  it('marks a history row "called back", and only that one', async () => {
    const backend = new ScriptedBackend(sampleState());
    backend.history = historyCalls(3);
    backend.history[0] = { ...backend.history[0]!, calledBackAt: T0 - 60_000 };
    const view = await browser.open(backend, { initScripts: [FOCUS_BY_TEST] });
    const rows = view.page.locator('.history [data-call-id]');
    await rows.first().waitFor();
    expect(await rows.first().getByTestId('called-back').textContent()).toMatch(/^✓ Called back/);
    expect(await view.page.getByTestId('called-back').count()).toBe(1);
  });

  it('renders a hostile caller name in the section as text', async () => {
    const name = '<img src=x onerror="window.__pwned=1">';
    const { page } = await openWithMissed([missedCall(1, { callerName: name })]);
    expect(await sectionNames(page)).toEqual([name]);
    expect(await page.evaluate(() => (globalThis as unknown as PageWindow).__pwned)).toBeUndefined();
    expect(await section(page).locator('img').count()).toBe(0);
  });
});

describe('missed calls end to end (the real Companion and the demo server)', () => {
  let real: CompanionBackend;
  beforeAll(async () => {
    real = await startCompanionBackend({
      settings: { popStyle: 'window', popAfterCall: 0 },
      popOutcomeMs: 0,
    });
  });
  afterAll(async () => {
    await real?.close();
  });

  async function openMain(): Promise<RendererPage> {
    const view = await browser.open(real.backend, {
      viewport: { width: 1000, height: 800 },
      initScripts: [FOCUS_BY_TEST],
    });
    view.page.setDefaultTimeout(5_000);
    return view;
  }

  it('counts a missed call in the title and the section, clears it when looked at, and marks it called back', async () => {
    const view = await openMain();
    const { page } = view;
    const version = real.latest().historyVersion;
    await real.demoServer.scenarios.missed({
      to: ME,
      from: { name: 'Ada <b>Lovelace</b>', number: '+44 20 7946 0018' },
    });
    await real.until((s) => s.missed.count === 1 && s.historyVersion > version, 'the missed call counted');
    await expect.poll(() => page.title()).toBe('iSymphony Companion (1 missed)');
    await expect.poll(() => sectionNames(page)).toEqual(['Ada <b>Lovelace</b>']);
    expect(real.ports.tray.at(-1)?.missed).toBe(1);

    await look(page);
    await real.until((s) => s.missed.count === 0, 'the missed call seen');
    await expect.poll(() => page.title()).toBe('iSymphony Companion');
    await expect.poll(() => real.ports.tray.at(-1)?.missed).toBe(0);
    // Still in the section while the user reads it.
    expect(await sectionNames(page)).toEqual(['Ada <b>Lovelace</b>']);

    // Call back from the section: through the PBX, which places a real outbound call.
    const before = real.latest().historyVersion;
    await chooseRowAction(section(page), 'Ada <b>Lovelace</b>', 'Call back');
    await expect.poll(() => page.getByTestId('dialled').textContent()).toMatch(/through the PBX/);
    await real.until(
      (s) => s.historyVersion > before && s.liveCalls.length === 0,
      'the call back placed, ended and recorded',
    );
    const row = page.locator('.list [data-call-id]', { hasText: 'Ada <b>Lovelace</b>' });
    await expect.poll(() => row.getByTestId('called-back').count()).toBe(1);

    await lookAway(page);
    await expect.poll(() => section(page).count()).toBe(0);
  });
});
