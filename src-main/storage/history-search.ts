import { DayRuns, type DayRun } from './history-days';
import type { HistoryEntry } from './history-entry';

/**
 * How the history search box reads what was typed. Text matches names case-insensitively; text
 * that looks like a phone number is compared by its digits only, so "+44 20" finds "442079460000"
 * and "(020) 7946" finds "020 7946 0000".
 */
export interface HistorySearch {
  readonly text: string;
  /** Set when the query looks like a number: its digits. */
  readonly digits: string | null;
}

const NUMBER_LIKE = /^[\d\s+\-().]+$/;
export const MAX_SEARCH_LENGTH = 100;

export function parseSearch(query: string): HistorySearch | null {
  const trimmed = query.slice(0, MAX_SEARCH_LENGTH).trim();
  if (trimmed === '') return null;
  const digits = NUMBER_LIKE.test(trimmed) ? trimmed.replace(/\D/g, '') : '';
  return { text: trimmed.toLowerCase(), digits: digits === '' ? null : digits };
}

/** What a search compares, worked out once per entry. */
export interface SearchKey {
  readonly names: string;
  readonly digits: string;
}

export function searchKeyOf(entry: HistoryEntry): SearchKey {
  const names = [
    entry.callerName,
    entry.callerNumber,
    entry.answeredBy,
    entry.transferredFrom,
    entry.lookup?.name ?? null,
    entry.lookup?.company ?? null,
  ]
    .filter((n): n is string => n !== null)
    .join('\n')
    .toLowerCase();
  // The caller's number only: the dialled number (DID) is the same for most calls and would match them all.
  const digits = entry.callerNumber === null ? '' : entry.callerNumber.replace(/\D/g, '');
  return { names, digits };
}

export function matchesSearch(key: SearchKey, search: HistorySearch): boolean {
  if (search.digits !== null) return key.digits.includes(search.digits);
  return key.names.includes(search.text);
}

export interface HistoryQuery {
  readonly offset?: number;
  readonly limit?: number;
  /** A name, or a number in any format (compared by digits). */
  readonly search?: string;
  /**
   * A name search also finds a call whose caller number this says yes to: the phonebook names
   * that caller today with the searched text, as the call's row shows (app/call-history.ts).
   */
  readonly namedToday?: (callerNumber: string | null) => boolean;
  readonly missedOnly?: boolean;
  /** Work out the answer's day groups (the history screen's headings); other readers skip the cost. */
  readonly withDays?: boolean;
}

export interface HistoryPage {
  /** How many calls match the query in all (among those read so far, while `readingOlder` is set). */
  readonly total: number;
  readonly offset: number;
  /** Newest first. */
  readonly entries: readonly HistoryEntry[];
  /** The whole answer's day groups, newest first, when asked for: the list's headings are placed by them. */
  readonly days: readonly DayRun[];
  /**
   * Set while older calls are still being read from the file (the history opens with its newest
   * calls): how many calls, the newest, the answer covers. Null once every call is read.
   */
  readonly readingOlder: number | null;
}

export const MAX_PAGE = 500;

/**
 * One page of the calls that match, newest first, with the whole answer's count and day groups.
 * `entries` oldest first (as held); `keyAt` gives an entry's search key (cached by the store).
 */
export function queryEntries(
  entries: readonly HistoryEntry[],
  keyAt: (index: number) => SearchKey,
  request: HistoryQuery,
  readingOlder: number | null,
): HistoryPage {
  const offset = Math.max(0, Math.floor(request.offset ?? 0));
  const limit = Math.min(MAX_PAGE, Math.max(0, Math.floor(request.limit ?? 50)));
  const search = request.search === undefined ? null : parseSearch(request.search);
  const missedOnly = request.missedOnly === true;
  const page: HistoryEntry[] = [];
  const n = entries.length;
  if (!search && !missedOnly && request.withDays !== true) {
    // The tray's recent calls and lookups by id: a page costs a page, whatever the history's length.
    for (let i = n - 1 - offset; i >= 0 && page.length < limit; i--) page.push(entries[i]!);
    return { total: n, offset, entries: page, days: [], readingOlder };
  }
  const days = new DayRuns();
  let total = 0;
  for (let i = n - 1; i >= 0; i--) {
    const entry = entries[i]!;
    if (missedOnly && entry.state !== 'missed') continue;
    if (search && !matchesSearch(keyAt(i), search) && !(request.namedToday?.(entry.callerNumber) ?? false)) {
      continue;
    }
    if (total >= offset && page.length < limit) page.push(entry);
    days.add(entry.startedAt);
    total++;
  }
  return { total, offset, entries: page, days: request.withDays === true ? days.runs : [], readingOlder };
}
