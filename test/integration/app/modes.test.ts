/**
 * First run and the modes: a fresh data folder starts the built-in demo (labelled as such) while
 * the screens offer the choice; choosing the demo keeps it; choosing the server keeps the demo
 * running until settings are saved; the demo starts and stops from any mode. No password stored
 * means the app says so and does not connect; an unusable keychain is reported and memory-only
 * works.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer, type DemoServerOptions } from '../../../src-main/demo-server';
import { KeytarSecretStore, MemorySecretStore } from '../../../src-main/storage/secret-store';
import type { Settings } from '../../../src-main/storage/settings-schema';
import { eventually } from '../../support/eventually';
import {
  companionIn,
  serverSettings,
  storePassword,
  tempDir,
  writeSettings,
  liveServerCompanion,
} from '../../support/companion-harness';
import { cleanupsAfterEach } from '../../support/cleanup';
import { demoServerPerFile } from '../../support/demo-server-per-file';

const PASSWORD = 'modes-test-Pa55word-81aa';
const FAST_TRAFFIC = { callsPerMinute: 600, stepMs: 40 };
let server: DemoServer;
const cleanups = cleanupsAfterEach();

demoServerPerFile(PASSWORD, (started) => (server = started));

async function firstRun(secretStore = new MemorySecretStore()) {
  const demoServers: DemoServerOptions[] = [];
  const running = await companionIn({
    cleanups,
    secretStore,
    options: {
      demoTraffic: FAST_TRAFFIC,
      startDemoServer: (options) => {
        demoServers.push(options);
        return startDemoServer(options);
      },
    },
  });
  return { ...running, demoServers, secretStore };
}

async function settingsOnDisk(dir: string): Promise<Settings & { schemaVersion: number }> {
  return JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as Settings & {
    schemaVersion: number;
  };
}

describe('first run', () => {
  it('starts a labelled demo on 127.0.0.1 with made-up credentials, and calls arrive, while the mode is setup', async () => {
    const { latest, recorded, demoServers } = await firstRun();
    expect(latest().mode).toBe('setup');
    expect(latest().demo).toEqual({ running: true, username: 'demo', extension: '1000' });
    expect(demoServers).toHaveLength(1);
    expect(demoServers[0]).toMatchObject({ host: '127.0.0.1', port: 0 });
    expect(demoServers[0]!.password.length).toBeGreaterThanOrEqual(24);
    await eventually(() => latest().connection.state === 'live', 'the demo connection');
    await eventually(() => recorded.shown.length > 0, 'a demo call to pop');
    await eventually(() => recorded.tray.some((t) => t.demo && t.icon === 'demo'), 'the tray to say demo');
    expect(recorded.tray.at(-1)!.statusLine).toMatch(/^Demo: /);
  });

  it('choosing the demo saves mode "demo" and keeps it running', async () => {
    const { companion, latest, dir } = await firstRun();
    expect(await companion.invoke('chooseMode', { mode: 'demo' })).toEqual({ ok: true, value: null });
    await eventually(() => latest().mode === 'demo', 'demo mode');
    expect(latest().demo.running).toBe(true);
    expect((await settingsOnDisk(dir)).mode).toBe('demo');
  });

  it('choosing the server keeps the demo until settings are saved, then connects to the server', async () => {
    const { companion, latest, dir, secretStore } = await firstRun();
    await eventually(() => latest().connection.state === 'live', 'the demo connection');
    expect(await companion.invoke('chooseMode', { mode: 'server' })).toEqual({ ok: true, value: null });
    expect(latest().mode).toBe('setup');
    expect(latest().demo.running).toBe(true);
    const settings = serverSettings(server.port, { mode: 'demo' });
    await storePassword(secretStore, settings, PASSWORD);
    expect(await companion.invoke('saveSettings', { settings })).toEqual({ ok: true, value: null });
    await eventually(() => latest().mode === 'server' && !latest().demo.running, 'server mode');
    await eventually(() => latest().connection.state === 'live', 'the server connection');
    expect(latest().connection.message).toContain(`127.0.0.1:${server.port}`);
    expect((await settingsOnDisk(dir)).mode).toBe('server');
  });

  it('stopDemo and startDemo work from setup and from server mode', async () => {
    const { companion, latest } = await firstRun();
    expect(await companion.invoke('stopDemo', null)).toEqual({ ok: true, value: null });
    await eventually(
      () => !latest().demo.running && latest().connection.code === 'no-server',
      'the demo to stop',
    );
    expect(latest().mode).toBe('setup');
    expect(await companion.invoke('startDemo', undefined)).toEqual({ ok: true, value: null });
    await eventually(() => latest().demo.running && latest().connection.state === 'live', 'the demo again');

    expect(await companion.invoke('saveSettings', { settings: serverSettings(server.port) })).toEqual({
      ok: true,
      value: null,
    });
    await eventually(() => latest().mode === 'server' && !latest().demo.running, 'server mode');
    expect(await companion.invoke('startDemo', undefined)).toEqual({ ok: true, value: null });
    await eventually(() => latest().mode === 'demo' && latest().connection.state === 'live', 'demo mode');
    expect(await companion.invoke('stopDemo', undefined)).toEqual({ ok: true, value: null });
    await eventually(() => latest().mode === 'server' && !latest().demo.running, 'server mode again');
  });
});

describe('the password and the keychain', () => {
  it('without a stored password, says so in words and does not connect', async () => {
    const before = server.clients().length;
    const { companion, latest } = await companionIn({ cleanups, settings: serverSettings(server.port) });
    await eventually(() => latest().connection.code === 'password-missing', 'password-missing');
    expect(latest().connection.state).toBe('failed');
    expect(latest().connection.message).toContain(`manager@127.0.0.1:${server.port}`);
    expect(latest().keychain).toEqual({ passwordStored: false, where: 'none', problem: null });
    expect(server.clients().length).toBe(before);

    const set = await companion.invoke('setPassword', { password: PASSWORD });
    expect(set).toEqual({ ok: true, value: { where: 'keychain' } });
    await eventually(() => latest().connection.state === 'live', 'the connection once the password is set');
    expect(latest().keychain).toEqual({ passwordStored: true, where: 'keychain', problem: null });
  });

  it('an unusable keychain is reported; memory-only is the explicit way on', async () => {
    const broken = new KeytarSecretStore({
      platform: 'linux',
      loadKeytar: () => Promise.reject(new Error('Cannot find module keytar')),
    });
    const { companion, latest } = await companionIn({
      cleanups,
      settings: serverSettings(server.port),
      secretStore: broken,
    });
    await eventually(() => latest().keychain.problem !== null, 'the keychain problem');
    expect(latest().keychain.problem?.code).toBe('keychain-unavailable');
    expect(latest().connection.code).toBe('keychain-unavailable');

    const refused = await companion.invoke('setPassword', { password: PASSWORD });
    expect(refused).toMatchObject({ ok: false, error: { code: 'keychain-unavailable' } });
    const kept = await companion.invoke('setPassword', { password: PASSWORD, memoryOnly: true });
    expect(kept).toEqual({ ok: true, value: { where: 'memory' } });
    await eventually(
      () => latest().connection.state === 'live',
      'the connection with the password in memory',
    );
    expect(latest().keychain).toEqual({ passwordStored: true, where: 'memory', problem: null });
  });

  it('does not let the password follow a changed server by itself: unconfirmed, it is forgotten', async () => {
    const {
      companion,
      latest,
      settings,
      secretStore: store,
    } = await liveServerCompanion({ port: server.port, password: PASSWORD, cleanups });
    // These ports have no dialog to confirm with (see password-binding.test.ts for the confirmed move).
    const moved = { ...settings, managerUser: 'admin' };
    expect(await companion.invoke('saveSettings', { settings: moved })).toEqual({ ok: true, value: null });
    const old = await store.get(`manager@127.0.0.1:${server.port}`);
    const now = await store.get(`admin@127.0.0.1:${server.port}`);
    expect(old.ok && old.value).toBeNull();
    expect(now.ok && now.value).toBeNull();
    await eventually(() => latest().connection.code === 'password-missing', 'password-missing');
  });
});

describe('settings notices', () => {
  it('a corrupt settings file is set aside, the user is told, and setup starts', async () => {
    const data = await tempDir();
    cleanups.push(data.remove);
    await writeSettings(data.dir, serverSettings(server.port));
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(data.dir, 'settings.json'), '{ not json');
    const { latest } = await companionIn({
      cleanups,
      dir: data.dir,
      options: { demoTraffic: FAST_TRAFFIC },
    });
    expect(latest().settingsNotice?.code).toBe('settings-corrupt');
    expect(latest().mode).toBe('setup');
  });
});

describe('power and network', () => {
  it('suspend closes the connection and says so; resume and network-online bring it back', async () => {
    const { companion, latest } = await liveServerCompanion({
      port: server.port,
      password: PASSWORD,
      cleanups,
    });
    companion.suspend();
    await eventually(() => latest().connection.code === 'suspended', 'suspended');
    companion.resume();
    await eventually(() => latest().connection.state === 'live', 'live after resume');
    server.dropAll();
    await eventually(() => latest().connection.state !== 'live', 'the dropped connection');
    companion.networkOnline();
    await eventually(() => latest().connection.state === 'live', 'live after the network came back');
    expect(await companion.invoke('retryNow', undefined)).toEqual({ ok: true, value: null });
  });
});
