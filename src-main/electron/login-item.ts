/**
 * Start at login: `app.setLoginItemSettings` on Windows and macOS; on Linux a `.desktop` file in
 * the autostart folder that points at the real executable (the AppImage, not its mount point).
 */
import type { App } from 'electron';
import type { LoginItemSetting } from '../app/ports';
import { err, ok } from '../common/result';
import { problemSaid } from '../i18n/english';
import { autostartDesktopFile, autostartFolder } from './autostart-entry';
import { PRODUCT_NAME } from './app-id';

/** Passed at login so the app starts in the tray without opening its window. */
export const HIDDEN_ARG = '--hidden';
export const AUTOSTART_FILE_NAME = 'isymphony-companion.desktop';

export interface LoginItemOptions {
  readonly platform: NodeJS.Platform;
  readonly app: Pick<App, 'setLoginItemSettings'>;
  readonly env: { APPIMAGE?: string; XDG_CONFIG_HOME?: string };
  readonly execPath: string;
  readonly home: string;
  readonly fs: {
    mkdir(path: string, options: { recursive: true }): Promise<unknown>;
    writeFile(path: string, text: string): Promise<void>;
    rm(path: string, options: { force: true }): Promise<void>;
  };
}

export function createLoginItemSetting(options: LoginItemOptions): LoginItemSetting {
  return {
    async set(enabled) {
      if (options.platform !== 'linux') {
        try {
          options.app.setLoginItemSettings(
            options.platform === 'win32'
              ? { openAtLogin: enabled, path: options.execPath, args: [HIDDEN_ARG] }
              : { openAtLogin: enabled },
          );
          return ok(null);
        } catch {
          return err(problemSaid('login-item-failed', 'loginItem.failed'));
        }
      }
      const folder = autostartFolder(options.env, options.home);
      const file = `${folder}/${AUTOSTART_FILE_NAME}`;
      try {
        if (!enabled) {
          await options.fs.rm(file, { force: true });
          return ok(null);
        }
        const executable =
          options.env.APPIMAGE && options.env.APPIMAGE.startsWith('/')
            ? options.env.APPIMAGE
            : options.execPath;
        await options.fs.mkdir(folder, { recursive: true });
        await options.fs.writeFile(
          file,
          autostartDesktopFile({
            name: PRODUCT_NAME,
            comment: 'Call pops and CRM links for iSymphony',
            executable,
            args: [HIDDEN_ARG],
          }),
        );
        return ok(null);
      } catch {
        return err(problemSaid('autostart-write-failed', 'loginItem.notWritable', { folder }));
      }
    },
  };
}
