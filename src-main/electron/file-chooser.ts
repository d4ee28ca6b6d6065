/**
 * The native open dialog for the phonebook import, shown by main: the page asks for "a file", the
 * user picks it here, and main reads only that path. No page can name a file for main to read.
 */
import type { OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import type { FileChooser } from '../app/ports';

export interface FileChooserOptions {
  /** `dialog.showOpenDialog` (no parent: the main window may be hidden behind the tray). */
  readonly showOpenDialog: (options: OpenDialogOptions) => Promise<OpenDialogReturnValue>;
}

export function createFileChooser(options: FileChooserOptions): FileChooser {
  return {
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
}
