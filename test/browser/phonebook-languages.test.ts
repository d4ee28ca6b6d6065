/**
 * The phonebook screen and its panels in German and in Arabic (right to left), against the scripted
 * backend: every word from the catalogue, counts with the language's plural forms, and a switch of
 * language while the screen is open changes them in place.
 */
import { describe, expect, it } from 'vitest';
import type { LocaleView } from '../../src-main/ipc/contract';
import { ScriptedBackend, sampleState } from '../support/scripted-backend';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();
const GERMAN: LocaleView = { language: 'de', formatLocale: 'de-DE', dir: 'ltr', hourCycle: null };
const ARABIC: LocaleView = { language: 'ar', formatLocale: 'ar', dir: 'rtl', hourCycle: null };

function phonebookBackend(locale: LocaleView): ScriptedBackend {
  const backend = new ScriptedBackend(
    sampleState({ locale, phonebook: { contacts: 2, version: 1, notice: null } }),
  );
  backend.handlers.queryPhonebook = () => ({
    ok: true,
    value: {
      total: 2,
      offset: 0,
      contacts: [
        { id: 'c1', name: 'Ada Lovelace', company: 'Analytical Engines', numbers: ['+442079460018'] },
        { id: 'c2', name: null, company: null, numbers: ['+12125550100'] },
      ],
    },
  });
  backend.handlers.pickPhonebookFile = () => ({
    ok: true,
    value: {
      format: 'csv',
      fileName: 'kontakte.csv',
      headers: ['Vorname', ''],
      sample: [['Ada', '+44 20 7946 0018']],
      rows: 3,
      mapping: { name: [0], company: null, numbers: [1] },
    },
  });
  return backend;
}

describe('the phonebook in other languages', () => {
  it('speaks German on the screen, in the contact editor and in the import panel', async () => {
    const backend = phonebookBackend(GERMAN);
    const { page } = await browser.open(backend);
    await page.getByRole('button', { name: 'Telefonbuch', exact: true }).click();
    const screen = page.locator('section.phonebook');
    await expect.poll(() => screen.getByRole('heading', { level: 2 }).textContent()).toBe('Telefonbuch');
    expect(await screen.getByRole('searchbox').getAttribute('placeholder')).toBe(
      'Name, Firma oder Nummer suchen',
    );
    await expect.poll(() => screen.locator('.count').textContent()).toBe('2 Kontakte');
    expect(await screen.locator('.contact .name').allTextContents()).toEqual([
      'Ada Lovelace',
      '(ohne Namen)',
    ]);

    await screen.getByRole('button', { name: 'Kontakt hinzufügen', exact: true }).click();
    const editor = page.getByTestId('contact-editor');
    expect(await editor.getByRole('heading').textContent()).toBe('Kontakt hinzufügen');
    for (const label of ['Name', 'Firma', 'Telefonnummern, eine pro Zeile'])
      expect(await editor.getByLabel(label, { exact: true }).count()).toBe(1);
    expect(await editor.getByRole('button').allTextContents()).toEqual(['Abbrechen', 'Speichern']);
    await editor.getByRole('button', { name: 'Abbrechen' }).click();

    await screen.getByRole('button', { name: 'Datei importieren…', exact: true }).click();
    const panel = page.getByTestId('phonebook-import');
    expect(await panel.getByRole('heading').textContent()).toBe('kontakte.csv importieren');
    expect(await panel.locator('p.muted').textContent()).toMatch(/^3 Zeilen\. /);
    // An empty header is named by its place, in German.
    expect(await panel.getByTestId('map-company').locator('option').allTextContents()).toEqual([
      '(keine)',
      'Vorname',
      'Spalte 2',
    ]);
    expect(await panel.locator('thead th').allTextContents()).toEqual(['Name', 'Firma', 'Nummern']);
    expect(await panel.getByRole('radio').count()).toBe(2);
    expect(await panel.locator('fieldset.mode legend').textContent()).toBe(
      'Das Telefonbuch enthält bereits Kontakte',
    );
    expect(await panel.getByRole('button').allTextContents()).toEqual(['Abbrechen', 'Importieren']);
  });

  it('speaks Arabic right to left, and switches live from English', async () => {
    const backend = phonebookBackend({ language: 'en', formatLocale: 'en-GB', dir: 'ltr', hourCycle: null });
    const { page } = await browser.open(backend);
    await page.getByRole('button', { name: 'Phonebook', exact: true }).click();
    const screen = page.locator('section.phonebook');
    await expect.poll(() => screen.locator('.count').textContent()).toBe('2 contacts');
    await screen.getByRole('button', { name: 'Import file…', exact: true }).click();
    const panel = page.getByTestId('phonebook-import');
    expect(await panel.getByRole('button').allTextContents()).toEqual(['Cancel', 'Import']);

    backend.setState({ locale: ARABIC });
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await expect.poll(() => screen.locator('.count').textContent()).toBe('جهتا اتصال');
    expect(await screen.getByRole('heading', { level: 2 }).textContent()).toBe('دفتر الهاتف');
    expect(await panel.getByRole('heading').textContent()).toBe('استيراد kontakte.csv');
    expect(await panel.getByRole('button').allTextContents()).toEqual(['إلغاء', 'استيراد']);
    const options = await panel.getByTestId('map-company').locator('option').allTextContents();
    expect(options[0]).toBe('(لا شيء)');
    expect(options[2]).toMatch(/^العمود (2|٢)$/);
    await panel.getByRole('button', { name: 'إلغاء' }).click();

    await screen.getByRole('button', { name: 'إضافة جهة اتصال', exact: true }).click();
    const editor = page.getByTestId('contact-editor');
    for (const label of ['الاسم', 'الشركة', 'أرقام الهاتف، رقم في كل سطر'])
      expect(await editor.getByLabel(label, { exact: true }).count()).toBe(1);
    expect(await editor.getByRole('button').allTextContents()).toEqual(['إلغاء', 'حفظ']);
  });
});
