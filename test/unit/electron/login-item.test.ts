import { describe, expect, it } from 'vitest';
import {
  autostartDesktopFile,
  autostartFolder,
  quoteExecArgument,
} from '../../../src-main/electron/autostart-entry';
import {
  AUTOSTART_FILE_NAME,
  HIDDEN_ARG,
  createLoginItemSetting,
} from '../../../src-main/electron/login-item';

describe('the autostart file', () => {
  it('starts the real executable hidden in the tray', () => {
    const text = autostartDesktopFile({
      name: 'iSymphony Companion',
      comment: 'Call pops',
      executable: '/opt/iSymphony/isymphony-companion',
      args: ['--hidden'],
    });
    expect(text.split('\n')).toEqual([
      '[Desktop Entry]',
      'Type=Application',
      'Version=1.0',
      'Name=iSymphony Companion',
      'Comment=Call pops',
      'Exec=/opt/iSymphony/isymphony-companion --hidden',
      'Terminal=false',
      'NoDisplay=false',
      'X-GNOME-Autostart-enabled=true',
      '',
    ]);
  });

  it('quotes a path with spaces', () => {
    expect(quoteExecArgument('/home/a b/App.AppImage')).toBe('"/home/a b/App.AppImage"');
  });

  it('escapes quote, backtick, dollar and backslash inside quotes', () => {
    expect(quoteExecArgument('/x/"q"`$HOME\\')).toBe('"/x/\\"q\\"\\`\\$HOME\\\\"');
  });

  it('doubles a percent sign so it is not read as a field code', () => {
    expect(quoteExecArgument('/x/100%')).toBe('/x/100%%');
  });

  it('escapes backslashes once more for the key file, so a reader gets the quoted form back', () => {
    const text = autostartDesktopFile({ name: 'n', comment: 'c', executable: '/a\\b', args: [] });
    // Exec value as written: "/a\\\\b" (the quoted argument "/a\\b", with its backslashes doubled again).
    expect(text).toContain('Exec="/a\\\\\\\\b"');
  });

  it('cannot be given an extra line through the name or a path', () => {
    const text = autostartDesktopFile({ name: 'x\nExec=evil', comment: 'c', executable: '/a\nb', args: [] });
    expect(text.split('\n').filter((l) => l.startsWith('Exec='))).toHaveLength(1);
    expect(text).not.toContain('\nExec=evil');
  });

  it('goes to $XDG_CONFIG_HOME/autostart or ~/.config/autostart', () => {
    expect(autostartFolder({ XDG_CONFIG_HOME: '/cfg' }, '/home/u')).toBe('/cfg/autostart');
    expect(autostartFolder({}, '/home/u')).toBe('/home/u/.config/autostart');
    expect(autostartFolder({ XDG_CONFIG_HOME: 'relative' }, '/home/u')).toBe('/home/u/.config/autostart');
  });
});

function fakeFs() {
  const files = new Map<string, string>();
  const dirs: string[] = [];
  return {
    files,
    dirs,
    fs: {
      mkdir: async (path: string) => {
        dirs.push(path);
      },
      writeFile: async (path: string, text: string) => {
        files.set(path, text);
      },
      rm: async (path: string) => {
        files.delete(path);
      },
    },
  };
}

describe('start at login', () => {
  it('on Linux writes an autostart file pointing at the AppImage, and removes it again', async () => {
    const { fs, files, dirs } = fakeFs();
    const login = createLoginItemSetting({
      platform: 'linux',
      app: { setLoginItemSettings: () => {} },
      env: { APPIMAGE: '/home/u/Apps/Companion.AppImage' },
      execPath: '/tmp/.mount_Comp123/companion',
      home: '/home/u',
      fs,
    });
    expect(await login.set(true)).toEqual({ ok: true, value: null });
    const path = `/home/u/.config/autostart/${AUTOSTART_FILE_NAME}`;
    expect(dirs).toEqual(['/home/u/.config/autostart']);
    expect(files.get(path)).toContain('Exec=/home/u/Apps/Companion.AppImage --hidden\n');
    expect(await login.set(false)).toEqual({ ok: true, value: null });
    expect(files.has(path)).toBe(false);
  });

  it('on Linux without an AppImage uses the executable path', async () => {
    const { fs, files } = fakeFs();
    const login = createLoginItemSetting({
      platform: 'linux',
      app: { setLoginItemSettings: () => {} },
      env: {},
      execPath: '/opt/companion/companion',
      home: '/home/u',
      fs,
    });
    await login.set(true);
    expect([...files.values()][0]).toContain('Exec=/opt/companion/companion --hidden');
  });

  it('on Linux says which folder could not be written', async () => {
    const login = createLoginItemSetting({
      platform: 'linux',
      app: { setLoginItemSettings: () => {} },
      env: {},
      execPath: '/e',
      home: '/home/u',
      fs: { ...fakeFs().fs, writeFile: async () => Promise.reject(new Error('EACCES')) },
    });
    expect(await login.set(true)).toMatchObject({
      ok: false,
      error: {
        code: 'autostart-write-failed',
        message: expect.stringContaining('/home/u/.config/autostart'),
      },
    });
  });

  it('on Windows registers the executable with the hidden flag, on macOS as a login item', async () => {
    const settings: unknown[] = [];
    const app = { setLoginItemSettings: (s: unknown) => void settings.push(s) };
    const base = { app, env: {}, execPath: 'C:\\Apps\\Companion.exe', home: 'C:\\Users\\u', fs: fakeFs().fs };
    await createLoginItemSetting({ ...base, platform: 'win32' }).set(true);
    await createLoginItemSetting({ ...base, platform: 'darwin' }).set(false);
    expect(settings).toEqual([
      { openAtLogin: true, path: 'C:\\Apps\\Companion.exe', args: [HIDDEN_ARG] },
      { openAtLogin: false },
    ]);
  });
});
