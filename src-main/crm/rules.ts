import type { CountryCode } from 'libphonenumber-js/max';
import { globMatch } from './glob';
import { countryCode, toE164 } from './phone-number';
import { validateTemplate } from './template';
import type { CrmRules, CrmTemplate, RuleCall } from './types';

/**
 * Which templates apply to a call. A template applies when all of its given rules hold; the first
 * that applies (in the user's order) is the default, the others that apply are alternatives.
 * Templates whose rules do not hold are not offered at all: a rule is the user saying "not for
 * these calls" (an internal caller has no record in the customer CRM). Templates whose address
 * does not validate are skipped too, so the default is always one that can be built.
 */
export interface TemplateChoice {
  readonly default: CrmTemplate | null;
  readonly alternatives: CrmTemplate[];
}

export interface RuleOptions {
  /** Country for reading national numbers, so "+44*" also matches "020 7946 0018" and DIDs compare in E.164. */
  readonly defaultCountry?: string;
}

/** Visual separators people and PBXes put into numbers; removed before comparing. */
function compact(number: string): string {
  return number.replace(/[\s\-.()/]/g, '');
}

export function readCountry(country: string | undefined): CountryCode | null {
  const read = countryCode(country ?? '');
  return read.ok ? read.value : null;
}

function sameNumber(a: string, b: string, country: CountryCode | null): boolean {
  if (compact(a) === compact(b)) return true;
  const ea = toE164(a, country);
  return ea !== '' && ea === toE164(b, country);
}

function numberMatches(pattern: string, number: string, country: CountryCode | null): boolean {
  const p = pattern.toLowerCase();
  const forms = new Set([number, compact(number), toE164(number, country)]);
  for (const form of forms) if (form !== '' && globMatch(p, form.toLowerCase())) return true;
  return false;
}

/**
 * Whether one template's rules hold for a call. An absent or empty condition holds for every call
 * (an empty DID list is "no DID condition", not "no DID allowed").
 */
export function rulesMatch(rules: CrmRules, call: RuleCall, options: RuleOptions = {}): boolean {
  const country = readCountry(options.defaultCountry);
  if (rules.caller === 'internal' && !call.internal) return false;
  if (rules.caller === 'external' && call.internal) return false;
  if (rules.dids !== undefined && rules.dids.length > 0) {
    const did = call.did;
    if (did === null || !rules.dids.some((wanted) => sameNumber(wanted, did, country))) return false;
  }
  const pattern = rules.numberPattern?.trim() ?? '';
  if (pattern !== '') {
    if (call.number === null || !numberMatches(pattern, call.number, country)) return false;
  }
  return true;
}

export function chooseTemplates(
  templates: readonly CrmTemplate[],
  call: RuleCall,
  options: RuleOptions = {},
): TemplateChoice {
  const matching = templates.filter(
    (t) =>
      validateTemplate(t.url).ok &&
      rulesMatch(t.rules, call, { defaultCountry: t.defaultCountry || options.defaultCountry }),
  );
  const [first, ...rest] = matching;
  return { default: first ?? null, alternatives: rest };
}
