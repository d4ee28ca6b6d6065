import ICAL from 'ical.js';
import { err, ok, type Result } from '../common/result';
import { problemSaid } from '../i18n/english';
import { contactOf } from './contact-text';
import { MAX_CONTACTS } from './limits';
import type { Contact, ImportedPhonebook, ImportProblem } from './types';

/**
 * vCard 3.0 and 4.0 (RFC 2426, RFC 6350) through ical.js, which reads both into jCard (RFC 7095):
 * `["vcard", [[name, params, type, value…], …], []]`. Only FN (or N), ORG and TEL are taken.
 */
type JCardProperty = readonly unknown[];

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  // Structured values (N, ORG) come as arrays of strings or of arrays of strings.
  if (Array.isArray(value))
    return value
      .map(text)
      .filter((part) => part !== '')
      .join(' ');
  return '';
}

function values(property: JCardProperty): unknown[] {
  return property.slice(3);
}

function first(properties: readonly JCardProperty[], name: string): JCardProperty | undefined {
  return properties.find((p) => p[0] === name);
}

/** A TEL as a number: vCard 4.0 writes it as a `tel:` URI, possibly with parameters (";ext=12"). */
export function telNumber(value: unknown): string {
  const raw = text(value).trim();
  if (!/^tel:/i.test(raw)) return raw;
  return raw.slice(4).split(';')[0] ?? '';
}

function contactFrom(card: unknown): Contact | null {
  if (!Array.isArray(card) || card[0] !== 'vcard' || !Array.isArray(card[1])) return null;
  const properties = (card[1] as unknown[]).filter((p): p is JCardProperty => Array.isArray(p));
  const fn = first(properties, 'fn');
  const n = first(properties, 'n');
  let name = fn === undefined ? '' : text(values(fn)[0]);
  if (name.trim() === '' && n !== undefined) {
    // N is family;given;additional;prefix;suffix: shown as "given family".
    const parts = values(n)[0];
    const list = Array.isArray(parts) ? parts.map(text) : [text(parts)];
    name = [list[3], list[1], list[2], list[0], list[4]].filter((p) => p !== undefined && p !== '').join(' ');
  }
  const org = first(properties, 'org');
  // ORG is organisation;unit;unit: the organisation is the company.
  const orgValue = org === undefined ? undefined : values(org)[0];
  const company = Array.isArray(orgValue) ? text(orgValue[0]) : text(orgValue);
  const numbers = properties.filter((p) => p[0] === 'tel').flatMap((p) => values(p).map(telNumber));
  return contactOf(name, company, numbers);
}

/** The contacts of a vCard file (one or many cards). */
export function importVcard(input: string): Result<ImportedPhonebook, ImportProblem> {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(input.replace(/^\uFEFF/, ''));
  } catch {
    // ical.js's messages quote the offending line, which is file content: ours names no content.
    return err(problemSaid('vcard-unreadable', 'phonebookFile.notVcard'));
  }
  // One card parses to a jCard, several to a list of them.
  const cards: unknown[] = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed];
  if (cards.length > MAX_CONTACTS) {
    return err(problemSaid('too-many-contacts', 'phonebookFile.tooManyCards', { max: MAX_CONTACTS }));
  }
  const contacts: Contact[] = [];
  let skipped = 0;
  for (const card of cards) {
    const contact = contactFrom(card);
    if (contact === null) skipped += 1;
    else contacts.push(contact);
  }
  return ok({ format: 'vcard', contacts, skipped });
}
