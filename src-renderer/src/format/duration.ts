/** A countdown in whole seconds, rounded up so "retrying in 0 s" only shows when it is due. */
export function secondsUntil(target: number, now: number): number {
  return Math.max(0, Math.ceil((target - now) / 1000));
}
