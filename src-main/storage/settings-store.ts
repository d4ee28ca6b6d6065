import { constants } from 'node:fs';
import { access, copyFile, mkdir, readFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { systemClock, type Clock } from '../common/clock';
import { silentLogger, type Logger } from '../common/log';
import { err, ok, problem, type Problem, type Result } from '../common/result';
import { errnoCode, fileStamp, removeStaleTemps, writeFileAtomic } from './atomic-file';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, migrateSettings, type Migration } from './migrations';
import {
  defaultSettings,
  validateSettings,
  type Settings,
  type SettingsFieldProblem,
  type SettingsProblem,
} from './settings-schema';

export type SettingsNoticeCode =
  'settings-corrupt' | 'settings-invalid' | 'settings-newer-version' | 'settings-unreadable';

/** Something the user should hear about after loading: the app still runs, on defaults or kept values. */
export interface SettingsNotice extends Problem<SettingsNoticeCode> {
  /** Where the file that could not be used was kept. */
  readonly backupPath?: string;
  readonly fields?: readonly SettingsFieldProblem[];
}

export interface LoadedSettings {
  readonly settings: Settings;
  readonly notice?: SettingsNotice;
  /** Set when the file was in an older format and has been converted (the original kept beside it). */
  readonly migratedFrom?: number;
}

export type SettingsWriteProblem = Problem<'settings-write-failed'>;

export interface SettingsStoreOptions {
  /** The app's data folder; created on the first save if missing. */
  readonly dataDir: string;
  readonly clock?: Clock;
  readonly logger?: Logger;
  readonly fileName?: string;
  readonly migrations?: readonly Migration[];
  readonly schemaVersion?: number;
}

/**
 * settings.json in the data folder. Loading never throws and never crashes the app: whatever is
 * wrong with the file, the caller gets usable settings and, where something was wrong, a notice
 * to show. Loads and saves run one at a time in call order, so parallel saves end with the last.
 */
export class SettingsStore {
  readonly path: string;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly migrations: readonly Migration[];
  private readonly schemaVersion: number;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: SettingsStoreOptions) {
    this.path = join(options.dataDir, options.fileName ?? 'settings.json');
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger ?? silentLogger;
    this.migrations = options.migrations ?? MIGRATIONS;
    this.schemaVersion = options.schemaVersion ?? CURRENT_SCHEMA_VERSION;
  }

  load(): Promise<LoadedSettings> {
    return this.serialise(() => this.loadNow());
  }

  /** Validates, then replaces the file atomically. Returns the settings as stored (normalised). */
  save(settings: unknown): Promise<Result<Settings, SettingsProblem | SettingsWriteProblem>> {
    return this.serialise(async () => {
      const valid = validateSettings(settings);
      if (!valid.ok) return valid;
      const written = await this.write(valid.value);
      return written.ok ? ok(valid.value) : written;
    });
  }

  private serialise<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => {});
    return run;
  }

  private async write(settings: Settings): Promise<Result<void, SettingsWriteProblem>> {
    const document = { schemaVersion: this.schemaVersion, ...settings };
    try {
      await mkdir(dirname(this.path), { recursive: true });
      await writeFileAtomic(this.path, JSON.stringify(document, null, 2) + '\n');
      return ok(undefined);
    } catch (error) {
      const code = errnoCode(error);
      this.logger.log('error', 'settings could not be saved', { path: this.path, code });
      return err(
        problem(
          'settings-write-failed',
          `Settings could not be saved to ${this.path} (${code}). Check that the folder exists and that you may write to it.`,
        ),
      );
    }
  }

  private async loadNow(): Promise<LoadedSettings> {
    await removeStaleTemps(this.path);
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      const code = errnoCode(error);
      if (code === 'ENOENT') return { settings: defaultSettings() };
      this.logger.log('warn', 'settings file unreadable', { path: this.path, code });
      return {
        settings: defaultSettings(),
        notice: problem(
          'settings-unreadable',
          `The settings file ${this.path} could not be read (${code}), so default settings are in use. Check its permissions.`,
        ),
      };
    }

    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return this.setAside(
        'settings-corrupt',
        'The settings file was damaged (it is not valid JSON), so default settings are in use.',
      );
    }

    const migrated = migrateSettings(raw, this.migrations, this.schemaVersion);
    if (!migrated.ok) {
      if (migrated.error.code === 'settings-newer-version')
        return this.fromNewerVersion(raw, migrated.error.message);
      return this.setAside('settings-corrupt', `${migrated.error.message} Default settings are in use.`);
    }

    const valid = validateSettings(migrated.value.document);
    if (!valid.ok) {
      return this.setAside(
        'settings-invalid',
        `Some settings in the file were not valid (${valid.error.fields.length}), so default settings are in use.`,
        valid.error.fields,
      );
    }

    const { fromVersion } = migrated.value;
    if (fromVersion === this.schemaVersion) return { settings: valid.value };
    // Keep the old file for a downgrade, then write the new format so the conversion runs once.
    const backup = await this.backupName(`v${fromVersion}`);
    try {
      await copyFile(this.path, backup, constants.COPYFILE_EXCL);
    } catch (error) {
      this.logger.log('warn', 'settings backup before migration failed', { code: errnoCode(error) });
      return { settings: valid.value, migratedFrom: fromVersion };
    }
    await this.write(valid.value);
    this.logger.log('info', 'settings migrated', { from: fromVersion, to: this.schemaVersion });
    return { settings: valid.value, migratedFrom: fromVersion };
  }

  /** A newer app's file is copied, not moved: it stays in place for that app until this one saves. */
  private async fromNewerVersion(raw: unknown, sentence: string): Promise<LoadedSettings> {
    const backup = await this.backupName('newer');
    let kept = true;
    try {
      await copyFile(this.path, backup, constants.COPYFILE_EXCL);
    } catch (error) {
      kept = false;
      this.logger.log('warn', 'newer settings file could not be copied', { code: errnoCode(error) });
    }
    const keptText = kept ? ` A copy was kept as ${basename(backup)}.` : '';
    // A newer format that still passes this version's checks can be used as it is.
    const { schemaVersion: _version, ...body } = raw as Record<string, unknown>;
    const valid = validateSettings(body);
    const settings = valid.ok ? valid.value : defaultSettings();
    const using = valid.ok
      ? 'The settings this version understands are in use.'
      : 'Default settings are in use.';
    return {
      settings,
      notice: {
        code: 'settings-newer-version',
        message: `${sentence} ${using}${keptText}`,
        ...(kept ? { backupPath: backup } : {}),
      },
    };
  }

  private async setAside(
    code: 'settings-corrupt' | 'settings-invalid',
    sentence: string,
    fields?: readonly SettingsFieldProblem[],
  ): Promise<LoadedSettings> {
    const backup = await this.backupName('corrupt');
    try {
      await rename(this.path, backup);
    } catch (error) {
      this.logger.log('warn', 'settings file could not be moved aside', { code: errnoCode(error) });
      return {
        settings: defaultSettings(),
        notice: { code, message: sentence, ...(fields ? { fields } : {}) },
      };
    }
    this.logger.log('warn', 'settings file set aside', { code, backup });
    return {
      settings: defaultSettings(),
      notice: {
        code,
        message: `${sentence} The old file was kept as ${basename(backup)}.`,
        backupPath: backup,
        ...(fields ? { fields } : {}),
      },
    };
  }

  /** settings.json.corrupt-<stamp>, with -2, -3… if a backup of the same millisecond exists. */
  private async backupName(kind: string): Promise<string> {
    const base = `${this.path}.${kind}-${fileStamp(this.clock.now())}`;
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      try {
        await access(candidate);
      } catch {
        return candidate;
      }
    }
  }
}
