import type { CountryCode } from 'libphonenumber-js/max';
import { err, ok, type Result } from '../common/result';
import { problemSaid } from '../i18n/english';
import { percentEncode } from './percent-encode';
import { countryCode } from './phone-number';
import { placeholderValues } from './placeholders';
import { validateTemplate, type ParsedTemplate } from './template';
import type { CrmProblem, CrmTemplate, LinkCall } from './types';

export interface LinkOptions {
  /** ISO 3166 alpha-2 country for reading national numbers in {e164}; '' for none. */
  readonly defaultCountry: string;
}

/** Longer links are refused: some systems' "open URL" calls truncate or fail well below browsers' limits. */
export const MAX_LINK_LENGTH = 8192;

/** '.' and '..' (also percent-encoded) are path steps to a browser, not names. */
function isDotSegment(segment: string): boolean {
  const s = segment.toLowerCase().replaceAll('%2e', '.');
  return s === '.' || s === '..';
}

function pathSegments(text: string, from: number): string[] {
  let end = text.length;
  for (const mark of ['?', '#']) {
    const at = text.indexOf(mark, from);
    if (at >= 0 && at < end) end = at;
  }
  return text.slice(from, end).split('/');
}

/**
 * Values are encoded so they cannot contain "/", "?", "#", "&" or "\"; the one thing left that
 * could change the link's shape is a value that makes a whole path segment "." or "..".
 */
function valueMadeDotSegment(template: ParsedTemplate, filled: string): boolean {
  const before = pathSegments(template.source, template.originEnd);
  const after = pathSegments(filled, template.originEnd);
  return after.some((segment, index) => isDotSegment(segment) && !isDotSegment(before[index] ?? ''));
}

function fill(template: ParsedTemplate, values: Readonly<Record<string, string>>): string {
  return template.parts
    .map((p) => (p.kind === 'text' ? p.text : percentEncode(values[p.name] ?? '')))
    .join('');
}

/**
 * Builds the link for one call. Every value is percent-encoded; the result is refused unless it
 * parses as http(s), has no user-info and keeps the template's own origin. Never throws.
 */
export function buildLink(
  template: CrmTemplate | string,
  call: LinkCall,
  options: LinkOptions,
): Result<string, CrmProblem> {
  const url = typeof template === 'string' ? template : template.url;
  const countryText =
    (typeof template === 'string' ? undefined : template.defaultCountry) || options.defaultCountry;

  const parsed = validateTemplate(url);
  if (!parsed.ok) return parsed;
  const t = parsed.value;

  let country: CountryCode | null = null;
  if (t.placeholders.includes('e164')) {
    const read = countryCode(countryText);
    if (!read.ok)
      return err(
        problemSaid('unknown-country', 'crmLink.unknownCountry', {
          country: (countryText ?? '').slice(0, 8),
        }),
      );
    country = read.value;
  }

  const filled = fill(t, placeholderValues(call, country));
  if (filled.length > MAX_LINK_LENGTH) {
    return err(
      problemSaid('link-too-long', 'crmLink.linkTooLong', {
        length: String(filled.length),
        max: String(MAX_LINK_LENGTH),
      }),
    );
  }
  if (valueMadeDotSegment(t, filled)) {
    return err(problemSaid('link-changed-shape', 'crmLink.pathStep'));
  }

  let result: URL;
  try {
    result = new URL(filled);
  } catch {
    return err(problemSaid('link-changed-shape', 'crmLink.callNotWebAddress'));
  }
  if (result.protocol !== 'http:' && result.protocol !== 'https:') {
    return err(problemSaid('link-changed-origin', 'crmLink.callNotHttp'));
  }
  if (result.username !== '' || result.password !== '' || result.origin !== t.origin) {
    return err(problemSaid('link-changed-origin', 'crmLink.callLeaves', { origin: t.origin }));
  }
  return ok(result.href);
}
