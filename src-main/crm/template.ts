import { err, ok, problem, type Result } from '../common/result';
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

/** A word between braces: letters, digits and underscores only, so a scan stays simple and bounded. */
const WORD = /^[A-Za-z0-9_]{1,32}$/;

function describeCharacter(code: number): string | null {
  if (code === 0x20) return 'a space (write %20 instead)';
  if (code === 0x5c) return 'a backslash (browsers read it as "/"; write / or %5C)';
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f)) {
    return `an invisible control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
  }
  // Bidi controls make the shown text differ from what is opened.
  if (
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  ) {
    return `an invisible text-direction character (U+${code.toString(16).toUpperCase()})`;
  }
  return null;
}

function refuse(
  code: CrmProblem['code'],
  message: string,
): { readonly ok: false; readonly error: CrmProblem } {
  return err(problem(code, message));
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
      return refuse(
        'template-stray-brace',
        `The template has a "}" at position ${i + 1} with no "{" before it; write %7D for a literal brace.`,
      );
    }
    if (ch !== '{') {
      i += 1;
      continue;
    }
    const close = source.indexOf('}', i + 1);
    const nextOpen = source.indexOf('{', i + 1);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      return refuse(
        'template-stray-brace',
        `The template has a "{" at position ${i + 1} that is not closed by "}"; write %7B for a literal brace.`,
      );
    }
    const word = source.slice(i + 1, close);
    if (!WORD.test(word) || !isPlaceholderName(word)) {
      const shown = word.length > 32 ? word.slice(0, 32) + '…' : word;
      return refuse(
        'unknown-placeholder',
        `The template uses {${shown}}, which is not a placeholder; use one of ${PLACEHOLDER_LIST}.`,
      );
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

/** Checks a template and reads it into parts. Never throws. */
export function validateTemplate(url: string): Result<ParsedTemplate, CrmProblem> {
  const source = url.trim();
  if (source === '')
    return refuse(
      'template-empty',
      'The link template is empty; enter an address such as https://crm.example/search?q={e164}.',
    );
  if (source.length > MAX_TEMPLATE_LENGTH) {
    return refuse(
      'template-too-long',
      `The link template is ${source.length} characters long; shorten it to at most ${MAX_TEMPLATE_LENGTH}.`,
    );
  }
  for (let i = 0; i < source.length; i += 1) {
    const what = describeCharacter(source.charCodeAt(i));
    if (what !== null)
      return refuse(
        'template-bad-character',
        `The link template contains ${what} at position ${i + 1}; remove it.`,
      );
  }

  const scanned = scanParts(source);
  if (!scanned.ok) return scanned;
  const { parts, tokens } = scanned.value;

  const separator = source.indexOf('://');
  const schemeEnd = separator >= 0 ? separator : source.indexOf(':');
  const inScheme = tokens.find((t) => schemeEnd >= 0 && t.start < schemeEnd);
  if (inScheme || (schemeEnd < 0 && tokens[0]?.start === 0)) {
    const name = (inScheme ?? tokens[0])?.name ?? '';
    return refuse(
      'placeholder-in-origin',
      `The placeholder {${name}} is in the scheme; placeholders may appear only in the path, query or fragment (after the host).`,
    );
  }
  const scheme = separator >= 0 ? source.slice(0, separator).toLowerCase() : '';
  if (scheme !== 'http' && scheme !== 'https') {
    const start =
      separator === 0
        ? '"//" with no scheme'
        : schemeEnd > 0
          ? `"${source.slice(0, Math.min(schemeEnd, 20))}:"`
          : 'no scheme';
    return refuse(
      'not-http',
      `A link template must start with https:// (or http://); this one starts with ${start}.`,
    );
  }

  const authorityStart = separator + 3;
  const originEnd = firstOf(source, '/?#', authorityStart);
  const inAuthority = tokens.find((t) => t.start < originEnd);
  if (inAuthority) {
    return refuse(
      'placeholder-in-origin',
      `The placeholder {${inAuthority.name}} is in the host, port or user-name part; placeholders may appear only in the path, query or fragment (after the host).`,
    );
  }
  const authority = source.slice(authorityStart, originEnd);
  if (authority === '')
    return refuse('no-host', 'The link template has no host after "//"; write it as https://crm.example/….');
  if (authority.includes('@')) {
    return refuse(
      'user-info',
      `The link template has "@" before the host ("${authority.slice(0, 60)}"), so a browser would open the part after "@"; remove the user name and "@".`,
    );
  }

  // The template's own origin, read the way a browser reads it (lower case, IDN to punycode, default port dropped).
  let parsed: URL;
  try {
    parsed = new URL(parts.map((p) => (p.kind === 'text' ? p.text : '')).join(''));
  } catch {
    return refuse(
      'template-unparseable',
      'The link template is not a valid web address; check the host name and port.',
    );
  }
  if (
    (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') ||
    parsed.hostname === '' ||
    parsed.origin === 'null'
  ) {
    return refuse(
      'template-unparseable',
      'The link template is not a valid http or https address; check the host name.',
    );
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return refuse('user-info', 'The link template carries a user name or password; remove it and the "@".');
  }

  const placeholders = [...new Set(tokens.map((t) => t.name))];
  return ok({ source, origin: parsed.origin, parts, placeholders, originEnd });
}
