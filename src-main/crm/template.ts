import { err, ok, type Result } from '../common/result';
import type { MessageKey } from '../i18n/catalogues';
import { problemSaid } from '../i18n/english';
import type { MessageRef, MessageRefValue } from '../i18n/message-ref';
import { isPlaceholderName, PLACEHOLDERS, type PlaceholderName } from './placeholders';
import type { CrmProblem } from './types';

/**
 * Reading and checking a link template such as `https://crm.example/search?q={e164}`.
 * The safety rule: the scheme, host, port and user-info are literal text of the template, so a
 * caller's value can only ever land in the path, query or fragment — and there it is encoded.
 */

export type TemplatePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'placeholder'; readonly name: PlaceholderName };

export interface ParsedTemplate {
  /** The template as checked (surrounding whitespace removed). */
  readonly source: string;
  /** The parsed origin every link from this template must keep, e.g. `https://crm.example`. */
  readonly origin: string;
  readonly parts: readonly TemplatePart[];
  /** Each placeholder used, once, in order of first use. */
  readonly placeholders: readonly PlaceholderName[];
  /** Index in `source` where the path, query or fragment begins (the end of the origin part). */
  readonly originEnd: number;
}

export const MAX_TEMPLATE_LENGTH = 2048;

const PLACEHOLDER_LIST = PLACEHOLDERS.map((name) => `{${name}}`).join(', ');

/**
 * Which template is read, for the sentences that name it: the CRM link template, or the caller
 * lookup's address or record link (the lookup's keys), which are read by the same rules.
 */
export type TemplateField = 'link' | 'url' | 'recordLink';

/** A word between braces: letters, digits and underscores only, so a scan stays simple and bounded. */
const WORD = /^[A-Za-z0-9_]{1,32}$/;

/** What a character the template may not hold is, as a phrase of the catalogue (`crmLink.char.*`). */
function describeCharacter(code: number): MessageRef | null {
  if (code === 0x20) return { key: 'crmLink.char.space' };
  if (code === 0x5c) return { key: 'crmLink.char.backslash' };
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f)) {
    const hex = code.toString(16).toUpperCase().padStart(4, '0');
    return { key: 'crmLink.char.control', values: { code: `U+${hex}` } };
  }
  // Bidi controls make the shown text differ from what is opened.
  if (
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  ) {
    return { key: 'crmLink.char.direction', values: { code: `U+${code.toString(16).toUpperCase()}` } };
  }
  return null;
}

/** A refusal said by the catalogue: English in `message` (the CLI, logs), `text` for the windows. */
function refuse(
  code: CrmProblem['code'],
  key: MessageKey,
  values?: Readonly<Record<string, MessageRefValue>>,
): { readonly ok: false; readonly error: CrmProblem } {
  return err(problemSaid(code, key, values));
}

interface Token {
  readonly name: PlaceholderName;
  readonly start: number;
}

function scanParts(source: string): Result<{ parts: TemplatePart[]; tokens: Token[] }, CrmProblem> {
  const parts: TemplatePart[] = [];
  const tokens: Token[] = [];
  let textStart = 0;
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '}') {
      return refuse('template-stray-brace', 'crmLink.closeBrace', { position: String(i + 1) });
    }
    if (ch !== '{') {
      i += 1;
      continue;
    }
    const close = source.indexOf('}', i + 1);
    const nextOpen = source.indexOf('{', i + 1);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      return refuse('template-stray-brace', 'crmLink.openBrace', { position: String(i + 1) });
    }
    const word = source.slice(i + 1, close);
    if (!WORD.test(word) || !isPlaceholderName(word)) {
      const shown = word.length > 32 ? word.slice(0, 32) + '…' : word;
      return refuse('unknown-placeholder', 'crmLink.unknownPlaceholder', {
        placeholder: `{${shown}}`,
        placeholders: PLACEHOLDER_LIST,
      });
    }
    if (i > textStart) parts.push({ kind: 'text', text: source.slice(textStart, i) });
    parts.push({ kind: 'placeholder', name: word });
    tokens.push({ name: word, start: i });
    i = close + 1;
    textStart = i;
  }
  if (textStart < source.length) parts.push({ kind: 'text', text: source.slice(textStart) });
  return ok({ parts, tokens });
}

function firstOf(source: string, chars: string, from: number): number {
  for (let i = from; i < source.length; i += 1) if (chars.includes(source[i] ?? '')) return i;
  return source.length;
}

/** Checks a template and reads it into parts; `field` names it in a refusal. Never throws. */
export function validateTemplate(
  url: string,
  field: TemplateField = 'link',
): Result<ParsedTemplate, CrmProblem> {
  const source = url.trim();
  if (source === '') return refuse('template-empty', 'crmLink.empty', { field });
  if (source.length > MAX_TEMPLATE_LENGTH) {
    return refuse('template-too-long', 'crmLink.tooLong', {
      field,
      length: String(source.length),
      max: String(MAX_TEMPLATE_LENGTH),
    });
  }
  for (let i = 0; i < source.length; i += 1) {
    const what = describeCharacter(source.charCodeAt(i));
    if (what !== null)
      return refuse('template-bad-character', 'crmLink.badCharacter', {
        field,
        what,
        position: String(i + 1),
      });
  }

  const scanned = scanParts(source);
  if (!scanned.ok) return scanned;
  const { parts, tokens } = scanned.value;

  const separator = source.indexOf('://');
  const schemeEnd = separator >= 0 ? separator : source.indexOf(':');
  const inScheme = tokens.find((t) => schemeEnd >= 0 && t.start < schemeEnd);
  if (inScheme || (schemeEnd < 0 && tokens[0]?.start === 0)) {
    const name = (inScheme ?? tokens[0])?.name ?? '';
    return refuse('placeholder-in-origin', 'crmLink.placeholderInScheme', { placeholder: `{${name}}` });
  }
  const scheme = separator >= 0 ? source.slice(0, separator).toLowerCase() : '';
  if (scheme !== 'http' && scheme !== 'https') {
    const start: MessageRef =
      separator === 0
        ? { key: 'crmLink.start.slashes' }
        : schemeEnd > 0
          ? {
              key: 'crmLink.start.scheme',
              values: { scheme: `${source.slice(0, Math.min(schemeEnd, 20))}:` },
            }
          : { key: 'crmLink.start.none' };
    return refuse('not-http', 'crmLink.notHttp', { field, start });
  }

  const authorityStart = separator + 3;
  const originEnd = firstOf(source, '/?#', authorityStart);
  const inAuthority = tokens.find((t) => t.start < originEnd);
  if (inAuthority) {
    return refuse('placeholder-in-origin', 'crmLink.placeholderInHost', {
      placeholder: `{${inAuthority.name}}`,
    });
  }
  const authority = source.slice(authorityStart, originEnd);
  if (authority === '') return refuse('no-host', 'crmLink.noHost', { field });
  if (authority.includes('@')) {
    return refuse('user-info', 'crmLink.atBeforeHost', { field, authority: authority.slice(0, 60) });
  }

  // The template's own origin, read the way a browser reads it (lower case, IDN to punycode, default port dropped).
  let parsed: URL;
  try {
    parsed = new URL(parts.map((p) => (p.kind === 'text' ? p.text : '')).join(''));
  } catch {
    return refuse('template-unparseable', 'crmLink.unparseable', { field });
  }
  if (
    (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') ||
    parsed.hostname === '' ||
    parsed.origin === 'null'
  ) {
    return refuse('template-unparseable', 'crmLink.notWebAddress', { field });
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return refuse('user-info', 'crmLink.userInfo', { field });
  }

  const placeholders = [...new Set(tokens.map((t) => t.name))];
  return ok({ source, origin: parsed.origin, parts, placeholders, originEnd });
}
