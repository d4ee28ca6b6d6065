/**
 * The one seeded random source of the tests (mulberry32: small, and the same sequence for the same
 * seed on every machine), and how a test picks its seed: fixed, or fresh and printed so that
 * setting the variable replays the run.
 */

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The seed from `variable` when set (to replay a run), else `fixed` when given, else a fresh one;
 * printed either way.
 */
export function seedFrom(variable: string, fixed?: number): number {
  const given = process.env[variable];
  const seed =
    given !== undefined && given.trim() !== ''
      ? Number(given) >>> 0
      : (fixed ?? Math.floor(Math.random() * 2 ** 32));
  process.stdout.write(`${variable}=${seed} (set it to replay this run)\n`);
  return seed;
}
