/**
 * The machine-wide defaults file an administrator deploys for every user of a computer
 * (docs/administration.md): settings that a first run starts from instead of the built-in ones, and
 * optionally settings it locks, which every user's settings take from it whatever they saved.
 *
 *   { "settings": { "mode": "server", "server": { … }, "managerUser": "manager" },
 *     "locked": ["server", "managerUser"] }
 *
 * Read once at start. A missing file is the usual case (nothing deployed); a file that cannot be
 * used is said in plain words and ignored as a whole, so a typo never half-applies.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { err, ok, problem, type Problem, type Result } from '../common/result';
import { errnoCode } from './atomic-file';
import { english } from '../i18n/english';
import { fieldText, type SettingsFieldProblem } from './settings-problems';
import { defaultSettings, validateSettings, type Settings } from './settings-schema';

/** The longest manager password the app takes (the IPC contract's MAX_PASSWORD). */
export const MAX_PASSWORD_LENGTH = 1024;

/** A defaults file is small; anything bigger is not one. */
export const MAX_DEFAULTS_BYTES = 1_000_000;

export interface MachineDefaults {
  readonly path: string;
  /** The built-in defaults with the file's settings on top, checked whole. */
  readonly settings: Settings;
  /** The top-level settings the file gives, which a first run takes. */
  readonly given: readonly (keyof Settings)[];
  readonly locked: readonly (keyof Settings)[];
}

export interface MachineDefaultsProblem extends Problem<
  'machine-defaults-invalid' | 'machine-defaults-unreadable'
> {
  readonly fields?: readonly SettingsFieldProblem[];
}

/**
 * Where the file lives on each OS: `/etc/isymphony-companion/defaults.json` (Linux and the BSDs),
 * `/Library/Application Support/iSymphony Companion/defaults.json` (macOS),
 * `%ProgramData%\iSymphony Companion\defaults.json` (Windows; C:\ProgramData when unset).
 */
export function machineDefaultsPath(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
): string {
  if (platform === 'win32') {
    const programData = env.ProgramData ?? env.PROGRAMDATA ?? 'C:\\ProgramData';
    return `${programData}\\iSymphony Companion\\defaults.json`;
  }
  if (platform === 'darwin') return '/Library/Application Support/iSymphony Companion/defaults.json';
  return join('/etc', 'isymphony-companion', 'defaults.json');
}

const SETTING_KEYS = new Set(Object.keys(defaultSettings()));

function isSettingKey(key: string): key is keyof Settings {
  return SETTING_KEYS.has(key);
}

function invalid(
  path: string,
  message: string,
  fields?: readonly SettingsFieldProblem[],
): MachineDefaultsProblem {
  return {
    code: 'machine-defaults-invalid',
    message: `The administrator's defaults file ${path} was not used: ${message}`,
    ...(fields ? { fields } : {}),
  };
}

/** Reads the file's text as defaults; pure, for the loader below and the tests. */
export function parseMachineDefaults(
  path: string,
  text: string,
): Result<MachineDefaults, MachineDefaultsProblem> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return err(invalid(path, 'it is not valid JSON.'));
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return err(invalid(path, 'it must be an object with "settings" and, if you like, "locked".'));
  }
  const { settings: given = {}, locked = [], ...rest } = raw as Record<string, unknown>;
  const extra = Object.keys(rest);
  if (extra.length > 0) {
    return err(invalid(path, `"${extra[0]?.slice(0, 64) ?? ''}" is not known; use "settings" and "locked".`));
  }
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    return err(invalid(path, '"settings" must be an object of settings.'));
  }
  if (!Array.isArray(locked) || !locked.every((key): key is string => typeof key === 'string')) {
    return err(invalid(path, '"locked" must be a list of setting names, such as ["server", "managerUser"].'));
  }
  const unknownLock = locked.find((key) => !isSettingKey(key));
  if (unknownLock !== undefined) {
    return err(invalid(path, `"${unknownLock.slice(0, 64)}" in "locked" is not a setting.`));
  }
  const givenKeys = Object.keys(given);
  const lockedKeys = locked as (keyof Settings)[];
  const notGiven = lockedKeys.find((key) => !givenKeys.includes(key));
  if (notGiven !== undefined) {
    return err(invalid(path, `"${notGiven}" is locked but the file gives no value for it.`));
  }
  const valid = validateSettings({ ...defaultSettings(), ...given });
  if (!valid.ok) {
    const first = valid.error.fields[0];
    const where = first && first.path !== '' ? `${first.path}: ` : '';
    return err(invalid(path, `${where}${first?.message ?? valid.error.message}`, valid.error.fields));
  }
  return ok({
    path,
    settings: valid.value,
    given: givenKeys.filter(isSettingKey),
    locked: [...new Set(lockedKeys)],
  });
}

/** Null when no file is deployed (the usual case). */
export async function readMachineDefaults(
  path: string,
): Promise<Result<MachineDefaults | null, MachineDefaultsProblem>> {
  let text: string;
  try {
    const bytes = await readFile(path);
    if (bytes.length > MAX_DEFAULTS_BYTES) {
      return err(invalid(path, `it is larger than ${MAX_DEFAULTS_BYTES / 1_000_000} MB.`));
    }
    text = bytes.toString('utf8');
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return ok(null);
    return err(
      problem(
        'machine-defaults-unreadable',
        `The administrator's defaults file ${path} could not be read (${code}); built-in defaults are in use.`,
      ),
    );
  }
  return parseMachineDefaults(path, text);
}

/** The defaults a first run starts from: the file's settings (the built-in ones under them). */
export function firstRunSettings(defaults: MachineDefaults): Settings {
  return structuredClone(defaults.settings);
}

/** The user's settings with every locked setting taken from the defaults file. */
export function withLocked(settings: Settings, defaults: MachineDefaults | null): Settings {
  if (!defaults || defaults.locked.length === 0) return settings;
  const out: Record<string, unknown> = { ...settings };
  for (const key of defaults.locked) out[key] = structuredClone(defaults.settings[key]);
  return out as Settings;
}

/** One problem per locked setting the user tried to change, said beside it. */
export function lockedChanges(next: Settings, defaults: MachineDefaults | null): SettingsFieldProblem[] {
  if (!defaults) return [];
  return defaults.locked
    .filter((key) => JSON.stringify(next[key]) !== JSON.stringify(defaults.settings[key]))
    .map((key) => ({
      path: fieldText([key]),
      segments: [key],
      message: english('validation.locked', { path: defaults.path }),
      text: { key: 'validation.locked', values: { path: defaults.path } },
    }));
}
