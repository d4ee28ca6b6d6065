/**
 * The ClipboardWriter over Electron's clipboard (plain text only). Electron's `writeText` is
 * asynchronous; the port is fire-and-forget, so a failure is logged rather than lost.
 */
import type { Clipboard } from 'electron';
import type { ClipboardWriter } from '../app/ports';
import type { Logger } from '../common/log';

export function createClipboardWriter(
  clipboard: Pick<Clipboard, 'writeText'>,
  logger: Logger,
): ClipboardWriter {
  return {
    writeText(text) {
      clipboard.writeText(text).catch((error: unknown) => {
        logger.log('warn', 'Could not write to the clipboard', { error: String(error) });
      });
    },
  };
}
