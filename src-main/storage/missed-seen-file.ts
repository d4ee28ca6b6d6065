/**
 * missed-calls.json in the data folder: how far the user has seen the missed calls (a moment in
 * epoch ms; see app/missed-calls.ts), so the tray badge survives a restart without counting calls
 * the user already looked at. One small number, replaced atomically.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../common/log';
import { silentLogger } from '../common/log';
import { errnoCode, writeFileAtomic } from './atomic-file';

export interface MissedSeenFileOptions {
  readonly dataDir: string;
  readonly logger?: Logger;
}

export class MissedSeenFile {
  readonly path: string;
  readonly #dataDir: string;
  readonly #logger: Logger;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: MissedSeenFileOptions) {
    this.#dataDir = options.dataDir;
    this.path = join(options.dataDir, 'missed-calls.json');
    this.#logger = options.logger ?? silentLogger;
  }

  /** The moment seen through, or null when there is no file or it cannot be read (then the caller decides). */
  async read(): Promise<number | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      const code = errnoCode(error);
      if (code !== 'ENOENT') this.#logger.log('warn', 'missed-calls.json unreadable', { code });
      return null;
    }
    try {
      const parsed: unknown = JSON.parse(text);
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
    const run = this.#queue.then(async () => {
      try {
        await mkdir(this.#dataDir, { recursive: true });
        await writeFileAtomic(this.path, `${JSON.stringify({ version: 1, seenThrough })}\n`);
        return true;
      } catch (error) {
        this.#logger.log('warn', 'missed-calls.json could not be written', { code: errnoCode(error) });
        return false;
      }
    });
    this.#queue = run;
    return run;
  }
}
