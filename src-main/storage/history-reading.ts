/**
 * Opening history.jsonl for reading from its end (history-tail.ts): the torn last line a crash may
 * leave is mended first, then the whole lines are handed out newest block first. Also the two
 * problems the history can have, each a sentence that says where and what to check.
 */
import { open, type FileHandle } from 'node:fs/promises';
import type { Logger } from '../common/log';
import { err, ok, problem, type Problem, type Result } from '../common/result';
import { errnoCode } from './atomic-file';
import { toHistoryEntry, type HistoryEntry } from './history-entry';
import { blocksFromEnd, endOfLastLine, readRange } from './history-tail';

export type HistoryProblem = Problem<'history-unreadable' | 'history-write-failed'>;

/** The first read from the end: a page of calls (about 400 bytes each) and then some. */
export const FIRST_BLOCK_BYTES = 64 * 1024;
/** Later reads towards the start of the file, in the background. */
export const BLOCK_BYTES = 1024 * 1024;

export function historyWriteFailed(
  path: string,
  error: unknown,
  logger: Logger,
): Result<never, HistoryProblem> {
  const code = errnoCode(error);
  logger.log('error', 'call history write failed', { path, code });
  return err(
    problem(
      'history-write-failed',
      `The call history could not be saved to ${path} (${code}). Check that the disk has space and the folder is writable.`,
    ),
  );
}

export function historyUnreadable(
  path: string,
  error: unknown,
  logger: Logger,
): Result<never, HistoryProblem> {
  const code = errnoCode(error);
  logger.log('error', 'call history unreadable', { path, code });
  return err(
    problem(
      'history-unreadable',
      `The call history in ${path} could not be read (${code}). Check its permissions; new calls are not recorded until it can be read.`,
    ),
  );
}

export function parseLine(line: string): HistoryEntry | null {
  try {
    return toHistoryEntry(JSON.parse(line));
  } catch {
    return null;
  }
}

/** The entries among `lines` (in order), and how many non-blank lines were not entries. */
export function parseLines(lines: readonly string[]): { entries: HistoryEntry[]; skipped: number } {
  const entries: HistoryEntry[] = [];
  let skipped = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const entry = parseLine(line);
    if (entry) entries.push(entry);
    else skipped++;
  }
  return { entries, skipped };
}

export interface OpenedHistoryFile {
  /** Whole lines, newest block first; closes nothing: close `reader` when done. */
  readonly blocks: AsyncGenerator<string[]>;
  readonly reader: FileHandle;
  /** The last record, kept though a crash took its newline (it is written now). */
  readonly lastWithoutNewline: HistoryEntry | null;
  /** The file ended in a partial record; it was cut off. */
  readonly tornLastLine: boolean;
}

/**
 * Opens the file to read it from the end; null when there is none. A whole record missing only its
 * newline gets one; anything less is cut off, so the next append starts on a line of its own
 * (`appendHandle` is the store's own, opened for appending).
 */
export async function openFromEnd(
  path: string,
  appendHandle: () => Promise<FileHandle>,
  logger: Logger,
): Promise<Result<OpenedHistoryFile | null, HistoryProblem>> {
  let reader: FileHandle;
  try {
    reader = await open(path, 'r');
  } catch (error) {
    return errnoCode(error) === 'ENOENT' ? ok(null) : historyUnreadable(path, error, logger);
  }
  let end: number;
  let size: number;
  let whole: HistoryEntry | null = null;
  try {
    size = (await reader.stat()).size;
    end = await endOfLastLine(reader, size, FIRST_BLOCK_BYTES);
    if (end < size) whole = parseLine((await readRange(reader, end, size)).toString('utf8'));
  } catch (error) {
    await reader.close().catch(() => {});
    return historyUnreadable(path, error, logger);
  }
  if (end < size) {
    try {
      const handle = await appendHandle();
      if (whole) await handle.write('\n');
      else await handle.truncate(end);
    } catch (error) {
      await reader.close().catch(() => {});
      return historyWriteFailed(path, error, logger);
    }
    if (!whole) logger.log('warn', 'call history ended in a partial line; dropped it', { bytes: size - end });
  }
  return ok({
    blocks: blocksFromEnd(reader, end, FIRST_BLOCK_BYTES, BLOCK_BYTES),
    reader,
    lastWithoutNewline: whole,
    tornLastLine: end < size && !whole,
  });
}
