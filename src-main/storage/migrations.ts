import { err, ok, type Problem, type Result } from '../common/result';
import { problemSaid } from '../i18n/english';

/**
 * Settings files carry a `schemaVersion`. Each migration lifts a plain JSON document by exactly one
 * version; the store runs them in order and validates only the final result, so a migration never
 * needs to know the schema of anything but its own two versions.
 */
export type SettingsDocument = Readonly<Record<string, unknown>>;

export interface Migration {
  readonly from: number;
  /** Must be `from + 1`. */
  readonly to: number;
  /** Why the shape changed, for the next reader. */
  readonly reason: string;
  /** Pure: returns a new document, never changes its input, never throws on odd values. */
  migrate(document: SettingsDocument): SettingsDocument;
}

export const CURRENT_SCHEMA_VERSION = 3;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Version 1 popped for one extension (`extension: "201"`) and had an on/off switch
 * (`showPopups`). People with a desk phone and a softphone asked to pop for several extensions,
 * and "off" became one of several pop styles.
 */
export const v1ToV2: Migration = {
  from: 1,
  to: 2,
  reason: 'one extension became a list; the pop on/off switch became a pop style',
  migrate(document) {
    const { extension, showPopups, ...rest } = document;
    const next: Record<string, unknown> = { ...rest };
    if (!('extensions' in rest)) {
      next.extensions = typeof extension === 'string' && extension.trim() !== '' ? [extension.trim()] : [];
    }
    if (!('popStyle' in rest)) next.popStyle = showPopups === false ? 'off' : 'notification';
    return next;
  },
};

export const v2ToV3: Migration = {
  from: 2,
  to: 3,
  reason:
    'a certificate pin saved with TLS off was silently ignored; validation now refuses it, so a stored one (never used) is dropped',
  migrate(document) {
    const server = document.server;
    if (!isRecord(server) || server.tls !== false || server.trustedCertificateSha256 == null) return document;
    return { ...document, server: { ...server, trustedCertificateSha256: null } };
  },
};

export const MIGRATIONS: readonly Migration[] = [v1ToV2, v2ToV3];

export type MigrationProblem =
  | Problem<'settings-newer-version'>
  | Problem<'settings-version-invalid'>
  | Problem<'settings-no-migration'>
  | Problem<'settings-migration-failed'>;

export interface Migrated {
  readonly document: SettingsDocument;
  readonly fromVersion: number;
}

/**
 * Brings a parsed file (without its `schemaVersion` key) from `version` to `target`. A file that
 * has no version at all is taken as version 1, the shape before versions were written.
 */
export function migrateSettings(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): Result<Migrated, MigrationProblem> {
  if (!isRecord(raw)) {
    return err(problemSaid('settings-version-invalid', 'settingsLoad.notObject'));
  }
  const { schemaVersion, ...body } = raw;
  const version = schemaVersion === undefined ? 1 : schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return err(problemSaid('settings-version-invalid', 'settingsLoad.versionNotWhole'));
  }
  if (version > target) {
    return err(problemSaid('settings-newer-version', 'settingsLoad.newer', { version, target }));
  }
  let document: SettingsDocument = body;
  for (let at = version; at < target; at++) {
    const step = migrations.find((m) => m.from === at && m.to === at + 1);
    if (!step) {
      return err(problemSaid('settings-no-migration', 'settingsLoad.noMigration', { at }));
    }
    try {
      document = step.migrate(document);
    } catch {
      return err(
        problemSaid('settings-migration-failed', 'settingsLoad.migrationFailed', { at, next: at + 1 }),
      );
    }
    if (!isRecord(document)) {
      return err(
        problemSaid('settings-migration-failed', 'settingsLoad.migrationFailed', { at, next: at + 1 }),
      );
    }
  }
  return ok({ document, fromVersion: version });
}
