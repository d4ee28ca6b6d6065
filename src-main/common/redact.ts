/**
 * Taking known secrets out of what is logged, on the structured data, never by editing serialised
 * text. A field value that shows a secret is replaced whole; in a message, only the words (runs
 * without white space) that show it.
 *
 * What "shows" means depends on the secret's length:
 * - A secret of SUBSTRING_MIN_LENGTH characters or more shows wherever it occurs: plain,
 *   URL-encoded, JSON-escaped, base64 / base64url, or inside base64 such as a Basic header's
 *   `user:secret`. So long a run of characters does not occur by accident.
 * - A shorter secret (`demo`, `true`, `1`) shows only where it stands as a value: a field equal to
 *   it (whatever the field's type, so the boolean `true` too), a field in which it stands as a
 *   whole token, in a message after `=`, `:`, `@`, `/`, `?`, `&`, `#`, `;`, a quote or a bracket
 *   (`password=demo`, `ws://manager:demo@host`, `{"password":"demo"}`), a Basic credential whose
 *   password it is, or a word equal to one of its encoded forms. A bare word of a message equal to
 *   it is left alone: messages are written by the code, which never puts a secret in one, and
 *   "demo server listening" must not read "[redacted] server listening" because the password is
 *   `demo`.
 */

export const REDACTED = '[redacted]';
export const SUBSTRING_MIN_LENGTH = 8;

/** Nesting deeper than this is cut off in logged fields (data nobody wants in a log line). */
const MAX_DEPTH = 12;
/** What may stand right before a value (white space too, in a field). */
const OPENS = '=:@/?&#;"\'`({[<,';
/** What may stand right after a value. */
const CLOSES = '=:@/?&#;"\'`)}]>,.!';
const BASE64_RUN = /[A-Za-z0-9+/_-]{4,}={0,2}/g;

type Span = readonly [start: number, end: number];

interface Known {
  readonly secret: string;
  readonly long: boolean;
  /** The secret as it may appear in text; the plain form first. */
  readonly forms: readonly string[];
}

function know(secret: string): Known {
  const encoded = encodeURIComponent(secret);
  const b64 = Buffer.from(secret, 'utf8').toString('base64');
  const forms = [
    secret,
    encoded,
    encoded.replace(/%20/g, '+'),
    JSON.stringify(secret).slice(1, -1),
    b64,
    b64.replace(/=+$/, ''),
    Buffer.from(secret, 'utf8').toString('base64url'),
  ];
  return { secret, long: secret.length >= SUBSTRING_MIN_LENGTH, forms: [...new Set(forms)] };
}

/** The text percent-decoded, read with `+` as itself and as a space (forms and URLs differ). */
function decodingsOf(text: string): string[] {
  const out: string[] = [];
  for (const candidate of [text, text.replace(/\+/g, ' ')]) {
    try {
      out.push(decodeURIComponent(candidate));
    } catch {
      // Not valid percent-encoding: nothing to decode.
    }
  }
  return out;
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/**
 * Where `text` shows the secret, as spans. `inField`: the text is a whole field value, so its
 * start, its end and white space count as a value's edges too.
 */
function spansOf(text: string, k: Known, inField: boolean): Span[] {
  const spans: Span[] = [];
  k.forms.forEach((form, index) => {
    const plain = index === 0;
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      const before = at === 0 ? undefined : text[at - 1];
      const after = end === text.length ? undefined : text[end];
      // An encoded form is no ordinary word, so white space (or the start) may stand before it.
      const looseStart = inField || !plain;
      const opens =
        before === undefined ? looseStart : OPENS.includes(before) || (looseStart && isSpace(before));
      const closes = after === undefined || CLOSES.includes(after) || isSpace(after);
      if (k.long || (opens && closes)) spans.push([at, end]);
    }
  });
  // Base64 runs, decoded: a Basic credential `user:secret`, or the secret itself.
  for (const match of text.matchAll(BASE64_RUN)) {
    const decoded = Buffer.from(match[0].replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const shows = k.long
      ? decoded.includes(k.secret)
      : decoded === k.secret || (colon >= 0 && decoded.slice(colon + 1) === k.secret);
    if (shows) spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

/** The words of `text` (runs without white space), as spans. */
function wordsOf(text: string): Span[] {
  return [...text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
}

function fieldShows(text: string, known: readonly Known[]): boolean {
  return known.some(
    (k) =>
      text === k.secret ||
      spansOf(text, k, true).length > 0 ||
      // Percent-encoding with other choices than ours (lower-case hex, encodeURI).
      (text.includes('%') && decodingsOf(text).some((decoded) => spansOf(decoded, k, true).length > 0)),
  );
}

function redactMessage(message: string, known: readonly Known[]): string {
  const spans = known.flatMap((k) => spansOf(message, k, false));
  const words = wordsOf(message);
  // A word whose percent-decoding shows the secret.
  for (const [start, end] of words) {
    const word = message.slice(start, end);
    const decoded = word.includes('%') ? decodingsOf(word) : [];
    if (known.some((k) => decoded.some((d) => spansOf(d, k, false).length > 0))) {
      spans.push([start, end]);
    }
  }
  if (spans.length === 0) return message;
  // Widen each span to the words it touches, merge, and replace each run by one marker.
  const widened = spans
    .map(([start, end]): Span => {
      const first = words.find(([, wordEnd]) => wordEnd > start);
      const last = [...words].reverse().find(([wordStart]) => wordStart < end);
      return [Math.min(start, first?.[0] ?? start), Math.max(end, last?.[1] ?? end)];
    })
    .sort((a, b) => a[0] - b[0]);
  let out = '';
  let cursor = 0;
  for (const [start, end] of widened) {
    if (end <= cursor) continue;
    if (start >= cursor) out += message.slice(cursor, start) + REDACTED;
    cursor = end;
  }
  return out + message.slice(cursor);
}

export interface Redactor {
  /** The message with every word that shows a secret replaced by [redacted]. */
  text(message: string): string;
  /** A copy of the fields fit to serialise, with every value that shows a secret replaced whole. */
  fields(fields: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

export function redactor(secrets: readonly string[]): Redactor {
  const known = secrets.filter((s) => s.length > 0).map(know);

  const value = (input: unknown, depth: number, seen: Set<object>): unknown => {
    if (typeof input === 'string') return fieldShows(input, known) ? REDACTED : input;
    if (typeof input === 'number' || typeof input === 'boolean' || typeof input === 'bigint') {
      const asText = String(input);
      if (fieldShows(asText, known)) return REDACTED;
      return typeof input === 'bigint' ? asText : input;
    }
    if (input === null || typeof input !== 'object') return input;
    // A URL, a Date, a Buffer: take what JSON.stringify would, then look at that.
    const toJson = (input as { toJSON?: unknown }).toJSON;
    if (typeof toJson === 'function') return value((toJson as () => unknown).call(input), depth, seen);
    if (seen.has(input)) return '[circular]';
    if (depth >= MAX_DEPTH) return '[too deep]';
    seen.add(input);
    try {
      if (Array.isArray(input)) return input.map((item) => value(item, depth + 1, seen));
      if (input instanceof Error) return value({ name: input.name, message: input.message }, depth + 1, seen);
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(input)) out[key] = value(item, depth + 1, seen);
      return out;
    } finally {
      seen.delete(input);
    }
  };

  return {
    text: (message) => (known.length === 0 ? message : redactMessage(message, known)),
    fields: (fields) => value(fields, 0, new Set()) as Record<string, unknown>,
  };
}
