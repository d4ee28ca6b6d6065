import { constants } from 'node:fs';
import { access, copyFile, mkdir, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { systemClock, type Clock } from '../common/clock';
import { err, ok, type Result } from '../common/result';
import { errnoCode, fileStamp, removeStaleTemps, writeFileAtomic } from './atomic-file';

/** What reading a kept file found: its text, no file yet, or why it could not be read (an errno code). */
export type KeptFileText =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unreadable'; readonly code: string };

/**
 * A file of the data folder that is kept whole (settings.json, phonebook.json, missed-calls.json): its reads and
 * writes run one at a time in call order, a write replaces it atomically (a crash leaves the old
 * file or the new one, never a mix), and a file that cannot be used is moved or copied aside under
 * a dated name, so nothing in it is lost. What the file holds, and what to tell the user, is the
 * owner's; this never throws, failures come back as errno codes.
 */
export class KeptFile {
  readonly path: string;
  readonly #clock: Clock;
  #queue: Promise<unknown> = Promise.resolve();

  /** `clock` dates the names of files set aside. */
  constructor(path: string, clock: Clock = systemClock) {
    this.path = path;
    this.#clock = clock;
  }

  /** Runs `task` after every task asked for before it (one that failed does not stop the rest). */
  serialise<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => {});
    return run;
  }

  /** The file's text, after removing what writers that died mid-write left beside it. */
  async read(): Promise<KeptFileText> {
    await removeStaleTemps(this.path);
    try {
      return { kind: 'text', text: await readFile(this.path, 'utf8') };
    } catch (error) {
      const code = errnoCode(error);
      return code === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', code };
    }
  }

  /** Replaces the file with `text` (creating the folder if missing); the errno code when it could not. */
  async write(text: string): Promise<Result<void, string>> {
    try {
      await mkdir(dirname(this.path), { recursive: true });
      await writeFileAtomic(this.path, text);
      return ok(undefined);
    } catch (error) {
      return err(errnoCode(error));
    }
  }

  /** Moves the file to `<file>.<kind>-<stamp>`: the path it went to, or the errno code. */
  async moveAside(kind: string): Promise<Result<string, string>> {
    const backup = await this.#backupName(kind);
    try {
      await rename(this.path, backup);
      return ok(backup);
    } catch (error) {
      return err(errnoCode(error));
    }
  }

  /** Copies the file to `<file>.<kind>-<stamp>`, leaving it in place: the copy's path, or the errno code. */
  async copyAside(kind: string): Promise<Result<string, string>> {
    const backup = await this.#backupName(kind);
    try {
      await copyFile(this.path, backup, constants.COPYFILE_EXCL);
      return ok(backup);
    } catch (error) {
      return err(errnoCode(error));
    }
  }

  /** `<file>.<kind>-<stamp>`, with -2, -3… if one of the same millisecond exists. */
  async #backupName(kind: string): Promise<string> {
    const base = `${this.path}.${kind}-${fileStamp(this.#clock.now())}`;
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      try {
        await access(candidate);
      } catch {
        return candidate;
      }
    }
  }
}
