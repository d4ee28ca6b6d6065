/**
 * The system clock, counting what is scheduled on it: a "nothing more will happen" check can then
 * prove there is nothing left that could happen (no timer pending), instead of sleeping a while
 * and hoping that would have been long enough.
 */
import { systemClock, type Clock, type TimerHandle } from '../../src-main/common/clock';

export interface TrackingClock extends Clock {
  /** Timeouts not yet fired or cleared, plus intervals not cleared. */
  pending(): number;
}

export function trackingClock(inner: Clock = systemClock): TrackingClock {
  const live = new Set<TimerHandle>();
  return {
    now: () => inner.now(),
    setTimeout(callback, ms) {
      const handle: TimerHandle = inner.setTimeout(() => {
        live.delete(handle);
        callback();
      }, ms);
      live.add(handle);
      return handle;
    },
    clearTimeout(handle) {
      live.delete(handle);
      inner.clearTimeout(handle);
    },
    setInterval(callback, ms) {
      const handle = inner.setInterval(callback, ms);
      live.add(handle);
      return handle;
    },
    clearInterval(handle) {
      live.delete(handle);
      inner.clearInterval(handle);
    },
    pending: () => live.size,
  };
}
