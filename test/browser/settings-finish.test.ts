/**
 * Settings anyone can finish, against the real Companion and a real demo server: a pasted address
 * fills host, port and TLS (and connects), TLS switches iSymphony's port, the pop corner and the
 * display from the list main sends are saved, and the shortcut is recorded by pressing it (one
 * another app holds is shown).
 */
import { describe, expect, it } from 'vitest';
import { err, ok, problem } from '../../src-main/common/result';
import type { Settings } from '../../src-main/ipc/contract';
import { backendsPerTest, openSettingsScreen } from '../support/browser-backends';
import { ME, type CompanionBackend } from '../support/companion-backend';
import type { RendererPage } from '../support/renderer-harness';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();
const started = backendsPerTest();

/** Not set up yet: an account on a closed local port, nothing stored, so no attempt is made. */
const UNCONFIGURED: Partial<Settings> = {
  server: { host: '127.0.0.1', port: 1, tls: false, trustedCertificateSha256: null },
  isymphonyUser: ME,
};

const openSettings = (real: CompanionBackend): Promise<RendererPage> => openSettingsScreen(browser, real);

/** What a paste does to a text field: the text goes in, with an input event saying it was pasted. */
async function paste(view: RendererPage, label: string, text: string): Promise<void> {
  await view.page.getByLabel(label, { exact: true }).evaluate((input, pasted) => {
    const field = input as unknown as { value: string; dispatchEvent(event: unknown): boolean };
    field.value = pasted;
    const InputEventClass = (
      globalThis as unknown as { InputEvent: new (type: string, init: object) => unknown }
    ).InputEvent;
    field.dispatchEvent(
      new InputEventClass('input', { inputType: 'insertFromPaste', bubbles: true, data: pasted }),
    );
  }, text);
}

const save = (view: RendererPage) => view.page.getByRole('button', { name: 'Save', exact: true }).click();

describe('the server address, pasted', () => {
  it('fills host, port and TLS from ws://…, and the app connects with them', async () => {
    const real = await started({ settings: UNCONFIGURED, storedPassword: null });
    const view = await openSettings(real);
    await paste(view, 'Host', `ws://127.0.0.1:${real.demoServer.port}/communication_manager/ws/event`);
    const host = view.page.getByLabel('Host', { exact: true });
    expect(await host.inputValue()).toBe('127.0.0.1');
    expect(await view.page.getByLabel('Port').inputValue()).toBe(String(real.demoServer.port));
    expect(await view.page.getByLabel('Secure connection (TLS, wss://)').isChecked()).toBe(false);
    expect(await view.page.getByTestId('host-note').textContent()).toMatch(
      new RegExp(`server 127\\.0\\.0\\.1, port ${real.demoServer.port}, TLS off`),
    );
    await view.page.getByLabel('Manager password').fill(real.serverPassword);
    await save(view);
    await expect.poll(() => view.page.getByTestId('status-bar').getAttribute('data-state')).toBe('live');
    expect(await view.page.getByTestId('status-bar').getByRole('status').textContent()).toBe(
      `Connected to 127.0.0.1 as ${ME}`,
    );
    expect(real.latest().settings.server).toMatchObject({
      host: '127.0.0.1',
      port: real.demoServer.port,
      tls: false,
    });
  });

  it('fills from a panel’s https:// address with iSymphony’s SSL port, and drops a password in it', async () => {
    const real = await started({ settings: UNCONFIGURED, storedPassword: null });
    const view = await openSettings(real);
    await paste(view, 'Host', 'https://manager:Hunter2-secret@pbx.example.com/client/');
    expect(await view.page.getByLabel('Host', { exact: true }).inputValue()).toBe('pbx.example.com');
    expect(await view.page.getByLabel('Port').inputValue()).toBe('55050');
    expect(await view.page.getByLabel('Secure connection (TLS, wss://)').isChecked()).toBe(true);
    expect(await view.page.getByTestId('host-note').textContent()).toMatch(/password in it were left out/);
    expect(await view.page.content()).not.toContain('Hunter2');
  });

  it('takes an address typed by hand apart once the field is left, and says what it cannot use', async () => {
    const real = await started({ settings: UNCONFIGURED, storedPassword: null });
    const view = await openSettings(real);
    const host = view.page.getByLabel('Host', { exact: true });
    await host.fill('wss://pbx.example.com:55050/');
    // While typing nothing moves.
    expect(await host.inputValue()).toBe('wss://pbx.example.com:55050/');
    await host.press('Tab');
    expect(await host.inputValue()).toBe('pbx.example.com');
    expect(await view.page.getByLabel('Port').inputValue()).toBe('55050');

    await host.fill('ftp://files.example.com/');
    await host.press('Tab');
    expect(await host.inputValue()).toBe('ftp://files.example.com/');
    expect(await view.page.getByTestId('host-note').textContent()).toMatch(/"ftp:\/\/" cannot be used/);
    await save(view);
    await expect
      .poll(() => view.page.locator('[data-path="server.host"] [data-testid="field-error"]').textContent())
      .toMatch(/without "ws:\/\/"/);
    expect(real.latest().settings.server.host).toBe('127.0.0.1');
  });

  it('switches between iSymphony’s ports when TLS is ticked, and keeps a port of the user’s own', async () => {
    const real = await started({
      storedPassword: null,
      settings: {
        ...UNCONFIGURED,
        server: { host: 'pbx.example.com', port: 58080, tls: false, trustedCertificateSha256: null },
      },
    });
    const view = await openSettings(real);
    const tls = view.page.getByLabel('Secure connection (TLS, wss://)');
    const port = view.page.getByLabel('Port');
    await tls.check();
    expect(await port.inputValue()).toBe('55050');
    await tls.uncheck();
    expect(await port.inputValue()).toBe('58080');
    await port.fill('8443');
    await tls.check();
    expect(await port.inputValue()).toBe('8443');
  });
});

describe('where pops appear', () => {
  it('offers the displays main lists and the four corners; the choice is saved', async () => {
    const real = await started({
      recording: {
        displays: [
          { id: 7, place: 1, name: 'DELL U2719D', width: 2560, height: 1440, primary: false },
          { id: 9, place: 2, name: null, width: 1920, height: 1080, primary: true },
        ],
      },
    });
    const view = await openSettings(real);
    const display = view.page.getByLabel('Show the pop window on');
    expect(await display.locator('option').allTextContents()).toEqual([
      'The screen with the pointer',
      '1: DELL U2719D (2560×1440)',
      '2: Display (1920×1080, main)',
    ]);
    await display.selectOption('7');
    const corners = view.page.getByTestId('pop-corner');
    expect(await corners.getByRole('radio', { name: 'Bottom right' }).isChecked()).toBe(true);
    await corners.getByRole('radio', { name: 'Top left' }).check();
    await save(view);
    await expect.poll(() => view.page.getByTestId('save-result').textContent()).toBe('Settings saved.');
    expect(real.latest().settings).toMatchObject({ popDisplay: 7, popCorner: 'top-left' });
  });
});

describe('the global shortcut', () => {
  it('is recorded by pressing it, saved and registered; Escape stops without a change', async () => {
    const real = await started({});
    const view = await openSettings(real);
    const recorder = view.page.getByTestId('shortcut-recorder');
    expect(await recorder.textContent()).toBe('Ctrl+Shift+K');
    await recorder.click();
    await view.page.keyboard.press('Escape');
    expect(await recorder.textContent()).toBe('Ctrl+Shift+K');

    await recorder.click();
    await view.page.keyboard.press('KeyJ');
    await expect
      .poll(() => view.page.getByTestId('shortcut-message').textContent())
      .toMatch(/Hold Ctrl or Alt/);
    await view.page.keyboard.press('Control+Alt+KeyJ');
    expect(await recorder.textContent()).toBe('Ctrl+Alt+J');
    await save(view);
    await expect.poll(() => real.ports.shortcuts.at(-1)).toBe('CommandOrControl+Alt+J');
    // The state push that carries the saved setting may follow the registration by one push interval.
    await expect.poll(() => real.latest().settings.globalShortcut).toBe('CommandOrControl+Alt+J');
    expect(await view.page.getByTestId('shortcut-problem').count()).toBe(0);
  });

  it('says so when another app holds the shortcut', async () => {
    const real = await started({
      recording: {
        shortcut: (accelerator) =>
          accelerator === 'CommandOrControl+Alt+P'
            ? err(
                problem(
                  'shortcut-taken',
                  `The shortcut ${accelerator} is already used by another application; choose a different one.`,
                ),
              )
            : ok(null),
      },
    });
    const view = await openSettings(real);
    await view.page.getByTestId('shortcut-recorder').click();
    await view.page.keyboard.press('Control+Alt+KeyP');
    await save(view);
    await expect
      .poll(() => view.page.getByTestId('shortcut-problem').textContent())
      .toMatch(/already used by another application/);
    expect(real.latest().shortcutProblem?.code).toBe('shortcut-taken');
  });
});
