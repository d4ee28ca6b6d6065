import { describe, expect, it } from 'vitest';
import type { Settings } from '../../src-main/ipc/contract';
import { DEFAULT_SETTINGS } from '../../src-main/storage/settings-schema';
import { ScriptedBackend, sampleState } from '../support/scripted-backend';
import { useRendererBrowser } from './browser-fixture';
import { customLookup } from '../support/crm-lookup-server';

const browser = useRendererBrowser();

async function openSettings(backend: ScriptedBackend) {
  const view = await browser.open(backend);
  await view.page.getByRole('button', { name: 'Settings' }).click();
  await view.page.locator('#crm-lookup').waitFor();
  return view.page;
}

describe('Settings → Caller lookup', () => {
  it('fills a preset into the template, says what to replace, and sends it with the settings', async () => {
    const backend = new ScriptedBackend(sampleState());
    const page = await openSettings(backend);
    const section = page.locator('#crm-lookup');
    await section.getByLabel('Look up callers in').selectOption('pipedrive');
    expect(await section.getByTestId('crm-lookup-setup').textContent()).toMatch(/YOUR-COMPANY/);
    const address = section.getByLabel('Lookup address');
    expect(await address.inputValue()).toContain('pipedrive.com/api/v2/persons/search?term={e164}');
    await address.fill('https://acme.pipedrive.com/api/v2/persons/search?term={e164}&fields=phone');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => backend.requests('saveSettings').length).toBe(1);
    expect(backend.requests('saveSettings')[0]!.settings.crmLookup).toMatchObject({
      preset: 'pipedrive',
      url: 'https://acme.pipedrive.com/api/v2/persons/search?term={e164}&fields=phone',
      tokenHeader: 'x-api-token',
      namePaths: ['data.items.0.item.name'],
    });
  });

  it('the token is write-only: an empty password field, sent only by setCrmToken, never with the settings', async () => {
    const settings = structuredClone(DEFAULT_SETTINGS) as Settings;
    settings.crmLookup = customLookup('https://crm.example', {
      tokenHeader: 'Authorization',
      tokenPrefix: 'Bearer ',
    });
    const state = sampleState({ settings });
    const backend = new ScriptedBackend({
      ...state,
      crmLookup: {
        ...state.crmLookup,
        configured: true,
        tokenStored: true,
        status: {
          kind: 'failed',
          at: 0,
          code: 'lookup-refused',
          message: 'The CRM refused the lookup (HTTP 401); check the token and its permissions.',
        },
      },
    });
    const page = await openSettings(backend);
    const section = page.locator('#crm-lookup');
    expect(await section.getByTestId('crm-lookup-status').textContent()).toContain(
      'Last lookup failed: The CRM refused',
    );
    expect(await section.getByTestId('crm-token-status').textContent()).toContain('A token is stored');
    const token = section.getByLabel('CRM token');
    expect(await token.getAttribute('type')).toBe('password');
    expect(await token.inputValue()).toBe('');
    await token.fill('pd-tok-77-secret');
    await section.getByRole('button', { name: 'Save token' }).click();
    await expect.poll(() => backend.requests('setCrmToken')).toEqual([{ token: 'pd-tok-77-secret' }]);
    await expect.poll(() => token.inputValue()).toBe('');
    await section.getByLabel('Name paths').fill('results.0.first, results.0.last');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => backend.requests('saveSettings').length).toBe(1);
    expect(backend.requests('saveSettings')[0]!.settings.crmLookup?.namePaths).toEqual([
      'results.0.first',
      'results.0.last',
    ]);
    const others = backend.invocations.filter((i) => i.channel !== 'setCrmToken');
    expect(JSON.stringify(others)).not.toContain('pd-tok-77-secret');
  });

  it("shows main's refusal beside the lookup address", async () => {
    const backend = new ScriptedBackend(sampleState());
    backend.handlers.saveSettings = async () => ({
      ok: false,
      error: { code: 'settings-invalid', message: 'One setting is not valid.' },
      fields: [{ path: 'crmLookup.url', message: 'The lookup address must start with https://.' }],
    });
    const page = await openSettings(backend);
    const section = page.locator('#crm-lookup');
    await section.getByLabel('Look up callers in').selectOption('custom');
    await section.getByLabel('Lookup address').fill('http://crm.example/?q={e164}');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => section.getByTestId('field-error').first().textContent())
      .toContain('must start with https://');
  });
});
