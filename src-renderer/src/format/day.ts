/**
 * A history day heading: "Today", "Yesterday", then the date as the user's locale writes it
 * ("Monday 3 March", with the year when it is not this year's). The words come from `Intl`, so they
 * follow the locale. `start` is the day's local midnight (main sends it); the time zone is the
 * machine's, as main's.
 */
export function dayHeading(start: number, now: number, locale?: string): string {
  const today = new Date(now);
  today.setHours(0, 0, 0, 0);
  const day = new Date(start);
  day.setHours(0, 0, 0, 0);
  // Whole days between the two midnights; rounding absorbs a 23- or 25-hour day at a clock change.
  const back = Math.round((today.getTime() - day.getTime()) / 86_400_000);
  if (back === 0 || back === 1) {
    const words = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-back, 'day');
    return words.charAt(0).toLocaleUpperCase(locale) + words.slice(1);
  }
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: day.getFullYear() === today.getFullYear() ? undefined : 'numeric',
  }).format(day);
}
