/**
 * Numbers as a person reads them: a caller's number laid out the way the user's country writes it
 * ("020 7946 0018" at home, "+1 212 555 0100" from abroad), and the name of the line a caller
 * dialled ("Acme – Sales"). Pure; the screens keep the number as received one click away.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { toE164 } from './phone-number';
import { readCountry } from './rules';

/** Longest input worth handing to the parser (as phone-number.ts). */
const MAX_NUMBER_INPUT = 64;
/** What a number must be made of to be reformatted; anything else is shown as received. */
const FORMATTABLE = /^[0-9+\s\-.()/]+$/;

/**
 * The number written for `country` (national for a number of that country, international for any
 * other), or null when it is not a valid number of a known plan (an extension, a short code, text).
 */
export function formattedNumber(number: string | null, country: string): string | null {
  if (number === null) return null;
  const input = number.trim();
  if (input === '' || input.length > MAX_NUMBER_INPUT || !FORMATTABLE.test(input)) return null;
  const home = readCountry(country);
  try {
    const parsed = parsePhoneNumberFromString(input, home === null ? {} : { defaultCountry: home });
    if (parsed === undefined || !parsed.isValid()) return null;
    return home !== null && parsed.country === home ? parsed.formatNational() : parsed.formatInternational();
  } catch {
    // Not documented to throw; caller input must never escape as an exception.
    return null;
  }
}

export interface DidLabel {
  readonly did: string;
  readonly label: string;
}

/** Separators people and PBXes put into numbers (as the template rules drop them). */
function compact(number: string): string {
  return number.replace(/[\s\-.()/]/g, '');
}

/** Each label under its compact and its E.164 form, built once per list and country (views are built often). */
type LabelIndex = ReadonlyMap<string, string>;
const indexes = new WeakMap<readonly DidLabel[], { country: string; index: LabelIndex }>();

function labelIndex(labels: readonly DidLabel[], country: string): LabelIndex {
  const cached = indexes.get(labels);
  if (cached !== undefined && cached.country === country) return cached.index;
  const home = readCountry(country);
  const index = new Map<string, string>();
  // The first entry for a number wins, as the list is read top down.
  for (const entry of labels) {
    for (const form of [compact(entry.did), toE164(entry.did, home)]) {
      if (form !== '' && !index.has(form)) index.set(form, entry.label);
    }
  }
  indexes.set(labels, { country, index });
  return index;
}

/** The name given to the dialled number, compared as numbers (separators and national/E.164 forms alike); null for none. */
export function labelOfDid(did: string | null, labels: readonly DidLabel[], country: string): string | null {
  if (did === null || did.trim() === '' || labels.length === 0) return null;
  const index = labelIndex(labels, country);
  const direct = index.get(compact(did));
  if (direct !== undefined) return direct;
  const e164 = toE164(did, readCountry(country));
  return e164 === '' ? null : (index.get(e164) ?? null);
}
