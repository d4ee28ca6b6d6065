/**
 * Reading a CRM's JSON answer: the texts at the template's paths (capped like caller ID, since a
 * CRM record is typed by whoever filled it in), and the record's address, kept only when it passes
 * the same safe-URL policy as CRM links: http(s), no user name, and an origin that is the lookup's
 * own or one the user allowed. Pure; never throws.
 */
import type { CrmAnswer } from './lookup-chain';
import { capText } from './contact-text';
import { recordLinkFor } from './crm-lookup-request';
import type { CheckedLookup } from './crm-lookup-template';

/** Longest record address kept (crm/ refuses templates over 2048 characters too). */
export const MAX_RECORD_URL_LENGTH = 2048;
/** Longest record id used in a record link. */
export const MAX_RECORD_ID_LENGTH = 64;

/**
 * The value at a path, as text: a string or a number; anything else (an object, a list, null) is
 * no text. Only own properties are read, so "__proto__" or "constructor" find nothing.
 */
export function textAt(root: unknown, path: readonly string[]): string | null {
  let here: unknown = root;
  for (const segment of path) {
    if (Array.isArray(here)) {
      if (!/^[0-9]{1,9}$/.test(segment)) return null;
      here = here[Number(segment)];
    } else if (here !== null && typeof here === 'object' && Object.hasOwn(here, segment)) {
      here = (here as Record<string, unknown>)[segment];
    } else {
      return null;
    }
  }
  if (typeof here === 'string') return here;
  if (typeof here === 'number' && Number.isFinite(here)) return String(here);
  return null;
}

// Controls, bidi controls, white space and backslashes make an address that reads differently from where it goes.
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const UNSAFE_IN_URL = /[\u0000-\u0020\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\\]/;

/**
 * A record address from the answer, or null when it is not safe to offer as "Open contact". A
 * relative address is read against the lookup's own origin (so "//elsewhere" still leaves it and is refused).
 */
export function safeRecordUrl(raw: string, checked: CheckedLookup): string | null {
  const text = raw.trim();
  if (text === '' || text.length > MAX_RECORD_URL_LENGTH || UNSAFE_IN_URL.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text, checked.origin);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '') return null;
  if (!checked.recordOrigins.has(url.origin)) return null;
  return url.href;
}

function recordUrlOf(json: unknown, checked: CheckedLookup): string | null {
  if (checked.recordUrlPath !== null) {
    const raw = textAt(json, checked.recordUrlPath);
    const safe = raw === null ? null : safeRecordUrl(raw, checked);
    if (safe !== null) return safe;
  }
  if (checked.idPath !== null) {
    const id = textAt(json, checked.idPath)?.trim() ?? '';
    if (id !== '' && id.length <= MAX_RECORD_ID_LENGTH) return recordLinkFor(checked, id);
  }
  return null;
}

/** What the answer says about the caller: found (with at least a name or a company) or none. */
export function readCrmAnswer(json: unknown, checked: CheckedLookup): CrmAnswer {
  const parts = checked.namePaths
    .map((path) => capText(textAt(json, path)))
    .filter((part): part is string => part !== null);
  const name = capText(parts.join(' '));
  const company = checked.companyPath === null ? null : capText(textAt(json, checked.companyPath));
  if (name === null && company === null) return { kind: 'none' };
  return { kind: 'found', name, company, recordUrl: recordUrlOf(json, checked) };
}
