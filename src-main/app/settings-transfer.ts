/**
 * Settings → Import and export, main's side: main shows its own save and open dialogs (no page
 * names a file), writes the saved settings (no secret is in them) or reads the file chosen. An
 * import is not saved here: its settings go back to the window's form, which shows them for the
 * user to check and Save, as if typed; a file with anything wrong changes nothing and says what.
 */
import { failFields, failSaid } from './answers';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Logger } from '../common/log';
import type { Answer, SettingsExportView, SettingsImportView } from '../ipc/contract';
import { withLocked, type MachineDefaults } from '../storage/machine-defaults';
import type { Settings } from '../storage/settings-schema';
import { exportText, MAX_IMPORT_BYTES, readImport } from '../storage/settings-transfer';
import type { FileChooser } from './ports';
import { ENGLISH } from '../i18n/languages';
import { translatorFor, type Say } from '../i18n/translator';

export interface SettingsTransferOptions {
  readonly fileChooser: FileChooser | undefined;
  /** The saved settings. */
  readonly settings: () => Settings;
  /** The administrator's locked settings, which an import does not change. */
  readonly machine: () => Pick<MachineDefaults, 'locked' | 'settings'> | null;
  readonly logger: Logger;
  /** Main's words in the chosen language, for its file dialogs; English when not given. */
  readonly say?: () => Say;
}

function errnoOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
}

export class SettingsTransfer {
  constructor(private readonly o: SettingsTransferOptions) {}

  #say(): Say {
    return this.o.say?.() ?? translatorFor(ENGLISH).t;
  }

  #filters(): { name: string; extensions: string[] }[] {
    const say = this.#say();
    return [
      { name: say('settingsFile.filterJson'), extensions: ['json'] },
      { name: say('dialog.importAllFiles'), extensions: ['*'] },
    ];
  }

  /** Writes the saved settings where the user chose; null when they cancelled. */
  async exportSettings(): Promise<Answer<SettingsExportView | null>> {
    const chooser = this.o.fileChooser;
    if (chooser?.chooseSaveFile === undefined) {
      return failSaid('no-file-dialog', 'settingsFile.noDialogExport');
    }
    const path = await chooser.chooseSaveFile({
      title: this.#say()('settingsFile.exportTitle'),
      defaultName: 'isymphony-companion-settings.json',
      filters: this.#filters(),
    });
    if (path === null) return { ok: true, value: null };
    try {
      await writeFile(path, exportText(this.o.settings()), { encoding: 'utf8', mode: 0o644 });
    } catch (error) {
      const code = errnoOf(error);
      this.o.logger.log('warn', 'Settings could not be exported.', { code });
      return failSaid('export-failed', 'settingsFile.writeFailed', { file: basename(path), code });
    }
    return { ok: true, value: { fileName: basename(path) } };
  }

  /** Reads a settings file the user chose on top of the saved settings; null when they cancelled. */
  async importSettings(): Promise<Answer<SettingsImportView | null>> {
    const chooser = this.o.fileChooser;
    if (chooser === undefined) {
      return failSaid('no-file-dialog', 'settingsFile.noDialogImport');
    }
    const path = await chooser.chooseFile({
      title: this.#say()('settingsFile.importTitle'),
      filters: this.#filters(),
    });
    if (path === null) return { ok: true, value: null };
    const fileName = basename(path);
    let text: string;
    try {
      const info = await stat(path);
      if (!info.isFile()) return failSaid('not-a-file', 'settingsFile.notAFile', { file: fileName });
      if (info.size > MAX_IMPORT_BYTES) {
        return failSaid('file-too-large', 'settingsFile.tooLarge', { file: fileName });
      }
      text = await readFile(path, 'utf8');
    } catch (error) {
      return failSaid('file-unreadable', 'settingsFile.unreadable', { file: fileName, code: errnoOf(error) });
    }
    const current = this.o.settings();
    const read = readImport(text, current);
    if (!read.ok) return failFields(read.error);
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
