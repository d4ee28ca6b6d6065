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
