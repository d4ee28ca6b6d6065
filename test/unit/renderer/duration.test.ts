import { describe, expect, it } from 'vitest';
import { secondsUntil } from '../../../src-renderer/src/format/duration';
import { formatsFor } from '../../../src-main/i18n/formats';
import { ENGLISH } from '../../../src-main/i18n/languages';

const { duration: formatDuration, spokenDuration } = formatsFor(ENGLISH);

describe('formatDuration', () => {
  it('shows minutes and two-digit seconds under an hour', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(5_999)).toBe('0:05');
    expect(formatDuration(12 * 60_000 + 40_000)).toBe('12:40');
  });

  it('adds hours with two-digit minutes past an hour', () => {
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });

  it('shows a dash for a missing, negative or non-finite duration', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(-1)).toBe('—');
    expect(formatDuration(Number.NaN)).toBe('—');
  });
});

describe('secondsUntil', () => {
  it('rounds up so a countdown reaches zero only when due', () => {
    expect(secondsUntil(10_001, 5_000)).toBe(6);
    expect(secondsUntil(10_000, 5_000)).toBe(5);
    expect(secondsUntil(10_000, 10_000)).toBe(0);
  });

  it('never goes below zero once the moment has passed', () => {
    expect(secondsUntil(1_000, 9_000)).toBe(0);
  });
});

describe('spokenDuration', () => {
  it('spells units out with singular and plural', () => {
    expect(spokenDuration(65_000)).toBe('1 minute 5 seconds');
    expect(spokenDuration(3_600_000 + 1_000)).toBe('1 hour 1 second');
    expect(spokenDuration(0)).toBe('0 seconds');
    expect(spokenDuration(null)).toBeNull();
  });
});
