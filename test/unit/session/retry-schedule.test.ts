import { describe, expect, it } from 'vitest';
import { backoffCeiling, DEFAULT_BACKOFF } from '../../../src-main/session/backoff';
import { RetrySchedule } from '../../../src-main/session/retry-schedule';
import { seededRandom } from '../../support/random';
import { trackingClock } from '../../support/tracking-clock';

describe('the retry schedule', () => {
  it('numbers the attempts, each retry one more, with a delay inside the backoff of that attempt', () => {
    const clock = trackingClock();
    const retries = new RetrySchedule(clock, seededRandom(3), DEFAULT_BACKOFF);
    expect(retries.attempt).toBe(1);
    for (let failed = 1; failed <= 6; failed++) {
      const before = clock.now();
      const retry = retries.next(false, 0);
      expect(retry.attempt).toBe(failed + 1);
      expect(retries.attempt).toBe(failed + 1);
      expect(retry.delay).toBeGreaterThanOrEqual(DEFAULT_BACKOFF.floorMs);
      expect(retry.delay).toBeLessThanOrEqual(backoffCeiling(DEFAULT_BACKOFF, failed));
      expect(retry.at - retry.delay).toBeGreaterThanOrEqual(before);
    }
  });

  it('counts afresh after a reset or after a connection that stayed live long enough, not after a short one', () => {
    const retries = new RetrySchedule(trackingClock(), seededRandom(4), DEFAULT_BACKOFF);
    retries.next(false, 0);
    retries.next(false, 0);
    expect(retries.next(true, 9_999).attempt).toBe(4);
    expect(retries.next(true, 10_000).attempt).toBe(2);
    retries.reset();
    expect(retries.attempt).toBe(1);
  });

  it('holds one timer, which fires the retry or is cancelled', async () => {
    const clock = trackingClock();
    const retries = new RetrySchedule(clock, seededRandom(5), DEFAULT_BACKOFF);
    retries.wait(60_000, () => expect.unreachable('a cancelled retry fired'));
    expect(clock.pending()).toBe(1);
    retries.cancel();
    expect(clock.pending()).toBe(0);
    await new Promise<void>((resolve) => retries.wait(1, resolve));
    expect(clock.pending()).toBe(0);
  });
});
