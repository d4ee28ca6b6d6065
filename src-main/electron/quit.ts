/**
 * Quitting: the first `will-quit` is held until the Companion has stopped (history flushed,
 * socket closed), at most `timeoutMs`, then the quit goes on. Later `will-quit`s pass through.
 */
import type { Clock } from '../common/clock';
import type { Logger } from '../common/log';

export interface QuitSequenceOptions {
  readonly stop: () => Promise<void>;
  readonly quit: () => void;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly timeoutMs?: number;
}

export function createQuitSequence(
  options: QuitSequenceOptions,
): (event: { preventDefault(): void }) => void {
  let phase: 'running' | 'stopping' | 'stopped' = 'running';
  return (event) => {
    if (phase === 'stopped') return;
    event.preventDefault();
    if (phase === 'stopping') return;
    phase = 'stopping';
    const finish = () => {
      if (phase === 'stopped') return;
      phase = 'stopped';
      options.clock.clearTimeout(timer);
      options.quit();
    };
    const timer = options.clock.setTimeout(() => {
      options.logger.log('warn', 'The Companion did not stop in time; quitting anyway');
      finish();
    }, options.timeoutMs ?? 3000);
    options.stop().then(finish, (error: unknown) => {
      options.logger.log('error', 'The Companion failed to stop cleanly', { error: String(error) });
      finish();
    });
  };
}
