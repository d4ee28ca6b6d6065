import { describe, expect, it } from 'vitest';
import type { Settings } from '../../src-main/ipc/contract';
import { DEFAULT_SETTINGS } from '../../src-main/storage/settings-schema';
import { resolveLocale } from '../../src-main/i18n/languages';
import { ScriptedBackend, sampleState, settingsRefused } from '../support/scripted-backend';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();

function withTemplates(): Settings {
  const settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  settings.crm.templates = [
    {
      id: 'hubspot',
      label: 'HubSpot',
      url: 'https://crm.example.com/search?q={number}',
      autoOpen: 'never',
      rules: {},
    },
    {
      id: 'tickets',
      label: 'Tickets',
      url: 'https://help.example.com/new?from={number}',
      autoOpen: 'ring',
      rules: { caller: 'external' },
    },
  ];
  return settings;
}

async function openSettings(backend = new ScriptedBackend(sampleState())) {
  const view = await browser.open(backend);
  await view.page.getByRole('button', { name: 'Settings' }).click();
  await view.page.locator('#server').waitFor();
  return { backend, view, page: view.page };
}

describe('the settings page', () => {
  it('says plainly that with TLS off the password travels unencrypted, and suggests wss', async () => {
    const { page } = await openSettings();
    const warning = page.getByTestId('cleartext-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/password.*unencrypted/i);
    expect(await warning.textContent()).toMatch(/wss/);
    await page.getByLabel('Secure connection (TLS, wss://)').check();
    await warning.waitFor({ state: 'detached' });
    await page.getByLabel('Secure connection (TLS, wss://)').uncheck();
    await warning.waitFor();
  });

  it('never pre-fills the password, and only setPassword carries what is typed', async () => {
    const { backend, page } = await openSettings();
    const password = page.getByLabel('Manager password');
    expect(await password.inputValue()).toBe('');
    expect(await password.getAttribute('type')).toBe('password');
    expect(await page.locator('#server').textContent()).toContain('Stored in the system keychain.');

    await password.fill('s3cret-Passw0rd');
    await page.getByRole('button', { name: 'Save password' }).click();
    await expect.poll(() => backend.requests('setPassword')).toEqual([{ password: 's3cret-Passw0rd' }]);
    await expect.poll(() => password.inputValue()).toBe('');

    await page.getByLabel('Host').fill('pbx.example.com');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => backend.requests('saveSettings').length).toBe(1);
    const others = backend.invocations.filter((i) => i.channel !== 'setPassword');
    expect(JSON.stringify(others)).not.toContain('s3cret-Passw0rd');
    expect(JSON.stringify(backend.requests('saveSettings'))).not.toMatch(/password/i);
  });

  it('edits the core server under Server → Advanced, and sends it with the settings', async () => {
    const { backend, page } = await openSettings();
    const field = page.getByLabel('Core server');
    expect(await field.isVisible()).toBe(false);
    await page.locator('#server summary', { hasText: 'Advanced' }).click();
    expect(await field.inputValue()).toBe('default');
    await field.fill('site-b');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => backend.requests('saveSettings').length).toBe(1);
    expect(backend.requests('saveSettings')[0]!.settings.coreServer).toBe('site-b');
  });

  it('asks main to copy the diagnostics, and says so in words; the page gets no report', async () => {
    const { backend, page } = await openSettings();
    // A missing element names itself within seconds instead of running into the test timeout.
    page.setDefaultTimeout(5_000);
    await page.locator('#server summary', { hasText: 'Advanced' }).click();
    await page.getByRole('button', { name: 'Copy diagnostics' }).click();
    await expect.poll(() => backend.requests('copyDiagnostics').length).toBe(1);
    await expect
      .poll(() => page.getByTestId('diagnostics-result').textContent())
      .toContain('Diagnostics copied to the clipboard (no passwords in it)');
    backend.handlers.copyDiagnostics = () => ({
      ok: false,
      error: {
        code: 'diagnostics-failed',
        message: 'The diagnostics report could not be made; see the log.',
      },
    });
    await page.getByRole('button', { name: 'Copy diagnostics' }).click();
    await expect
      .poll(() => page.getByTestId('diagnostics-result').textContent())
      .toBe('The diagnostics report could not be made; see the log.');
  });

  it('says when the password is kept in memory only', async () => {
    const backend = new ScriptedBackend(
      sampleState({ keychain: { passwordStored: true, where: 'memory', problem: null } }),
    );
    const { page } = await openSettings(backend);
    expect(await page.locator('#server').textContent()).toContain('Kept in memory for this run');
  });

  it('shows the keychain problem and offers to keep the password in memory for this run', async () => {
    const problem = {
      code: 'keychain-unavailable',
      message:
        'No system keychain is running (install gnome-keyring or KWallet), so the password cannot be stored.',
    };
    const backend = new ScriptedBackend(
      sampleState({ keychain: { passwordStored: false, where: 'none', problem } }),
    );
    backend.handlers.setPassword = (request) =>
      request.memoryOnly ? { ok: true, value: { where: 'memory' } } : { ok: false, error: problem };
    const { page } = await openSettings(backend);
    expect(await page.getByTestId('keychain-problem').textContent()).toBe(problem.message);
    await page.getByLabel('Manager password').fill('pw');
    await page.getByRole('button', { name: 'Keep in memory for this run' }).click();
    await expect.poll(() => backend.requests('setPassword')).toEqual([{ password: 'pw', memoryOnly: true }]);
    await expect
      .poll(() => page.locator('#server').textContent())
      .toContain('Password kept in memory for this run.');
  });

  it('sends the edited settings and puts each validation message beside its field', async () => {
    const backend = new ScriptedBackend(sampleState({ settings: withTemplates() }));
    backend.handlers.saveSettings = () =>
      settingsRefused([
        { path: 'server.port', message: 'The port must be a number from 1 to 65535.' },
        {
          path: 'crm.templates[1].url',
          message: 'The link must start with http:// or https:// and contain no spaces.',
        },
      ]);
    const { page } = await openSettings(backend);
    await page.getByLabel('Port').fill('70000');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => backend.requests('saveSettings').length).toBe(1);
    expect(backend.requests('saveSettings')[0]!.settings.server.port).toBe(70000);

    const port = page.locator('[data-path="server.port"]');
    await expect
      .poll(() => port.getByTestId('field-error').textContent())
      .toBe('The port must be a number from 1 to 65535.');
    expect(await page.getByLabel('Port').getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await page.getByLabel('Port').getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await port.getByTestId('field-error').getAttribute('id'));

    const url = page.locator('[data-path="crm.templates[1].url"]');
    expect(await url.getByTestId('field-error').textContent()).toMatch(/must start with http/);
    expect(await page.locator('[data-path="crm.templates[0].url"] [data-testid="field-error"]').count()).toBe(
      0,
    );
    expect(await page.getByTestId('save-result').textContent()).toContain('2 settings are not valid');
  });

  it('previews a template’s link as text for a sample call, and shows why a link is refused', async () => {
    const backend = new ScriptedBackend(sampleState({ settings: withTemplates() }));
    const { page } = await openSettings(backend);
    const first = page.getByTestId('crm-template').first();
    await expect
      .poll(() => first.getByTestId('crm-preview').textContent())
      .toBe('https://crm.example.com/search?q=020%207946%200018');
    expect(await first.locator('.preview a').count()).toBe(0);

    await first.getByLabel('Link').fill('javascript:alert(1)');
    await expect
      .poll(() => backend.requests('previewCrmLink').at(-1))
      .toEqual({ url: 'javascript:alert(1)' });
    await expect
      .poll(() => first.getByTestId('crm-preview').textContent())
      .toBe('A link template must start with https:// (or http://); this one starts with "javascript:".');
    // Main's refusal is a catalogue sentence: it follows a switch of language.
    backend.setState({ locale: resolveLocale('de', 'locale', []) });
    await expect
      .poll(() => first.getByTestId('crm-preview').textContent())
      .toBe('Eine Link-Vorlage muss mit https:// (oder http://) beginnen; diese beginnt mit „javascript:“.');
  });

  it('adds, reorders and removes CRM templates', async () => {
    const backend = new ScriptedBackend(sampleState({ settings: withTemplates() }));
    const { page } = await openSettings(backend);
    await page.getByRole('button', { name: 'Move Tickets up' }).click();
    await page.getByRole('button', { name: 'Add template' }).click();
    const added = page.getByTestId('crm-template').nth(2);
    await added.getByLabel('Name').fill('Zendesk');
    await added.getByLabel('Link').fill('https://z.example.com/{number}');
    await added.getByLabel('Callers').selectOption('internal');
    await added.getByLabel('Only for dialled numbers').fill('0800 123 456, 0800 999');
    await page.getByTestId('crm-template').nth(1).getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => backend.requests('saveSettings').length).toBe(1);
    const templates = backend.requests('saveSettings')[0]!.settings.crm.templates;
    expect(templates.map((t) => t.label)).toEqual(['Tickets', 'Zendesk']);
    expect(templates[1]).toMatchObject({
      url: 'https://z.example.com/{number}',
      autoOpen: 'never',
      rules: { caller: 'internal', dids: ['0800 123 456', '0800 999'] },
    });
    expect(templates[1]!.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });

  it('tests the connection with the unsaved values and says the result in words', async () => {
    const backend = new ScriptedBackend(sampleState());
    backend.handlers.testConnection = () => ({
      ok: false,
      code: 'auth-refused',
      message: 'The server refused the manager login: check the manager user and password.',
    });
    const { page } = await openSettings(backend);
    await page.getByLabel('Host').fill('pbx.example.com');
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect
      .poll(() => page.getByTestId('test-result').textContent())
      .toContain('The server refused the manager login');
    expect(backend.requests('testConnection')[0]!.settings.server.host).toBe('pbx.example.com');
  });

  it('edits pops, identity, general and advanced settings into the saved object', async () => {
    const backend = new ScriptedBackend(sampleState());
    const { page } = await openSettings(backend);
    await page.getByLabel('iSymphony username').fill('ada');
    await page.getByLabel('Extensions').fill('4224, 4225');
    await page.getByLabel('Pop style').selectOption('both');
    await page.getByLabel('Open the CRM by itself').selectOption('answer');
    await page.getByLabel('Pop for internal calls').check();
    await page.locator('[data-path="globalShortcut"]').getByRole('button', { name: 'Turn off' }).click();
    await page.getByLabel('Theme').selectOption('dark');
    await page.getByText('Advanced: protocol profile').click();
    await page.getByLabel('“dial” event').fill('callDial');
    await page.getByLabel('Calling side of two-party events').selectOption('2');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => backend.requests('saveSettings').length).toBe(1);
    expect(backend.requests('saveSettings')[0]!.settings).toMatchObject({
      isymphonyUser: 'ada',
      extensions: ['4224', '4225'],
      popStyle: 'both',
      autoOpenCrm: 'answer',
      popForInternalCalls: true,
      globalShortcut: null,
      theme: 'dark',
      protocolProfile: { eventTypes: { dial: 'callDial' }, callerSuffix: '2' },
    });
  });

  it('gives every control a label', async () => {
    const { page } = await openSettings();
    await page.getByText('Advanced: protocol profile').click();
    const unlabelled = await page.locator('input, select, textarea').evaluateAll((controls) =>
      controls
        .filter((c) => {
          const el = c as unknown as {
            labels: ArrayLike<unknown> | null;
            getAttribute(n: string): string | null;
          };
          return !(el.labels && el.labels.length > 0) && !el.getAttribute('aria-label');
        })
        .map((c) => (c as unknown as { outerHTML: string }).outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);
  });
});
