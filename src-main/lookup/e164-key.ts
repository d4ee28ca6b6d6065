/**
 * The E.164 key of a phonebook number, fast: libphonenumber's full parse (`crm/phone-number.ts`)
 * is the slow part of loading 100,000 contacts, mostly spent reading a number into its calling
 * code and national number and finding which country of a shared calling code it belongs to.
 * Numbers in one phonebook share a few prefixes ("020 7946 …", "+1 212 …"), so that reading is
 * learnt once per distinct prefix (the first 7 characters and the length) from a full parse, and
 * for the next number of the same prefix only the validity check is run, with the plan's own
 * patterns compiled once. Anything outside that shape, or that the check does not pass, gets the
 * full parse, so the key is always the one `toE164` gives (test/unit/lookup/e164-key.test.ts
 * holds this over the hostile caller-ID corpus and seeded random numbers).
 */
import { Metadata, type CountryCode } from 'libphonenumber-js/core';
// The same full metadata `crm/phone-number.ts` parses with (libphonenumber-js/max is core + this).
import maxMetadata from 'libphonenumber-js/metadata.max.json';
import { readNumber } from '../crm/phone-number';

/** What libphonenumber's numbering plan object offers at run time (its types declare less). */
interface PlanType {
  pattern(): string;
  possibleLengths(): number[] | undefined;
}
interface Plan {
  nationalNumberPattern(): string;
  hasTypes(): boolean;
  type(name: string): PlanType | undefined;
}

/** The number types whose patterns make a number valid (libphonenumber's getNumberType order). */
const NUMBER_TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const;

const whole = (pattern: string): RegExp => new RegExp(`^(?:${pattern})$`);

/** libphonenumber's "is this national number valid in this country", with the patterns compiled once. */
function validatorOf(country: CountryCode): (nationalNumber: string) => boolean {
  const metadata = new Metadata(maxMetadata);
  metadata.selectNumberingPlan(country);
  const plan = metadata.numberingPlan as unknown as Plan;
  const general = whole(plan.nationalNumberPattern());
  if (!plan.hasTypes()) return (nn) => general.test(nn);
  const types = NUMBER_TYPES.flatMap((name) => {
    const type = plan.type(name);
    const pattern = type?.pattern();
    return type && pattern ? [{ pattern: whole(pattern), lengths: type.possibleLengths() }] : [];
  });
  return (nn) =>
    general.test(nn) &&
    types.some((t) => (t.lengths === undefined || t.lengths.includes(nn.length)) && t.pattern.test(nn));
}

/** How the numbers of one prefix read: "+" and the calling code, then the digits after `strip` characters. */
interface Reading {
  readonly head: string;
  readonly strip: number;
  readonly valid: (nationalNumber: string) => boolean;
}

/** Separators libphonenumber reads past; anything else takes the full parse. */
const SEPARATORS = /[ \-.()/]/g;
const SIMPLE = /^\+?\d{3,17}$/;
const PREFIX = 7;
const MAX_READINGS = 20_000;

/** How many keys the learnt reading gave (for the tests: proof the fast path is taken at all). */
let fastKeys = 0;
export const fastKeyCount = (): number => fastKeys;

const validators = new Map<CountryCode, (nn: string) => boolean>();
/** Per default country and prefix: the reading learnt, or null when that prefix always takes the full parse. */
const readings = new Map<string, Reading | null>();

function validatorFor(country: CountryCode): (nn: string) => boolean {
  let valid = validators.get(country);
  if (valid === undefined) {
    valid = validatorOf(country);
    validators.set(country, valid);
  }
  return valid;
}

/** Learns how numbers of this prefix read from one full parse; null when they cannot be read by prefix. */
function learn(bare: string, full: ReturnType<typeof readNumber>): Reading | null {
  if (full === null || full.country === undefined) return null;
  const { callingCode, nationalNumber } = full;
  if (full.e164 !== `+${callingCode}${nationalNumber}` || !bare.endsWith(nationalNumber)) return null;
  // Written without "+": libphonenumber may read a leading calling code as such, deciding by the
  // validity of the whole number; that choice is not the prefix's, so it gets the full parse.
  if (!bare.startsWith('+') && bare.startsWith(callingCode)) return null;
  return {
    head: `+${callingCode}`,
    strip: bare.length - nationalNumber.length,
    valid: validatorFor(full.country),
  };
}

/** The E.164 key of a number: exactly `toE164(number, country)`, faster for numbers that share a prefix. */
export function e164Key(number: string, country: CountryCode | null): string {
  const input = number.trim();
  if (input.length > 64 || input.includes('(0')) return readNumber(number, country)?.e164 ?? '';
  const bare = input.replace(SEPARATORS, '');
  if (!SIMPLE.test(bare)) return readNumber(number, country)?.e164 ?? '';
  const key = `${country ?? ''}|${bare.slice(0, PREFIX)}|${bare.length}`;
  const reading = readings.get(key);
  if (reading !== undefined && reading !== null) {
    const nationalNumber = bare.slice(reading.strip);
    if (reading.valid(nationalNumber)) {
      fastKeys += 1;
      return reading.head + nationalNumber;
    }
  }
  const full = readNumber(number, country);
  if (reading === undefined && full !== null) {
    if (readings.size >= MAX_READINGS) readings.clear();
    readings.set(key, learn(bare, full));
  }
  return full?.e164 ?? '';
}
