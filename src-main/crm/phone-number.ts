import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { err, ok, type Result } from '../common/result';

/**
 * The country for reading national numbers, or null when there is none. '' means "no default":
 * then only numbers written internationally (+44…, 0044…) can be normalised.
 */
export function countryCode(country: string): Result<CountryCode | null, string> {
  const upper = country.trim().toUpperCase();
  if (upper === '') return ok(null);
  return isSupportedCountry(upper)
    ? ok(upper)
    : err(`"${country.slice(0, 8)}" is not an ISO 3166 country code known for phone numbers`);
}

/** Longest input worth handing to the parser; libphonenumber itself gives up well before this. */
const MAX_NUMBER_INPUT = 64;

/** A number libphonenumber read as valid: its E.164 form and the parts it was read into. */
export interface ReadNumber {
  readonly e164: string;
  /** The exact country the number belongs to (undefined for non-geographic numbers such as +800). */
  readonly country: CountryCode | undefined;
  readonly callingCode: string;
  readonly nationalNumber: string;
}

/**
 * The number read with libphonenumber's full metadata, or null when it is not a valid number of a
 * known plan (unallocated ranges included). `toE164` is this, so anything keyed on either agrees.
 */
export function readNumber(number: string | null, country: CountryCode | null): ReadNumber | null {
  if (number === null) return null;
  const input = number.trim();
  if (input === '' || input.length > MAX_NUMBER_INPUT) return null;
  try {
    const parsed = parsePhoneNumberFromString(input, country === null ? {} : { defaultCountry: country });
    if (parsed === undefined || !parsed.isValid()) return null;
    return {
      e164: parsed.number,
      country: parsed.country,
      callingCode: parsed.countryCallingCode,
      nationalNumber: parsed.nationalNumber,
    };
  } catch {
    // The library is not documented to throw here; caller input must never escape as an exception.
    return null;
  }
}

/**
 * The number in E.164 (`+442079460018`), or '' when it cannot be read as a valid number of a known
 * plan. Validity follows libphonenumber's full metadata, so unallocated ranges come out empty.
 */
export function toE164(number: string | null, country: CountryCode | null): string {
  return readNumber(number, country)?.e164 ?? '';
}
