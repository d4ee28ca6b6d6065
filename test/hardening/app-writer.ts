/**
 * Child process for the crash test at the app level: a real Companion in server mode against a
 * demo server of its own. It alternates two operations until it is killed: a call that rings and
 * is missed (the Companion appends it to history.jsonl), and a do-not-disturb switch (the Companion
 * saves settings.json). After each completes it writes "h <n>" or "s <n> <on|off>" to stdout.
 * Usage: node app-writer.mjs <dataDir> <run>
 */
import { writeSync } from 'node:fs';
import { createCompanion } from '../../src-main/app/create-companion';
import type { DesktopPorts } from '../../src-main/app/ports';
import { ok } from '../../src-main/common/result';
import { Secret } from '../../src-main/common/secret';
import { startDemoServer } from '../../src-main/demo-server';
import type { AppState } from '../../src-main/ipc/contract';
import { accountFor, MemorySecretStore } from '../../src-main/storage/secret-store';
import { defaultSettings } from '../../src-main/storage/settings-schema';
import { SettingsStore } from '../../src-main/storage/settings-store';
import { eventually } from '../support/eventually';

const PASSWORD = 'crash-Test-pw-51c2';

const ports: DesktopPorts = {
  urlOpener: { open: async () => ok(null) },
  clipboard: { writeText: () => {} },
  notifier: { show: () => {}, close: () => {} },
  popWindow: { update: () => {} },
  tray: { update: () => {} },
  loginItem: { set: async () => ok(null) },
  shortcuts: { register: () => ok(null) },
};

async function main(): Promise<void> {
  const [dataDir, run] = process.argv.slice(2);
  if (!dataDir || !run) throw new Error('usage: app-writer <dataDir> <run>');
  const server = await startDemoServer({ username: 'manager', password: PASSWORD });
  // The server's port is new on every run: point the settings at it the way the app would store them.
  const store = new SettingsStore({ dataDir });
  const loaded = await store.load();
  if (loaded.notice) throw new Error(`the settings did not load cleanly: ${loaded.notice.code}`);
  const base = loaded.settings.mode === 'server' ? loaded.settings : defaultSettings();
  const settings = {
    ...base,
    mode: 'server' as const,
    server: { host: '127.0.0.1', port: server.port, tls: false, trustedCertificateSha256: null },
    managerUser: 'manager',
    isymphonyUser: '4224',
    extensions: ['4224'],
  };
  const saved = await store.save(settings);
  if (!saved.ok) throw new Error(saved.error.message);
  const secrets = new MemorySecretStore();
  await secrets.set(
    accountFor({ manager: 'manager', host: '127.0.0.1', port: server.port }),
    new Secret(PASSWORD),
  );

  const companion = createCompanion({
    dataDir,
    ports,
    secretStore: secrets,
    pipeline: { sessionTimings: { backoff: { baseMs: 20, capMs: 80, floorMs: 5, stableAfterMs: 60_000 } } },
  });
  let state: AppState | null = null;
  companion.onState((s) => (state = s));
  await companion.start();
  await eventually(
    () => state?.connection.state === 'live' && (server.clients()[0]?.filters.length ?? 0) > 0,
    'live with the filter',
    60_000,
  );
  writeSync(1, 'live\n');

  for (let n = 0; ; n++) {
    if (n % 2 === 0) {
      const version = (state as AppState | null)?.historyVersion ?? 0;
      await server.scenarios.missed({
        to: '4224',
        from: { name: `Caller ${run}`, number: `+1555${run}${n}` },
      });
      await eventually(
        () => ((state as AppState | null)?.historyVersion ?? 0) > version,
        'the history write',
        60_000,
      );
      writeSync(1, `h +1555${run}${n}\n`);
    } else {
      const on = n % 4 === 1;
      const answer = await companion.setDoNotDisturb(on);
      if (!answer.ok) throw new Error(answer.error.message);
      writeSync(1, `s ${on ? 'on' : 'off'}\n`);
    }
  }
}

main().catch((error: unknown) => {
  writeSync(2, `${String(error)}\n`);
  process.exit(1);
});
