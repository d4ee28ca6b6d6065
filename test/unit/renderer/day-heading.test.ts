import { describe, expect, it } from 'vitest';
import { dayHeading } from '../../../src-renderer/src/format/day';
import { localDayStart } from '../../../src-main/storage/history-days';

const now = new Date(2025, 2, 12, 14, 30).getTime();
const day = (d: number, h = 9) => new Date(2025, 2, d, h).getTime();

describe('dayHeading', () => {
  it('says "Today" and "Yesterday", then the date as the locale writes it', () => {
    expect(dayHeading(localDayStart(now), now, 'en-GB')).toBe('Today');
    expect(dayHeading(localDayStart(day(11)), now, 'en-GB')).toBe('Yesterday');
    expect(dayHeading(localDayStart(day(10)), now, 'en-GB')).toBe('Monday 10 March');
    expect(dayHeading(localDayStart(day(10)), now, 'en-US')).toBe('Monday, March 10');
    expect(dayHeading(localDayStart(new Date(2024, 11, 31).getTime()), now, 'en-GB')).toBe(
      'Tuesday, 31 December 2024',
    );
  });

  it('follows the locale for the words too', () => {
    expect(dayHeading(localDayStart(now), now, 'de')).toBe('Heute');
    expect(dayHeading(localDayStart(day(11)), now, 'de')).toBe('Gestern');
    expect(dayHeading(localDayStart(day(10)), now, 'de')).toBe('Montag, 10. März');
  });
});
