/**
 * The report's last line of defence before anything leaves the app: every string in it is
 * scrubbed of the known secrets (common/redact.ts: plain, URL-encoded, JSON-escaped, base64, inside
 * a Basic credential) and of anything shaped like a credential whoever's it is: an Authorization
 * value (Basic, Bearer, Digest), a URL's userinfo, and a query parameter named like a secret.
 */
import { REDACTED, redactor } from '../common/redact';

const AUTH_VALUE = /\b(Basic|Bearer|Digest)(\s+|%20|\+)[A-Za-z0-9+/=._~:%-]+/gi;
const USERINFO = /\b([a-z][a-z0-9+.-]*:(?:\/\/|%2F%2F))[^\s/@?#"'<>]+@/gi;
const SECRET_PARAM =
  /([?&;](?:[^=&\s#"']*(?:pass|pwd|secret|token|key|auth|credential|session)[^=&\s#"']*)=)[^&\s#"']*/gi;

/** Credential shapes, whoever's they are. */
export function scrubCredentialShapes(text: string): string {
  return text
    .replace(AUTH_VALUE, (_all, scheme: string, gap: string) => `${scheme}${gap}${REDACTED}`)
    .replace(USERINFO, (_all, scheme: string) => `${scheme}${REDACTED}@`)
    .replace(SECRET_PARAM, (_all, name: string) => `${name}${REDACTED}`);
}

/**
 * A deep copy of `value` in which every string (keys included) has had the credential shapes and
 * the known secrets taken out. Never throws; cycles and odd values become plain text.
 */
export function scrubDeep<T>(value: T, secrets: readonly string[]): T {
  const scrub = redactor(secrets);
  const text = (s: string): string => {
    const once = scrub.text(scrubCredentialShapes(s));
    // A word-level pass can leave a shape only the whole-value rules see (a short secret as a value).
    return scrub.fields({ v: once }).v as string;
  };
  const walk = (input: unknown, seen: Set<object>): unknown => {
    if (typeof input === 'string') return text(input);
    if (typeof input === 'number' || typeof input === 'boolean' || input === null || input === undefined) {
      return input === undefined ? null : (scrub.fields({ v: input }).v as unknown);
    }
    if (typeof input !== 'object') return text(String(input));
    if (seen.has(input)) return '[circular]';
    seen.add(input);
    try {
      if (Array.isArray(input)) return input.map((item) => walk(item, seen));
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(input)) out[text(key)] = walk(item, seen);
      return out;
    } finally {
      seen.delete(input);
    }
  };
  return walk(value, new Set()) as T;
}
