/**
 * After going live the Companion asks the server whether the configured iSymphony user and
 * extensions exist, and the state says so by name when one does not (issue 11 §3), or why the
 * check could not be made. Real sockets against the demo server.
 */
import { describe, expect, it } from 'vitest';
import { LogRing } from '../../../src-main/common/log-ring';
import { startDemoServer } from '../../../src-main/demo-server';
import type { AppState } from '../../../src-main/ipc/contract';
import { cleanupsAfterEach } from '../../support/cleanup';
import { startCompanionBackend, type CompanionBackend } from '../../support/companion-backend';
import { serverCompanion } from '../../support/companion-harness';
import { eventually } from '../../support/eventually';

const cleanups = cleanupsAfterEach();

async function backend(options: Parameters<typeof startCompanionBackend>[0] = {}): Promise<CompanionBackend> {
  const real = await startCompanionBackend(options);
  cleanups.push(() => real.close());
  return real;
}

const codes = (s: AppState) => s.identityWarnings.map((w) => `${w.code}:${w.name ?? ''}`);

describe('the identity check in the app', () => {
  it('names a user and an extension the server does not have, in words that say calls will not pop', async () => {
    const real = await backend({ settings: { isymphonyUser: 'nobody', extensions: ['4224', '999'] } });
    await real.until((s) => s.identityWarnings.length === 2, 'both warnings');
    expect(codes(real.latest())).toEqual(['unknown-user:nobody', 'unknown-extension:999']);
    expect(real.latest().identityWarnings[0]!.message).toBe(
      'There is no iSymphony user \'nobody\' on this server; calls for them will never pop. Check "iSymphony username" in Settings.',
    );
  });

  it('says a wrong user name once: the status, which the server cannot read for them, adds no second sentence', async () => {
    const server = await startDemoServer({ username: 'manager', password: 'pw-identity' });
    cleanups.push(() => server.stop());
    const ring = new LogRing();
    const running = await serverCompanion({
      port: server.port,
      password: 'pw-identity',
      cleanups,
      overrides: { isymphonyUser: 'nobody' },
      options: { logRing: ring },
    });
    // Both have happened: the identity check named the user, and the status read was refused.
    await eventually(
      () =>
        codes(running.latest()).includes('unknown-user:nobody') &&
        ring.lines().some((line) => line.includes('Could not read the presence status.')),
      'the warning, and the status read refused',
    );
    const { presence, identityWarnings } = running.latest();
    expect(identityWarnings.map((w) => w.code)).toEqual(['unknown-user']);
    expect(presence).toEqual({ kind: 'unknown', problem: null, dndFromPresence: false });
  });

  it('says nothing for names the server has, and clears the warning once the name is corrected', async () => {
    const real = await backend({ settings: { isymphonyUser: 'nobody', extensions: ['4224'] } });
    await real.until((s) => codes(s).includes('unknown-user:nobody'), 'the unknown-user warning');
    const settings = { ...real.latest().settings, isymphonyUser: '4224' };
    expect(await real.ask('saveSettings', { settings })).toEqual({ ok: true, value: null });
    await real.until((s) => s.identityWarnings.length === 0, 'the warning to clear');
    // The corrected names were checked too: a wrong one again brings a warning back.
    const wrong = { ...real.latest().settings, extensions: ['4224', '998'] };
    expect(await real.ask('saveSettings', { settings: wrong })).toEqual({ ok: true, value: null });
    await real.until((s) => codes(s).includes('unknown-extension:998'), 'the new extension warning');
    expect(codes(real.latest())).toEqual(['unknown-extension:998']);
  });

  it('says the check could not be made, and that licensing refused the Live REST API', async () => {
    const real = await backend({ settings: { isymphonyUser: '4224' } });
    // The licence changes under a running app: the next going live finds REST refused.
    real.demoServer.refuseRest(403);
    real.demoServer.dropAll();
    await real.until((s) => codes(s).includes('identity-not-checked:'), 'the not-checked warning');
    const [warning] = real.latest().identityWarnings;
    expect(warning!.message).toMatch(/^Could not check .*\(HTTP 403\): the iSymphony licence restricts it/);
    expect(warning!.message).not.toMatch(/allow-list/);
    // The event socket is let in: the connection itself is live with the warning.
    await real.until(
      (s) => s.connection.state === 'live' && codes(s).includes('identity-not-checked:'),
      'live, with the warning',
    );
  });

  it('asks the core server of the settings: another name cannot be checked, its own id can', async () => {
    const real = await backend({ settings: { isymphonyUser: 'nobody', coreServer: 'elsewhere' } });
    await real.until((s) => codes(s).includes('identity-not-checked:'), 'the not-checked warning');
    expect(real.latest().identityWarnings[0]!.message).toContain(
      'the Live REST API has no such core server (HTTP 404); check "Core server" in Settings',
    );
    const byId = { ...real.latest().settings, coreServer: real.demoServer.coreServerId };
    expect(await real.ask('saveSettings', { settings: byId })).toEqual({ ok: true, value: null });
    await real.until((s) => codes(s).includes('unknown-user:nobody'), 'the check against that id');
  });
});
