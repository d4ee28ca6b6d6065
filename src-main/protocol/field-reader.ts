/**
 * Reads the fields of one wire record leniently (protocol notes "Tolerance"): a value whose
 * meaning is unambiguous is read (a whole number where text belongs is its digits, a number
 * written as text where a number belongs is that number, null or a boolean where text may be
 * absent is absent); anything else is read as absent and its field name is remembered, so the
 * caller can count it. One reader per decoded message replaces a closure per field.
 */
import { capString, wellFormed, type DecodeLimits } from './limits';

type WireRecord = Readonly<Record<string, unknown>>;

/** Decimal numbers as text: what a server that quotes its numbers writes. */
const NUMERIC_TEXT = /^-?\d{1,20}(\.\d{1,20})?$/;

export class FieldReader {
  /** Fields that held something that could not be read, in the order met; null while none. */
  unreadable: string[] | null = null;

  constructor(
    readonly rec: WireRecord,
    readonly limits: DecodeLimits,
    /** Whether strings may hold lone surrogates that must be replaced. */
    readonly repair: boolean,
  ) {}

  /** Text, capped; null when absent, null or a boolean. See `text`. */
  str(key: string, max: number): string | null {
    return this.text(this.rec[key], key, max);
  }

  /**
   * `str` for a value already read (by a literal name, on the hot path); `key` names it when it
   * cannot be read. A safe integer is read as its decimal text, because a server that serialises
   * numeric-looking ids or extension numbers as JSON numbers still means the same digits; larger
   * numbers have already lost digits, and fractions are not ids, so neither is read.
   */
  text(v: unknown, key: string, max: number): string | null {
    if (typeof v === 'string') {
      const capped = v.length <= max ? v : capString(v, max);
      return this.repair ? wellFormed(capped) : capped;
    }
    if (v === undefined || v === null || typeof v === 'boolean') return null;
    if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
    return this.miss(key);
  }

  /** A finite number, also when written as decimal text; null when absent or unreadable. */
  num(key: string): number | null {
    const v = this.rec[key];
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    if (v === undefined || v === null) return null;
    if (typeof v === 'string' && NUMERIC_TEXT.test(v)) {
      const n = Number(v);
      if (Number.isFinite(n)) return n;
    }
    return this.miss(key);
  }

  /** A port number from 0 to 65535 (also as text); null when absent or unreadable. */
  port(key: string): number | null {
    const v = this.rec[key];
    const n = typeof v === 'string' && /^\d{1,5}$/.test(v) ? Number(v) : v;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 65535) return n;
    if (v === undefined || v === null) return null;
    return this.miss(key);
  }

  bool(key: string): boolean | null {
    const v = this.rec[key];
    if (typeof v === 'boolean') return v;
    if (v === undefined || v === null) return null;
    return this.miss(key);
  }

  /** Remembers that `key` held something unreadable; the field reads as absent. */
  miss(key: string): null {
    if (this.unreadable === null) this.unreadable = [key];
    else if (!this.unreadable.includes(key)) this.unreadable.push(key);
    return null;
  }
}

/**
 * How often each field could not be read, over many messages. The keys are wire field names the
 * decoder knows (or a profile's renames of them), so the map stays small.
 */
export class UnreadableFieldTally {
  readonly #counts = new Map<string, number>();
  #messages = 0;

  /** Counts the fields one decoded message could not read. */
  add(fields: readonly string[]): void {
    this.#messages += 1;
    for (const field of fields) this.#counts.set(field, (this.#counts.get(field) ?? 0) + 1);
  }

  /** Messages that had at least one unreadable field. */
  get messages(): number {
    return this.#messages;
  }

  /** Field name → count, most frequent first. */
  snapshot(): UnreadableFields {
    const fields = [...this.#counts.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([field, count]) => ({ field, count }));
    return { messages: this.#messages, fields };
  }
}

/** What a tally shows: for `watch --verbose` and the diagnostics report. */
export interface UnreadableFields {
  /** How many delivered messages had at least one field that could not be read. */
  readonly messages: number;
  readonly fields: readonly { readonly field: string; readonly count: number }[];
}
