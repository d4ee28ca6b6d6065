/**
 * When a call happened, relative to now: "14:05" today, "Yesterday 14:05", "Mon 3 Mar 14:05"
 * within the year, with the year beyond. Locale and time zone come in so tests are stable.
 */
export interface TimeFormatOptions {
  readonly locale?: string;
  readonly timeZone?: string;
}

export function formatCallTime(at: number, now: number, options: TimeFormatOptions = {}): string {
  const { locale, timeZone } = options;
  const clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(at);
  const day = dayKey(at, timeZone);
  const today = dayKey(now, timeZone);
  if (day === today) return clock;
  if (day === dayKey(now - 86_400_000, timeZone)) return `Yesterday ${clock}`;
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  const date = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: sameYear ? undefined : 'numeric',
    timeZone,
  }).format(at);
  return `${date} ${clock}`;
}

/** The full date and time, for a tooltip or a screen reader. */
export function formatFullTime(at: number, options: TimeFormatOptions = {}): string {
  return new Intl.DateTimeFormat(options.locale, {
    dateStyle: 'full',
    timeStyle: 'medium',
    timeZone: options.timeZone,
  }).format(at);
}

/** YYYY-MM-DD of an instant in a time zone (en-CA formats dates that way). */
function dayKey(at: number, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  }).format(at);
}
