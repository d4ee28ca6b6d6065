/**
 * Node exits when nothing holds its event loop open. The library's timers (systemClock) are
 * unref()ed on purpose: a background service must never keep a process alive on its own. So a
 * command meant to keep running (`watch` in backoff with no socket open, `status` waiting for its
 * confirmation, any later one) would end silently with status 0 the moment it has no socket. The
 * process, not the library, owns its lifetime: it lives exactly as long as its command runs.
 */

/** Far enough away never to fire, within what setInterval accepts (2^31 - 1 ms). */
const NEVER_MS = 2 ** 31 - 1;

/** Holds the process open until `work` settles (resolves or rejects), then lets it go. */
export function keepAliveUntilSettled<T>(work: Promise<T>): Promise<T> {
  const hold = setInterval(() => {}, NEVER_MS);
  return work.finally(() => clearInterval(hold));
}
