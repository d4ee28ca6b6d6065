import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { silentLogger, type Logger } from '../common/log';
import { err, ok, problem, type Result } from '../common/result';
import { removeStaleTemps, writeFileAtomic } from './atomic-file';
import { historyLine, toHistoryEntry, type HistoryEntry } from './history-entry';
import {
  historyUnreadable,
  historyWriteFailed,
  openFromEnd,
  parseLines,
  type HistoryProblem,
} from './history-reading';
import {
  queryEntries,
  searchKeyOf,
  type HistoryPage,
  type HistoryQuery,
  type SearchKey,
} from './history-search';

export type { HistoryPage, HistoryProblem, HistoryQuery };
export { MAX_PAGE } from './history-search';

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

export const DEFAULT_HISTORY_CAP = 50_000;
/** `open` returns once this many calls are held (or the file is read whole): the list's first page. */
export const FIRST_PAGE = 100;
const EMPTY_REPORT: HistoryLoadReport = {
  entries: 0,
  skippedInvalid: 0,
  tornLastLine: false,
  compacted: false,
};

/**
 * The call history: history.jsonl in the data folder, one JSON line per finished call, appended
 * and never edited in place. Opening reads the file from its end: the newest page is held after
 * one small read, whatever the file's length, and older calls are read in the background (queries
 * say so meanwhile, in `readingOlder`). All of it is then held in memory (50,000 calls is a few
 * MB), so queries never touch the disk. Appends, compaction and clearing run one at a time.
 */
export class HistoryStore {
  readonly path: string;
  private readonly cap: number;
  private readonly limit: number;
  private readonly logger: Logger;
  /** Oldest first, as in the file; older calls are put in front while the file is still read. */
  private entries: HistoryEntry[] = [];
  /** Search keys, filled the first time a search needs them; aligned with `entries`. */
  private keys: (SearchKey | undefined)[] = [];
  private handle: FileHandle | null = null;
  private opened: Promise<Result<void, HistoryProblem>> | null = null;
  /** The whole file read (the result of `load`); set when opening starts reading. */
  private indexed: Promise<Result<HistoryLoadReport, HistoryProblem>> = Promise.resolve(ok(EMPTY_REPORT));
  /** Every call in the file is held (or there was no file). */
  private complete = false;
  /** Bumped to stop a background read (clear, close). */
  private run = 0;
  private skippedInvalid = 0;
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

  /** Null once every call in the file is held; else how many (the newest) are. */
  get readingOlder(): number | null {
    return this.complete ? null : this.entries.length;
  }

  /**
   * Reads the newest calls (at least a page, when the file has them) and goes on reading older ones
   * in the background, calling `progress` after each block. Later calls return the first result;
   * appends and queries may follow at once.
   */
  open(progress: () => void = () => {}): Promise<Result<void, HistoryProblem>> {
    if (!this.opened) {
      const opening = this.serialise(() => this.openNow(progress));
      this.opened = opening;
      // A failed open (say, a permission problem the user then fixed) is tried again next time.
      void opening.then((result) => {
        if (!result.ok && this.opened === opening) this.opened = null;
      });
    }
    return this.opened;
  }

  /** Reads the whole file (opening it first if need be); later calls return the first result. */
  load(): Promise<Result<HistoryLoadReport, HistoryProblem>> {
    return this.open().then((opened) => (opened.ok ? this.indexed : opened));
  }

  append(entry: HistoryEntry): Promise<Result<void, HistoryProblem>> {
    // Checked and capped before it is queued, so what is written is what a later load accepts.
    const checked = toHistoryEntry(entry);
    if (!checked) {
      return Promise.resolve(
        err(problem('history-write-failed', 'That call could not be added to the history.')),
      );
    }
    return this.afterOpen(() => this.appendNow(checked));
  }

  /** Every call held, oldest first, as in the file (read only; for the missed-call book at start). */
  all(): readonly HistoryEntry[] {
    return this.entries;
  }

  /** Newest first. Reads only memory: open first (or after any append it has happened). */
  query(request: HistoryQuery = {}): HistoryPage {
    return queryEntries(this.entries, (i) => this.keyAt(i), request, this.readingOlder);
  }

  /** Forgets every call, on disk and in memory. */
  clear(): Promise<Result<void, HistoryProblem>> {
    return this.afterOpen(async () => {
      try {
        const handle = await this.appendHandle();
        await handle.truncate(0);
        await handle.sync();
      } catch (error) {
        return this.writeFailed(error);
      }
      this.run++;
      this.complete = true;
      this.indexed = Promise.resolve(ok(EMPTY_REPORT));
      this.entries = [];
      this.keys = [];
      this.tailSuspect = false;
      return ok(undefined);
    });
  }

  /** Waits for queued work and closes the file. The store can be used again afterwards. */
  close(): Promise<void> {
    return this.serialise(async () => {
      if (!this.complete) {
        // Stopped half-read: the next use reads the file again from the start.
        this.run++;
        this.opened = null;
        this.entries = [];
        this.keys = [];
      }
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

  private afterOpen<T>(task: () => Promise<Result<T, HistoryProblem>>): Promise<Result<T, HistoryProblem>> {
    return this.open().then((opened) => (opened.ok ? this.serialise(task) : opened));
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
    return historyWriteFailed(this.path, error, this.logger);
  }

  private async openNow(progress: () => void): Promise<Result<void, HistoryProblem>> {
    await removeStaleTemps(this.path);
    this.entries = [];
    this.keys = [];
    this.skippedInvalid = 0;
    this.complete = false;
    const opened = await openFromEnd(this.path, () => this.appendHandle(), this.logger);
    if (!opened.ok) return opened;
    const file = opened.value;
    if (file === null) {
      this.complete = true;
      this.indexed = Promise.resolve(ok(EMPTY_REPORT));
      return ok(undefined);
    }
    const run = ++this.run;
    let whole = false;
    try {
      // The newest page first, before anyone waits for it.
      while (this.entries.length < FIRST_PAGE && !whole) {
        const next = await file.blocks.next();
        if (next.done) whole = true;
        else this.prepend(next.value);
      }
    } catch (error) {
      await file.reader.close().catch(() => {});
      return historyUnreadable(this.path, error, this.logger);
    }
    if (file.lastWithoutNewline) {
      this.entries.push(file.lastWithoutNewline);
      this.keys.push(undefined);
    }
    if (whole) {
      // A short history is read whole by now: complete before `open` returns, nothing in the background.
      await file.reader.close().catch(() => {});
      this.complete = true;
      this.indexed = this.settle(file.tornLastLine);
      return ok(undefined);
    }
    this.indexed = this.readOlder(file.blocks, file.reader, run, progress).then((read) => {
      if (!read.ok) return read;
      // Stopped by a clear or a close: nothing to compact, the report says what was read.
      if (!read.value) return ok({ ...EMPTY_REPORT, entries: this.entries.length });
      return this.settle(file.tornLastLine);
    });
    return ok(undefined);
  }

  /** Older blocks, in front of what is held, until the start of the file; false when a clear or close stopped it. */
  private async readOlder(
    blocks: AsyncGenerator<string[]>,
    reader: FileHandle,
    run: number,
    progress: () => void,
  ): Promise<Result<boolean, HistoryProblem>> {
    try {
      for (;;) {
        const next = await blocks.next();
        if (run !== this.run) return ok(false);
        if (next.done) break;
        this.prepend(next.value);
        progress();
      }
    } catch (error) {
      // What was read stays listed; the problem is the load's answer and is logged.
      if (run === this.run) this.complete = true;
      return historyUnreadable(this.path, error, this.logger);
    } finally {
      await reader.close().catch(() => {});
    }
    if (run !== this.run) return ok(false);
    this.complete = true;
    return ok(true);
  }

  /** Every call read: an oversized file is compacted (in turn with appends), and the load reported. */
  private async settle(tornLastLine: boolean): Promise<Result<HistoryLoadReport, HistoryProblem>> {
    if (this.skippedInvalid > 0)
      this.logger.log('warn', 'call history lines skipped', { count: this.skippedInvalid });
    let compacted = false;
    if (this.entries.length > this.limit) {
      const result = await this.serialise(() => this.compactNow());
      if (!result.ok) return result;
      compacted = true;
    }
    return ok({ entries: this.entries.length, skippedInvalid: this.skippedInvalid, tornLastLine, compacted });
  }

  private prepend(lines: readonly string[]): void {
    const older = parseLines(lines);
    this.skippedInvalid += older.skipped;
    if (older.entries.length === 0) return;
    this.entries = older.entries.concat(this.entries);
    this.keys = new Array<SearchKey | undefined>(older.entries.length).concat(this.keys);
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
    this.keys.push(undefined);
    // Only once the whole file is held: compaction rewrites the file from memory.
    if (this.complete && this.entries.length > this.limit) {
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
