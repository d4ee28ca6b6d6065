import type { PauseChoice, PauseView } from '../../../src-main/ipc/contract';

/** The menu's words for each way to pause, in the menu's order. */
export const PAUSE_LABELS: readonly { readonly choice: PauseChoice; readonly label: string }[] = [
  { choice: '15m', label: 'For 15 minutes' },
  { choice: '1h', label: 'For 1 hour' },
  { choice: 'tomorrow', label: 'Until tomorrow' },
];

/**
 * How long pops stay paused, from main's clock: "14 min left", "1 h 5 min left", "until tomorrow".
 * Minutes round up, so the last minute says "1 min left" and never "0 min".
 */
export function pauseRemaining(view: PauseView, now: number): string {
  if (view.choice === 'tomorrow') return 'until tomorrow';
  const minutes = Math.max(1, Math.ceil((view.until - now) / 60_000));
  if (minutes < 60) return `${minutes} min left`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h left` : `${hours} h ${rest} min left`;
}
