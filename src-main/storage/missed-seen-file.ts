/**
 * missed-calls.json in the data folder: how far the user has seen the missed calls (a moment in
 * epoch ms; see app/missed-calls.ts), so the tray badge survives a restart without counting calls
 * the user already looked at. One small number, replaced atomically.
 */
import { join } from 'node:path';
import type { Logger } from '../common/log';
import { silentLogger } from '../common/log';
import { KeptFile } from './kept-file';

export interface MissedSeenFileOptions {
  readonly dataDir: string;
  readonly logger?: Logger;
}

export class MissedSeenFile {
  readonly path: string;
  readonly #file: KeptFile;
  readonly #logger: Logger;

  constructor(options: MissedSeenFileOptions) {
    this.path = join(options.dataDir, 'missed-calls.json');
    this.#file = new KeptFile(this.path);
    this.#logger = options.logger ?? silentLogger;
  }

  /** The moment seen through, or null when there is no file or it cannot be read (then the caller decides). */
  async read(): Promise<number | null> {
    const read = await this.#file.read();
    if (read.kind !== 'text') {
      if (read.kind === 'unreadable') {
        this.#logger.log('warn', 'missed-calls.json unreadable', { code: read.code });
      }
      return null;
    }
    try {
      const parsed: unknown = JSON.parse(read.text);
      const seen = (parsed as { seenThrough?: unknown } | null)?.seenThrough;
      if (typeof seen === 'number' && Number.isFinite(seen) && seen >= 0) return seen;
    } catch {
      // Not JSON: treated as missing below.
    }
    this.#logger.log('warn', 'missed-calls.json is not in the expected format; starting from now');
    return null;
  }

  /** Writes the moment; writes run one at a time in call order. A failure is logged, never thrown. */
  write(seenThrough: number): Promise<boolean> {
    return this.#file.serialise(async () => {
      const written = await this.#file.write(`${JSON.stringify({ version: 1, seenThrough })}\n`);
      if (!written.ok) {
        this.#logger.log('warn', 'missed-calls.json could not be written', { code: written.error });
      }
      return written.ok;
    });
  }
}
