import type { ConnectionProblem } from './classify';

/**
 * Where the event session is. Every state carries a machine `code` and one sentence for people
 * (`message`) that says what is happening and, when something is wrong, what fixes it.
 */
export type SessionState =
  | { readonly kind: 'idle'; readonly code: 'not-started'; readonly message: string }
  | {
      readonly kind: 'connecting';
      readonly attempt: number;
      readonly code: 'connecting';
      readonly message: string;
    }
  | { readonly kind: 'live'; readonly since: number; readonly code: 'live'; readonly message: string }
  | {
      readonly kind: 'backoff';
      readonly attempt: number;
      readonly nextAttemptAt: number;
      readonly problem: ConnectionProblem;
      readonly code: ConnectionProblem['code'];
      readonly message: string;
    }
  | {
      readonly kind: 'failed';
      readonly problem: ConnectionProblem;
      readonly code: ConnectionProblem['code'];
      readonly message: string;
    }
  | { readonly kind: 'stopped'; readonly code: 'stopped' | 'suspended'; readonly message: string };

export type SessionStateKind = SessionState['kind'];

export function idleState(): SessionState {
  return {
    kind: 'idle',
    code: 'not-started',
    message: 'Not connected yet: the connection starts when the app does.',
  };
}

export function connectingState(attempt: number, at: string): SessionState {
  return {
    kind: 'connecting',
    attempt,
    code: 'connecting',
    message: attempt <= 1 ? `Connecting to ${at}.` : `Connecting to ${at} again (attempt ${attempt}).`,
  };
}

export function liveState(since: number, at: string, notice?: string): SessionState {
  const connected = `Connected to ${at}: calls will pop up as they ring.`;
  return {
    kind: 'live',
    since,
    code: 'live',
    message: notice ? `${connected} ${notice}` : connected,
  };
}

export function backoffState(
  attempt: number,
  nextAttemptAt: number,
  delayMs: number,
  problem: ConnectionProblem,
): SessionState {
  const wait = delayMs < 1000 ? 'in under a second' : `in ${Math.round(delayMs / 1000)} s`;
  return {
    kind: 'backoff',
    attempt,
    nextAttemptAt,
    problem,
    code: problem.code,
    // Still one sentence: the problem's own, with the wait added before its full stop.
    message: `${problem.message.replace(/\.$/, '')} (next try ${wait}).`,
  };
}

export function failedState(problem: ConnectionProblem): SessionState {
  return {
    kind: 'failed',
    problem,
    code: problem.code,
    // The problem's sentence already names the fix; retries wait for it (or for "Retry now").
    message: problem.message,
  };
}

export function stoppedState(code: 'stopped' | 'suspended'): SessionState {
  return {
    kind: 'stopped',
    code,
    message:
      code === 'suspended'
        ? 'Paused while this computer sleeps: the connection comes back on wake.'
        : 'Disconnected: start the connection again to receive calls.',
  };
}
