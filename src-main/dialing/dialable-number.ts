/**
 * What may be dialled. Numbers come from caller IDs (typed by strangers), the clipboard, links and
 * the command line, so only a phone number ever passes: visual separators are dropped, and what
 * remains must be a short internal number (an extension) or a number valid under the E.164 rules of
 * `crm/` (with the settings' default country for national numbers). Anything else is refused with a
 * sentence, and nothing is dialled.
 */
import { err, ok, type Problem, type Result } from '../common/result';
import { countryCode, toE164 } from '../crm/phone-number';
import type { MessageKey } from '../i18n/catalogues';
import { problemSaid } from '../i18n/english';

export interface DialableNumber {
  /** What the PBX dials: the outside-line prefix (outside numbers only), then the digits as given. */
  readonly dial: string;
  /** The `tel:` link for the operating system: E.164 when the number has one, else the digits. */
  readonly tel: string;
  /** The number as the app shows it in notices: E.164, or the extension. */
  readonly shown: string;
  readonly internal: boolean;
}

export interface DialRules {
  /** Two capital letters, or '' for none (then only international numbers are outside numbers). */
  readonly defaultCountry: string;
  /** Digits dialled before an outside number ('' for none). */
  readonly outsideLinePrefix: string;
}

export type NotDialable = Problem<'not-a-number'>;

/** Longest input looked at (longer is not a phone number). */
export const MAX_DIAL_INPUT = 64;
/** Extensions are 2 to 6 digits; longer digit runs must be valid outside numbers. */
const INTERNAL = /^[0-9]{2,6}$/;
/** Spaces (also no-break and thin), hyphens, dots, slashes and brackets people write numbers with. */
const SEPARATORS = /[\s\u00a0\u2009\u202f.\-/()]/g;
const DIGITS = /^\+?[0-9]{3,20}$/;

/** "… Nothing was dialled.", English in `message`, the catalogue's sentence in `text`. */
const refused = (why: MessageKey, values?: Readonly<Record<string, string>>): Result<never, NotDialable> =>
  err(problemSaid('not-a-number', 'dial.refused', { why: values ? { key: why, values } : { key: why } }));

export function dialableNumber(raw: string | null, rules: DialRules): Result<DialableNumber, NotDialable> {
  if (raw === null || raw.trim() === '') return refused('dial.why.noNumber');
  if (raw.length > MAX_DIAL_INPUT) return refused('dial.why.tooLong');
  // "00" is the international prefix in most of the world; the PBX gets it as written.
  const cleaned = raw.trim().replace(SEPARATORS, '');
  if (INTERNAL.test(cleaned)) {
    return ok({ dial: cleaned, tel: cleaned, shown: cleaned, internal: true });
  }
  if (!DIGITS.test(cleaned)) return refused('dial.why.notDigits');
  const country = countryCode(rules.defaultCountry);
  const e164 = toE164(cleaned, country.ok ? country.value : null);
  if (e164 === '') return refused('dial.why.invalid', { number: cleaned });
  if (!/^[0-9]{0,4}$/.test(rules.outsideLinePrefix)) return refused('dial.why.prefixNotDigits');
  return ok({ dial: `${rules.outsideLinePrefix}${cleaned}`, tel: e164, shown: e164, internal: false });
}
