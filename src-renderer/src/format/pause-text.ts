import type { PauseChoice, PauseView } from '../../../src-main/ipc/contract';
import type { MessageKey } from '../../../src-main/i18n/catalogues';
import type { Say } from '../../../src-main/i18n/translator';

/** The menu's words for each way to pause, in the menu's order. */
export const PAUSE_LABELS: readonly { readonly choice: PauseChoice; readonly label: MessageKey }[] = [
  { choice: '15m', label: 'pause.for15Minutes' },
  { choice: '1h', label: 'pause.for1Hour' },
  { choice: 'tomorrow', label: 'pause.untilTomorrow' },
];

/**
 * How long pops stay paused, from main's clock: "14 min left", "1 h 5 min left", "until tomorrow".
 * Minutes round up, so the last minute says "1 min left" and never "0 min".
 */
export function pauseRemaining(view: PauseView, now: number, say: Say): string {
  if (view.choice === 'tomorrow') return say('pause.remaining.tomorrow');
  const minutes = Math.max(1, Math.ceil((view.until - now) / 60_000));
  if (minutes < 60) return say('pause.remaining.minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0
    ? say('pause.remaining.hours', { hours })
    : say('pause.remaining.hoursMinutes', { hours, minutes: rest });
}
