/**
 * Glob matching for caller-number patterns: `*` any run of characters (also none), `?` exactly one,
 * everything else literal (there is no escape: numbers do not contain "*" or "?").
 * No RegExp is built from the pattern. The greedy walk with one backtrack point is O(n·m) at worst,
 * and both sides are capped, so no pattern can make it slow.
 */
export const MAX_GLOB_LENGTH = 128;

export function globMatch(pattern: string, text: string): boolean {
  if (pattern.length > MAX_GLOB_LENGTH * 2 || text.length > MAX_GLOB_LENGTH * 2) return false;
  const p = Array.from(pattern);
  const t = Array.from(text);
  if (p.length > MAX_GLOB_LENGTH || t.length > MAX_GLOB_LENGTH) return false;
  let pi = 0;
  let ti = 0;
  let star = -1; // index in p of the last "*" seen
  let resume = 0; // index in t that "*" has swallowed up to
  while (ti < t.length) {
    const pc = p[pi];
    if (pc !== undefined && pc !== '*' && (pc === '?' || pc === t[ti])) {
      pi += 1;
      ti += 1;
    } else if (pc === '*') {
      star = pi;
      resume = ti;
      pi += 1;
    } else if (star >= 0) {
      // Let the last "*" swallow one more character and try again from there.
      resume += 1;
      ti = resume;
      pi = star + 1;
    } else {
      return false;
    }
  }
  while (p[pi] === '*') pi += 1;
  return pi === p.length;
}
