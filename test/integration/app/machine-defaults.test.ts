/**
 * The administrator's machine-wide defaults file, read by the real Companion from a real file: a
 * first run starts from it (connecting to the server it names, with no "server or demo?"
 * question), a user's own settings override it, locked settings always come from it and a change
 * to one is refused beside the field, and a broken file is said in plain words and ignored whole.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../../src-main/demo-server';
import { MemorySecretStore, accountFor } from '../../../src-main/storage/secret-store';
import { Secret } from '../../../src-main/common/secret';
import { cleanupsAfterEach } from '../../support/cleanup';
import { companionIn, serverSettings, tempDir, writeSettings } from '../../support/companion-harness';
import { demoServerPerFile } from '../../support/demo-server-per-file';
import { eventually } from '../../support/eventually';

const PASSWORD = 'machine-defaults-Pa55-77c1';
let server: DemoServer;
const cleanups = cleanupsAfterEach();
demoServerPerFile(PASSWORD, (started) => (server = started));

async function started(defaults: unknown, own?: (dir: string) => Promise<void>) {
  const data = await tempDir();
  cleanups.push(data.remove);
  const path = join(data.dir, 'defaults.json');
  await writeFile(path, typeof defaults === 'string' ? defaults : JSON.stringify(defaults), 'utf8');
  await own?.(data.dir);
  const secretStore = new MemorySecretStore();
  // What `isymphony-companion store-password` leaves in the keychain: the entry for that server and manager.
  await secretStore.set(
    accountFor({ manager: 'manager', host: '127.0.0.1', port: server.port }),
    new Secret(PASSWORD),
  );
  return companionIn({
    cleanups,
    dir: data.dir,
    secretStore,
    options: { machineDefaultsPath: path, demoTraffic: { callsPerMinute: 0.001 } },
  });
}

const deployed = () => ({
  settings: {
    mode: 'server',
    server: { host: '127.0.0.1', port: server.port, tls: false, trustedCertificateSha256: null },
    managerUser: 'manager',
    isymphonyUser: '4224',
    ringSound: 'chime',
  },
  locked: ['server', 'managerUser'],
});

describe('machine-wide defaults', () => {
  it('a first run starts from them and connects, with nothing typed at the desk', async () => {
    const { latest } = await started(deployed());
    await eventually(
      () => latest().mode === 'server' && latest().connection.state === 'live',
      'live on the deployed server',
    );
    expect(latest().settings).toMatchObject({ isymphonyUser: '4224', ringSound: 'chime' });
    expect(latest().managedSettings).toMatchObject({ locked: ['server', 'managerUser'] });
    expect(latest().managedSettings?.path).toMatch(/defaults\.json$/);
  });

  it('the user’s own saved settings override them, but locked ones always come from the file', async () => {
    const { latest } = await started(deployed(), (dir) =>
      writeSettings(dir, serverSettings(1, { managerUser: 'someone', ringSound: 'bell', theme: 'dark' })),
    );
    expect(latest().settings).toMatchObject({ ringSound: 'bell', theme: 'dark', managerUser: 'manager' });
    expect(latest().settings.server.port).toBe(server.port);
  });

  it('refuses a change to a locked setting beside the field, and saves the others', async () => {
    const { latest, companion } = await started(deployed());
    const moved = await companion.invoke('saveSettings', {
      settings: { ...latest().settings, server: { ...latest().settings.server, port: 1 } },
    });
    expect(moved).toMatchObject({
      ok: false,
      error: { code: 'settings-locked', message: expect.stringMatching(/administrator/) },
      fields: [{ path: 'server', message: expect.stringMatching(/cannot be changed here/) }],
    });
    expect(latest().settings.server.port).toBe(server.port);
    const quieter = await companion.invoke('saveSettings', {
      settings: { ...latest().settings, ringVolume: 20 },
    });
    expect(quieter).toEqual({ ok: true, value: null });
  });

  it('a broken file is said in plain words and ignored whole: the first run asks as usual', async () => {
    for (const [file, words] of [
      ['{"settings": {"server": ', /not valid JSON/],
      [
        { settings: { server: { host: 'ws://x', port: 1, tls: false, trustedCertificateSha256: null } } },
        /server\.host/,
      ],
      [
        { settings: { theme: 'dark' }, locked: ['theme', 'password'] },
        /"password" in "locked" is not a setting/,
      ],
      [{ settings: {}, locked: ['theme'] }, /"theme" is locked but the file gives no value/],
    ] as const) {
      const { latest } = await started(file);
      expect(latest().mode).toBe('setup');
      expect(latest().managedSettings).toBeNull();
      expect(latest().settingsNotice?.message).toMatch(words);
      expect(latest().settingsNotice?.code).toBe('machine-defaults-invalid');
    }
  });
});
