/**
 * The Settings page in German and in Arabic, against the real Companion: every section the
 * translations reached late (ring sound, settings file, caller lookup and its Test lookup box, the
 * managed-settings notice, text size, the dialled-number rows) speaks the chosen language, and
 * main's own sentences (a setting refused on Save, a lookup that finds no one) come back in it too.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startCompanionBackend, ME, type CompanionBackend } from '../support/companion-backend';
import type { RendererPage } from '../support/renderer-harness';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();
let real: CompanionBackend | undefined;
afterEach(async () => {
  await real?.close();
  real = undefined;
});

async function settingsIn(language: 'de' | 'ar', settingsButton: string): Promise<RendererPage> {
  real = await startCompanionBackend({
    settings: {
      language,
      isymphonyUser: ME,
      didLabels: [{ did: '0800 123 456', label: 'Acme' }],
    },
    // The administrator locks the theme: the page says so above the sections.
    machineDefaults: () => JSON.stringify({ settings: { theme: 'system' }, locked: ['theme'] }),
  });
  const view = await browser.open(real.backend, { viewport: { width: 960, height: 900 } });
  view.page.setDefaultTimeout(5_000);
  await view.page.getByRole('button', { name: settingsButton, exact: true }).click();
  await view.page.locator('#server').waitFor();
  return view;
}

/** The visible text of a section, whitespace folded. */
const textOf = async (view: RendererPage, id: string) =>
  ((await view.page.locator(`#${id}`).textContent()) ?? '').replace(/\s+/g, ' ');

describe('the Settings page in German', () => {
  it('says its late sections, notices and rows in German', async () => {
    const view = await settingsIn('de', 'Einstellungen');
    const page = view.page;
    const nav = page.getByRole('navigation', { name: 'Bereiche der Einstellungen' });
    for (const name of ['Klingelton', 'Einstellungsdatei', 'Anrufersuche', 'Erweitert']) {
      expect(await nav.getByRole('link', { name, exact: true }).count(), name).toBe(1);
    }
    expect(await page.getByTestId('managed-settings').textContent()).toMatch(
      /Ihr Administrator hat theme für alle Benutzer dieses Computers festgelegt/,
    );

    // Ring sound: the choices, the volume in German number format, the try-out button.
    expect(await textOf(view, 'sound')).toContain('Ertönt, solange ein angezeigter Anruf klingelt');
    const sound = page.getByLabel('Ton', { exact: true });
    expect(await sound.locator('option').allTextContents()).toEqual([
      'Aus (kein Ton)',
      'Glockenspiel',
      'Glocke',
      'Telefon',
    ]);
    await sound.selectOption({ label: 'Telefon' });
    expect(await page.getByLabel('Lautstärke').getAttribute('aria-valuetext')).toBe('70\u00a0%');
    expect(await page.locator('#sound').getByRole('button', { name: 'Abspielen' }).count()).toBe(1);

    // Text size: the label, the hint and German percentages.
    const size = page.getByLabel('Textgröße', { exact: true });
    expect(await size.locator('option').allTextContents()).toEqual([
      '100\u00a0% (normal)',
      '125\u00a0%',
      '150\u00a0%',
      '175\u00a0%',
      '200\u00a0%',
    ]);

    // Settings file.
    const transfer = page.locator('#transfer');
    expect(await transfer.getByRole('button', { name: 'Einstellungen exportieren…' }).count()).toBe(1);
    expect(await transfer.getByRole('button', { name: 'Einstellungen importieren…' }).count()).toBe(1);

    // A dialled-number row is a group named by its place, in German.
    expect(await page.getByRole('group', { name: 'Gewählte Nummer 1 von 1' }).count()).toBe(1);

    // Main refuses a bad value on Save: beside the field, in German, naming the port.
    await page.getByLabel('Port', { exact: true }).fill('0');
    await page.locator('.save-bar').getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect
      .poll(() => page.locator('[data-path="server.port"]').getByTestId('field-error').textContent())
      .toBe('Der Port muss eine Zahl von 1 bis 65535 sein.');
    expect(await page.getByTestId('save-result').textContent()).toMatch(/^Eine Einstellung ist ungültig/);
    await page.getByLabel('Port', { exact: true }).fill('58080');

    // Caller lookup: a preset's setup sentence, the token field and the Test lookup box.
    await page.getByLabel('Anrufer suchen in').selectOption('hubspot');
    expect(await page.getByTestId('crm-lookup-setup').textContent()).toMatch(
      /^Legen Sie eine private App mit dem Bereich crm\.objects\.contacts\.read an/,
    );
    const lookup = page.locator('#crm-lookup');
    expect(await lookup.getByLabel('Token-Header').count()).toBe(1);
    expect(await lookup.getByRole('button', { name: 'Token speichern' }).count()).toBe(1);
    expect(await lookup.getByLabel('Zu testende Nummer').count()).toBe(1);
    expect(await lookup.getByRole('button', { name: 'Suche testen' }).count()).toBe(1);
  });
});

describe('the Settings page in Arabic', () => {
  it('says its late sections, notices and rows in Arabic, right to left', async () => {
    const view = await settingsIn('ar', 'الإعدادات');
    const page = view.page;
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const nav = page.getByRole('navigation', { name: 'أقسام الإعدادات' });
    for (const name of ['نغمة الرنين', 'ملف الإعدادات', 'البحث عن المتصل']) {
      expect(await nav.getByRole('link', { name, exact: true }).count(), name).toBe(1);
    }
    expect(await page.getByTestId('managed-settings').textContent()).toMatch(/ضبط المسؤول theme/);
    expect(await page.getByLabel('الصوت', { exact: true }).locator('option').allTextContents()).toEqual([
      'متوقفة (بلا صوت)',
      'أجراس',
      'جرس',
      'هاتف',
    ]);
    expect(
      await page.getByLabel('حجم النص', { exact: true }).locator('option').first().textContent(),
    ).toMatch(/\(عادي\)$/);
    expect(await page.locator('#transfer').getByRole('button', { name: 'تصدير الإعدادات…' }).count()).toBe(1);
    expect(await page.getByRole('group', { name: 'الرقم المطلوب 1 من 1' }).count()).toBe(1);
    await page.getByLabel('البحث عن المتصلين في').selectOption('custom');
    const lookup = page.locator('#crm-lookup');
    expect(await lookup.getByLabel('الرقم المراد اختباره').count()).toBe(1);
    expect(await lookup.getByRole('button', { name: 'اختبار البحث' }).count()).toBe(1);
  });
});
