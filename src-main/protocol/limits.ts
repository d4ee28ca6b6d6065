/**
 * How much of an inbound frame the decoder is willing to hold. Everything past these bounds is
 * either refused before parsing (frame size, nesting) or cut (strings), so a hostile or broken
 * server cannot make the app keep megabytes of caller ID or show a name that fills the screen.
 */
export interface DecodeLimits {
  /** Largest frame accepted, in UTF-8 bytes, checked before parsing. */
  readonly maxFrameBytes: number;
  /** Cap for every string that has no cap of its own (ids, user names, status notes, …). */
  readonly maxStringLength: number;
  readonly maxCallerIdNameLength: number;
  /** Also used for the other phone-number-like fields: `did` and `extensionNumber`. */
  readonly maxCallerIdNumberLength: number;
  /** Deepest nesting of arrays and objects accepted in a frame; events themselves are flat (depth 1). */
  readonly maxDepth: number;
  /** How many scalar fields of an event type the app does not model are kept; the rest are dropped. */
  readonly maxOtherFields?: number;
}

/**
 * Real events are flat objects of well under 2 KiB, so 1 MiB is a bound on damage, never on
 * legitimate traffic. Caller-ID names: Asterisk and SIP display names are rarely past 50
 * characters and a pop card shows fewer, so 128 keeps every real name whole. Numbers: E.164
 * allows 15 digits; 64 leaves room for prefixes, extensions and SIP user parts. Other strings are
 * UUIDs, user names and short status texts: 512 is generous. Depth 32 lets a future server add
 * structured fields while refusing the million-bracket frames that only exist to hurt parsers.
 */
export const DEFAULT_LIMITS: DecodeLimits = Object.freeze({
  maxFrameBytes: 1024 * 1024,
  maxStringLength: 512,
  maxCallerIdNameLength: 128,
  maxCallerIdNumberLength: 64,
  maxDepth: 32,
  maxOtherFields: 64,
});

/** Default for `maxOtherFields` when a caller's limits leave it out. */
export const DEFAULT_MAX_OTHER_FIELDS = 64;

let graphemeSegmenter: Intl.Segmenter | undefined;

/**
 * Cuts `value` to at most `max` UTF-16 code units, ending in an ellipsis so that whoever reads it
 * can tell it was cut. The cut falls on a grapheme boundary, so an emoji, a flag or an accented
 * letter goes whole or not at all, and the result stays well-formed wherever the input was.
 */
export function capString(value: string, max: number): string {
  if (value.length <= max) return value;
  if (!(max > 0)) return '';
  const room = Math.floor(max) - 1; // one unit for the ellipsis
  graphemeSegmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  // One unit past the room decides whether the grapheme ending at the room continues beyond it.
  let end = 0;
  for (const { index, segment } of graphemeSegmenter.segment(value.slice(0, room + 1))) {
    if (index + segment.length > room) break;
    end = index + segment.length;
  }
  return value.slice(0, end) + '…';
}

type WellFormedString = string & { isWellFormed(): boolean; toWellFormed(): string };

/**
 * Replaces lone surrogates (legal in JSON text, illegal in UTF-8) with U+FFFD, so later code can
 * percent-encode or write the string without `encodeURIComponent` throwing.
 */
export function wellFormed(value: string): string {
  const s = value as WellFormedString;
  return s.isWellFormed() ? value : s.toWellFormed();
}

/** Both at once, in the order that never creates a lone surrogate: cap, then repair. */
export function cleanString(value: string, max: number): string {
  return wellFormed(capString(value, max));
}
