/**
 * Waiting on a condition instead of a fixed sleep: the one `eventually` every test uses. It polls
 * often (every 5 ms), so a fast machine pays nothing, and a slow one gets until the deadline.
 */

/** Resolves once `check()` is true; throws "Timed out waiting for <what>" after `timeoutMs`. */
export async function eventually(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * Resolves with the first value `pick()` returns that is not undefined (e.g. a line that matches),
 * polling like `eventually`.
 */
export async function eventuallyGet<T>(
  pick: () => T | undefined,
  what: string,
  timeoutMs = 5_000,
): Promise<T> {
  let found: T | undefined;
  await eventually(() => (found = pick()) !== undefined, what, timeoutMs);
  return found as T;
}
