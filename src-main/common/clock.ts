/** Time and timers, passed in so tests can drive them without waiting. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
  setInterval(callback: () => void, ms: number): TimerHandle;
  clearInterval(handle: TimerHandle): void;
  /**
   * Runs the callback on the next turn of the event loop, after the I/O already due (Node's
   * setImmediate: a 0 ms timeout waits at least 1 ms). A clock without it uses setTimeout(…, 0).
   */
  nextTurn?(callback: () => void): void;
}

/** Opaque to callers: whatever the clock returned. */
export type TimerHandle = { readonly __timer: unique symbol } | ReturnType<typeof setTimeout>;

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // Timers of background services must never keep a command-line process alive on their own.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  setInterval: (callback, ms) => {
    const handle = setInterval(callback, ms);
    handle.unref?.();
    return handle;
  },
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
  nextTurn: (callback) => void setImmediate(callback),
};

/** Randomness, passed in so backoff jitter and demo traffic replay in tests. */
export type Random = () => number;
