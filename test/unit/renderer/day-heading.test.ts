import { describe, expect, it } from 'vitest';
import { formatsFor } from '../../../src-main/i18n/formats';
import type { LocaleView } from '../../../src-main/i18n/languages';
import { localDayStart } from '../../../src-main/storage/history-days';

const now = new Date(2025, 2, 12, 14, 30).getTime();
const day = (d: number, h = 9) => new Date(2025, 2, d, h).getTime();
/** The history's day heading in a locale, in the machine's time zone (as main groups the days). */
const heading = (start: number, formatLocale: string) => {
  const locale: LocaleView = { language: 'en', formatLocale, dir: 'ltr', hourCycle: null };
  return formatsFor(locale).dayName(start, now);
};

describe('the history day heading (formats.dayName)', () => {
  it('says "Today" and "Yesterday", then the date as the locale writes it', () => {
    expect(heading(localDayStart(now), 'en-GB')).toBe('Today');
    expect(heading(localDayStart(day(11)), 'en-GB')).toBe('Yesterday');
    expect(heading(localDayStart(day(10)), 'en-GB')).toBe('Monday 10 March');
    expect(heading(localDayStart(day(10)), 'en-US')).toBe('Monday, March 10');
    expect(heading(localDayStart(new Date(2024, 11, 31).getTime()), 'en-GB')).toBe(
      'Tuesday, 31 December 2024',
    );
  });

  it('follows the locale for the words too', () => {
    expect(heading(localDayStart(now), 'de')).toBe('Heute');
    expect(heading(localDayStart(day(11)), 'de')).toBe('Gestern');
    expect(heading(localDayStart(day(10)), 'de')).toBe('Montag, 10. März');
    expect(heading(localDayStart(day(11)), 'ar')).toBe('أمس');
  });
});
