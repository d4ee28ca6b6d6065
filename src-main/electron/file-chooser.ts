/**
 * The native open and save dialogs, shown by main: the page asks for "a file", the user picks it
 * here, and main reads or writes only that path. No page can name a file for main to read or write.
 */
import type {
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import type { FileChooser } from '../app/ports';

export interface FileChooserOptions {
  /** `dialog.showOpenDialog` (no parent: the main window may be hidden behind the tray). */
  readonly showOpenDialog: (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>;
  /** `dialog.showSaveDialog`, likewise. */
  readonly showSaveDialog?: (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;
}

export function createFileChooser(options: FileChooserOptions): FileChooser {
  const chooser: FileChooser = {
    async chooseFile(request) {
      try {
        const answer = await options.showOpenDialog({
          title: request.title,
          filters: request.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
          properties: ['openFile'],
        });
        return answer.canceled ? null : (answer.filePaths[0] ?? null);
      } catch {
        // No dialog, no file.
        return null;
      }
    },
  };
  const save = options.showSaveDialog;
  if (save === undefined) return chooser;
  return {
    ...chooser,
    async chooseSaveFile(request) {
      try {
        const answer = await save({
          title: request.title,
          defaultPath: request.defaultName,
          filters: request.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
          properties: ['showOverwriteConfirmation', 'createDirectory'],
        });
        return answer.canceled || !answer.filePath ? null : answer.filePath;
      } catch {
        return null;
      }
    },
  };
}
