/**
 * A checked lookup template filled in for one number: the request that goes on the wire (before
 * the token is added), and the record link for an id from the answer. Pure; never throws.
 */
import { err, ok, problem, type Result } from '../common/result';
import { buildLink } from '../crm/link';
import { countryCode, toE164 } from '../crm/phone-number';
import { problemSaid } from '../i18n/english';
import {
  MAX_NUMBER_VALUE,
  type CheckedLookup,
  type CrmLookupProblem,
  type LookupPlaceholder,
} from './crm-lookup-template';

/**
 * Each placeholder becomes a JSON string, quotes and escapes included, so a value can never leave
 * its place. One pass over the template: a value that itself reads "{e164}" is not filled again.
 */
export function fillBody(body: string, values: Readonly<Record<LookupPlaceholder, string>>): string {
  return body.replace(/\{(number|e164)\}/g, (_match, name: LookupPlaceholder) =>
    JSON.stringify(values[name]),
  );
}

/** What goes on the wire for one number, before the token is added. */
export interface LookupHttpRequest {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly body: string | null;
}

/**
 * The request for one number. The URL is filled by crm/link.ts exactly as a CRM link is
 * (percent-encoded, origin kept); the body's values are JSON strings. A number that cannot be read
 * in E.164 when the template needs {e164} is not sent at all: an empty search could match anyone.
 */
export function lookupRequest(
  checked: CheckedLookup,
  raw: string,
  defaultCountry: string,
): Result<LookupHttpRequest, CrmLookupProblem> {
  // The cap crm/ puts on {number} in links, for the body too (cut on code points).
  const number = Array.from(raw).slice(0, MAX_NUMBER_VALUE).join('');
  const country = countryCode(defaultCountry);
  const e164 = toE164(number, country.ok ? country.value : null);
  if (checked.placeholders.includes('e164') && e164 === '') {
    return err(problemSaid('number-unreadable', 'lookup.numberUnreadable'));
  }
  const template = checked.template;
  const url = buildLink(
    template.url,
    { number, name: null, did: null, extension: null, username: null, callId: '', time: Number.NaN },
    { defaultCountry: country.ok ? defaultCountry : '' },
  );
  if (!url.ok) return err(problem('lookup-template-invalid', url.error.message));
  const body =
    template.method === 'POST' && template.body !== null ? fillBody(template.body, { number, e164 }) : null;
  return ok({ method: template.method, url: url.value, body });
}

/** The record link for an id from the answer, or null when it cannot be built safely. */
export function recordLinkFor(checked: CheckedLookup, id: string): string | null {
  const link = checked.template.recordLink;
  // crm/ caps a value at 64 characters; a longer id would make a link to another record.
  if (link === null || id === '' || id.length > 64) return null;
  const built = buildLink(
    link.split('{id}').join('{number}'),
    { number: id, name: null, did: null, extension: null, username: null, callId: '', time: Number.NaN },
    { defaultCountry: '' },
  );
  return built.ok ? built.value : null;
}
