import { describe, expect, it } from 'vitest';
import { dayRunsOf, localDayStart } from '../../../src-main/storage/history-days';

const day = (d: number, h = 9) => new Date(2025, 2, d, h).getTime();

describe('dayRunsOf', () => {
  it('groups start times given newest first into local days', () => {
    const times = [day(12, 14), day(12, 9), day(11, 23), day(11, 0), day(9, 12)];
    expect(dayRunsOf(times)).toEqual([
      { start: localDayStart(day(12)), count: 2 },
      { start: localDayStart(day(11)), count: 2 },
      { start: localDayStart(day(9)), count: 1 },
    ]);
  });

  it('starts a new run for a call out of order, so headings follow the rows as listed', () => {
    expect(dayRunsOf([day(12), day(11), day(12)]).map((r) => r.count)).toEqual([1, 1, 1]);
    expect(dayRunsOf([])).toEqual([]);
  });
});
