/**
 * "Call" links from a browser-based CRM (and the clipboard): `tel:`, `callto:` and `sip:`. A link
 * is typed by whoever wrote the web page, so only its number part is taken, and only when it is
 * written like a phone number; the dialing rules (`dialableNumber`) then decide as for any other
 * number. Nothing of the rest of the link (a host, a password in a SIP address, parameters) is
 * kept, repeated in a message or logged.
 *
 * - `tel:+1-212-555-0142;ext=7` (RFC 3966): the number before any `;` parameter.
 * - `callto:+12125550142`, `callto://+12125550142/`: the number; a Skype name or an IP address is not one.
 * - `sip:+12125550142@pbx.example;user=phone`: the user part before `@`, if it is a phone number;
 *   a SIP address without a user part names a host, which is never dialled.
 */
import { err, ok, type Problem, type Result } from '../common/result';
import type { MessageKey } from '../i18n/catalogues';
import { problemSaid } from '../i18n/english';

export const DIAL_LINK_SCHEMES = ['tel', 'callto', 'sip'] as const;
export type DialLinkScheme = (typeof DIAL_LINK_SCHEMES)[number];

/** Longest link looked at; a phone number's link is far shorter. */
export const MAX_DIAL_LINK = 512;

export type NotADialLink = Problem<'not-a-dial-link'>;

const SCHEME = /^(tel|callto|sip):/i;
/** Controls, bidi marks, isolates and overrides anywhere in a link: it is refused as a whole. */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/;
/** What a number part may hold once decoded: an optional +, digits, and the visual separators. */
const NUMBER_PART = /^\+?[0-9 ().-]+$/;
/** An IPv4 address (callto: named NetMeeting hosts that way): dots are separators in numbers. */
const IPV4 = /^[0-9]{1,3}(?:\.[0-9]{1,3}){3}$/;

/** "… Nothing was dialled.", English in `message`, the catalogue's sentence in `text`. */
const refused = (why: MessageKey): Result<never, NotADialLink> =>
  err(problemSaid('not-a-dial-link', 'dial.refused', { why: { key: why } }));

/** Whether a text starts with one of the link schemes this app dials (case-insensitive, as schemes are). */
export function isDialLink(text: string): boolean {
  return SCHEME.test(text);
}

/** The first argument that is a dial link (second-instance argv, process.argv, open-url), or null. */
export function findDialLink(args: readonly unknown[]): string | null {
  for (const arg of args) if (typeof arg === 'string' && isDialLink(arg)) return arg;
  return null;
}

/** The number part of a dial link, as written (separators kept), for `dialableNumber` to check. */
export function numberOfDialLink(link: string): Result<string, NotADialLink> {
  if (link.length > MAX_DIAL_LINK) return refused('dial.why.linkTooLong');
  const scheme = SCHEME.exec(link)?.[1]?.toLowerCase() as DialLinkScheme | undefined;
  if (scheme === undefined) return refused('dial.why.notALink');
  if (UNSAFE.test(link)) return refused('dial.why.linkUnsafe');
  let rest = link.slice(scheme.length + 1);
  // callto:// (and tel:// as some pages write it): the slashes carry nothing.
  if (rest.startsWith('//')) rest = rest.slice(2);
  // Query and fragment are never part of the number.
  rest = rest.split(/[?#]/, 1)[0] ?? '';
  if (scheme === 'sip') {
    const at = rest.indexOf('@');
    if (at < 0) return refused('dial.why.sipNoUser');
    // user[:password]@host: only the user part; a password is dropped unread.
    rest = rest.slice(0, at).split(':', 1)[0] ?? '';
  }
  // RFC 3966 parameters (;ext=, ;phone-context=, ;isub=) and tel-in-SIP user parameters.
  rest = rest.split(';', 1)[0] ?? '';
  // Windows sometimes hands a link over with a trailing slash.
  if (rest.endsWith('/')) rest = rest.slice(0, -1);
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return refused('dial.why.linkEncoding');
  }
  const number = decoded.trim();
  if (number === '') return refused('dial.why.linkEmpty');
  if (IPV4.test(number)) return refused('dial.why.linkComputer');
  if (UNSAFE.test(decoded) || !NUMBER_PART.test(number)) return refused('dial.why.linkNotNumber');
  return ok(number);
}

/**
 * The number in a text from the clipboard: a dial link's number part, else the text itself. Both
 * still go through `dialableNumber`; this only unwraps a copied link.
 */
export function numberOfText(text: string): Result<string, NotADialLink> {
  if (text.length > MAX_DIAL_LINK) return refused('dial.why.tooLong');
  const trimmed = text.trim();
  return isDialLink(trimmed) ? numberOfDialLink(trimmed) : ok(trimmed);
}
