import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { silentLogger, type Logger } from '../common/log';
import { err, ok, problem, type Problem, type Result } from '../common/result';
import { errnoCode, removeStaleTemps, writeFileAtomic } from './atomic-file';
import { historyLine, toHistoryEntry, type HistoryEntry } from './history-entry';
import { matchesSearch, parseSearch, searchKeyOf, type SearchKey } from './history-search';

export type HistoryProblem = Problem<'history-unreadable' | 'history-write-failed'>;

export interface HistoryStoreOptions {
  /** The app's data folder; created on the first append if missing. */
  readonly dataDir: string;
  readonly fileName?: string;
  /** How many calls to keep (newest). */
  readonly cap?: number;
  /** How far past the cap the file may grow before it is rewritten, as a fraction of the cap. */
  readonly slack?: number;
  readonly logger?: Logger;
}

export interface HistoryLoadReport {
  readonly entries: number;
  /** Lines that were not entries (hand edits, a different format); skipped, left in the file until compaction. */
  readonly skippedInvalid: number;
  /** The file ended in the middle of a line (a crash during a write); that line was dropped. */
  readonly tornLastLine: boolean;
  readonly compacted: boolean;
}

export interface HistoryQuery {
  readonly offset?: number;
  readonly limit?: number;
  /** A name, or a number in any format (compared by digits). */
  readonly search?: string;
  readonly missedOnly?: boolean;
}

export interface HistoryPage {
  /** How many calls match the query in all. */
  readonly total: number;
  readonly offset: number;
  /** Newest first. */
  readonly entries: readonly HistoryEntry[];
}

export const DEFAULT_HISTORY_CAP = 50_000;
export const MAX_PAGE = 500;
const NEWLINE = 0x0a;

/**
 * The call history: history.jsonl in the data folder, one JSON line per finished call, appended
 * and never edited in place. All of it is held in memory after load (50,000 calls is a few MB), so
 * queries never touch the disk. Appends, compaction and clearing run one at a time in call order.
 */
export class HistoryStore {
  readonly path: string;
  private readonly cap: number;
  private readonly limit: number;
  private readonly logger: Logger;
  /** Oldest first, as in the file. */
  private entries: HistoryEntry[] = [];
  /** Search keys, filled the first time a search needs them; aligned with `entries`. */
  private keys: (SearchKey | undefined)[] = [];
  private handle: FileHandle | null = null;
  private loaded: Promise<Result<HistoryLoadReport, HistoryProblem>> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** A write failed part-way: the file may end in a partial line, so the next append starts a fresh one. */
  private tailSuspect = false;

  constructor(options: HistoryStoreOptions) {
    this.path = join(options.dataDir, options.fileName ?? 'history.jsonl');
    this.cap = Math.max(1, Math.floor(options.cap ?? DEFAULT_HISTORY_CAP));
    this.limit = Math.max(this.cap, Math.floor(this.cap * (1 + (options.slack ?? 0.1))));
    this.logger = options.logger ?? silentLogger;
  }

  get size(): number {
    return this.entries.length;
  }

  /** Reads the file once; later calls return the first result. Appends and queries load first by themselves. */
  load(): Promise<Result<HistoryLoadReport, HistoryProblem>> {
    if (!this.loaded) {
      const loading = this.serialise(() => this.loadNow());
      this.loaded = loading;
      // A failed load (say, a permission problem the user then fixed) is tried again next time.
      void loading.then((result) => {
        if (!result.ok && this.loaded === loading) this.loaded = null;
      });
    }
    return this.loaded;
  }

  append(entry: HistoryEntry): Promise<Result<void, HistoryProblem>> {
    // Checked and capped before it is queued, so what is written is what a later load accepts.
    const checked = toHistoryEntry(entry);
    if (!checked) {
      return Promise.resolve(
        err(problem('history-write-failed', 'That call could not be added to the history.')),
      );
    }
    return this.afterLoad(() => this.appendNow(checked));
  }

  /** Every call held, oldest first, as in the file (read only; for the missed-call book at start). */
  all(): readonly HistoryEntry[] {
    return this.entries;
  }

  /** Newest first. Reads only memory: load first (or after any append it has happened). */
  query(request: HistoryQuery = {}): HistoryPage {
    const offset = Math.max(0, Math.floor(request.offset ?? 0));
    const limit = Math.min(MAX_PAGE, Math.max(0, Math.floor(request.limit ?? 50)));
    const search = request.search === undefined ? null : parseSearch(request.search);
    const missedOnly = request.missedOnly === true;
    const n = this.entries.length;
    if (!search && !missedOnly) {
      const page: HistoryEntry[] = [];
      for (let i = n - 1 - offset; i >= 0 && page.length < limit; i--) page.push(this.entries[i]!);
      return { total: n, offset, entries: page };
    }
    const page: HistoryEntry[] = [];
    let total = 0;
    for (let i = n - 1; i >= 0; i--) {
      const entry = this.entries[i]!;
      if (missedOnly && entry.state !== 'missed') continue;
      if (search && !matchesSearch(this.keyAt(i), search)) continue;
      if (total >= offset && page.length < limit) page.push(entry);
      total++;
    }
    return { total, offset, entries: page };
  }

  /** Forgets every call, on disk and in memory. */
  clear(): Promise<Result<void, HistoryProblem>> {
    return this.afterLoad(async () => {
      try {
        const handle = await this.appendHandle();
        await handle.truncate(0);
        await handle.sync();
      } catch (error) {
        return this.writeFailed(error);
      }
      this.entries = [];
      this.keys = [];
      this.tailSuspect = false;
      return ok(undefined);
    });
  }

  /** Waits for queued work and closes the file. The store can be used again afterwards. */
  close(): Promise<void> {
    return this.serialise(async () => {
      const handle = this.handle;
      this.handle = null;
      await handle?.close().catch(() => {});
    });
  }

  private keyAt(index: number): SearchKey {
    let key = this.keys[index];
    if (!key) {
      key = searchKeyOf(this.entries[index]!);
      this.keys[index] = key;
    }
    return key;
  }

  private serialise<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => {});
    return run;
  }

  private afterLoad<T>(task: () => Promise<Result<T, HistoryProblem>>): Promise<Result<T, HistoryProblem>> {
    return this.load().then((loaded) => (loaded.ok ? this.serialise(task) : loaded));
  }

  private async appendHandle(): Promise<FileHandle> {
    // O_APPEND: every write lands at the current end, whatever else holds the file.
    if (!this.handle) {
      await mkdir(dirname(this.path), { recursive: true });
      this.handle = await open(this.path, 'a', 0o600);
    }
    return this.handle;
  }

  private writeFailed(error: unknown): Result<never, HistoryProblem> {
    const code = errnoCode(error);
    this.logger.log('error', 'call history write failed', { path: this.path, code });
    return err(
      problem(
        'history-write-failed',
        `The call history could not be saved to ${this.path} (${code}). Check that the disk has space and the folder is writable.`,
      ),
    );
  }

  private async loadNow(): Promise<Result<HistoryLoadReport, HistoryProblem>> {
    await removeStaleTemps(this.path);
    let bytes: Buffer;
    try {
      bytes = await readFile(this.path);
    } catch (error) {
      const code = errnoCode(error);
      if (code === 'ENOENT')
        return ok({ entries: 0, skippedInvalid: 0, tornLastLine: false, compacted: false });
      this.logger.log('error', 'call history unreadable', { path: this.path, code });
      return err(
        problem(
          'history-unreadable',
          `The call history in ${this.path} could not be read (${code}). Check its permissions; new calls are not recorded until it can be read.`,
        ),
      );
    }

    const lastNewline = bytes.lastIndexOf(NEWLINE);
    const complete = bytes.subarray(0, lastNewline + 1).toString('utf8');
    const tail = bytes.subarray(lastNewline + 1);
    let tornLastLine = false;
    const entries: HistoryEntry[] = [];
    let skippedInvalid = 0;
    let start = 0;
    while (start < complete.length) {
      const end = complete.indexOf('\n', start);
      const line = complete.slice(start, end);
      start = end + 1;
      if (line.trim() === '') continue;
      const entry = parseLine(line);
      if (entry) entries.push(entry);
      else skippedInvalid++;
    }
    if (tail.length > 0) {
      // A crash cut the last write short. A whole record missing only its newline is kept; anything
      // less is cut off, so the next append starts on a line of its own.
      const whole = parseLine(tail.toString('utf8'));
      if (whole) entries.push(whole);
      else tornLastLine = true;
      try {
        const handle = await this.appendHandle();
        if (whole) await handle.write('\n');
        else await handle.truncate(lastNewline + 1);
      } catch (error) {
        return this.writeFailed(error);
      }
      if (tornLastLine)
        this.logger.log('warn', 'call history ended in a partial line; dropped it', { bytes: tail.length });
    }
    this.entries = entries;
    this.keys = [];
    if (skippedInvalid > 0) this.logger.log('warn', 'call history lines skipped', { count: skippedInvalid });

    let compacted = false;
    if (this.entries.length > this.limit) {
      const result = await this.compactNow();
      if (!result.ok) return result;
      compacted = true;
    }
    return ok({ entries: this.entries.length, skippedInvalid, tornLastLine, compacted });
  }

  private async appendNow(entry: HistoryEntry): Promise<Result<void, HistoryProblem>> {
    const data = Buffer.from((this.tailSuspect ? '\n' : '') + historyLine(entry), 'utf8');
    try {
      const handle = await this.appendHandle();
      let written = 0;
      // One write in practice; a short write (disk nearly full) is finished rather than left torn.
      while (written < data.length) {
        const { bytesWritten } = await handle.write(data, written, data.length - written);
        written += bytesWritten;
      }
    } catch (error) {
      this.tailSuspect = true;
      return this.writeFailed(error);
    }
    this.tailSuspect = false;
    this.entries.push(entry);
    if (this.entries.length > this.limit) {
      const compacted = await this.compactNow();
      if (!compacted.ok)
        this.logger.log('warn', 'call history compaction failed', { message: compacted.error.message });
    }
    return ok(undefined);
  }

  /** Rewrites the file with the newest `cap` calls; the old file stays whole until the rename. */
  private async compactNow(): Promise<Result<void, HistoryProblem>> {
    const keep = this.entries.slice(-this.cap);
    try {
      await writeFileAtomic(this.path, keep.map(historyLine).join(''));
    } catch (error) {
      return this.writeFailed(error);
    }
    // The old handle points at the replaced file; the next append opens the new one.
    const old = this.handle;
    this.handle = null;
    await old?.close().catch(() => {});
    this.keys = this.keys.slice(this.entries.length - keep.length);
    this.entries = keep;
    this.tailSuspect = false;
    this.logger.log('info', 'call history compacted', { kept: keep.length });
    return ok(undefined);
  }
}

function parseLine(line: string): HistoryEntry | null {
  try {
    return toHistoryEntry(JSON.parse(line));
  } catch {
    return null;
  }
}
