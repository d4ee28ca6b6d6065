import { describe, expect, it } from 'vitest';
import {
  HISTORY_TEXT_CAPS,
  capText,
  historyLine,
  toHistoryEntry,
} from '../../../src-main/storage/history-entry';
import { matchesSearch, parseSearch, searchKeyOf } from '../../../src-main/storage/history-search';
import { sampleEntry } from '../../integration/storage/history-fixtures';

describe('toHistoryEntry', () => {
  it('accepts an entry and gives back an equal copy', () => {
    const entry = sampleEntry(3);
    expect(toHistoryEntry(entry)).toEqual(entry);
    expect(toHistoryEntry(JSON.parse(historyLine(entry)))).toEqual(entry);
  });

  it('refuses wrong types, unknown states and missing fields', () => {
    const good = sampleEntry(1) as unknown as Record<string, unknown>;
    const bad: unknown[] = [
      null,
      'call',
      [good],
      { ...good, id: '' },
      { ...good, id: 7 },
      { ...good, state: 'ringing' },
      { ...good, direction: 'sideways' },
      { ...good, internal: 'no' },
      { ...good, startedAt: null },
      { ...good, talkMs: -1 },
      { ...good, endedAt: Number.NaN },
      { ...good, callerName: 42 },
    ];
    for (const value of bad) expect(toHistoryEntry(value), JSON.stringify(value)).toBeNull();
    const { popped: _popped, ...missing } = good;
    expect(toHistoryEntry(missing)).toBeNull();
  });

  it('caps caller-typed text by code points and drops unknown keys', () => {
    const long = '😀'.repeat(HISTORY_TEXT_CAPS.callerName + 10);
    const entry = toHistoryEntry({ ...sampleEntry(1), callerName: long, extra: 'x' });
    expect([...(entry?.callerName ?? '')].length).toBe(HISTORY_TEXT_CAPS.callerName);
    expect(entry && 'extra' in entry).toBe(false);
  });

  it('writes one line that cannot be broken by newlines in caller-ID text', () => {
    const line = historyLine(sampleEntry(1, { callerName: 'Evil\n{"id":"x"}\r\nName' }));
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
  });
});

describe('capText', () => {
  it('leaves short text alone and never splits a surrogate pair', () => {
    expect(capText('abc', 5)).toBe('abc');
    expect(capText('a😀b', 2)).toBe('a😀');
  });
});

describe('history search', () => {
  const entry = sampleEntry(7, { callerName: 'Zoë Ångström', callerNumber: '442079461234' });
  const key = searchKeyOf(entry);
  const finds = (query: string): boolean => {
    const search = parseSearch(query);
    return search !== null && matchesSearch(key, search);
  };

  it('finds a number typed in another format by its digits', () => {
    expect(finds('+44 20')).toBe(true);
    expect(finds('(4420) 7946-1234')).toBe(true);
    expect(finds('+1 555')).toBe(false);
  });

  it('finds names case-insensitively, also with accents', () => {
    expect(finds('zoë')).toBe(true);
    expect(finds('ÅNGSTRÖM')).toBe(true);
    expect(finds('zoe')).toBe(false);
  });

  it('treats an empty or blank query as no search', () => {
    expect(parseSearch('   ')).toBeNull();
    expect(parseSearch('')).toBeNull();
  });

  it('reads a query of punctuation alone as text, not as an empty number', () => {
    expect(parseSearch('+ -')).toEqual({ text: '+ -', digits: null });
  });
});
