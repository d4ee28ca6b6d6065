import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  missingKeyringTools,
  runCommand,
  startPrivateSession,
  type PrivateSession,
} from '../../support/keyring';
import type { ChildReport, KeychainOperation } from './keychain-child';

const CHILD = resolve(import.meta.dirname, 'keychain-child.ts');
const ROOT = resolve(import.meta.dirname, '../../..');
const missing = await missingKeyringTools();
const inCi = process.env.CI === 'true';

async function inChild(
  session: PrivateSession,
  operations: readonly KeychainOperation[],
): Promise<ChildReport> {
  const run = await runCommand(
    process.execPath,
    ['--import', 'tsx', CHILD, JSON.stringify(operations)],
    session.env,
    {
      cwd: ROOT,
    },
  );
  if (run.code !== 0) throw new Error(`keychain child failed (${run.code}): ${run.stderr}`);
  return JSON.parse(run.stdout) as ChildReport;
}

function stillRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

if (missing.length > 0 && !inCi) {
  describe.skip(`the real keychain (skipped: ${missing.join(', ')} not installed; apt-get install dbus gnome-keyring libsecret-1-0)`, () => {
    it('round trip', () => {});
  });
} else {
  describe('KeytarSecretStore against a real gnome-keyring on a private D-Bus', () => {
    it('has the tools it needs (CI installs dbus, gnome-keyring and libsecret-1-0)', () => {
      expect(missing, 'missing keychain test tools').toEqual([]);
    });

    describe('with a Secret Service', () => {
      let session: PrivateSession;
      beforeAll(async () => {
        session = await startPrivateSession({ keyring: true });
      });
      afterAll(async () => {
        await session?.stop();
      });

      it('sets, gets, changes, moves and deletes a password', async () => {
        const a = 'manager@pbx.example.com:58080';
        const b = 'manager@pbx.example.com:55050';
        const { results, log } = await inChild(session, [
          { op: 'check' },
          { op: 'get', account: a },
          { op: 'set', account: a, password: 'first pw' },
          { op: 'get', account: a },
          { op: 'set', account: a, password: 'second pw ünïcødé' },
          { op: 'get', account: a },
          { op: 'move', from: a, to: b },
          { op: 'get', account: a },
          { op: 'get', account: b },
          { op: 'delete', account: b },
          { op: 'delete', account: b },
          { op: 'get', account: b },
        ]);
        expect(results).toEqual([
          { ok: true, value: null },
          { ok: true, value: null },
          { ok: true, value: null },
          { ok: true, value: 'first pw' },
          { ok: true, value: null },
          { ok: true, value: 'second pw ünïcødé' },
          { ok: true, value: true },
          { ok: true, value: null },
          { ok: true, value: 'second pw ünïcødé' },
          { ok: true, value: true },
          { ok: true, value: false },
          { ok: true, value: null },
        ]);
        expect(log).toEqual([]);
      });

      it('keeps a password for the next process, which is how the app finds it after a restart', async () => {
        const account = 'manager@restart.example:58080';
        await inChild(session, [{ op: 'set', account, password: 'kept' }]);
        const { results } = await inChild(session, [
          { op: 'get', account },
          { op: 'delete', account },
        ]);
        expect(results).toEqual([
          { ok: true, value: 'kept' },
          { ok: true, value: true },
        ]);
      });

      it('stops its daemons and removes its folder', async () => {
        const { pids, dir } = session;
        expect(pids.length).toBe(2);
        await session.stop();
        expect(pids.filter(stillRunning)).toEqual([]);
        expect(existsSync(dir)).toBe(false);
      });
    });

    describe('with no Secret Service on the bus', () => {
      let session: PrivateSession;
      beforeAll(async () => {
        session = await startPrivateSession({ keyring: false });
      });
      afterAll(async () => {
        await session?.stop();
      });

      it('says the keychain is unavailable and what to install, and never shows the password', async () => {
        const { results, log } = await inChild(session, [
          { op: 'check' },
          { op: 'set', account: 'manager@h:1', password: 'do-not-leak-Zq9' },
          { op: 'get', account: 'manager@h:1' },
        ]);
        expect(results.map((r) => (r.ok ? 'ok' : r.code))).toEqual([
          'keychain-unavailable',
          'keychain-unavailable',
          'keychain-unavailable',
        ]);
        for (const result of results)
          if (!result.ok) expect(result.message).toMatch(/gnome-keyring and libsecret-1-0/);
        expect(JSON.stringify({ results, log })).not.toContain('do-not-leak-Zq9');
        // The library's own reason goes to the log, for whoever has to fix the machine.
        expect(log.join('\n')).toMatch(/org\.freedesktop\.secrets/);
      });
    });
  });
}
