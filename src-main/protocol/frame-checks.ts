/**
 * Checks on a frame's raw text that run before it is parsed (size, nesting), and the plain-words
 * description of a value's JSON type that every refusal uses.
 */

/** "text", "a number", "an object", …: what a value is, for a sentence. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return Number.isFinite(value) ? 'a number' : 'a number that is not finite';
    case 'boolean':
      return 'true or false';
    case 'undefined':
      return 'missing';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/**
 * Whether `text` takes more than `max` bytes as UTF-8. Every UTF-16 unit is 1 to 3 bytes (a
 * surrogate pair is 4 for 2 units), so most frames are decided from `length` alone.
 */
export function exceedsUtf8Bytes(text: string, max: number): boolean {
  const n = text.length;
  if (n > max) return true;
  if (n * 3 <= max) return false;
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
    if (bytes > max) return true;
  }
  return false;
}

/**
 * Whether the JSON text nests arrays/objects deeper than `max`. A flat event has one `{` and no
 * `[`, which two native scans show; anything else is walked once, skipping string contents.
 * Malformed text gives some answer either way: the parser refuses it afterwards.
 */
export function nestedDeeperThan(text: string, max: number): boolean {
  const first = text.indexOf('{');
  if (text.indexOf('[') === -1 && (first === -1 || text.indexOf('{', first + 1) === -1)) {
    return (first === -1 ? 0 : 1) > max;
  }
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let j = i + 1;
      for (;;) {
        j = text.indexOf('"', j);
        if (j === -1) return false;
        let backslashes = 0;
        for (let k = j - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
        if ((backslashes & 1) === 0) break;
        j++;
      }
      i = j;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > max) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
    }
  }
  return false;
}
