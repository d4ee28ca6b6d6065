import { describe, expect, it } from 'vitest';
import {
  CALL_BACK_WINDOW_MS,
  MissedCalls,
  isMissedCall,
  missedNotice,
  numberKey,
} from '../../../src-main/app/missed-calls';
import {
  historyLine,
  toHistoryEntry,
  MAX_CALLS_BACK,
  type HistoryEntry,
} from '../../../src-main/storage/history-entry';
import { HOSTILE_CALLER_IDS, withoutOwnIsolates } from '../../support/hostile-corpus';
import { sampleEntry } from '../../integration/storage/history-fixtures';

const GB = { defaultCountry: 'GB', outsideLinePrefix: '' };
const GB_PREFIX_9 = { defaultCountry: 'GB', outsideLinePrefix: '9' };
const T = 1_700_000_000_000;
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

const missed = (id: string, number: string | null, startedAt: number, changes: Partial<HistoryEntry> = {}) =>
  sampleEntry(0, {
    id,
    state: 'missed',
    callerNumber: number,
    startedAt,
    endedAt: startedAt + 20_000,
    answeredAt: null,
    ...changes,
  });
const outbound = (id: string, number: string | null, startedAt: number, callsBack?: string[]) =>
  sampleEntry(1, {
    id,
    direction: 'outbound',
    state: 'ended',
    callerNumber: number,
    startedAt,
    endedAt: startedAt + 60_000,
    ...(callsBack ? { callsBack } : {}),
  });

describe('the number a call back is matched on', () => {
  it('is E.164 for the ways one outside number is written', () => {
    const forms = [
      '+44 20 7946 0018',
      '020 7946 0018',
      '0044 20 7946 0018',
      '(020) 7946-0018',
      '+442079460018',
    ];
    expect(new Set(forms.map((n) => numberKey(n, GB)))).toEqual(new Set(['+442079460018']));
  });

  it('drops the outside-line prefix the PBX was sent', () => {
    expect(numberKey('902079460018', GB_PREFIX_9)).toBe('+442079460018');
    // Without that prefix in settings the same digits are some other number.
    expect(numberKey('902079460018', GB)).not.toBe('+442079460018');
  });

  it('is the digits for an extension, and nothing for text that is not a number', () => {
    expect(numberKey('4225', GB)).toBe('4225');
    expect(numberKey(null, GB)).toBeNull();
    expect(numberKey('Anonymous', GB)).toBeNull();
    expect(numberKey('+44 20 7946 0018; rm -rf /', GB)).toBeNull();
  });
});

describe('missed calls', () => {
  it('are inbound calls nobody answered', () => {
    expect(isMissedCall(missed('m', '+442079460018', T))).toBe(true);
    expect(isMissedCall(sampleEntry(1, { state: 'answered-elsewhere' }))).toBe(false);
    expect(isMissedCall(outbound('o', '+442079460018', T))).toBe(false);
  });

  it('count until seen, newest first, and only those that ended by the call seen through', () => {
    const book = new MissedCalls();
    book.add(missed('m1', '+442079460001', T));
    book.add(sampleEntry(2, { id: 'answered', state: 'ended', startedAt: T + 1_000 }));
    book.add(missed('m2', '+442079460002', T + 60_000));
    book.add(missed('m3', '+442079460003', T + 120_000));
    expect(book.unseen().map((e) => e.id)).toEqual(['m3', 'm2', 'm1']);
    expect(book.unseenCount).toBe(3);

    // The page showed the history down to m2: m2 and m1 are seen; m3 came after and is not.
    const seen = book.markSeen('m2');
    expect(seen.map((e) => e.id)).toEqual(['m2', 'm1']);
    expect(book.unseen().map((e) => e.id)).toEqual(['m3']);
    expect(book.seenThrough).toBe(T + 60_000 + 20_000);
    // Seeing an older call again changes nothing.
    expect(book.markSeen('m1')).toEqual([]);
    expect(book.markSeen('no-such-call')).toEqual([]);
    expect(book.markSeen('answered')).toEqual([]);
    expect(book.unseenCount).toBe(1);
  });

  it('start seen through the moment kept from the last run', () => {
    const book = new MissedCalls(T + 30_000);
    book.add(missed('old', '+442079460001', T));
    book.add(missed('new', '+442079460002', T + 60_000));
    expect(book.unseen().map((e) => e.id)).toEqual(['new']);
  });

  it('are forgotten with the history, while what was seen stays seen', () => {
    const book = new MissedCalls();
    book.add(missed('m1', '+442079460001', T));
    book.markSeen('m1');
    book.clear();
    expect(book.unseenCount).toBe(0);
    expect(book.seenThrough).toBe(T + 20_000);
    book.add(missed('m0', '+442079460009', T - 1_000));
    expect(book.unseenCount).toBe(0);
  });
});

describe('calling back', () => {
  it('an outbound call to the same number, written another way, returns the missed calls before it', () => {
    const book = new MissedCalls();
    book.add(missed('m1', '+44 20 7946 0018', T));
    book.add(missed('other', '+44 20 7946 0099', T + 1_000));
    book.add(missed('m2', '020 7946 0018', T + 2_000));
    expect(book.returnedBy(outbound('o', '02079460018', T + 10_000), GB)).toEqual(['m2', 'm1']);
    // Through the PBX with the outside-line prefix: the same number.
    expect(book.returnedBy(outbound('o', '902079460018', T + 10_000), GB_PREFIX_9)).toEqual(['m2', 'm1']);
  });

  it('does not return a call that came after it, one outside the window, or an inbound call', () => {
    const book = new MissedCalls();
    book.add(missed('too-old', '+442079460018', T - CALL_BACK_WINDOW_MS - 1));
    book.add(missed('later', '+442079460018', T + 5_000));
    expect(book.returnedBy(outbound('o', '+442079460018', T), GB)).toEqual([]);
    expect(
      book.returnedBy(sampleEntry(3, { callerNumber: '+442079460018', startedAt: T + 9_000 }), GB),
    ).toEqual([]);
    expect(book.returnedBy(outbound('withheld', null, T + 9_000), GB)).toEqual([]);
  });

  it('marks the calls an outbound entry names, so they leave the count and say when', () => {
    const book = new MissedCalls();
    book.add(missed('m1', '+442079460018', T));
    book.add(missed('m2', '+442079460077', T + 1_000));
    const call = outbound('o', '+442079460018', T + 10_000);
    book.add({ ...call, callsBack: book.returnedBy(call, GB) });
    expect(book.calledBackAt('m1')).toBe(T + 10_000);
    expect(book.calledBackAt('m2')).toBeNull();
    expect(book.unseen().map((e) => e.id)).toEqual(['m2']);
    // A second call to the number returns nothing more: m1 is already called back.
    expect(book.returnedBy(outbound('o2', '+442079460018', T + 20_000), GB)).toEqual([]);
  });

  it('survives a restart: the mark is read back from the outbound call’s stored line', () => {
    const first = new MissedCalls();
    const m1 = missed('m1', '+442079460018', T);
    first.add(m1);
    const call = outbound('o', '+442079460018', T + 10_000);
    const written = [m1, { ...call, callsBack: first.returnedBy(call, GB) }].map(historyLine);

    const again = new MissedCalls();
    for (const line of written) again.add(toHistoryEntry(JSON.parse(line))!);
    expect(again.calledBackAt('m1')).toBe(T + 10_000);
    expect(again.unseenCount).toBe(0);
  });
});

describe('the stored call-back ids', () => {
  it('are left out of lines of calls that returned none, so old and new lines look alike', () => {
    const line = historyLine(outbound('o', '+442079460018', T));
    expect(line).not.toContain('callsBack');
    expect(toHistoryEntry(JSON.parse(line))).toEqual(outbound('o', '+442079460018', T));
  });

  it('load from lines written before they existed, and are dropped when they are not a list of ids', () => {
    const old = JSON.parse(historyLine(outbound('o', '+442079460018', T))) as Record<string, unknown>;
    expect(toHistoryEntry(old)?.callsBack).toBeUndefined();
    expect(toHistoryEntry({ ...old, callsBack: 'm1' })?.callsBack).toBeUndefined();
    expect(toHistoryEntry({ ...old, callsBack: [1, '', 'm1'] })?.callsBack).toEqual(['m1']);
    // Only an outbound call returns calls.
    const inbound = JSON.parse(historyLine(missed('m', '+442079460018', T))) as Record<string, unknown>;
    expect(toHistoryEntry({ ...inbound, callsBack: ['x'] })?.callsBack).toBeUndefined();
  });

  it('are capped in number and length', () => {
    const many = Array.from({ length: 100 }, (_, i) => `m${i}${'x'.repeat(i === 0 ? 500 : 0)}`);
    const entry = toHistoryEntry({ ...outbound('o', '+442079460018', T), callsBack: many })!;
    expect(entry.callsBack).toHaveLength(MAX_CALLS_BACK);
    expect(entry.callsBack![0]).toHaveLength(128);
  });
});

describe('the missed-call notification', () => {
  it('names the caller and the line, in plain text', () => {
    const notice = missedNotice(
      missed('m1', '+44 20 7946 0018', T, { callerName: 'Ada Lovelace', did: '0800 123 456' }),
    );
    expect(notice.callId).toBe('m1');
    expect(notice.title.replace(/[\u2066-\u2069]/g, '')).toBe('Missed call from Ada Lovelace');
    expect(notice.body.replace(/[\u2066-\u2069]/g, '')).toBe('+44 20 7946 0018 called 0800 123 456');
    expect(missedNotice(missed('m2', null, T, { callerName: null })).title).toBe(
      'Missed call from an unknown caller',
    );
    expect(missedNotice(missed('m3', null, T)).body).toBe('Number withheld');
  });

  it('carries no control, bidi or escape characters from a hostile caller ID, and stays short', () => {
    for (const hostile of HOSTILE_CALLER_IDS) {
      const notice = missedNotice(
        missed('h', hostile.text, T, { callerName: hostile.text, did: hostile.text }),
      );
      for (const text of [notice.title, notice.body]) {
        // Only the app's own isolates around names and numbers may be there, never a control or override.
        expect(withoutOwnIsolates(text), hostile.label).not.toMatch(UNSAFE);
        expect(text.length, hostile.label).toBeLessThan(200);
      }
    }
  });
});
