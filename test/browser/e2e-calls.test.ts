/**
 * The whole path from the PBX to a click, in real Chromium: the demo server (standing in for the
 * customer's iSymphony server) sends call events over a real socket, the real Companion turns them
 * into state, the built renderer shows it, and what the user clicks comes back to the Companion's
 * desktop ports. One backend for the file; each test leaves no call ringing and no pop showing.
 */
import { describe, expect, it } from 'vitest';
import { displayName, displayNumber } from '../../src-main/app/display-text';
import type { AppState, HistoryPage, Settings } from '../../src-main/ipc/contract';
import { backendForFile, popsClearedAfterEach, quick } from '../support/browser-backends';
import { ME, type CompanionBackend } from '../support/companion-backend';
import type { PageWindow } from '../support/page-globals';
import type { RendererPage } from '../support/renderer-harness';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();
const POP_VIEWPORT = { width: 380, height: 560 };
let real: CompanionBackend;

// Cards leave as their calls end here (no time after the call, no outcome shown), so each test
// starts with an empty pop window; how cards linger is test/integration/app/pops.test.ts's subject.
backendForFile(
  { settings: { popStyle: 'window', popAfterCall: 0 }, popOutcomeMs: 0 },
  (started) => (real = started),
);
popsClearedAfterEach(() => real);
const openPop = () => quick(browser.open(real.backend, { page: 'pop', viewport: POP_VIEWPORT }));
const openMain = () => quick(browser.open(real.backend, { viewport: { width: 900, height: 800 } }));

/** Settings changed the way the Settings screen saves them. */
async function change(patch: Partial<Settings>): Promise<void> {
  const settings = { ...real.latest().settings, ...patch };
  expect(await real.companion.invoke('saveSettings', { settings })).toEqual({ ok: true, value: null });
}

async function historyPage(query: { search?: string; missedOnly?: boolean }): Promise<HistoryPage> {
  const answer = (await real.companion.invoke('queryHistory', { ...query, offset: 0, limit: 50 })) as {
    ok: true;
    value: HistoryPage;
  };
  return answer.value;
}

const historyGrew = (from: number, by: number) => (s: AppState) => s.historyVersion >= from + by;

describe('a call from the server, end to end', () => {
  it('pops a card with the name, number and dialled number; "Open CRM" opens exactly the encoded link', async () => {
    const view = await openPop();
    const call = real.ring({ name: 'Ada Lovelace & Co', number: '+44 20 7946 0018', did: '0800 123 456' });
    const card = view.page.locator('.pop-card');
    await card.waitFor();
    expect(await card.locator('h2').textContent()).toBe('Ada Lovelace & Co');
    // Written the home country's way (GB in these settings); the number as received is a click away.
    const number = card.getByTestId('caller-number');
    expect((await number.textContent())?.trim()).toBe('020 7946 0018');
    await number.getByTestId('number-toggle').click();
    expect((await number.textContent())?.trim()).toBe('+44 20 7946 0018');
    expect(await card.getByTestId('line').textContent()).toBe('Dialled 0800 123 456');
    // The shell was asked to show the pop window with this call.
    expect(real.ports.popWindow.at(-1)?.map((c) => c.callerName)).toEqual(['Ada Lovelace & Co']);

    const opened = real.ports.opened.length;
    await card.getByRole('button', { name: 'Open CRM' }).click();
    await expect.poll(() => real.ports.opened.length).toBe(opened + 1);
    expect(real.ports.opened.at(-1)).toBe(
      'https://crm.example.com/calls/new?from=%2B44%2020%207946%200018&name=Ada%20Lovelace%20%26%20Co&line=0800%20123%20456',
    );

    // Answered on my phone: the card stays through the call, saying so, with "Open CRM" still there;
    // the call ends in the history.
    const version = real.latest().historyVersion;
    call.answer();
    await expect.poll(() => card.getByTestId('state').textContent()).toMatch(/On the call/);
    expect(await card.getByRole('button', { name: 'Open CRM' }).isVisible()).toBe(true);
    expect(real.latest().liveCalls.map((c) => c.state)).toEqual(['answered']);
    call.hangup();
    await real.until(historyGrew(version, 1), 'the call in the history');
    expect(real.latest().liveCalls).toEqual([]);
  });

  it('works by keyboard alone: Tab reaches "Open CRM", Enter opens the link, Escape dismisses the pop', async () => {
    const view = await openPop();
    const call = real.ring({ name: 'Keyboard Caller', number: '+15555550123', did: '+15555550100' });
    await view.page.locator('.pop-card').waitFor();
    const focused = () =>
      view.page.evaluate(() =>
        (globalThis as unknown as PageWindow).document.activeElement?.textContent?.trim(),
      );

    await view.page.keyboard.press('Tab');
    expect(await focused()).toBe('Open CRM');
    const opened = real.ports.opened.length;
    await view.page.keyboard.press('Enter');
    await expect.poll(() => real.ports.opened.length).toBe(opened + 1);
    expect(real.ports.opened.at(-1)).toBe(
      'https://crm.example.com/calls/new?from=%2B15555550123&name=Keyboard%20Caller&line=%2B15555550100',
    );

    await view.page.keyboard.press('Escape');
    await real.until((s) => s.pops.length === 0, 'the pop to be dismissed');
    await view.page.locator('.pop-card').waitFor({ state: 'detached' });
    // Dismissed, not ended: the call still rings, and the pop window was told to hide.
    expect(real.latest().liveCalls.map((c) => c.state)).toEqual(['ringing']);
    expect(real.ports.popWindow.at(-1)).toEqual([]);
    call.hangup();
    await real.until((s) => s.liveCalls.length === 0, 'the call to end');
  });

  it('"Close all" (a request without arguments, sent as null by the page) clears several pops at once', async () => {
    const view = await openPop();
    const calls = [
      real.ring({ name: 'First Caller', number: '+15555550111', did: '0800' }),
      real.ring({ name: 'Second Caller', number: '+15555550112', did: '0800' }),
    ];
    await expect.poll(() => view.page.locator('.pop-card').count()).toBe(2);
    expect(await view.page.locator('.pop-card h2').allTextContents()).toEqual([
      'Second Caller',
      'First Caller',
    ]);
    await view.page.getByRole('button', { name: 'Close all' }).click();
    await real.until((s) => s.pops.length === 0, 'the pops to be closed');
    await expect.poll(() => view.page.locator('.pop-card').count()).toBe(0);
    expect(real.ports.popWindow.at(-1)).toEqual([]);
    for (const call of calls) call.hangup();
    await real.until((s) => s.liveCalls.length === 0, 'the calls to end');
  });

  it('under do-not-disturb (switched on in the page) shows no pop, yet the call lands in the history', async () => {
    const main = await openMain();
    const pop = await openPop();
    const dnd = main.page.getByRole('checkbox', { name: 'Do not disturb' });
    await dnd.check();
    await real.until((s) => s.doNotDisturb, 'do-not-disturb to be on');
    const popUpdates = real.ports.popWindow.length;

    const version = real.latest().historyVersion;
    const call = real.ring({ name: 'Quiet Caller', number: '+15555550177', did: '+15555550100' });
    await real.until((s) => s.liveCalls.length === 1, 'the live call');
    // The main window lists it as a live call; the pop window shows nothing.
    await main.page.locator('.live .pop-card').waitFor();
    await pop.settled();
    expect(await pop.page.locator('.pop-card').count()).toBe(0);
    expect(real.latest().pops).toEqual([]);
    call.hangup();
    await real.until(historyGrew(version, 1), 'the call in the history');
    expect(real.ports.popWindow.slice(popUpdates).flat()).toEqual([]);

    const row = main.page.locator('.history .list [data-call-id]', { hasText: 'Quiet Caller' });
    await row.waitFor();
    expect(await row.getByRole('img').getAttribute('aria-label')).toBe('Missed');

    await dnd.uncheck();
    await real.until((s) => !s.doNotDisturb, 'do-not-disturb to be off');
  });

  it('searches the history and filters missed calls made by real scenarios; the rows are the Companion’s', async () => {
    const { scenarios } = real.demoServer;
    const version = real.latest().historyVersion;
    await scenarios.inboundAnswered({ to: ME, from: { name: 'Grace Hopper', number: '+15555550101' } });
    await scenarios.missed({ to: ME, from: { name: 'Alan Turing', number: '+15555550102' } });
    await scenarios.missed({ to: ME, from: { name: 'Grace Turing', number: '+15555550103' } });
    await real.until(historyGrew(version, 3), 'three calls in the history');

    const main = await openMain();
    const history = main.page.locator('.history .list');
    const names = () => history.locator('[data-call-id] .name').allTextContents();
    const expected = async (query: { search?: string; missedOnly?: boolean }) =>
      (await historyPage(query)).calls.map((c) => c.callerName);

    await history.locator('[data-call-id]').first().waitFor();
    await main.page.getByRole('searchbox', { name: 'Search calls by name or number' }).fill('turing');
    await expect.poll(names).toEqual(['Grace Turing', 'Alan Turing']);
    expect(await names()).toEqual(await expected({ search: 'turing' }));

    await main.page.getByRole('searchbox').fill('Grace');
    await expect.poll(names).toEqual(['Grace Turing', 'Grace Hopper']);

    await main.page.getByRole('checkbox', { name: 'Missed only' }).check();
    await expect.poll(names).toEqual(['Grace Turing']);
    expect(await names()).toEqual(await expected({ search: 'Grace', missedOnly: true }));

    await main.page.getByRole('searchbox').fill('');
    const missed = await expected({ missedOnly: true });
    expect(missed).toEqual(expect.arrayContaining(['Grace Turing', 'Alan Turing']));
    expect(missed).not.toContain('Grace Hopper');
    await expect.poll(names).toEqual(missed);
    const icons = await history
      .locator('[data-call-id] [role="img"]')
      .evaluateAll((icons) =>
        icons.map((icon) =>
          (icon as unknown as { getAttribute(n: string): string | null }).getAttribute('aria-label'),
        ),
      );
    expect(new Set(icons)).toEqual(new Set(['Missed']));
  });
});

/** Caller IDs as whoever places the call may type them, sent by the server as the name and the number. */
const HOSTILE: readonly string[] = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '<svg onload="window.__pwned = 3"><circle r="9"/></svg>',
  '<a href="javascript:window.__pwned = 4">call me</a>',
  'javascript:window.__pwned = 5',
  '" onmouseover="window.__pwned = 6" x="',
  '"><iframe src="javascript:window.__pwned = 7"></iframe>',
  '<style>body{display:none}</style>',
  'X'.repeat(5_000),
  'ctl\u0000\u0007\u001b[31mred\u007f\u0085end',
  '\u202Eexe.live\u202C \u2066isolate\u2069 \u200Fmark',
  'محمد الأحمد — שלום',
];

/** Control characters and bidi overrides, isolates and marks: none may reach the screen. */
const unsafeShown = (text: string | null): boolean =>
  [...(text ?? '')].some((c) => {
    const code = c.codePointAt(0)!;
    return (
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069) ||
      code === 0x200e ||
      code === 0x200f
    );
  });

async function pageFacts(view: RendererPage) {
  return view.page.evaluate(() => {
    const w = globalThis as unknown as PageWindow;
    const card = w.document.querySelector('.pop-card');
    return {
      elements: w.document.querySelectorAll('*').length,
      pwned: w.__pwned ?? null,
      name: card?.querySelector('h2')?.textContent ?? null,
      number: card?.querySelector('[data-testid="caller-number"]')?.textContent ?? null,
      overflow: w.document.body.scrollWidth - w.document.body.clientWidth,
    };
  });
}

describe('hostile caller IDs from the server', () => {
  it('show as capped, cleaned text in the pop card: no new element, no script, no dialog, under the CSP', async () => {
    const view = await openPop();
    const first = real.ring({ name: 'Baseline Caller', number: '+15555550100', did: '0800' });
    await view.page.locator('.pop-card h2').waitFor();
    const baseline = await pageFacts(view);
    first.hangup();
    await real.until((s) => s.liveCalls.length === 0, 'the baseline call to end');

    for (const text of HOSTILE) {
      const label = JSON.stringify(text.slice(0, 40));
      const call = real.ring({ name: text, number: text, did: '0800' });
      await real.until((s) => s.pops.length === 1, `the pop for ${label}`);
      await view.settled();
      await view.page.locator('.pop-card h2').waitFor();
      const facts = await pageFacts(view);
      expect(facts.pwned, label).toBeNull();
      expect(facts.elements, label).toBe(baseline.elements);
      expect(facts.name, label).toBe(displayName(text));
      expect(facts.number, label).toBe(displayNumber(text));
      expect(unsafeShown(facts.name), label).toBe(false);
      expect(unsafeShown(facts.number), label).toBe(false);
      expect([...(facts.name ?? '')].length, label).toBeLessThanOrEqual(80);
      expect(facts.overflow, label).toBeLessThanOrEqual(0);

      // The link is built in main from the raw caller ID: percent-encoded, still on the template's origin.
      const opened = real.ports.opened.length;
      await view.page.getByRole('button', { name: 'Open CRM' }).click();
      await expect.poll(() => real.ports.opened.length, { message: label }).toBe(opened + 1);
      const link = new URL(real.ports.opened.at(-1)!);
      expect(link.origin, label).toBe('https://crm.example.com');
      expect(real.ports.opened.at(-1), label).not.toMatch(/[<>"\s]/);

      call.hangup();
      await real.until((s) => s.liveCalls.length === 0, `the call ${label} to end`);
      await view.page.locator('.pop-card').waitFor({ state: 'detached' });
    }
    // The fixture checks CSP violations, page errors and dialogs after the test as well.
    expect(await view.cspViolations()).toEqual([]);
    expect(view.dialogs).toEqual([]);
  });

  it('show as text in the main window’s history', async () => {
    const version = real.latest().historyVersion;
    for (const text of HOSTILE.slice(0, 8)) {
      const call = real.ring({ name: text, number: '+15555550199', did: '0800' });
      await real.until((s) => s.liveCalls.length === 1, 'the hostile call');
      call.hangup();
      await real.until((s) => s.liveCalls.length === 0, 'the hostile call to end');
    }
    await real.until(historyGrew(version, 8), 'the hostile calls in the history');
    const main = await openMain();
    const rows = main.page.locator('.history .list [data-call-id] .name');
    await rows.first().waitFor();
    const shown = await rows.allTextContents();
    for (const text of HOSTILE.slice(0, 8)) expect(shown).toContain(displayName(text));
    expect(await main.page.evaluate(() => (globalThis as unknown as PageWindow).__pwned ?? null)).toBeNull();
    expect(
      await main.page.locator('.history script, .history img, .history iframe, .history a').count(),
    ).toBe(0);
  });
});

describe('screen-reader announcements', () => {
  it('come from the pop window alone while it is in use, and from the main window when it is not', async () => {
    const main = await openMain();
    const pop = await openPop();
    const call = real.ring({ name: 'Announced Once', number: '+15555550155', did: '0800' });
    await pop.page.locator('.pop-card').waitFor();
    await expect
      .poll(() => pop.page.getByTestId('announcer').textContent())
      .toBe('Incoming call from Announced Once, +15555550155');
    await main.page.locator('.live .pop-card').waitFor();
    expect(await main.page.getByTestId('announcer').count()).toBe(0);
    call.hangup();
    await real.until((s) => s.liveCalls.length === 0, 'the call to end');

    await change({ popStyle: 'notification' });
    try {
      await main.settled();
      const next = real.ring({ name: 'Main Window', number: '+15555550156', did: '0800' });
      await expect
        .poll(() => main.page.getByTestId('announcer').textContent())
        .toBe('Incoming call from Main Window, +15555550156');
      next.hangup();
      await real.until((s) => s.liveCalls.length === 0, 'the call to end');
    } finally {
      await change({ popStyle: 'window' });
    }
  });
});
