/**
 * Caller-ID strings are typed by whoever places the call. Before a screen, a notification or the
 * tray shows one, it is made display-safe here: terminal escape sequences, control characters and
 * bidi overrides removed (they can reorder what the user reads, e.g. make "evil.exe" look like
 * "exe.live"), invisible letters and zero-width characters removed (a name of Hangul fillers would
 * show as a blank card), lone surrogates replaced, runs of white space folded, and the length capped
 * on grapheme boundaries with an ellipsis. The result is still untrusted text: it is rendered as
 * text only, never as markup.
 *
 * Numbers are never "cleaned" into a different number: one holding anything but digits, `+`, `*`,
 * `#`, spaces and the usual separators is shown with `NUMBER_MARK` in front, in the order its
 * characters came, and every surface lays numbers out left to right in their own isolate.
 */

// Terminal escapes as whole sequences (so no "[31m" is left behind): OSC (ESC ] or U+009D, up to
// BEL or ST) and CSI (ESC [ or U+009B, parameters, one final byte), then any other ESC pair.
const TERMINAL_ESCAPE =
  // eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
  /(?:\u001B\]|\u009D)[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?|\u001B[\u0020-\u007E]?/g;
// C0 and C1 controls, DEL; bidi embeddings, overrides and isolates; the invisible bidi marks;
// line and paragraph separators; the byte-order mark.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const WHITE_SPACE = /[\s\u2028\u2029]+/g;
/** Characters that draw nothing: the Unicode set, plus the braille blank (a symbol that looks like a space). */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\u2800]/gu;
/** Joiners and selectors that shape emoji and some scripts: kept inside such a grapheme only. */
function isShaping(char: string): boolean {
  const c = char.codePointAt(0) ?? 0;
  return (
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0xfe00 && c <= 0xfe0f) ||
    (c >= 0xe0020 && c <= 0xe007f) ||
    (c >= 0xe0100 && c <= 0xe01ef)
  );
}
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;
const NEEDS_JOINERS = /^[\p{L}\p{M}]/u;
const LATIN = /^\p{Script=Latin}/u;
/** What a number may hold and still be shown without a mark. */
const PLAIN_NUMBER = /^[0-9+*#\s\-.()/]+$/;

export const DISPLAY_NAME_MAX = 80;
export const DISPLAY_NUMBER_MAX = 40;
/** In front of a number that holds more than digits and separators: look twice before dialling it. */
export const NUMBER_MARK = '⚠ ';

let segmenter: Intl.Segmenter | undefined;
function graphemes(text: string): string[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Drops invisible characters, except joiners and selectors inside an emoji or a non-Latin letter. */
function dropInvisible(text: string): string {
  if (!INVISIBLE.test(text)) return text;
  INVISIBLE.lastIndex = 0;
  return graphemes(text)
    .map((g) => {
      const keepShaping = EMOJI.test(g) || (NEEDS_JOINERS.test(g) && !LATIN.test(g));
      return Array.from(g)
        .filter((c) => !c.match(INVISIBLE) || (keepShaping && isShaping(c)))
        .join('');
    })
    .join('');
}

/** Visible text: no escapes, controls, bidi controls or invisible letters; white space folded. */
function visible(value: string): string {
  return dropInvisible(
    value.replace(LONE_SURROGATE, '\uFFFD').replace(TERMINAL_ESCAPE, '').replace(UNSAFE, ''),
  )
    .replace(WHITE_SPACE, ' ')
    .trim();
}

/** Caps at `max` graphemes (never splitting an emoji or an accented letter), marking the cut with an ellipsis. */
function capGraphemes(text: string, max: number): string {
  if (text.length <= max) return text;
  // Segment a bounded head only: 10 kB of combining marks is one grapheme nobody needs whole.
  const whole = text.length <= max * 16;
  const parts = graphemes(whole ? text : text.slice(0, max * 16));
  if (whole && parts.length <= max) return text;
  // A head cut mid-way may end in part of a grapheme: that part goes.
  const keep = Math.min(max - 1, whole ? parts.length : parts.length - 1);
  return parts.slice(0, Math.max(0, keep)).join('') + '…';
}

/** Display-safe text, or null when nothing readable is left. */
export function displayText(value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null;
  const cleaned = visible(value);
  if (cleaned.length === 0) return null;
  return capGraphemes(cleaned, max);
}

export const displayName = (value: string | null | undefined): string | null =>
  displayText(value, DISPLAY_NAME_MAX);

/** Whether a raw number holds only digits, `+`, `*`, `#`, spaces and the usual separators. */
export function numberIsPlain(value: string): boolean {
  return PLAIN_NUMBER.test(value);
}

/** A number as shown: its visible characters in their order, `NUMBER_MARK` in front unless it is plain. */
export function displayNumber(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const cleaned = visible(value);
  if (cleaned.length === 0) return null;
  if (numberIsPlain(value)) return capGraphemes(cleaned, DISPLAY_NUMBER_MAX);
  return capGraphemes(NUMBER_MARK + cleaned, DISPLAY_NUMBER_MAX);
}

/** What Copy number puts on the clipboard: the visible text (never controls, escapes or line breaks); null when none. */
export function copyableNumber(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const cleaned = visible(value);
  return cleaned.length === 0 ? null : cleaned;
}

/**
 * A displayed number for plain-text surfaces (tray, notifications): in its own isolate (LRI…PDI).
 * A marked one also has its characters forced left to right in their order (LRO…PDF), so a
 * right-to-left letter inside cannot make `׳0100 555 212 1+` read as `+1 212 555 0100׳`.
 */
export function ltrNumber(shown: string): string {
  return shown.startsWith(NUMBER_MARK) ? `\u2066\u202D${shown}\u202C\u2069` : `\u2066${shown}\u2069`;
}

/** A displayed name for plain-text surfaces, in its own isolate (FSI…PDI): its direction stays inside. */
export function isolatedName(shown: string): string {
  return `\u2068${shown}\u2069`;
}
