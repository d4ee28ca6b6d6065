/**
 * Missed calls, the pure part: which calls count as missed, which of them the user has not seen
 * yet (the tray badge, the window title, the history's "Missed" section), and which were called
 * back. No I/O: the keeper (missed-calls-keeper.ts) feeds it the history and keeps the files.
 *
 * - Missed: an inbound call that ended `missed` (nobody answered, here or elsewhere).
 * - Seen: the user looked at the history. Kept as a moment (`seenThrough`, the end of the newest
 *   missed call shown): every missed call that ended by then is seen, so one number on disk says it.
 * - Called back: an outbound call to the same number (compared normalised: E.164 under the settings'
 *   default country, an outside-line prefix dropped) that started after the missed call, within
 *   `CALL_BACK_WINDOW_MS`. Decided when the outbound call is recorded and stored on its history
 *   entry (`callsBack`), so it survives a restart and a later change of the number rules.
 * A called-back call no longer counts as unseen: the user has dealt with it.
 */
import { countryCode, toE164 } from '../crm/phone-number';
import type { HistoryEntry } from '../storage/history-entry';
import { ENGLISH } from '../i18n/languages';
import { translatorFor, type Say } from '../i18n/translator';
import { displayName, displayNumber, isolatedName, ltrNumber } from './display-text';
import type { PopNotice } from './ports';

/** An outbound call returns only missed calls from the last 30 days: a call months later is a new matter. */
export const CALL_BACK_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;
/** At most this many unseen missed calls are listed in the state (the count is exact). */
export const MISSED_LISTED = 50;

export interface NumberRules {
  /** Two capital letters, or '' for none. */
  readonly defaultCountry: string;
  /** Digits dialled before an outside number ('' for none). */
  readonly outsideLinePrefix: string;
}

const SEPARATORS = /[\s\u00a0\u2009\u202f.\-/()]/g;
const DIGITS = /^\+?[0-9]{2,20}$/;

/**
 * The number as a matching key: E.164 when it is a valid outside number (also once the outside-line
 * prefix is dropped), else its digits (an extension, or a number of an unknown plan); null for none.
 */
export function numberKey(raw: string | null, rules: NumberRules): string | null {
  if (raw === null) return null;
  const cleaned = raw.trim().replace(SEPARATORS, '');
  if (!DIGITS.test(cleaned)) return null;
  const country = countryCode(rules.defaultCountry);
  const plan = country.ok ? country.value : null;
  const whole = toE164(cleaned, plan);
  if (whole !== '') return whole;
  const prefix = rules.outsideLinePrefix;
  if (prefix !== '' && cleaned.startsWith(prefix)) {
    const rest = toE164(cleaned.slice(prefix.length), plan);
    if (rest !== '') return rest;
  }
  return cleaned;
}

export function isMissedCall(entry: HistoryEntry): boolean {
  return entry.direction === 'inbound' && entry.state === 'missed';
}

/** When a call counts as over, for "seen through": its end, else its start. */
export function endOf(entry: HistoryEntry): number {
  return entry.endedAt ?? entry.startedAt;
}

interface Missed {
  readonly entry: HistoryEntry;
  /** Worked out the first time an outbound call is compared with it. */
  key: string | null | undefined;
  calledBackAt: number | null;
}

/** The missed calls of the history, what was seen, and what was called back. */
export class MissedCalls {
  /** Oldest first, in the order the history recorded them. */
  #missed: Missed[] = [];
  readonly #byId = new Map<string, Missed>();
  #seenThrough: number;
  #unseen: readonly HistoryEntry[] | null = null;

  constructor(seenThrough = 0) {
    this.#seenThrough = seenThrough;
  }

  get seenThrough(): number {
    return this.#seenThrough;
  }

  /**
   * One history entry, in the history's order: a missed call joins the list; an outbound call
   * marks the missed calls its entry says it returned.
   */
  add(entry: HistoryEntry): void {
    if (isMissedCall(entry) && !this.#byId.has(entry.id)) {
      const missed: Missed = { entry, key: undefined, calledBackAt: null };
      this.#missed.push(missed);
      this.#byId.set(entry.id, missed);
      this.#unseen = null;
    }
    if (entry.direction === 'outbound') {
      for (const id of entry.callsBack ?? []) {
        const missed = this.#byId.get(id);
        if (missed && missed.calledBackAt === null) {
          missed.calledBackAt = entry.startedAt;
          this.#unseen = null;
        }
      }
    }
  }

  /**
   * The missed calls an outbound call returns: not called back yet, to the same number, started
   * before it and within the window. Newest first. Empty for anything but an outbound call.
   */
  returnedBy(entry: HistoryEntry, rules: NumberRules): string[] {
    if (entry.direction !== 'outbound') return [];
    const key = numberKey(entry.callerNumber, rules);
    if (key === null) return [];
    const ids: string[] = [];
    for (let i = this.#missed.length - 1; i >= 0; i--) {
      const missed = this.#missed[i]!;
      const started = missed.entry.startedAt;
      if (started >= entry.startedAt) continue;
      if (started < entry.startedAt - CALL_BACK_WINDOW_MS) break;
      if (missed.calledBackAt !== null) continue;
      if (missed.key === undefined) missed.key = numberKey(missed.entry.callerNumber, rules);
      if (missed.key === key) ids.push(missed.entry.id);
    }
    return ids;
  }

  /** When the missed call was called back, or null (not called back, or not a missed call). */
  calledBackAt(id: string): number | null {
    return this.#byId.get(id)?.calledBackAt ?? null;
  }

  /** Missed calls not seen and not called back, newest first. */
  unseen(): readonly HistoryEntry[] {
    if (this.#unseen === null) {
      const list: HistoryEntry[] = [];
      for (let i = this.#missed.length - 1; i >= 0; i--) {
        const missed = this.#missed[i]!;
        if (missed.calledBackAt === null && endOf(missed.entry) > this.#seenThrough) list.push(missed.entry);
      }
      this.#unseen = list;
    }
    return this.#unseen;
  }

  get unseenCount(): number {
    return this.unseen().length;
  }

  /**
   * The user saw the history down to this missed call: it and every missed call that ended before
   * it are seen. Returns the calls that became seen (empty when the id is not an unseen missed call).
   */
  markSeen(throughId: string): readonly HistoryEntry[] {
    const through = this.#byId.get(throughId);
    if (!through) return [];
    const moment = endOf(through.entry);
    if (moment <= this.#seenThrough) return [];
    const before = this.unseen();
    this.#seenThrough = moment;
    this.#unseen = null;
    const still = new Set(this.unseen());
    return before.filter((entry) => !still.has(entry));
  }

  /** The history was cleared: no missed calls are left to count (what was seen stays seen). */
  clear(): void {
    this.#missed = [];
    this.#byId.clear();
    this.#unseen = null;
  }
}

/**
 * The words of a missed call's notification: display-safe plain text, numbers left to right in their
 * own isolate; the shell escapes the body where the platform reads markup (Linux).
 */
export function missedNotice(entry: HistoryEntry, say: Say = translatorFor(ENGLISH).t): PopNotice {
  const name = displayName(entry.callerName);
  const shownNumber = displayNumber(entry.callerNumber);
  const number = shownNumber === null ? null : ltrNumber(shownNumber);
  const who = name !== null ? isolatedName(name) : number;
  const did = displayNumber(entry.did);
  const line =
    number === null
      ? say('notify.numberWithheld')
      : entry.internal
        ? say('notify.internalCall', { who: number })
        : did !== null
          ? say('notify.called', { who: number, line: ltrNumber(did) })
          : number;
  const title = say('notify.missedTitle', { known: who === null ? 'no' : 'yes', who: who ?? '' });
  return { callId: entry.id, title, body: line };
}
