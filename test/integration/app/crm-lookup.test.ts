/**
 * The app's CRM lookup: the template saved through the settings (refused field by field in plain
 * words), the token stored write-only in the keychain under the lookup's address, lookups through
 * `CrmLookupControl` against a CRM on 127.0.0.1 with their status on the state, and the token in no
 * state, answer, log line or file.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../../src-main/common/clock';
import { Secret } from '../../../src-main/common/secret';
import { crmTokenAccount, CrmLookupControl } from '../../../src-main/app/crm-lookup-control';
import { KnownSecrets } from '../../../src-main/app/known-secrets';
import type { CrmLookupTemplate } from '../../../src-main/lookup/crm-lookup-template';
import { defaultSettings, type Settings } from '../../../src-main/storage/settings-schema';
import { MemorySecretStore } from '../../../src-main/storage/secret-store';
import { cleanupsAfterEach } from '../../support/cleanup';
import { companionIn, recordingLogger } from '../../support/companion-harness';
import { startCrmLookupServer } from '../../support/crm-lookup-server';
import { eventually } from '../../support/eventually';

const cleanups = cleanupsAfterEach();
const TOKEN = 'app-tok-5d21-PLANTED-keychain-only';

function lookupTemplate(origin: string): CrmLookupTemplate {
  return {
    preset: 'custom',
    method: 'POST',
    url: `${origin}/search`,
    body: '{"phone": {e164}}',
    tokenHeader: 'Authorization',
    tokenPrefix: 'Bearer ',
    namePaths: ['hits.0.name'],
    companyPath: 'hits.0.org',
    recordUrlPath: null,
    idPath: 'hits.0.id',
    recordLink: `${origin}/people/{id}`,
    allowedOrigins: [],
  };
}

/** A first-run Companion whose log lines and keychain the test reads. */
async function lookupCompanion() {
  const logger = recordingLogger();
  const secretStore = new MemorySecretStore();
  const running = await companionIn({ cleanups, secretStore, options: { logger } });
  return { ...running, logger, secretStore };
}

describe('the CRM lookup in the app', () => {
  it('saves the template, keeps the token write-only in the keychain for its address, and never shows it', async () => {
    const crm = await startCrmLookupServer();
    cleanups.push(() => crm.close());
    const { logger, secretStore, companion, states, latest, dir } = await lookupCompanion();
    const answers: unknown[] = [];
    const ask = async (channel: Parameters<typeof companion.invoke>[0], request?: unknown) => {
      const answer = await companion.invoke(channel, request);
      answers.push(answer);
      return answer;
    };

    expect(latest().crmLookup).toMatchObject({ configured: false, tokenStored: false });
    expect(latest().crmLookup.presets.map((p) => p.id)).toEqual([
      'hubspot',
      'pipedrive',
      'zoho',
      'salesforce',
      'odoo',
      'suitecrm',
    ]);
    // No lookup saved yet: there is no address to keep a token for.
    expect(await ask('setCrmToken', { token: TOKEN })).toMatchObject({
      ok: false,
      error: { code: 'no-crm-lookup' },
    });

    const settings: Settings = { ...defaultSettings(), crmLookup: lookupTemplate('http://crm.example') };
    const refused = await ask('saveSettings', { settings });
    expect(refused).toMatchObject({
      ok: false,
      fields: [{ path: 'crmLookup.url', message: expect.stringMatching(/https:\/\//) }],
    });
    const carried = await ask('saveSettings', {
      settings: { ...settings, crmLookup: { ...lookupTemplate(crm.origin), apiToken: TOKEN } },
    });
    expect(carried).toMatchObject({
      ok: false,
      fields: [{ path: 'crmLookup.apiToken', message: expect.stringMatching(/keychain/) }],
    });

    expect(
      await ask('saveSettings', { settings: { ...settings, crmLookup: lookupTemplate(crm.origin) } }),
    ).toEqual({
      ok: true,
      value: null,
    });
    await eventually(() => latest().crmLookup.configured, 'the lookup configured');
    expect(await ask('setCrmToken', { token: TOKEN })).toEqual({ ok: true, value: null });
    await eventually(() => latest().crmLookup.tokenStored, 'the token stored');
    const stored = await secretStore.get(crmTokenAccount(crm.origin));
    expect(stored.ok && stored.value?.reveal()).toBe(TOKEN);

    // Another address does not inherit the token.
    const other = await startCrmLookupServer();
    cleanups.push(() => other.close());
    await ask('saveSettings', { settings: { ...settings, crmLookup: lookupTemplate(other.origin) } });
    await eventually(
      () => latest().crmLookup.configured && !latest().crmLookup.tokenStored,
      'no token for the new address',
    );
    await ask('saveSettings', { settings: { ...settings, crmLookup: lookupTemplate(crm.origin) } });
    await eventually(() => latest().crmLookup.tokenStored, 'the token found again for its own address');
    await ask('getState');
    await companion.stop();

    const files: string[] = [];
    for (const name of await readdir(dir)) files.push(await readFile(join(dir, name), 'utf8'));
    expect(files.join('\n')).toContain(crm.origin);
    for (const [where, text] of Object.entries({
      states: JSON.stringify(states),
      answers: JSON.stringify(answers),
      logs: logger.lines.join('\n'),
      files: files.join('\n'),
    })) {
      expect(text.includes(TOKEN), `${where} holds the token`).toBe(false);
    }
    expect(logger.lines.some((line) => line.includes('CRM lookup token stored.'))).toBe(true);
  });

  it('looks up through the saved template with the stored token, and shows how the last lookup went', async () => {
    const crm = await startCrmLookupServer();
    cleanups.push(() => crm.close());
    const secrets = new MemorySecretStore();
    const logger = recordingLogger();
    let settings: Settings = { ...defaultSettings(), crmLookup: lookupTemplate(crm.origin) };
    let changes = 0;
    const control = new CrmLookupControl({
      settings: () => settings,
      secrets,
      known: new KnownSecrets(),
      clock: systemClock,
      logger,
      changed: () => void changes++,
    });
    expect(await control.setToken(TOKEN)).toEqual({ ok: true, value: null });

    crm.answer(() => ({
      kind: 'json',
      value: { hits: [{ name: 'Ada Lovelace', org: 'Analytical Engines', id: 7 }] },
    }));
    const lookup = control.crmLookup();
    expect(lookup).not.toBeNull();
    expect(await lookup!('020 7946 0018')).toEqual({
      kind: 'found',
      name: 'Ada Lovelace',
      company: 'Analytical Engines',
      recordUrl: `${crm.origin}/people/7`,
    });
    expect(JSON.parse(crm.seen[0]!.body)).toEqual({ phone: '+442079460018' });
    expect(crm.seen[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(control.view()).toMatchObject({
      configured: true,
      tokenStored: true,
      status: { kind: 'answered', found: true },
    });

    crm.answer(() => ({ kind: 'text', status: 403, text: 'no' }));
    const failed = await control.crmLookup()!('020 7946 0019');
    expect(failed).toMatchObject({ kind: 'failed', problem: { code: 'lookup-refused' } });
    expect(control.view().status).toMatchObject({
      kind: 'failed',
      code: 'lookup-refused',
      message: expect.stringMatching(/token/),
    });
    expect(logger.lines.join('\n')).toContain('lookup-refused');
    expect(logger.lines.join('\n')).not.toContain(TOKEN);
    expect(changes).toBeGreaterThan(0);

    settings = { ...settings, crmLookup: null };
    expect(control.crmLookup()).toBeNull();
    expect(control.view()).toMatchObject({ configured: false, status: { kind: 'idle' } });
  });

  it('"Test lookup" asks the template as typed, with the token stored for its address, and changes nothing', async () => {
    const crm = await startCrmLookupServer();
    cleanups.push(() => crm.close());
    const { logger, secretStore, companion, latest } = await lookupCompanion();
    // The token is stored for the address; the settings holding the template are not saved.
    await secretStore.set(crmTokenAccount(crm.origin), new Secret(TOKEN));
    const typed: Settings = { ...defaultSettings(), crmLookup: lookupTemplate(crm.origin) };
    const test = (number: string, settings: unknown = typed) =>
      companion.invoke('testCrmLookup', { settings, number });

    crm.answer(() => ({
      kind: 'json',
      value: { hits: [{ name: 'Ada <b>Lovelace</b>\u202E', org: 'Analytical Engines', id: 7 }] },
    }));
    expect(await test('020 7946 0018')).toEqual({
      ok: true,
      value: {
        kind: 'found',
        source: 'crm',
        // Display-safe (the bidi override gone), still text: the page renders it as text only.
        name: 'Ada <b>Lovelace</b>',
        company: 'Analytical Engines',
        recordUrl: `${crm.origin}/people/7`,
      },
    });
    expect(crm.seen).toHaveLength(1);
    expect(JSON.parse(crm.seen[0]!.body)).toEqual({ phone: '+442079460018' });
    expect(crm.seen[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);

    // Not cached: the next test asks again, and says why it failed in plain words.
    crm.answer(() => ({ kind: 'text', status: 401, text: '<html>login</html>' }));
    expect(await test('020 7946 0018')).toEqual({
      ok: true,
      value: {
        kind: 'failed',
        code: 'lookup-refused',
        message: expect.stringMatching(/HTTP 401.*token/),
        text: { key: 'lookup.refused', values: { status: '401' } },
      },
    });
    crm.answer(() => ({ kind: 'json', value: { hits: [] } }));
    expect(await test('+44 20 7946 0018')).toMatchObject({
      ok: true,
      value: {
        kind: 'none',
        message: expect.stringMatching(/found no one/),
        text: { key: 'lookup.testNobody' },
      },
    });
    expect(crm.seen).toHaveLength(3);
    // A number {e164} cannot be read: the CRM is not asked, and the test says why.
    expect(await test('4224')).toMatchObject({
      ok: true,
      value: { kind: 'failed', code: 'number-unreadable' },
    });
    expect(crm.seen).toHaveLength(3);

    // A template the settings would refuse is refused the same way, field by field; nothing asked.
    const refused = await test('020 7946 0018', {
      ...typed,
      crmLookup: lookupTemplate('http://crm.example'),
    });
    expect(refused).toMatchObject({ ok: false, fields: [{ path: 'crmLookup.url' }] });
    expect(await test('020 7946 0018', defaultSettings())).toMatchObject({
      ok: false,
      error: { code: 'no-crm-lookup' },
    });
    // Another address gets no token: the stored one stays with its own origin.
    const other = await startCrmLookupServer();
    cleanups.push(() => other.close());
    expect(await test('020 7946 0018', { ...typed, crmLookup: lookupTemplate(other.origin) })).toMatchObject({
      ok: true,
      value: { kind: 'failed', code: 'token-missing' },
    });
    expect(other.seen).toHaveLength(0);

    // Nothing was saved and the lookup's status did not move; the token is in no answer or log.
    expect(latest().settings.crmLookup).toBeNull();
    expect(latest().crmLookup).toMatchObject({ configured: false, status: { kind: 'idle' } });
    expect(logger.lines.join('\n')).not.toContain(TOKEN);
  });
});
