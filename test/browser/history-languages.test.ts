/**
 * The history screen in German and in Arabic (right to left), against the scripted backend: day
 * headings, the rows' durations and menu, the "Copied" confirmation, the count, the clear dialog
 * and the missed section, all in the chosen language; and a switch of language while the history
 * is open changes them in place, and back.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CallView, LocaleView } from '../../src-main/ipc/contract';
import { ScriptedBackend, T0, sampleCall, sampleState } from '../support/scripted-backend';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();
const ENGLISH: LocaleView = { language: 'en', formatLocale: 'en-GB', dir: 'ltr', hourCycle: null };
const GERMAN: LocaleView = { language: 'de', formatLocale: 'de-DE', dir: 'ltr', hourCycle: null };
const ARABIC: LocaleView = { language: 'ar', formatLocale: 'ar', dir: 'rtl', hourCycle: null };
const DAY = 86_400_000;

function call(id: string, name: string, ringingSince: number, answered: boolean): CallView {
  return sampleCall({
    id,
    state: answered ? 'ended' : 'missed',
    callerName: name,
    callerNumber: '+44 20 7946 0018',
    ringingSince,
    answeredAt: answered ? ringingSince + 8_000 : null,
    endedAt: ringingSince + (answered ? 128_000 : 20_000),
    ringMs: answered ? 8_000 : 20_000,
    talkMs: answered ? 120_000 : null,
    popped: false,
  });
}

/** Today (missed), yesterday (answered) and five days before (Friday 7 March 2025), one each; one unseen missed call. */
async function openHistory(locale: LocaleView) {
  const unseen = call('m-1', 'Grace Hopper', T0 - 60_000, false);
  const backend = new ScriptedBackend(sampleState({ locale, missed: { count: 1, calls: [unseen] } }));
  backend.history = [
    call('h-0', 'Ada Lovelace', T0 - 600_000, false),
    call('h-1', 'Charles Babbage', T0 - DAY, true),
    call('h-2', 'Alan Turing', T0 - 5 * DAY, true),
  ];
  const { page } = await browser.open(backend);
  await page.locator('.history [data-call-id]').first().waitFor();
  return { backend, page };
}

const headings = (page: Page) => page.locator('.history .day').allTextContents();
const row = (page: Page, id: string) => page.locator(`.list [data-call-id="${id}"]`);
const menuItems = async (page: Page, caller: string, actionsFor: string) => {
  await page
    .locator('.list')
    .getByRole('button', { name: `${actionsFor} ${caller}`, exact: true })
    .click();
  // The menu opens on the click's next render: read its items once they are there.
  await page.getByRole('menuitem').first().waitFor();
  const items = await page.getByRole('menuitem').allTextContents();
  await page.keyboard.press('Escape');
  return items;
};

describe('the history in other languages', () => {
  it('speaks German: headings, durations, row menu, Copied, count, clear dialog, missed section', async () => {
    const { page } = await openHistory(GERMAN);
    const history = page.locator('section.history');
    expect(await history.getByRole('heading', { level: 2 }).textContent()).toBe('Verlauf');
    expect(await history.getByRole('searchbox').getAttribute('placeholder')).toBe('Name oder Nummer suchen');
    expect(await history.getByRole('checkbox', { name: 'Nur verpasste' }).count()).toBe(1);
    expect(await page.getByRole('list', { name: 'Anrufverlauf' }).count()).toBe(1);
    await expect.poll(() => headings(page)).toEqual(['Heute', 'Gestern', 'Freitag, 7. März']);
    await expect.poll(() => page.getByTestId('history-count').textContent()).toBe('3 Anrufe');

    const answered = row(page, 'h-1');
    expect(await answered.locator('.durations').textContent()).toMatch(
      /^\s*Klingeln 0:08\s*· Gespräch 2:00\s*$/,
    );
    expect(
      await answered.locator('.durations [title]').evaluateAll((spans) => spans.map((s) => s.title)),
    ).toEqual(['Klingeldauer', 'Gesprächsdauer']);
    expect(await menuItems(page, 'Charles Babbage', 'Aktionen für')).toEqual([
      'CRM öffnen',
      'Nummer kopieren',
      'Zurückrufen',
      'Ins Telefonbuch aufnehmen',
    ]);
    await page.locator('.list').getByRole('button', { name: 'Aktionen für Charles Babbage' }).click();
    await page.getByRole('menuitem', { name: 'Nummer kopieren' }).click();
    await expect.poll(() => answered.getByTestId('copied').textContent()).toMatch(/Kopiert$/);

    const missed = page.getByTestId('missed-section');
    expect((await missed.getByRole('heading').textContent())?.replace(/\s+/g, ' ').trim()).toBe('Verpasst 1');
    // The missed section's rows are history rows too: the same words.
    expect(await missed.locator('.durations').textContent()).toContain('Klingeln 0:20');

    await history.getByRole('button', { name: 'Verlauf löschen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Anrufverlauf löschen?' });
    await dialog.waitFor();
    expect(await dialog.getByRole('button').allTextContents()).toEqual(['Abbrechen', 'Verlauf löschen']);
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  });

  it('switches live from English to Arabic, right to left, and back', async () => {
    const { backend, page } = await openHistory(ENGLISH);
    await expect.poll(() => headings(page)).toEqual(['Today', 'Yesterday', 'Friday 7 March']);
    expect(await row(page, 'h-1').locator('.durations').textContent()).toMatch(/Rang 0:08\s*· Talked 2:00/);

    backend.setState({ locale: ARABIC });
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await expect.poll(async () => (await headings(page)).slice(0, 2)).toEqual(['اليوم', 'أمس']);
    expect((await headings(page))[2]).toContain('مارس');
    expect(await page.locator('section.history h2').textContent()).toBe('السجل');
    expect(await page.getByTestId('history-count').textContent()).toMatch(/^(3|٣) مكالمات$/);
    const durations = await row(page, 'h-1').locator('.durations').textContent();
    expect(durations).toContain('الرنين');
    expect(durations).toContain('المحادثة');
    expect(await menuItems(page, 'Charles Babbage', 'إجراءات المكالمة مع')).toEqual([
      'فتح CRM',
      'نسخ الرقم',
      'معاودة الاتصال',
      'إضافة إلى دفتر الهاتف',
    ]);
    expect(await page.getByTestId('missed-section').getByRole('heading').textContent()).toContain('الفائتة');

    backend.setState({ locale: ENGLISH });
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('ltr');
    await expect.poll(() => headings(page)).toEqual(['Today', 'Yesterday', 'Friday 7 March']);
    expect(await page.getByTestId('history-count').textContent()).toBe('3 calls');
  });
});
