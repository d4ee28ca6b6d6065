/**
 * `lookup --crm-lookup` and `watch --crm-lookup` as the built command line in a child process,
 * against a small CRM on 127.0.0.1 (and the demo server for `watch`). The token comes from the
 * environment, goes out in its header, and is printed nowhere.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../../src-main/demo-server';
import {
  assertBuiltCliIsFresh,
  BUILT_CLI,
  runBuiltCli,
  startBuiltCli,
  watchArgs,
} from '../../support/built-cli';
import type { CliResult } from '../../support/cli-io';
import { cleanupsAfterEach } from '../../support/cleanup';
import { startCrmLookupServer, type CrmLookupServer } from '../../support/crm-lookup-server';
import { eventually } from '../../support/eventually';
import { missingKeyringTools, runCommand, startPrivateSession } from '../../support/keyring';
import type { ChildReport } from '../storage/keychain-child';

const cleanups = cleanupsAfterEach();
const ROOT = resolve(import.meta.dirname, '../../..');
const KEYCHAIN_CHILD = resolve(import.meta.dirname, '../storage/keychain-child.ts');
const missingKeyring = await missingKeyringTools();
const TOKEN = 'cli-tok-81c2-PLANTED-never-printed';

beforeAll(() => assertBuiltCliIsFresh());

async function crmServer(): Promise<CrmLookupServer> {
  const s = await startCrmLookupServer();
  cleanups.push(() => s.close());
  return s;
}

function template(origin: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    method: 'GET',
    url: `${origin}/api/search?phone={e164}`,
    tokenHeader: 'Authorization',
    tokenPrefix: 'Bearer ',
    namePaths: ['results.0.first', 'results.0.last'],
    companyPath: 'results.0.company',
    idPath: 'results.0.id',
    recordLink: `${origin}/contacts/{id}`,
    timeoutMs: 2000,
    ...extra,
  });
}

const lookup = (
  args: string[],
  env: Record<string, string> = { ISYMPHONY_CRM_TOKEN: TOKEN },
): Promise<CliResult> => runBuiltCli(['lookup', ...args], env);

describe('isymphony-companion lookup --crm-lookup (built)', () => {
  it('names the caller from the CRM, with the token in its header only', async () => {
    const crm = await crmServer();
    crm.answer(() => ({
      kind: 'json',
      value: { results: [{ first: 'Ada', last: 'Lovelace', company: 'Analytical Engines', id: 'c/7' }] },
    }));
    const result = await lookup(['020 7946 0018', '--country', 'GB', '--crm-lookup', template(crm.origin)]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      number: '020 7946 0018',
      kind: 'found',
      source: 'crm',
      name: 'Ada Lovelace',
      company: 'Analytical Engines',
      recordUrl: `${crm.origin}/contacts/c%2F7`,
      match: null,
    });
    expect(crm.seen).toHaveLength(1);
    expect(crm.seen[0]!.url).toBe('/api/search?phone=%2B442079460018');
    expect(crm.seen[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
  });

  it('a failing CRM: the PBX name names the caller, stderr says why the CRM did not', async () => {
    const crm = await crmServer();
    crm.answer(() => ({ kind: 'text', status: 401, text: `<html>bad token ${TOKEN}</html>` }));
    const result = await lookup([
      '+442079460018',
      '--pbx-name',
      'WIRELESS CALLER',
      '--crm-lookup',
      template(crm.origin),
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ source: 'pbx', name: 'WIRELESS CALLER' });
    expect(result.stderr).toContain('the CRM lookup failed (lookup-refused)');
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
  });

  it('an off-origin record address from the answer is not offered', async () => {
    const crm = await crmServer();
    crm.answer(() => ({
      kind: 'json',
      value: { results: [{ first: 'Eve', url: 'https://evil.example/phish' }] },
    }));
    const result = await lookup([
      '+442079460018',
      '--crm-lookup',
      template(crm.origin, { recordUrlPath: 'results.0.url', idPath: null, recordLink: null }),
    ]);
    expect(JSON.parse(result.stdout)).toMatchObject({ source: 'crm', name: 'Eve', recordUrl: null });
  });

  it('no token in the environment: the CRM is not asked, and stderr names the variable', async () => {
    const crm = await crmServer();
    const result = await lookup(['+442079460018', '--crm-lookup', template(crm.origin)], {});
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('token-missing');
    expect(crm.seen).toEqual([]);
  });

  it('refuses a template that is not JSON, is unsafe, or carries a token, in plain words (exit 2)', async () => {
    const notJson = await lookup(['1', '--crm-lookup', '{url:']);
    expect(notJson).toMatchObject({ code: 2, stdout: '' });
    expect(notJson.stderr).toContain('--crm-lookup: not JSON');
    const plain = await lookup(['1', '--crm-lookup', template('http://crm.example')]);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('must start with https://');
    const carried = await lookup([
      '1',
      '--crm-lookup',
      JSON.stringify({ url: 'https://x.example/?q={e164}', apiToken: TOKEN }),
    ]);
    expect(carried.code).toBe(2);
    expect(carried.stderr).toContain('keychain');
    expect(carried.stderr).not.toContain(TOKEN);
  });
});

describe.skipIf(missingKeyring.length > 0 && process.env.CI !== 'true')(
  'isymphony-companion lookup --crm-token-keychain (built, a real gnome-keyring on a private D-Bus)',
  () => {
    it('reads the token the app stored for the lookup address, and only for that address', async () => {
      const session = await startPrivateSession({ keyring: true });
      cleanups.push(() => session.stop());
      const crm = await crmServer();
      crm.answer(() => ({ kind: 'json', value: { results: [{ first: 'Ada', last: 'Lovelace', id: 1 }] } }));
      // Stored as the app stores it: the app's keychain service, the lookup origin's account.
      const env = { ...session.env, KEYCHAIN_TEST_SERVICE: 'iSymphony Companion' };
      const stored = await runCommand(
        process.execPath,
        [
          '--import',
          'tsx',
          KEYCHAIN_CHILD,
          JSON.stringify([{ op: 'set', account: `crm-lookup@${crm.origin}`, password: TOKEN }]),
        ],
        env,
        { cwd: ROOT },
      );
      expect((JSON.parse(stored.stdout) as ChildReport).results).toEqual([{ ok: true, value: null }]);

      const run = (args: string[]) =>
        runCommand(process.execPath, [BUILT_CLI, 'lookup', ...args], session.env, { cwd: ROOT });
      const found = await run([
        '+442079460018',
        '--crm-lookup',
        template(crm.origin),
        '--crm-token-keychain',
      ]);
      expect(found.code).toBe(0);
      expect(JSON.parse(found.stdout)).toMatchObject({ source: 'crm', name: 'Ada Lovelace' });
      expect(crm.seen[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(found.stdout + found.stderr).not.toContain(TOKEN);

      // Without the flag the keychain is not read; another address has no token there.
      const withoutFlag = await run(['+442079460018', '--crm-lookup', template(crm.origin)]);
      expect(withoutFlag.stderr).toContain('token-missing');
      const other = await crmServer();
      const elsewhere = await run([
        '+442079460018',
        '--crm-lookup',
        template(other.origin),
        '--crm-token-keychain',
      ]);
      expect(elsewhere.stderr).toContain('token-missing');
      expect(other.seen).toEqual([]);
      expect(crm.seen).toHaveLength(1);
    }, 60_000);
  },
);

describe('isymphony-companion watch --crm-lookup (built)', () => {
  it('prints the call line at once and the CRM answer as a line of its own', async () => {
    const password = 'Crm-watch-pw-1!';
    const server = await startDemoServer({ username: 'manager', password });
    cleanups.push(() => server.stop());
    const crm = await crmServer();
    crm.answer(() => ({ kind: 'json', value: { results: [{ first: 'Grace', last: 'Hopper', id: 42 }] } }));
    const watch = startBuiltCli(watchArgs(server.port, '--crm-lookup', template(crm.origin)), {
      ISYMPHONY_PASSWORD: password,
      ISYMPHONY_CRM_TOKEN: TOKEN,
    });
    cleanups.push(async () => void (await watch.stop('SIGKILL')));
    await watch.waitForLine((l) => l.state === 'live', 'the live line', 30_000);
    await eventually(() => server.clients().some((c) => c.filters.length > 0), 'the filter');

    await server.scenarios.inboundAnswered({
      to: '4224',
      from: { name: 'WIRELESS CALLER', number: '+12125550100' },
    });
    const first = await watch.waitForLine((l) => l.kind === 'call', 'the first call line', 30_000);
    const named = await watch.waitForLine((l) => l.kind === 'lookup', 'the CRM lookup line', 30_000);
    expect(named.index).toBeGreaterThan(first.index);
    expect(named.value).toEqual({
      kind: 'lookup',
      id: first.value.id,
      lookup: {
        source: 'crm',
        name: 'Grace Hopper',
        company: null,
        recordUrl: `${crm.origin}/contacts/42`,
        match: null,
      },
    });
    const ended = await watch.waitForLine(
      (l) => l.kind === 'call' && l.state === 'ended',
      'the end line',
      30_000,
    );
    // Every call line printed after the CRM answered carries it (from the lookup's cache).
    const after = watch.lines.filter(
      (l) => l.index > named.index && l.index <= ended.index && l.value.kind === 'call',
    );
    for (const line of after) expect(line.value).toHaveProperty('lookup.name', 'Grace Hopper');
    expect(crm.seen).toHaveLength(1);
    expect(watch.stderr() + JSON.stringify(watch.lines)).not.toContain(TOKEN);
  }, 90_000);
});
