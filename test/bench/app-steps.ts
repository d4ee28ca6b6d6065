/** What the app bench's two measurements share: a limit on every step, and rounding for the table. */

/** A step that never comes means the app (or the bench) is broken: say which, rather than hang. */
const STEP_LIMIT_MS = 60_000;

export async function within<T>(what: string, step: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`app bench: ${what} did not happen within 60 s.`)),
      STEP_LIMIT_MS,
    );
  });
  try {
    return await Promise.race([step, limit]);
  } finally {
    clearTimeout(timer);
  }
}

export const round1 = (ms: number): number => Math.round(ms * 10) / 10;
export const round2 = (ms: number): number => Math.round(ms * 100) / 100;
