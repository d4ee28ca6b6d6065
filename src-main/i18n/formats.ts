import type { LocaleView } from './languages';

/**
 * Dates, times, durations and numbers in a locale, through `Intl` only, honouring the 12/24-hour
 * setting. One object per locale (the `Intl` formatters are made once). `timeZone` is for tests.
 */
export interface Formats {
  /** "14:05" / "2:05 PM". */
  time(at: number): string;
  /** When a call happened, relative to now: "14:05" today, "Yesterday 14:05", "Mon 3 Mar 14:05", the year when not this one. */
  callTime(at: number, now: number): string;
  /** The full date and time, for a tooltip or a screen reader. */
  fullTime(at: number): string;
  /** A day and time: "Fri 31 Jan 14:00". */
  dayTime(at: number): string;
  /** Whether two instants fall on the same calendar day here. */
  sameDay(a: number, b: number): boolean;
  /** A day's name relative to today ("Today", "Yesterday"), else its date ("Monday 3 March", with the year when not this one). */
  dayName(at: number, now: number): string;
  number(value: number): string;
  /** A clock-style duration as a call card shows it: "0:05", "12:40", "1:02:03"; "—" when unknown. */
  duration(ms: number | null): string;
  /** The same spelled out for screen readers: "1 minute 5 seconds"; null when unknown. */
  spokenDuration(ms: number | null): string | null;
}

const DAY_MS = 86_400_000;

function capitalised(text: string, locale: string): string {
  const first = text.charAt(0);
  return first.toLocaleUpperCase(locale) + text.slice(1);
}

export function formatsFor(locale: LocaleView, timeZone?: string): Formats {
  const tag = locale.formatLocale;
  const cycle = locale.hourCycle ? { hourCycle: locale.hourCycle } : {};
  // "09:05" on a 24-hour clock, "9:05 AM" on a 12-hour one (whichever the locale or the setting says).
  const twelve = /h1[12]/.test(
    new Intl.DateTimeFormat(tag, { hour: 'numeric', ...cycle }).resolvedOptions().hourCycle ?? '',
  );
  const clock: Intl.DateTimeFormatOptions = {
    hour: twelve ? 'numeric' : '2-digit',
    minute: '2-digit',
    timeZone,
    ...cycle,
  };
  const timeFormat = new Intl.DateTimeFormat(tag, clock);
  // A day's name: short ("Mon 3 Mar") beside a call's time, long ("Monday 3 March") as a heading;
  // the year only for another year's day.
  const dayFormatsOf = (width: 'short' | 'long') => {
    const options = { weekday: width, day: 'numeric', month: width, timeZone } as const;
    return {
      thisYear: new Intl.DateTimeFormat(tag, options),
      otherYear: new Intl.DateTimeFormat(tag, { ...options, year: 'numeric' }),
    };
  };
  const shortDay = dayFormatsOf('short');
  const longDay = dayFormatsOf('long');
  const fullFormat = new Intl.DateTimeFormat(tag, {
    dateStyle: 'full',
    timeStyle: 'medium',
    timeZone,
    ...(locale.hourCycle ? { hourCycle: locale.hourCycle } : {}),
  });
  // en-CA writes dates as YYYY-MM-DD: a key for "same calendar day" in the time zone.
  const keyFormat = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  });
  const relative = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
  const numberFormat = new Intl.NumberFormat(tag);
  const plain = new Intl.NumberFormat(tag, { useGrouping: false });
  const twoDigits = new Intl.NumberFormat(tag, { minimumIntegerDigits: 2, useGrouping: false });
  const units = {
    hour: new Intl.NumberFormat(tag, { style: 'unit', unit: 'hour', unitDisplay: 'long' }),
    minute: new Intl.NumberFormat(tag, { style: 'unit', unit: 'minute', unitDisplay: 'long' }),
    second: new Intl.NumberFormat(tag, { style: 'unit', unit: 'second', unitDisplay: 'long' }),
  };
  const unitList = new Intl.ListFormat(tag, { type: 'unit', style: 'narrow' });
  const dayKey = (at: number) => keyFormat.format(at);
  const daysBefore = (at: number, now: number): number | null => {
    const day = dayKey(at);
    if (day === dayKey(now)) return 0;
    if (day === dayKey(now - DAY_MS)) return 1;
    return null;
  };
  const sameYear = (at: number, now: number) => dayKey(at).slice(0, 4) === dayKey(now).slice(0, 4);
  const dayOf = (formats: ReturnType<typeof dayFormatsOf>, at: number, now: number) =>
    (sameYear(at, now) ? formats.thisYear : formats.otherYear).format(at);
  const parts = (ms: number) => {
    const total = Math.floor(ms / 1000);
    return { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
  };
  const known = (ms: number | null): ms is number => ms !== null && Number.isFinite(ms) && ms >= 0;

  return {
    time: (at) => timeFormat.format(at),
    callTime(at, now) {
      const time = timeFormat.format(at);
      const before = daysBefore(at, now);
      if (before === 0) return time;
      if (before === 1) return `${capitalised(relative.format(-1, 'day'), tag)} ${time}`;
      return `${dayOf(shortDay, at, now)} ${time}`;
    },
    fullTime: (at) => fullFormat.format(at),
    dayTime: (at) => `${shortDay.thisYear.format(at)} ${timeFormat.format(at)}`,
    sameDay: (a, b) => dayKey(a) === dayKey(b),
    dayName(at, now) {
      const before = daysBefore(at, now);
      if (before !== null) return capitalised(relative.format(-before, 'day'), tag);
      return dayOf(longDay, at, now);
    },
    number: (value) => numberFormat.format(value),
    duration(ms) {
      if (!known(ms)) return '—';
      const { hours, minutes, seconds } = parts(ms);
      if (hours > 0)
        return `${plain.format(hours)}:${twoDigits.format(minutes)}:${twoDigits.format(seconds)}`;
      return `${plain.format(minutes)}:${twoDigits.format(seconds)}`;
    },
    spokenDuration(ms) {
      if (!known(ms)) return null;
      const { hours, minutes, seconds } = parts(ms);
      const spoken: string[] = [];
      if (hours) spoken.push(units.hour.format(hours));
      if (minutes) spoken.push(units.minute.format(minutes));
      if (seconds || spoken.length === 0) spoken.push(units.second.format(seconds));
      return unitList.format(spoken);
    },
  };
}
