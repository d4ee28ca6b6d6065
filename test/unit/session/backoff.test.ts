import { describe, expect, it } from 'vitest';
import {
  attemptAfterLive,
  backoffCeiling,
  backoffDelay,
  DEFAULT_BACKOFF,
} from '../../../src-main/session/backoff';
import { seededRandom } from '../../support/random';

describe('backoff with full jitter', () => {
  it('keeps the first retry well under a second', () => {
    const random = seededRandom(1);
    for (let i = 0; i < 1000; i++) {
      const delay = backoffDelay(DEFAULT_BACKOFF, 1, random);
      expect(delay).toBeGreaterThanOrEqual(DEFAULT_BACKOFF.floorMs);
      expect(delay).toBeLessThan(600);
    }
  });

  it('draws every delay between the floor and a ceiling that doubles per attempt up to 30 s', () => {
    const random = seededRandom(42);
    for (let attempt = 1; attempt <= 20; attempt++) {
      const ceiling = backoffCeiling(DEFAULT_BACKOFF, attempt);
      expect(ceiling).toBe(Math.min(30_000, 500 * 2 ** (attempt - 1)));
      for (let i = 0; i < 200; i++) {
        const delay = backoffDelay(DEFAULT_BACKOFF, attempt, random);
        expect(delay).toBeGreaterThanOrEqual(DEFAULT_BACKOFF.floorMs);
        expect(delay).toBeLessThanOrEqual(ceiling);
      }
    }
  });

  it('spreads draws across the whole range instead of clustering (jitter is real)', () => {
    const random = seededRandom(7);
    const draws = Array.from({ length: 2000 }, () => backoffDelay(DEFAULT_BACKOFF, 10, random));
    const ceiling = backoffCeiling(DEFAULT_BACKOFF, 10);
    const lowHalf = draws.filter((d) => d < ceiling / 2).length;
    expect(lowHalf).toBeGreaterThan(800);
    expect(lowHalf).toBeLessThan(1200);
    expect(Math.max(...draws)).toBeGreaterThan(ceiling * 0.9);
  });

  it('never exceeds the cap however many attempts failed, even with a random source that misbehaves', () => {
    expect(backoffDelay(DEFAULT_BACKOFF, 10_000, () => 1)).toBe(30_000);
    expect(backoffDelay(DEFAULT_BACKOFF, 5, () => 7)).toBe(backoffCeiling(DEFAULT_BACKOFF, 5));
    expect(backoffDelay(DEFAULT_BACKOFF, 5, () => -1)).toBe(DEFAULT_BACKOFF.floorMs);
    expect(backoffDelay(DEFAULT_BACKOFF, 0, () => 0.5)).toBe(250);
  });

  it('starts counting again only after a connection stayed live for the stable period', () => {
    expect(attemptAfterLive(DEFAULT_BACKOFF, 6, 10_000)).toBe(0);
    expect(attemptAfterLive(DEFAULT_BACKOFF, 6, 60_000)).toBe(0);
    expect(attemptAfterLive(DEFAULT_BACKOFF, 6, 9_999)).toBe(6);
    expect(attemptAfterLive(DEFAULT_BACKOFF, 6, 0)).toBe(6);
  });
});
