/**
 * The GNOME do-not-disturb as the real `gsettings` reads it, from a settings file of our own (the
 * keyfile backend, in a temporary XDG_CONFIG_HOME), so the machine's own settings are never touched.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createQuietHours, readShowBanners } from '../../../src-main/electron/quiet-hours';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function gnomeWith(showBanners: boolean | null): Promise<NodeJS.ProcessEnv> {
  const dir = await mkdtemp(join(tmpdir(), 'quiet-hours-'));
  dirs.push(dir);
  const folder = join(dir, 'glib-2.0', 'settings');
  await mkdir(folder, { recursive: true });
  const body = showBanners === null ? '' : `[org/gnome/desktop/notifications]\nshow-banners=${showBanners}\n`;
  await writeFile(join(folder, 'keyfile'), body, 'utf8');
  return { PATH: process.env.PATH, HOME: dir, XDG_CONFIG_HOME: dir, GSETTINGS_BACKEND: 'keyfile' };
}

describe('the OS do-not-disturb', () => {
  it('reads GNOME’s "show banners" off as quiet and on as not quiet, with the real gsettings', async () => {
    const quiet = createQuietHours({ platform: 'linux', env: await gnomeWith(false) });
    expect(await quiet.read()).toBe('quiet');
    const loud = createQuietHours({ platform: 'linux', env: await gnomeWith(true) });
    expect(await loud.read()).toBe('not-quiet');
    // Never set: GNOME's default, banners shown.
    expect(await createQuietHours({ platform: 'linux', env: await gnomeWith(null) }).read()).toBe(
      'not-quiet',
    );
  });

  it('says unknown where it cannot be read: no gsettings, macOS Focus, Windows Focus Assist', async () => {
    const env = await gnomeWith(false);
    expect(
      await createQuietHours({ platform: 'linux', env, gsettings: join(dirs[0]!, 'no-such-program') }).read(),
    ).toBe('unknown');
    expect(await createQuietHours({ platform: 'darwin', env }).read()).toBe('unknown');
    expect(await createQuietHours({ platform: 'win32', env }).read()).toBe('unknown');
  });

  it('takes only a clear true or false from the output', () => {
    expect(readShowBanners('false\n')).toBe('quiet');
    expect(readShowBanners('true\n')).toBe('not-quiet');
    expect(readShowBanners('No such schema “org.gnome.desktop.notifications”\n')).toBe('unknown');
  });
});
