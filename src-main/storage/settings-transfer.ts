/**
 * Settings as a file to carry to another desk (Settings → Import and export). The export is the
 * saved settings, which hold no secret by construction (the password and tokens live in the
 * keychain; the schema refuses a key that looks like one). The import reads such a file, or any
 * part of one: the settings it gives go on top of the current ones, those it leaves out stay, and a
 * file with anything wrong changes nothing and says what, setting by setting, in plain words.
 */
import { err, ok, type Result } from '../common/result';
import { CURRENT_SCHEMA_VERSION, migrateSettings } from './migrations';
import type { MessageKey } from '../i18n/catalogues';
import { english } from '../i18n/english';
import type { MessageRef } from '../i18n/message-ref';
import type { SettingsFieldProblem } from './settings-problems';
import { validateSettings, type Settings } from './settings-schema';

export const EXPORT_FORMAT = 'isymphony-companion-settings';
/** A settings file is small; anything bigger is not one. */
export const MAX_IMPORT_BYTES = 1_000_000;

export interface ImportProblem {
  readonly code: 'import-invalid' | 'import-not-settings' | 'import-newer-version';
  readonly message: string;
  readonly text?: MessageRef;
  readonly fields: readonly SettingsFieldProblem[];
}

export interface Imported {
  /** The current settings with the file's on top, checked whole. */
  readonly settings: Settings;
  /** The top-level settings the file gave. */
  readonly given: readonly string[];
}

/** The file's text: the format's name, its version and the settings. */
export function exportText(settings: Settings, schemaVersion: number = CURRENT_SCHEMA_VERSION): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, schemaVersion, settings }, null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A refused import, said in English for logs and by reference for the window. */
function refused(
  code: ImportProblem['code'],
  key: MessageKey,
  values?: MessageRef['values'],
  fields: readonly SettingsFieldProblem[] = [],
): ImportProblem {
  return { code, message: english(key, values), text: values ? { key, values } : { key }, fields };
}

/**
 * Reads an exported file (or a settings.json, or part of either) on top of `current`. Older
 * formats are converted as the settings file is; a newer one is refused, naming the versions.
 */
export function readImport(text: string, current: Settings): Result<Imported, ImportProblem> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return err(refused('import-not-settings', 'settingsFile.notJson'));
  }
  if (!isRecord(raw)) {
    return err(refused('import-not-settings', 'settingsFile.noSettings'));
  }
  // An export wraps the settings; a settings.json (or a hand-written part of one) is them.
  const wrapped = raw.format === EXPORT_FORMAT || isRecord(raw.settings);
  if (wrapped && raw.format !== undefined && raw.format !== EXPORT_FORMAT) {
    return err(refused('import-not-settings', 'settingsFile.otherFormat'));
  }
  const body = wrapped ? raw.settings : raw;
  if (!isRecord(body)) {
    return err(refused('import-not-settings', 'settingsFile.empty'));
  }
  const version = wrapped ? raw.schemaVersion : body.schemaVersion;
  const { schemaVersion: _ignored, ...given } = body;
  // A file of an older format is converted as settings.json is; without a version it is taken as today's.
  let document: Record<string, unknown> = given;
  if (version !== undefined && version !== CURRENT_SCHEMA_VERSION) {
    const migrated = migrateSettings({ ...current, ...given, schemaVersion: version });
    if (!migrated.ok) {
      const code =
        migrated.error.code === 'settings-newer-version' ? 'import-newer-version' : 'import-invalid';
      // The migration's own sentence says why (as the settings store's load does); this adds that nothing changed.
      return err(
        refused(code, 'settings.transfer.notConverted', {
          reason: migrated.error.text ?? migrated.error.message,
        }),
      );
    }
    document = { ...migrated.value.document };
  }
  const valid = validateSettings({ ...current, ...document });
  if (!valid.ok) {
    const fields = valid.error.fields;
    const first = fields[0];
    return err(
      fields.length === 1 && first
        ? refused(
            'import-invalid',
            'settingsFile.oneInvalid',
            { path: first.path || 'none', detail: first.text ?? first.message },
            fields,
          )
        : refused('import-invalid', 'settingsFile.someInvalid', { count: fields.length }, fields),
    );
  }
  if (Object.keys(given).length === 0) {
    return err(refused('import-not-settings', 'settingsFile.empty'));
  }
  return ok({ settings: valid.value, given: Object.keys(given) });
}
