import { basename, join } from 'node:path';
import { systemClock, type Clock } from '../common/clock';
import { silentLogger, type Logger } from '../common/log';
import { err, ok, type Problem, type Result } from '../common/result';
import { english, problemSaid } from '../i18n/english';
import type { MessageRef } from '../i18n/message-ref';
import { KeptFile } from './kept-file';
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
  private readonly file: KeptFile;
  private readonly logger: Logger;
  private readonly migrations: readonly Migration[];
  private readonly schemaVersion: number;

  constructor(options: SettingsStoreOptions) {
    this.path = join(options.dataDir, options.fileName ?? 'settings.json');
    this.file = new KeptFile(this.path, options.clock ?? systemClock);
    this.logger = options.logger ?? silentLogger;
    this.migrations = options.migrations ?? MIGRATIONS;
    this.schemaVersion = options.schemaVersion ?? CURRENT_SCHEMA_VERSION;
  }

  load(): Promise<LoadedSettings> {
    return this.file.serialise(() => this.loadNow());
  }

  /** Validates, then replaces the file atomically. Returns the settings as stored (normalised). */
  save(settings: unknown): Promise<Result<Settings, SettingsProblem | SettingsWriteProblem>> {
    return this.file.serialise(async () => {
      const valid = validateSettings(settings);
      if (!valid.ok) return valid;
      const written = await this.write(valid.value);
      return written.ok ? ok(valid.value) : written;
    });
  }

  private async write(settings: Settings): Promise<Result<void, SettingsWriteProblem>> {
    const document = { schemaVersion: this.schemaVersion, ...settings };
    const written = await this.file.write(JSON.stringify(document, null, 2) + '\n');
    if (written.ok) return written;
    const code = written.error;
    this.logger.log('error', 'settings could not be saved', { path: this.path, code });
    return err(problemSaid('settings-write-failed', 'settingsLoad.writeFailed', { path: this.path, code }));
  }

  private async loadNow(): Promise<LoadedSettings> {
    const read = await this.file.read();
    if (read.kind === 'missing') return { settings: defaultSettings() };
    if (read.kind === 'unreadable') {
      const code = read.code;
      this.logger.log('warn', 'settings file unreadable', { path: this.path, code });
      return {
        settings: defaultSettings(),
        notice: problemSaid('settings-unreadable', 'settingsLoad.unreadable', { path: this.path, code }),
      };
    }

    let raw: unknown;
    try {
      raw = JSON.parse(read.text);
    } catch {
      return this.setAside('settings-corrupt', { key: 'settingsLoad.notJson' });
    }

    const migrated = migrateSettings(raw, this.migrations, this.schemaVersion);
    if (!migrated.ok) {
      const reason = migrated.error.text ?? migrated.error.message;
      if (migrated.error.code === 'settings-newer-version') return this.fromNewerVersion(raw, reason);
      return this.setAside('settings-corrupt', { key: 'settingsLoad.defaultsInUse', values: { reason } });
    }

    const valid = validateSettings(migrated.value.document);
    if (!valid.ok) {
      return this.setAside(
        'settings-invalid',
        { key: 'settingsLoad.invalid', values: { count: valid.error.fields.length } },
        valid.error.fields,
      );
    }

    const { fromVersion } = migrated.value;
    if (fromVersion === this.schemaVersion) return { settings: valid.value };
    // Keep the old file for a downgrade, then write the new format so the conversion runs once.
    const copied = await this.file.copyAside(`v${fromVersion}`);
    if (!copied.ok) {
      this.logger.log('warn', 'settings backup before migration failed', { code: copied.error });
      return { settings: valid.value, migratedFrom: fromVersion };
    }
    await this.write(valid.value);
    this.logger.log('info', 'settings migrated', { from: fromVersion, to: this.schemaVersion });
    return { settings: valid.value, migratedFrom: fromVersion };
  }

  /** A newer app's file is copied, not moved: it stays in place for that app until this one saves. */
  private async fromNewerVersion(raw: unknown, reason: MessageRef | string): Promise<LoadedSettings> {
    const copied = await this.file.copyAside('newer');
    if (!copied.ok)
      this.logger.log('warn', 'newer settings file could not be copied', { code: copied.error });
    // A newer format that still passes this version's checks can be used as it is.
    const { schemaVersion: _version, ...body } = raw as Record<string, unknown>;
    const valid = validateSettings(body);
    const settings = valid.ok ? valid.value : defaultSettings();
    const said = problemSaid('settings-newer-version', 'settingsLoad.newerInUse', {
      reason,
      usable: valid.ok ? 'yes' : 'no',
      kept: copied.ok ? basename(copied.value) : 'none',
    });
    return { settings, notice: { ...said, ...(copied.ok ? { backupPath: copied.value } : {}) } };
  }

  /** `sentence`: why, as a catalogue message; the notice says it, then where the old file was kept. */
  private async setAside(
    code: 'settings-corrupt' | 'settings-invalid',
    sentence: MessageRef,
    fields?: readonly SettingsFieldProblem[],
  ): Promise<LoadedSettings> {
    const moved = await this.file.moveAside('corrupt');
    if (!moved.ok) {
      this.logger.log('warn', 'settings file could not be moved aside', { code: moved.error });
      return {
        settings: defaultSettings(),
        notice: {
          code,
          message: english(sentence.key, sentence.values),
          text: sentence,
          ...(fields ? { fields } : {}),
        },
      };
    }
    const backup = moved.value;
    this.logger.log('warn', 'settings file set aside', { code, backup });
    const said = problemSaid(code, 'settingsLoad.keptAs', { reason: sentence, file: basename(backup) });
    return {
      settings: defaultSettings(),
      notice: { ...said, backupPath: backup, ...(fields ? { fields } : {}) },
    };
  }
}
