import type { CountryCode } from 'libphonenumber-js/max';
import { countryCode } from '../crm/phone-number';
import { e164Key } from './e164-key';
import type { Contact, PhonebookMatch } from './types';

export { e164Key };

export interface PhonebookIndexOptions {
  /** ISO 3166 alpha-2 country for reading national numbers (the settings' CRM default country); '' for none. */
  readonly defaultCountry: string;
  /**
   * How many trailing digits identify a number the PBX sent without its country (e.g. "2079460018"
   * for +44 20 7946 0018). Fewer than 7 would match strangers; the default 9 is a national
   * subscriber number in most plans.
   */
  readonly lastDigits?: number;
}

export const DEFAULT_LAST_DIGITS = 9;
/** How many looked-up numbers an index keeps (a history's distinct callers, typically far fewer). */
const MAX_REMEMBERED = 100_000;
/** A key two different contacts share: matching it would name the wrong one, so it names nobody. */
const AMBIGUOUS = -1;

export interface PhonebookHit {
  readonly contact: Contact;
  readonly match: PhonebookMatch;
}

const NOT_DIGIT = /\D/g;
const digitsOf = (text: string): string => text.replace(NOT_DIGIT, '');
/** The shortest tail a match by last digits uses: two numbers that match agree at least here. */
const tailOf = (digits: string): string => digits.slice(-7);

function remember(map: Map<string, number>, key: string, contact: number): void {
  const had = map.get(key);
  if (had === undefined) map.set(key, contact);
  else if (had !== contact) map.set(key, AMBIGUOUS);
}

/**
 * The phonebook as lookups need it: numbers in E.164 (read with the default country, as CRM links
 * read them), then the number's digits as written, then its last N digits for numbers the PBX sends
 * without a country or trunk prefix. A key two contacts share in the E.164 map names the first
 * contact in the file (the same person written twice is common); in the digit maps it names nobody
 * (a guess would put the wrong name on the card).
 */
export class PhonebookIndex {
  readonly #contacts: readonly Contact[];
  readonly #country: CountryCode | null;
  readonly #lastDigits: number;
  readonly #byE164 = new Map<string, number>();
  readonly #byDigits = new Map<string, number>();
  readonly #byLastDigits = new Map<string, number>();
  /** Numbers already looked up (the index never changes): a history search asks for many, again and again. */
  readonly #found = new Map<string, PhonebookHit | null>();

  constructor(contacts: readonly Contact[], options: PhonebookIndexOptions) {
    this.#contacts = contacts;
    const read = countryCode(options.defaultCountry);
    this.#country = read.ok ? read.value : null;
    this.#lastDigits = Math.max(7, Math.min(15, Math.floor(options.lastDigits ?? DEFAULT_LAST_DIGITS)));
    contacts.forEach((contact, index) => {
      for (const number of contact.numbers) {
        const e164 = e164Key(number, this.#country);
        if (e164 !== '' && !this.#byE164.has(e164)) this.#byE164.set(e164, index);
        const digits = digitsOf(number);
        if (digits === '') continue;
        remember(this.#byDigits, digits, index);
        // An E.164 key is "+" and digits: its digits without another pass of the pattern.
        const tail = e164 !== '' ? e164.slice(1) : digits;
        if (tail.length >= this.#lastDigits)
          remember(this.#byLastDigits, tail.slice(-this.#lastDigits), index);
      }
    });
  }

  get size(): number {
    return this.#contacts.length;
  }

  get contacts(): readonly Contact[] {
    return this.#contacts;
  }

  /** The contact whose number this is, or null. Never throws, whatever the caller's number holds. */
  find(number: string | null): PhonebookHit | null {
    if (number === null) return null;
    const known = this.#found.get(number);
    if (known !== undefined) return known;
    const hit = this.#lookUp(number);
    if (this.#found.size >= MAX_REMEMBERED) this.#found.clear();
    this.#found.set(number, hit);
    return hit;
  }

  #lookUp(number: string): PhonebookHit | null {
    const e164 = e164Key(number, this.#country);
    if (e164 !== '') {
      const at = this.#byE164.get(e164);
      if (at !== undefined) return this.#hit(at, 'e164');
    }
    const digits = digitsOf(number.slice(0, 64));
    if (digits === '') return null;
    const exact = this.#byDigits.get(digits);
    if (exact !== undefined) return exact === AMBIGUOUS ? null : this.#hit(exact, 'digits');
    if (digits.length < this.#lastDigits) return null;
    const tail = this.#byLastDigits.get(digits.slice(-this.#lastDigits));
    return tail === undefined || tail === AMBIGUOUS ? null : this.#hit(tail, 'last-digits');
  }

  /**
   * Contacts whose name or company holds the query (any case), or whose numbers hold its digits;
   * at most `limit`, in file order.
   */
  search(query: string, limit: number): Contact[] {
    const text = query.trim().toLocaleLowerCase();
    const digits = digitsOf(text);
    const found: Contact[] = [];
    for (const contact of this.#contacts) {
      if (found.length >= limit) break;
      if (
        text === '' ||
        (contact.name?.toLocaleLowerCase().includes(text) ?? false) ||
        (contact.company?.toLocaleLowerCase().includes(text) ?? false) ||
        (digits.length >= 3 && contact.numbers.some((n) => digitsOf(n).includes(digits)))
      ) {
        found.push(contact);
      }
    }
    return found;
  }

  /**
   * Whether the phonebook names a number's caller with `text` in their name or company (any case):
   * for finding past calls by the names their rows show today. Null when no contact's name or
   * company holds it, so a search the phonebook cannot widen costs nothing. Per number, a check of
   * its last digits comes before the full lookup, and answers are kept, so a long history with
   * few callers stays cheap.
   */
  namesWith(text: string): ((number: string | null) => boolean) | null {
    const lower = text.trim().toLocaleLowerCase();
    if (lower === '') return null;
    const named = new Set<Contact>();
    const tails = new Set<string>();
    for (const contact of this.#contacts) {
      const holds =
        (contact.name?.toLocaleLowerCase().includes(lower) ?? false) ||
        (contact.company?.toLocaleLowerCase().includes(lower) ?? false);
      if (!holds) continue;
      named.add(contact);
      // Written with or without a country or trunk prefix, a number keeps its last digits.
      for (const number of contact.numbers) tails.add(tailOf(digitsOf(number)));
    }
    if (named.size === 0) return null;
    const answered = new Map<string, boolean>();
    return (number) => {
      if (number === null) return false;
      let answer = answered.get(number);
      if (answer === undefined) {
        const hit = tails.has(tailOf(digitsOf(number.slice(0, 64)))) ? this.find(number) : null;
        answer = hit !== null && named.has(hit.contact);
        answered.set(number, answer);
      }
      return answer;
    };
  }

  #hit(index: number, match: PhonebookMatch): PhonebookHit | null {
    const contact = this.#contacts[index];
    return contact === undefined ? null : { contact, match };
  }
}
