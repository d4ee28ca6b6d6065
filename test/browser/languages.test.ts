/**
 * The language follows the operating system, and Settings → Language overrides it, switched live in
 * the open windows: the real Companion on a demo server, the page as the user sees it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startCompanionBackend, type CompanionBackend } from '../support/companion-backend';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();
let real: CompanionBackend | undefined;

afterEach(async () => {
  await real?.close();
  real = undefined;
});

describe('languages', () => {
  it('follow the OS, then the setting, live in the main and the pop window (its title too), right to left for Arabic', async () => {
    real = await startCompanionBackend({
      systemLanguages: ['ja-JP', 'fr-CH'],
      settings: { popStyle: 'window' },
    });
    const main = await browser.open(real.backend);
    const html = main.page.locator('html');
    // The first OS language the app speaks, with the OS's region for formats.
    await expect.poll(() => html.getAttribute('lang')).toBe('fr-CH');
    await main.page.getByRole('button', { name: 'Paramètres', exact: true }).click();

    await main.page.getByLabel('Langue', { exact: true }).selectOption('de');
    await main.page.locator('.save-bar').getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect.poll(() => html.getAttribute('lang')).toBe('de');
    await expect
      .poll(() => main.page.getByRole('button', { name: 'Einstellungen', exact: true }).count())
      .toBe(1);
    expect(real.latest().settings.language).toBe('de');

    // A call pops in German in the pop window, opened after the switch.
    const pop = await browser.open(real.backend, { page: 'pop' });
    real.ring({ name: 'Ada Lovelace', number: '+442079460018', did: '0800123456' });
    await expect.poll(() => pop.page.locator('.pop-card .open-crm').textContent()).toBe('CRM öffnen');
    await expect.poll(() => pop.page.title()).toBe('Eingehende Anrufe');

    await main.page.getByLabel('Sprache', { exact: true }).selectOption('ar');
    await main.page.locator('.save-bar').getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => html.getAttribute('dir')).toBe('rtl');
    await expect.poll(() => pop.page.locator('html').getAttribute('dir')).toBe('rtl');
    await expect.poll(() => pop.page.locator('.pop-card .open-crm').textContent()).toBe('فتح CRM');
    await expect.poll(() => pop.page.title()).toBe('المكالمات الواردة');

    // Back to the system's: French again, left to right.
    await main.page.getByLabel('اللغة', { exact: true }).selectOption('system');
    await main.page.locator('.save-bar').getByRole('button', { name: 'حفظ', exact: true }).click();
    await expect.poll(() => html.getAttribute('dir')).toBe('ltr');
    await expect.poll(() => html.getAttribute('lang')).toBe('fr-CH');
  });
});
