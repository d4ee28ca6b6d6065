/**
 * Settings → Import and export, main's side: main shows its own save and open dialogs (no page
 * names a file), writes the saved settings (no secret is in them) or reads the file chosen. An
 * import is not saved here: its settings go back to the window's form, which shows them for the
 * user to check and Save, as if typed; a file with anything wrong changes nothing and says what.
 */
import { textOf } from '../i18n/message-ref';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Logger } from '../common/log';
import type { Answer, SettingsExportView, SettingsImportView } from '../ipc/contract';
import { withLocked, type MachineDefaults } from '../storage/machine-defaults';
import type { Settings } from '../storage/settings-schema';
import { exportText, MAX_IMPORT_BYTES, readImport } from '../storage/settings-transfer';
import { fail } from './answers';
import type { FileChooser } from './ports';

export interface SettingsTransferOptions {
  readonly fileChooser: FileChooser | undefined;
  /** The saved settings. */
  readonly settings: () => Settings;
  /** The administrator's locked settings, which an import does not change. */
  readonly machine: () => Pick<MachineDefaults, 'locked' | 'settings'> | null;
  readonly logger: Logger;
}

const FILTERS = [
  { name: 'Settings (JSON)', extensions: ['json'] },
  { name: 'All files', extensions: ['*'] },
] as const;

function errnoOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
}

export class SettingsTransfer {
  constructor(private readonly o: SettingsTransferOptions) {}

  /** Writes the saved settings where the user chose; null when they cancelled. */
  async exportSettings(): Promise<Answer<SettingsExportView | null>> {
    const chooser = this.o.fileChooser;
    if (chooser?.chooseSaveFile === undefined) {
      return fail(
        'no-file-dialog',
        'This app cannot show a file dialog here, so settings cannot be exported.',
      );
    }
    const path = await chooser.chooseSaveFile({
      title: 'Export settings',
      defaultName: 'isymphony-companion-settings.json',
      filters: FILTERS,
    });
    if (path === null) return { ok: true, value: null };
    try {
      await writeFile(path, exportText(this.o.settings()), { encoding: 'utf8', mode: 0o644 });
    } catch (error) {
      const code = errnoOf(error);
      this.o.logger.log('warn', 'Settings could not be exported.', { code });
      return fail(
        'export-failed',
        `The settings could not be written to ${basename(path)} (${code}). Choose another folder.`,
      );
    }
    return { ok: true, value: { fileName: basename(path) } };
  }

  /** Reads a settings file the user chose on top of the saved settings; null when they cancelled. */
  async importSettings(): Promise<Answer<SettingsImportView | null>> {
    const chooser = this.o.fileChooser;
    if (chooser === undefined) {
      return fail(
        'no-file-dialog',
        'This app cannot show a file dialog here, so settings cannot be imported.',
      );
    }
    const path = await chooser.chooseFile({ title: 'Import settings', filters: FILTERS });
    if (path === null) return { ok: true, value: null };
    const fileName = basename(path);
    let text: string;
    try {
      const info = await stat(path);
      if (!info.isFile()) return fail('not-a-file', `${fileName} is not a file. Nothing was changed.`);
      if (info.size > MAX_IMPORT_BYTES) {
        return fail('file-too-large', `${fileName} is too large to be a settings file. Nothing was changed.`);
      }
      text = await readFile(path, 'utf8');
    } catch (error) {
      return fail(
        'file-unreadable',
        `${fileName} could not be read (${errnoOf(error)}). Nothing was changed.`,
      );
    }
    const current = this.o.settings();
    const read = readImport(text, current);
    if (!read.ok) {
      return {
        ok: false,
        error: { code: read.error.code, message: read.error.message, ...textOf(read.error) },
        fields: read.error.fields.map((f) => ({ path: f.path, message: f.message, ...textOf(f) })),
      };
    }
    // What the administrator locked stays as it is; the window says which the file wanted to change.
    const machine = this.o.machine();
    const locked = (machine?.locked ?? []).filter(
      (key) =>
        read.value.given.includes(key) &&
        JSON.stringify(read.value.settings[key]) !== JSON.stringify(current[key]),
    );
    const settings = machine
      ? withLocked(read.value.settings, { path: '', given: [], ...machine })
      : read.value.settings;
    return { ok: true, value: { fileName, settings, given: read.value.given, keptLocked: locked } };
  }
}
