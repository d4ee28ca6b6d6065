/**
 * Caller-ID strings are typed by whoever places the call. Before a screen, a notification or the
 * tray shows one, it is made display-safe here: control characters and bidi overrides removed
 * (they can reorder what the user reads, e.g. make "evil.exe" look like "exe.live"), lone surrogates
 * replaced, runs of white space folded, and the length capped. The result is still untrusted text:
 * it is rendered as text only, never as markup.
 */

// C0 and C1 controls, DEL; bidi embeddings, overrides and isolates; the invisible bidi marks;
// line and paragraph separators; the byte-order mark.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const WHITE_SPACE = /[\s\u2028\u2029]+/g;

export const DISPLAY_NAME_MAX = 80;
export const DISPLAY_NUMBER_MAX = 40;

/** Display-safe text, or null when nothing readable is left. */
export function displayText(value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null;
  const cleaned = value
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(UNSAFE, '')
    .replace(WHITE_SPACE, ' ')
    .trim();
  if (cleaned.length === 0) return null;
  return capCodePoints(cleaned, max);
}

/** Caps at `max` code points (never splitting a surrogate pair), marking the cut with an ellipsis. */
function capCodePoints(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  return points.slice(0, Math.max(0, max - 1)).join('') + '…';
}

export const displayName = (value: string | null | undefined): string | null =>
  displayText(value, DISPLAY_NAME_MAX);
export const displayNumber = (value: string | null | undefined): string | null =>
  displayText(value, DISPLAY_NUMBER_MAX);
