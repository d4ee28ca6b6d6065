import type { CallView } from '../../../src-main/ipc/contract';

/**
 * The calls of the main window's "Now" section: the live ones, then any other call whose pop card
 * still shows (a missed or ended call). The pop window never takes focus, so this is where a keyboard
 * reaches a card's actions, Dismiss included.
 */
export function callsNow(live: readonly CallView[], pops: readonly CallView[]): readonly CallView[] {
  const ids = new Set(live.map((call) => call.id));
  const rest = pops.filter((call) => !ids.has(call.id));
  return rest.length === 0 ? live : [...live, ...rest];
}
