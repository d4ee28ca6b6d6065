/**
 * The administrator's defaults file: where each OS keeps it, and what it may say (read from real
 * files): settings checked whole, locks only on settings it gives, anything wrong said in plain words.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  lockedChanges,
  machineDefaultsPath,
  readMachineDefaults,
  withLocked,
} from '../../../src-main/storage/machine-defaults';
import { defaultSettings } from '../../../src-main/storage/settings-schema';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function file(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'machine-defaults-'));
  dirs.push(dir);
  const path = join(dir, 'defaults.json');
  await writeFile(path, text, 'utf8');
  return path;
}

const SERVER = { host: 'pbx.example.com', port: 55050, tls: true, trustedCertificateSha256: null };

describe('where the defaults file is', () => {
  it('is in the system-wide configuration folder of each OS', () => {
    expect(machineDefaultsPath('linux', {})).toBe('/etc/isymphony-companion/defaults.json');
    expect(machineDefaultsPath('darwin', {})).toBe(
      '/Library/Application Support/iSymphony Companion/defaults.json',
    );
    expect(machineDefaultsPath('win32', { ProgramData: 'D:\\ProgramData' })).toBe(
      'D:\\ProgramData\\iSymphony Companion\\defaults.json',
    );
    expect(machineDefaultsPath('win32', {})).toBe('C:\\ProgramData\\iSymphony Companion\\defaults.json');
  });
});

describe('reading the defaults file', () => {
  it('gives the settings on top of the built-in ones, what it gave and what it locked', async () => {
    const path = await file(
      JSON.stringify({ settings: { mode: 'server', server: SERVER, ringSound: 'bell' }, locked: ['server'] }),
    );
    const read = await readMachineDefaults(path);
    expect(read.ok).toBe(true);
    if (!read.ok || !read.value) return;
    expect(read.value.settings).toEqual({
      ...defaultSettings(),
      mode: 'server',
      server: SERVER,
      ringSound: 'bell',
    });
    expect(read.value.given).toEqual(['mode', 'server', 'ringSound']);
    expect(read.value.locked).toEqual(['server']);
    // Locked: the user's own server gives way, and a change to it is refused beside it.
    const mine = {
      ...defaultSettings(),
      server: { ...SERVER, host: 'elsewhere.example.com' },
      theme: 'dark' as const,
    };
    expect(withLocked(mine, read.value)).toEqual({ ...mine, server: SERVER });
    expect(lockedChanges(mine, read.value)).toEqual([
      {
        path: 'server',
        segments: ['server'],
        message: expect.stringContaining(path),
        text: { key: 'validation.locked', values: { path } },
      },
    ]);
    expect(lockedChanges(withLocked(mine, read.value), read.value)).toEqual([]);
  });

  it('is nothing when no file is deployed', async () => {
    expect(await readMachineDefaults(join(tmpdir(), 'no-such-folder-7f3a', 'defaults.json'))).toEqual({
      ok: true,
      value: null,
    });
  });

  it('refuses a file it cannot use as a whole, saying why in plain words', async () => {
    const cases: [string, RegExp][] = [
      ['{"settings": ', /not valid JSON/],
      ['[]', /must be an object/],
      [JSON.stringify({ settings: { theme: 'dark' }, lock: ['theme'] }), /"lock" is not known/],
      [JSON.stringify({ settings: [] }), /"settings" must be an object/],
      [JSON.stringify({ settings: {}, locked: 'server' }), /"locked" must be a list/],
      [JSON.stringify({ settings: {}, locked: ['password'] }), /"password" in "locked" is not a setting/],
      [JSON.stringify({ settings: {}, locked: ['theme'] }), /"theme" is locked but the file gives no value/],
      [JSON.stringify({ settings: { server: { ...SERVER, port: 0 } } }), /server\.port: The port must be/],
      [JSON.stringify({ settings: { managerPassword: 'x' } }), /system keychain/],
    ];
    for (const [text, words] of cases) {
      const path = await file(text);
      const read = await readMachineDefaults(path);
      expect(read.ok, text).toBe(false);
      if (read.ok) continue;
      expect(read.error.code).toBe('machine-defaults-invalid');
      expect(read.error.message).toContain(path);
      expect(read.error.message).toMatch(words);
    }
  });
});
