/**
 * Settings → Ring sound, Import and export, and the section navigation, against the real Companion:
 * the sound and its volume are saved with the one Save; an export writes the saved settings to the
 * file main's dialog chose (no password in it); a broken file changes nothing and lists each problem
 * in plain words; a good one fills the form, saved with Save; the navigation marks where you are.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { backendsPerTest, openSettingsScreen } from '../support/browser-backends';
import { ME, type CompanionBackend } from '../support/companion-backend';
import type { RendererPage } from '../support/renderer-harness';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();
const started = backendsPerTest();

async function settingsPage(): Promise<{ real: CompanionBackend; view: RendererPage }> {
  const real = await started({ settings: { isymphonyUser: ME } });
  return { real, view: await openSettingsScreen(browser, real) };
}

const save = (view: RendererPage) => view.page.getByRole('button', { name: 'Save', exact: true }).click();
const result = (view: RendererPage) => view.page.getByTestId('transfer-result');
const nav = (view: RendererPage) => view.page.getByRole('navigation', { name: 'Settings sections' });

describe('the ring sound in Settings', () => {
  it('saves the sound and its volume with the form’s one Save', async () => {
    const { real, view } = await settingsPage();
    const volume = view.page.getByLabel('Volume');
    expect(await volume.isDisabled()).toBe(true);
    await view.page.getByLabel('Sound', { exact: true }).selectOption({ label: 'Telephone' });
    await volume.fill('35');
    await save(view);
    await expect.poll(() => view.page.getByTestId('save-result').textContent()).toBe('Settings saved.');
    expect(real.latest().settings).toMatchObject({ ringSound: 'pulse', ringVolume: 35 });
  });
});

describe('settings import and export', () => {
  it('exports the saved settings, without the password, to the file main’s dialog chose', async () => {
    const { real, view } = await settingsPage();
    const path = real.chooseSaveFile('desk-7.json');
    await view.page.getByRole('button', { name: 'Export settings…' }).click();
    await expect.poll(() => result(view).textContent()).toMatch(/exported to desk-7\.json/);
    const text = await readFile(path!, 'utf8');
    expect(JSON.parse(text)).toMatchObject({
      format: 'isymphony-companion-settings',
      settings: real.latest().settings,
    });
    expect(text).not.toContain(real.serverPassword);
  });

  it('a broken file changes nothing and says each problem in plain words', async () => {
    const { real, view } = await settingsPage();
    const before = real.latest().settings;
    await real.chooseFile(
      JSON.stringify({
        settings: {
          ringVolume: 250,
          server: { host: 'pbx.example.com', port: 0, tls: false, trustedCertificateSha256: null },
          managerPassword: 'x',
        },
      }),
      'broken.json',
    );
    await view.page.getByRole('button', { name: 'Import settings…' }).click();
    await expect
      .poll(() => result(view).textContent())
      .toMatch(/not imported: 3 settings in it are not valid/);
    const items = await result(view).getByRole('listitem').allTextContents();
    expect(items).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ringVolume: The ring volume must be a number from 0 to 100/),
        expect.stringMatching(/^server\.port: The port must be a number from 1 to 65535/),
        expect.stringMatching(
          /^managerPassword: Passwords and other secrets are kept in the system keychain/,
        ),
      ]),
    );
    // Nothing lost: the form has no unsaved change and main's settings are as they were.
    expect(await view.page.getByTestId('save-result').textContent()).toBe('');
    expect(real.latest().settings).toEqual(before);
  });

  it('a good file fills the form; Save keeps it', async () => {
    const { real, view } = await settingsPage();
    await real.chooseFile(
      JSON.stringify({ ringSound: 'bell', ringVolume: 30, popCorner: 'top-left' }),
      'team.json',
    );
    await view.page.getByRole('button', { name: 'Import settings…' }).click();
    await expect
      .poll(() => result(view).textContent())
      .toMatch(/Read 3 settings from team\.json\. Check them and press Save/);
    expect(await view.page.getByLabel('Sound', { exact: true }).inputValue()).toBe('bell');
    expect(await view.page.getByTestId('save-result').textContent()).toBe('Unsaved changes.');
    expect(real.latest().settings.ringSound).toBe('off');
    await save(view);
    await expect.poll(() => real.latest().settings.ringSound).toBe('bell');
    expect(real.latest().settings).toMatchObject({
      ringVolume: 30,
      popCorner: 'top-left',
      isymphonyUser: ME,
    });
  });
});

describe('the section navigation', () => {
  it('marks the section being read: the first at the top, the one chosen, the one scrolled to', async () => {
    const { view } = await settingsPage();
    const current = () => nav(view).locator('[aria-current="location"]').textContent();
    expect(await current()).toBe('Server');
    await nav(view).getByRole('link', { name: 'Ring sound' }).click();
    await expect.poll(current).toBe('Ring sound');
    await view.page
      .locator('#crm')
      .evaluate((section) =>
        (section as unknown as { scrollIntoView(options: object): void }).scrollIntoView({ block: 'start' }),
      );
    await expect.poll(current).toBe('CRM links');
    await view.page
      .locator('#server')
      .evaluate((section) =>
        (section as unknown as { scrollIntoView(options: object): void }).scrollIntoView({ block: 'start' }),
      );
    await expect.poll(current).toBe('Server');
    expect(await nav(view).locator('[aria-current]').count()).toBe(1);
  });
});
