import { describe, expect, it } from 'vitest';
import { formatCallTime, formatFullTime } from '../../../src-renderer/src/format/time';

const utc = { locale: 'en-GB', timeZone: 'UTC' };
const now = Date.UTC(2025, 2, 12, 15, 0, 0); // Wed 12 Mar 2025 15:00 UTC

describe('formatCallTime', () => {
  it('shows only the clock time for a call today', () => {
    expect(formatCallTime(Date.UTC(2025, 2, 12, 9, 5), now, utc)).toBe('09:05');
  });

  it('says "Yesterday" for a call the day before', () => {
    expect(formatCallTime(Date.UTC(2025, 2, 11, 23, 59), now, utc)).toBe('Yesterday 23:59');
  });

  it('shows weekday, day and month within the year', () => {
    expect(formatCallTime(Date.UTC(2025, 2, 3, 14, 5), now, utc)).toBe('Mon 3 Mar 14:05');
  });

  it('adds the year for a call in another year', () => {
    expect(formatCallTime(Date.UTC(2024, 11, 24, 8, 0), now, utc)).toMatch(/2024/);
  });

  it('decides "today" in the given time zone, not in UTC', () => {
    // 23:30 UTC on the 11th is already 08:30 on the 12th in Tokyo, where 10:00 UTC is 19:00 the same day.
    const tokyo = { locale: 'en-GB', timeZone: 'Asia/Tokyo' };
    const tokyoEvening = Date.UTC(2025, 2, 12, 10, 0);
    expect(formatCallTime(Date.UTC(2025, 2, 11, 23, 30), tokyoEvening, tokyo)).toBe('08:30');
    expect(formatCallTime(Date.UTC(2025, 2, 11, 23, 30), tokyoEvening, utc)).toBe('Yesterday 23:30');
  });
});

describe('formatFullTime', () => {
  it('includes the date and the seconds', () => {
    expect(formatFullTime(Date.UTC(2025, 2, 3, 14, 5, 9), utc)).toMatch(/Monday.*3 March 2025.*14:05:09/);
  });
});
