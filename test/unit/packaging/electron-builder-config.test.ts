import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';
import { trayIconFolder } from '../../../src-main/electron/tray-icons';

// js-yaml is electron-builder's own YAML reader (hoisted); it ships no types, so its one call is typed here.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

const root = resolve(import.meta.dirname, '../../..');
const fromRoot = (path: string): string => resolve(root, path);

type Loose = Record<string, unknown>;

function loadConfig(): Loose {
  return yaml.load(readFileSync(fromRoot('electron-builder.yml'), 'utf8')) as Loose;
}

async function validate(config: Loose): Promise<void> {
  await validateConfiguration(config as Configuration, new DebugLogger(false));
}

async function rejection(config: Loose): Promise<string> {
  return validate(config).then(
    () => 'accepted',
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
}

function section(config: Loose, key: string): Loose {
  const value = config[key];
  expect(value, `${key} is a section`).toBeTypeOf('object');
  return value as Loose;
}

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  let config: Loose;
  beforeAll(() => {
    config = loadConfig();
  });

  it('passes electron-builder’s own configuration validator', async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('is checked for real: the validator rejects a broken copy', async () => {
    expect(await rejection({ ...config, asar: 'yes' })).toContain('asar');
    expect(await rejection({ ...config, notAnOption: true })).toContain('notAnOption');
    const misspeltFuse = { ...section(config, 'electronFuses'), runAsNod: false };
    expect(await rejection({ ...config, electronFuses: misspeltFuse })).toContain(
      'configuration.electronFuses',
    );
    expect(
      await rejection({ ...config, linux: { ...section(config, 'linux'), targets: ['deb'] } }),
    ).toContain('configuration.linux');
    expect(
      await rejection({ ...config, mac: { ...section(config, 'mac'), hardenedRuntime: 'maybe' } }),
    ).toContain('configuration.mac');
  });

  it('names the app and keeps output and build resources apart', () => {
    expect(config.appId).toBe('com.isymphony-companion.app');
    expect(config.productName).toBe('iSymphony Companion');
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'build' });
  });

  it('packs only the built app, package.json and (implicitly) production node_modules', () => {
    const files = config.files as string[];
    const included = files.filter((pattern) => !pattern.startsWith('!'));
    expect(included).toEqual(['out/**', 'package.json']);
    expect(files).toContain('!**/*.map');
  });

  it('flips every security fuse the project relies on', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // The app never loads file:// pages (the renderer comes from its own protocol).
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs into an asar archive, with native modules unpacked, and does not rebuild them', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(false);
  });

  it('publishes to the GitHub release, the feed electron-updater reads', () => {
    expect(config.publish).toEqual({ provider: 'github', releaseType: 'release' });
  });

  it('builds AppImage and deb on Linux, NSIS on Windows, dmg and zip on macOS', () => {
    expect(section(config, 'linux').target).toEqual(['AppImage', 'deb']);
    expect(section(config, 'win').target).toEqual(['nsis']);
    expect(section(config, 'mac').target).toEqual(['dmg', 'zip']);
  });

  it('describes the Linux package', () => {
    const linux = section(config, 'linux');
    expect(linux.category).toBeTypeOf('string');
    expect(linux.maintainer).toMatch(/<.+@.+>/);
    expect(linux.synopsis).toBeTypeOf('string');
  });

  it('signs macOS builds with the hardened runtime and an entitlements file that only allows JIT', () => {
    const mac = section(config, 'mac');
    expect(mac.hardenedRuntime).toBe(true);
    expect(mac.category).toMatch(/^public\.app-category\./);
    expect(mac.entitlements).toBe('build/entitlements.mac.plist');
    const plist = readFileSync(fromRoot(String(mac.entitlements)), 'utf8');
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('points at icons that exist and are what each platform reads', () => {
    const linuxIcon = fromRoot(String(section(config, 'linux').icon));
    expect(pngSize(linuxIcon)).toEqual({ width: 512, height: 512 });
    expect(pngSize(fromRoot('build/icon-512.png'))).toEqual({ width: 512, height: 512 });
    expect(pngSize(fromRoot('build/icon-256.png'))).toEqual({ width: 256, height: 256 });

    const ico = readFileSync(fromRoot(String(section(config, 'win').icon)));
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const entries = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256);
    expect(entries).toContain(256);

    const icns = readFileSync(fromRoot(String(section(config, 'mac').icon)));
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(icns.toString('ascii', 8, 12)).toMatch(/^ic0[89]$/);
  });

  it('keeps the script that draws the icons beside them', () => {
    expect(existsSync(fromRoot('build/make-icons.mjs'))).toBe(true);
  });

  it('ships the tray icon files beside the archive, in the resources folder the app loads them from', () => {
    expect(config.extraResources).toEqual([{ from: 'build/tray/icons', to: 'tray' }]);
    expect(trayIconFolder({ isPackaged: true, resourcesPath: '/r', mainDir: '/r/app.asar/out/main' })).toBe(
      '/r/tray',
    );
    expect(existsSync(fromRoot('build/tray/icons/live.png'))).toBe(true);
  });
});
