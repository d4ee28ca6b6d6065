/**
 * Settings → Pops' display choices and the global shortcut in German and in Arabic, against the real
 * Companion: main sends each display as data (place, the OS's name, size, the main one), and the
 * window says it in the chosen language; the shortcut's keys are named as the language writes them
 * ("Strg+Umschalt+K"), while the accelerator main stores and registers stays Electron's.
 */
import { describe, expect, it } from 'vitest';
import type { DisplayView } from '../../src-main/ipc/contract';
import { backendsPerTest, quick } from '../support/browser-backends';
import { ME, type CompanionBackend } from '../support/companion-backend';
import type { RendererPage } from '../support/renderer-harness';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();
const started = backendsPerTest();

const DISPLAYS: readonly DisplayView[] = [
  { id: 7, place: 1, name: 'DELL U2719D', width: 2560, height: 1440, primary: false },
  { id: 9, place: 2, name: null, width: 1920, height: 1080, primary: true },
];

async function settingsIn(language: 'de' | 'ar'): Promise<{ real: CompanionBackend; view: RendererPage }> {
  const real = await started({
    settings: { language, isymphonyUser: ME, globalShortcut: 'CommandOrControl+Shift+K' },
    recording: { displays: DISPLAYS },
  });
  const view = await quick(browser.open(real.backend, { viewport: { width: 960, height: 900 } }));
  const settings = language === 'de' ? 'Einstellungen' : 'الإعدادات';
  await view.page.getByRole('button', { name: settings, exact: true }).click();
  await view.page.locator('#server').waitFor();
  return { real, view };
}

describe('the display choices and the shortcut in German', () => {
  it('names the displays and the shortcut’s keys in German; the stored accelerator stays Electron’s', async () => {
    const { real, view } = await settingsIn('de');
    const page = view.page;
    expect(await page.getByLabel('Pop-up-Fenster anzeigen auf').locator('option').allTextContents()).toEqual([
      'Der Bildschirm mit dem Mauszeiger',
      '1: DELL U2719D (2560×1440)',
      '2: Bildschirm (1920×1080, Hauptbildschirm)',
    ]);

    const recorder = page.getByTestId('shortcut-recorder');
    expect(await recorder.textContent()).toBe('Strg+Umschalt+K');
    await recorder.click();
    await page.keyboard.down('Control');
    await page.keyboard.down('Alt');
    await expect.poll(() => recorder.textContent()).toBe('Strg+Alt+…');
    await page.keyboard.press('Space');
    await page.keyboard.up('Alt');
    await page.keyboard.up('Control');
    expect(await recorder.textContent()).toBe('Strg+Alt+Leertaste');
    await page.locator('.save-bar').getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => real.ports.shortcuts.at(-1)).toBe('CommandOrControl+Alt+Space');
    await expect.poll(() => real.latest().settings.globalShortcut).toBe('CommandOrControl+Alt+Space');
    expect(await recorder.textContent()).toBe('Strg+Alt+Leertaste');

    // The dial shortcut is recorded the same way, and said in German too.
    const dial = page.getByLabel('Nummer aus der Zwischenablage wählen');
    await dial.click();
    await page.keyboard.press('Control+Shift+KeyD');
    expect(await dial.textContent()).toBe('Strg+Umschalt+D');
    await page.locator('.save-bar').getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => real.latest().settings.dialShortcut).toBe('CommandOrControl+Shift+D');
  });
});

describe('the display choices and the shortcut in Arabic', () => {
  it('names the displays in Arabic and keeps the shortcut left to right', async () => {
    const { real, view } = await settingsIn('ar');
    const page = view.page;
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.getByLabel('إظهار نافذة البطاقات على').locator('option').allTextContents()).toEqual([
      'الشاشة التي عليها المؤشر',
      '1: DELL U2719D (2560×1440)',
      '2: شاشة (1920×1080، الرئيسية)',
    ]);

    const recorder = page.getByTestId('shortcut-recorder');
    expect(await recorder.textContent()).toBe('Ctrl+Shift+K');
    expect(await recorder.locator('kbd').getAttribute('dir')).toBe('ltr');
    await recorder.click();
    await page.keyboard.press('Control+Alt+Space');
    expect(await recorder.textContent()).toBe('Ctrl+Alt+مسافة');
    await page.locator('.save-bar').getByRole('button', { name: 'حفظ', exact: true }).click();
    await expect.poll(() => real.latest().settings.globalShortcut).toBe('CommandOrControl+Alt+Space');
  });
});
