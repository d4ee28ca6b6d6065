import { isUtf8 } from 'node:buffer';

/**
 * The text of a text frame, or null when its bytes are not valid UTF-8. Decoding replaces every
 * ill-formed sequence with U+FFFD, so a text without U+FFFD came from valid bytes and needs no
 * second pass over them; only a text that holds U+FFFD (sent as such, or a replacement) has its
 * bytes checked. On an ASCII or Latin-1 frame, which is nearly every frame, the search for
 * U+FFFD returns at once, and the full validation pass over the bytes is saved.
 */
export function frameText(bytes: Buffer): string | null {
  const text = bytes.toString('utf8');
  if (text.indexOf('\uFFFD') !== -1 && !isUtf8(bytes)) return null;
  return text;
}
