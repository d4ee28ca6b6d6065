import { afterEach } from 'vitest';

/** An undo step: stop a server, close a socket, remove a folder. */
export type Cleanup = () => void | Promise<void>;

/**
 * The undo steps a test registers (`cleanups.push(() => server.stop())`), run newest first after
 * each test, every one of them even when one throws (the first error is rethrown). Call once per file.
 */
export function cleanupsAfterEach(): Cleanup[] {
  const cleanups: Cleanup[] = [];
  afterEach(async () => {
    let failure: unknown;
    let failed = false;
    while (cleanups.length > 0) {
      try {
        await cleanups.pop()!();
      } catch (error) {
        if (!failed) [failure, failed] = [error, true];
      }
    }
    if (failed) throw failure;
  });
  return cleanups;
}
