/**
 * The UpdaterPort over electron-updater. electron-updater is loaded only in an installed
 * (packaged) app: it reads the feed address that electron-builder writes into the app's resources
 * (app-update.yml, the GitHub release of `publish:` in electron-builder.yml) and talks to Electron
 * itself. Anywhere else (development, the test stand-in) the port says updates are unavailable.
 */
import { createRequire } from 'node:module';
import type * as ElectronUpdater from 'electron-updater';
import type { AppUpdater, UpdateCheckResult } from 'electron-updater';
import type { Logger } from '../common/log';
import { err, ok } from '../common/result';
import { problemSaid } from '../i18n/english';
import { describeUpdateError } from '../updates/update-problems';
import { unavailableUpdater, type UpdateProblem, type UpdaterPort } from '../updates/updater-port';

/** The part of electron-updater's AppUpdater the port uses (a test passes a real one pointed at a local feed). */
export type AppUpdaterLike = Pick<
  AppUpdater,
  'autoDownload' | 'autoInstallOnAppQuit' | 'checkForUpdates' | 'downloadUpdate' | 'quitAndInstall'
> & { logger: AppUpdater['logger'] };

/** A copy run from its build folder (not installed) is never updated; the tray says so. */
export function notInstalled(): UpdateProblem {
  return problemSaid('unavailable', 'problem.updateNotInstalled');
}

export function createUpdaterPort(updater: AppUpdaterLike, logger: Logger): UpdaterPort {
  // The decisions say when to download and install; the updater only does it.
  updater.autoDownload = false;
  updater.autoInstallOnAppQuit = false;
  updater.logger = {
    info: (message?: unknown) => logger.log('info', `updater: ${String(message)}`),
    warn: (message?: unknown) => logger.log('warn', `updater: ${String(message)}`),
    error: (message?: unknown) => logger.log('warn', `updater: ${String(message)}`),
  };
  return {
    async check() {
      let result: UpdateCheckResult | null;
      try {
        result = await updater.checkForUpdates();
      } catch (error) {
        return { kind: 'failed', problem: describeUpdateError(error) };
      }
      // electron-updater answers null when it is switched off (not an installed app).
      if (result === null) return { kind: 'failed', problem: notInstalled() };
      return result.isUpdateAvailable
        ? { kind: 'available', version: result.updateInfo.version }
        : { kind: 'up-to-date', latest: result.updateInfo.version };
    },
    async download() {
      try {
        await updater.downloadUpdate();
        return ok(null);
      } catch (error) {
        return err(describeUpdateError(error));
      }
    },
    // Silent, and the app starts again afterwards: the user chose "Restart to update".
    install: () => updater.quitAndInstall(true, true),
    setInstallOnQuit: (enabled) => {
      updater.autoInstallOnAppQuit = enabled;
    },
  };
}

/**
 * electron-updater's updater for this platform, only in an installed app. Loaded with require at
 * run time, so nothing of it (nor its own `require('electron')`) runs in a development build.
 */
export function electronUpdaterPort(options: {
  readonly isPackaged: boolean;
  readonly logger: Logger;
}): UpdaterPort {
  if (!options.isPackaged) return unavailableUpdater(notInstalled());
  const require = createRequire(import.meta.url);
  const { autoUpdater } = require('electron-updater') as typeof ElectronUpdater;
  return createUpdaterPort(autoUpdater, options.logger);
}
