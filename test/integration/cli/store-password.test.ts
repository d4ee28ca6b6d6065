/**
 * `isymphony-companion store-password` as the built command line, against a real gnome-keyring
 * on a private D-Bus: the password piped on standard input lands in the entry the app reads for
 * that server and manager (read back through the app's own KeytarSecretStore), is never printed,
 * and is never taken as a flag.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuiltCliIsFresh, BUILT_CLI } from '../../support/built-cli';
import { cleanupsAfterEach } from '../../support/cleanup';
import {
  missingKeyringTools,
  runCommand,
  startPrivateSession,
  type PrivateSession,
} from '../../support/keyring';
import type { ChildReport } from '../storage/keychain-child';

const cleanups = cleanupsAfterEach();
const ROOT = resolve(import.meta.dirname, '../../..');
const KEYCHAIN_CHILD = resolve(import.meta.dirname, '../storage/keychain-child.ts');
const missingKeyring = await missingKeyringTools();
const PASSWORD = 'desk-Pa55-9f1e PLANTED never printed';

beforeAll(() => assertBuiltCliIsFresh());

async function keyring(): Promise<PrivateSession> {
  const session = await startPrivateSession({ keyring: true });
  cleanups.push(() => session.stop());
  return session;
}

/** What the app reads for this account, through its own keychain code. */
async function appReads(session: PrivateSession, account: string): Promise<unknown> {
  const env = { ...session.env, KEYCHAIN_TEST_SERVICE: 'iSymphony Companion' };
  const read = await runCommand(
    process.execPath,
    ['--import', 'tsx', KEYCHAIN_CHILD, JSON.stringify([{ op: 'get', account }])],
    env,
    {
      cwd: ROOT,
    },
  );
  return (JSON.parse(read.stdout) as ChildReport).results[0];
}

const cli = (session: PrivateSession, args: string[], input?: string) =>
  runCommand(process.execPath, [BUILT_CLI, 'store-password', ...args], session.env, {
    cwd: ROOT,
    ...(input !== undefined ? { input } : {}),
  });

describe.skipIf(missingKeyring.length > 0 && process.env.CI !== 'true')(
  'isymphony-companion store-password (built, a real gnome-keyring on a private D-Bus)',
  () => {
    it('stores the piped password where the app reads it for that server and manager, printing it nowhere', async () => {
      const session = await keyring();
      const stored = await cli(session, ['--host', 'PBX.example.com', '--tls'], `${PASSWORD}\n`);
      expect(stored.code).toBe(0);
      expect(stored.stdout).toBe(
        'Stored the manager password for manager@pbx.example.com:55050 in the system keychain.\n',
      );
      expect(stored.stdout + stored.stderr).not.toContain(PASSWORD);
      expect(await appReads(session, 'manager@pbx.example.com:55050')).toEqual({ ok: true, value: PASSWORD });
      // Another server or manager has no password from it.
      expect(await appReads(session, 'manager@pbx.example.com:58080')).toEqual({ ok: true, value: null });
    }, 60_000);

    it('takes the server and manager from the administrator’s defaults file', async () => {
      const session = await keyring();
      const dir = await mkdtemp(join(tmpdir(), 'store-password-'));
      cleanups.push(() => rm(dir, { recursive: true, force: true }));
      const file = join(dir, 'defaults.json');
      await writeFile(
        file,
        JSON.stringify({
          settings: {
            mode: 'server',
            server: { host: '192.0.2.10', port: 58081, tls: false, trustedCertificateSha256: null },
            managerUser: 'desks',
          },
          locked: ['server'],
        }),
      );
      const stored = await cli(session, ['--defaults', file], PASSWORD);
      expect(stored.code).toBe(0);
      expect(await appReads(session, 'desks@192.0.2.10:58081')).toEqual({ ok: true, value: PASSWORD });
    }, 60_000);

    it('refuses a password flag without echoing it, and an empty input, storing nothing', async () => {
      const session = await keyring();
      const flagged = await cli(session, ['--host', 'pbx.example.com', `--password=${PASSWORD}`], '');
      expect(flagged.code).toBe(2);
      expect(flagged.stderr).toMatch(/never taken as a flag/);
      const positional = await cli(session, ['--host', 'pbx.example.com', PASSWORD], '');
      expect(positional.code).toBe(2);
      expect(flagged.stderr + flagged.stdout + positional.stderr + positional.stdout).not.toContain(PASSWORD);
      const empty = await cli(session, ['--host', 'pbx.example.com'], '\n');
      expect(empty.code).toBe(2);
      expect(empty.stderr).toMatch(/one non-empty line/);
      expect(await appReads(session, 'manager@pbx.example.com:58080')).toEqual({ ok: true, value: null });
    }, 60_000);
  },
);
