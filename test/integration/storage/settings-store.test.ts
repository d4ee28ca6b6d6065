import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmod, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CURRENT_SCHEMA_VERSION } from '../../../src-main/storage/migrations';
import { DEFAULT_SETTINGS, type Settings } from '../../../src-main/storage/settings-schema';
import { SettingsStore } from '../../../src-main/storage/settings-store';
import { FakeClock } from '../../unit/session/support/fake-clock';
import { saidEverywhere } from '../../support/said-everywhere';

// Backups are named after the moment; the clock never moves here.
const fixedClock = new FakeClock(Date.UTC(2025, 0, 2, 3, 4, 5, 6));

let dir: string;

/** The id of a process that has ended (so no writer can still be using its temp file). */
function exitedPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}
let store: SettingsStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'settings-'));
  store = new SettingsStore({ dataDir: dir, clock: fixedClock });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function customised(n: number): Settings {
  return { ...DEFAULT_SETTINGS, isymphonyUser: `user${n}`, extensions: [String(200 + n)] };
}

async function fileJson(): Promise<unknown> {
  return JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'));
}

describe('SettingsStore', () => {
  it('uses the defaults without a notice when there is no file yet', async () => {
    expect(await store.load()).toEqual({ settings: DEFAULT_SETTINGS });
    expect(await readdir(dir)).toEqual([]);
  });

  it('saves and loads back what was saved, with the current schemaVersion in the file', async () => {
    const saved = await store.save(customised(1));
    expect(saved).toEqual({ ok: true, value: customised(1) });
    expect(await fileJson()).toEqual({ schemaVersion: CURRENT_SCHEMA_VERSION, ...customised(1) });
    expect(await new SettingsStore({ dataDir: dir }).load()).toEqual({ settings: customised(1) });
  });

  it('leaves no temporary files behind', async () => {
    await store.save(customised(1));
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('moves a file that is not JSON aside, uses defaults and says so', async () => {
    await writeFile(join(dir, 'settings.json'), '{"mode": "serv');
    const loaded = await store.load();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.notice?.code).toBe('settings-corrupt');
    expect(loaded.notice?.backupPath).toBe(join(dir, 'settings.json.corrupt-2025-01-02T03-04-05-006Z'));
    expect(loaded.notice?.message).toMatch(/kept as settings\.json\.corrupt-/);
    // The settings page says it in the chosen language: the reason, then where the file was kept.
    expect(saidEverywhere(loaded.notice!).de).toBe(
      'Die Einstellungsdatei war beschädigt (sie ist kein gültiges JSON), daher gelten die Standardeinstellungen. Die alte Datei wurde als settings.json.corrupt-2025-01-02T03-04-05-006Z aufbewahrt.',
    );
    expect(await readFile(loaded.notice!.backupPath!, 'utf8')).toBe('{"mode": "serv');
    expect(await readdir(dir)).toEqual(['settings.json.corrupt-2025-01-02T03-04-05-006Z']);
  });

  it('keeps every backup when the same thing happens twice in one millisecond', async () => {
    await writeFile(join(dir, 'settings.json'), 'x');
    await store.load();
    await writeFile(join(dir, 'settings.json'), 'y');
    const second = await store.load();
    expect(second.notice?.backupPath).toMatch(/-006Z-2$/);
    expect((await readdir(dir)).length).toBe(2);
  });

  it('moves a hand-edited file with wrong types aside and lists the fields', async () => {
    const edited = {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      ...DEFAULT_SETTINGS,
      server: { ...DEFAULT_SETTINGS.server, port: '58080' },
    };
    await writeFile(join(dir, 'settings.json'), JSON.stringify(edited));
    const loaded = await store.load();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.notice?.code).toBe('settings-invalid');
    expect(loaded.notice?.fields?.map((f) => f.path)).toEqual(['server.port']);
  });

  it('treats a JSON value that is not an object as corrupt', async () => {
    await writeFile(join(dir, 'settings.json'), '[1,2,3]');
    expect((await store.load()).notice?.code).toBe('settings-corrupt');
  });

  it('loads a version 2 file that pinned a certificate with TLS off: the pin (never used) goes, nothing else', async () => {
    const pin = Array.from({ length: 32 }, () => 'AB').join(':');
    const v2 = {
      schemaVersion: 2,
      ...DEFAULT_SETTINGS,
      mode: 'server',
      managerUser: 'boss',
      server: { host: 'pbx.example.com', port: 58080, tls: false, trustedCertificateSha256: pin },
    };
    await writeFile(join(dir, 'settings.json'), JSON.stringify(v2));
    const loaded = await store.load();
    expect(loaded.notice).toBeUndefined();
    expect(loaded.settings).toMatchObject({
      managerUser: 'boss',
      server: { host: 'pbx.example.com', port: 58080, tls: false, trustedCertificateSha256: null },
    });
  });

  it('migrates a version 1 file, keeps the original beside it and writes the new format', async () => {
    const { extensions: _e, popStyle: _p, ...v1Body } = DEFAULT_SETTINGS;
    const v1 = { schemaVersion: 1, ...v1Body, extension: '4224', showPopups: false };
    await writeFile(join(dir, 'settings.json'), JSON.stringify(v1));
    const loaded = await store.load();
    expect(loaded.notice).toBeUndefined();
    expect(loaded.migratedFrom).toBe(1);
    expect(loaded.settings.extensions).toEqual(['4224']);
    expect(loaded.settings.popStyle).toBe('off');
    expect(await fileJson()).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      extensions: ['4224'],
      popStyle: 'off',
    });
    const backup = join(dir, 'settings.json.v1-2025-01-02T03-04-05-006Z');
    expect(JSON.parse(await readFile(backup, 'utf8'))).toEqual(v1);
    // A second start finds the new format and converts nothing.
    expect(await store.load()).toEqual({ settings: loaded.settings });
  });

  it('does not overwrite a newer version silently: keeps a copy, tells, and uses what it understands', async () => {
    const newer = { ...DEFAULT_SETTINGS, schemaVersion: CURRENT_SCHEMA_VERSION + 1, theme: 'dark' };
    const text = JSON.stringify(newer);
    await writeFile(join(dir, 'settings.json'), text);
    const loaded = await store.load();
    expect(loaded.notice?.code).toBe('settings-newer-version');
    expect(loaded.notice?.message).toMatch(/newer version/);
    expect(saidEverywhere(loaded.notice!).es).toMatch(
      /^La configuración se guardó con una versión más reciente de iSymphony Companion \(formato \d+; esta lee hasta el \d+\)\. Actualice la aplicación para usarla\. Se usa la configuración que entiende esta versión\. Se guardó una copia como settings\.json\.newer-/,
    );
    expect(loaded.settings.theme).toBe('dark');
    expect(await readFile(loaded.notice!.backupPath!, 'utf8')).toBe(text);
    // The newer app's file is still in place until the user saves here.
    expect(await readFile(join(dir, 'settings.json'), 'utf8')).toBe(text);
  });

  it('falls back to defaults for a newer file with fields this version does not know', async () => {
    const newer = { ...DEFAULT_SETTINGS, schemaVersion: 99, hologram: true, theme: 'dark' };
    await writeFile(join(dir, 'settings.json'), JSON.stringify(newer));
    const loaded = await store.load();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.notice?.message).toMatch(/Default settings are in use/);
    expect(saidEverywhere(loaded.notice!).it).toContain('Si usano le impostazioni predefinite.');
    expect((await readdir(dir)).sort()).toEqual([
      'settings.json',
      'settings.json.newer-2025-01-02T03-04-05-006Z',
    ]);
  });

  it('reports an unreadable file and leaves it where it is', async () => {
    if (process.getuid?.() === 0) {
      // root reads any file: a folder in the file's place is unreadable as a file for everyone.
      await rm(join(dir, 'settings.json'), { force: true });
      await import('node:fs/promises').then((fs) => fs.mkdir(join(dir, 'settings.json')));
    } else {
      await writeFile(join(dir, 'settings.json'), '{}');
      await chmod(join(dir, 'settings.json'), 0o000);
    }
    const loaded = await store.load();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.notice?.code).toBe('settings-unreadable');
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('refuses to save invalid settings and leaves the file untouched', async () => {
    await store.save(customised(1));
    const before = await fileJson();
    const result = await store.save({ ...customised(2), theme: 'neon' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('settings-invalid');
    expect(await fileJson()).toEqual(before);
  });

  it('never writes a password: a settings object carrying one is refused', async () => {
    const sneaky = {
      ...customised(1),
      password: 'hunter2-secret',
      server: { ...DEFAULT_SETTINGS.server, password: 'p4ss' },
    };
    const result = await store.save(sneaky);
    expect(result.ok).toBe(false);
    await store.save(customised(3));
    for (const name of await readdir(dir)) {
      const text = await readFile(join(dir, name), 'utf8');
      expect(text).not.toMatch(/hunter2|p4ss|password/i);
    }
  });

  it('creates a missing data folder on the first save', async () => {
    const nested = new SettingsStore({ dataDir: join(dir, 'new', 'folder') });
    expect((await nested.save(customised(1))).ok).toBe(true);
    expect(await readdir(join(dir, 'new', 'folder'))).toEqual(['settings.json']);
  });

  it('reports a failed write as a value, naming the folder', async () => {
    // A file where the data folder should be: no folder can be made there.
    await writeFile(join(dir, 'blocked'), '');
    const blocked = new SettingsStore({ dataDir: join(dir, 'blocked') });
    const result = await blocked.save(customised(1));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('settings-write-failed');
      expect(result.error.message).toContain('blocked');
    }
  });

  it('removes temporary files that a process killed mid-save left behind, and only those', async () => {
    const dead = exitedPid();
    await writeFile(join(dir, `.settings.json.${dead}.1.tmp`), '{"half":');
    await writeFile(join(dir, `.settings.json.${process.pid}.999.tmp`), 'mine');
    await store.load();
    expect(await readdir(dir)).toEqual([`.settings.json.${process.pid}.999.tmp`]);
  });

  it('serialises 50 parallel saves: the file parses and holds the last one', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, (_, n) => store.save(customised(n))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await fileJson()).toEqual({ schemaVersion: CURRENT_SCHEMA_VERSION, ...customised(49) });
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('runs a load queued behind saves after them', async () => {
    void store.save(customised(1));
    void store.save(customised(2));
    expect((await store.load()).settings).toEqual(customised(2));
  });
});
