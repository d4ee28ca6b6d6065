/**
 * The Settings screen against the real Companion and a real demo server: what the user types in the
 * page is what the Companion saves, connects with and answers about — the status bar going live, the
 * server's 401 in words, field problems beside their fields — and the tray's "Settings" route.
 */
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../src-main/ipc/contract';
import { backendsPerTest, openSettingsScreen } from '../support/browser-backends';
import { CRM_URL, ME, type CompanionBackend } from '../support/companion-backend';
import type { PageWindow } from '../support/page-globals';
import type { RendererPage } from '../support/renderer-harness';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();
const started = backendsPerTest();

/** A server not set up yet: nothing stored for an account on a closed local port, so no attempt is made. */
async function unconfigured(extra: Partial<Settings> = {}): Promise<CompanionBackend> {
  return started({
    storedPassword: null,
    settings: {
      server: { host: '127.0.0.1', port: 1, tls: false, trustedCertificateSha256: null },
      managerUser: 'nobody',
      isymphonyUser: '',
      extensions: [],
      ...extra,
    },
  });
}

const openSettings = (real: CompanionBackend): Promise<RendererPage> => openSettingsScreen(browser, real);

async function fillServer(view: RendererPage, real: CompanionBackend, password: string): Promise<void> {
  const { page } = view;
  await page.getByLabel('Host').fill('127.0.0.1');
  await page.getByLabel('Port').fill(String(real.demoServer.port));
  await page.getByLabel('Manager user').fill('manager');
  await page.getByLabel('Manager password').fill(password);
  await page.getByLabel('iSymphony username').fill(ME);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
}

const statusBar = (view: RendererPage) => view.page.getByTestId('status-bar');

describe('settings saved in the Settings screen', () => {
  it('connect: the status bar goes from "no password stored" to live', async () => {
    const real = await unconfigured();
    const view = await openSettings(real);
    await expect.poll(() => statusBar(view).getAttribute('data-state')).toBe('failed');
    expect(await view.page.getByTestId('reason').textContent()).toMatch(/No password is stored/);

    await fillServer(view, real, real.serverPassword);
    await expect.poll(() => statusBar(view).getAttribute('data-state'), { timeout: 5_000 }).toBe('live');
    expect(await statusBar(view).getByRole('status').textContent()).toBe(`Connected to 127.0.0.1 as ${ME}`);
    expect(await view.page.getByTestId('save-result').textContent()).toBe('Settings saved.');
    expect(await view.page.getByLabel('Manager password').inputValue()).toBe('');

    // What the page sent is what the Companion keeps, and the demo server sees the login.
    const saved = real.latest().settings;
    expect(saved.server).toMatchObject({ host: '127.0.0.1', port: real.demoServer.port });
    expect(saved).toMatchObject({ managerUser: 'manager', isymphonyUser: ME, mode: 'server' });
    expect(real.latest().keychain).toMatchObject({ passwordStored: true });
    expect(real.demoServer.clients().length).toBeGreaterThan(0);
    expect(JSON.stringify(real.states)).not.toContain(real.serverPassword);
  });

  it('with a wrong password: the server’s refusal (401) appears in the status bar in words', async () => {
    const real = await unconfigured();
    const view = await openSettings(real);
    await fillServer(view, real, 'not-the-password');
    await expect.poll(() => real.latest().connection.code).toBe('credentials-rejected');
    await expect.poll(() => statusBar(view).getAttribute('data-state')).toBe('failed');
    expect(await view.page.getByTestId('reason').textContent()).toBe(
      `The server at 127.0.0.1:${real.demoServer.port} rejected the manager username or password; correct them in settings (they are iSymphony's manager account, not a user's login).`,
    );
    expect(await statusBar(view).textContent()).not.toContain('not-the-password');
  });

  it('refused by the Companion: each problem shows beside its own field (server.port, crm.templates[1].url)', async () => {
    const templates: Settings['crm']['templates'] = [
      { id: 'main', label: 'Main CRM', url: CRM_URL, autoOpen: 'never', rules: {} },
      {
        id: 'tickets',
        label: 'Tickets',
        url: 'https://help.example.com/?q={number}',
        autoOpen: 'never',
        rules: {},
      },
    ];
    const real = await unconfigured({ crm: { templates, defaultCountry: 'GB' } });
    const view = await openSettings(real);
    const { page } = view;
    await page.getByLabel('Port').fill('70000');
    await page.locator('[data-path="crm.templates[1].url"] input').fill('ftp://help.example.com/{number}');
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    const port = page.locator('[data-path="server.port"]');
    await expect
      .poll(() => port.getByTestId('field-error').textContent())
      .toBe('The port must be a number from 1 to 65535.');
    expect(await port.locator('input').getAttribute('aria-invalid')).toBe('true');
    const link = page.locator('[data-path="crm.templates[1].url"]');
    expect(await link.getByTestId('field-error').textContent()).toBe(
      'The link must start with http:// or https:// and contain no spaces.',
    );
    // Only those two: the first template's link is fine, and nothing was saved.
    expect(await page.getByTestId('field-error').count()).toBe(2);
    expect(real.latest().settings.server.port).toBe(1);
    // The keyboard is taken to the first field that needs attention.
    await expect
      .poll(() =>
        page.evaluate(() =>
          (globalThis as unknown as PageWindow).document.activeElement?.getAttribute('aria-invalid'),
        ),
      )
      .toBe('true');
  });

  it('call links and the dial shortcut: a shortcut that is the CRM one is refused beside it; saved, the app becomes the link handler', async () => {
    const real = await unconfigured();
    const view = await openSettings(real);
    const { page } = view;
    const links = page.getByLabel('Dial tel:, callto: and sip: links with this app');
    expect(await links.isChecked()).toBe(false);
    await links.check();
    // Recorded by pressing it, as the CRM shortcut is.
    const dial = page.getByLabel('Dial the number on the clipboard');
    expect(await dial.textContent()).toBe('None');
    await dial.click();
    await page.keyboard.press('Control+Shift+KeyK');
    expect(await dial.textContent()).toBe('Ctrl+Shift+K');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => page.locator('[data-path="dialShortcut"]').getByTestId('field-error').textContent())
      .toBe('The dial shortcut is the same as the CRM shortcut; choose a different one.');
    expect(real.ports.callLinks).toEqual([]);
    await dial.click();
    await page.keyboard.press('Control+Alt+KeyD');
    expect(await dial.textContent()).toBe('Ctrl+Alt+D');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => real.latest().settings.callLinks).toBe(true);
    expect(real.latest().settings.dialShortcut).toBe('CommandOrControl+Alt+D');
    expect(real.ports.callLinks).toEqual([true]);
    expect(real.ports.dialShortcuts.at(-1)).toBe('CommandOrControl+Alt+D');
  });
});

describe('the first run', () => {
  it('"Connect to my iSymphony server" leads to the server settings; saving them leaves the demo for the server', async () => {
    const real = await started({ settings: null });
    await real.until((s) => s.mode === 'setup' && s.demo.running, 'the first run with the demo running');
    const view = await browser.open(real.backend, { viewport: { width: 960, height: 900 } });
    view.page.setDefaultTimeout(5_000);
    await view.page.getByRole('button', { name: /Connect to my iSymphony server/ }).click();
    await view.page.locator('#server').waitFor();
    // The keyboard lands in the server section, ready to type.
    await expect
      .poll(() =>
        view.page.evaluate(() => (globalThis as unknown as PageWindow).document.activeElement?.tagName),
      )
      .toBe('INPUT');

    await fillServer(view, real, real.serverPassword);
    await real.until((s) => s.mode === 'server' && !s.demo.running, 'server mode, the demo stopped');
    await expect.poll(() => statusBar(view).getAttribute('data-state')).toBe('live');
    expect(real.latest().settings.mode).toBe('server');
    expect(real.demoServer.clients().length).toBeGreaterThan(0);
  });
});

describe('the tray’s "Settings" route (index.html#settings)', () => {
  it('opens Settings on load and on a hash change, and takes the hash away so the next one works again', async () => {
    const real = await unconfigured();
    const view = await browser.open(real.backend);
    view.page.setDefaultTimeout(5_000);
    const { page } = view;
    const settingsShown = () => page.locator('main[aria-label="Settings"]').count();
    await page.getByTestId('status-bar').waitFor();
    expect(await settingsShown()).toBe(0);

    const hashNow = () =>
      page.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash);
    const setHash = (hash: string) =>
      page.evaluate((h) => {
        (globalThis as unknown as { location: { hash: string } }).location.hash = h;
      }, hash);

    await setHash('#settings');
    await expect.poll(settingsShown).toBe(1);
    expect(await hashNow()).toBe('');

    // The form's own section links are hashes too; they must not switch the view.
    await page.getByRole('link', { name: 'CRM links' }).click();
    expect(await settingsShown()).toBe(1);

    await page.getByRole('button', { name: 'Calls' }).click();
    await expect.poll(settingsShown).toBe(0);
    await setHash('#settings');
    await expect.poll(settingsShown).toBe(1);

    // A fresh load of index.html#settings, as when the tray opens the window.
    const url = new URL(page.url());
    url.hash = 'settings';
    await page.goto('about:blank');
    await page.goto(url.href);
    await page.locator('#server').waitFor();
    expect(await settingsShown()).toBe(1);
    expect(await hashNow()).toBe('');
  });
});
