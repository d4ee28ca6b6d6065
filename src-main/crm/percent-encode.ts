/**
 * Percent-encodes a value for any part of a URL. Stricter than encodeURIComponent: only the
 * RFC 3986 unreserved characters (A–Z a–z 0–9 - . _ ~) stay as they are, so `!'()*` are encoded too.
 * Never throws: TextEncoder turns a lone surrogate into U+FFFD where encodeURIComponent would throw.
 */
const encoder = new TextEncoder();

function isUnreserved(byte: number): boolean {
  return (
    (byte >= 0x30 && byte <= 0x39) || // 0-9
    (byte >= 0x41 && byte <= 0x5a) || // A-Z
    (byte >= 0x61 && byte <= 0x7a) || // a-z
    byte === 0x2d || // -
    byte === 0x2e || // .
    byte === 0x5f || // _
    byte === 0x7e // ~
  );
}

export function percentEncode(value: string): string {
  let out = '';
  for (const byte of encoder.encode(value)) {
    out += isUnreserved(byte)
      ? String.fromCharCode(byte)
      : '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}
