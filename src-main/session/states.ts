import { english } from '../i18n/english';
import type { MessageKey } from '../i18n/catalogues';
import type { MessageRef } from '../i18n/message-ref';
import type { ConnectionProblem } from './classify';

/**
 * Where the event session is. Every state carries a machine `code` and one sentence for people
 * (`message`, English: the command line and logs) that says what is happening and, when something
 * is wrong, what fixes it; `text` is the same as a catalogue message, for the app's language.
 * While waiting to retry, `text` is the reason alone: the app shows its own countdown beside it.
 */
export type SessionState =
  | ({ readonly kind: 'idle'; readonly code: 'not-started' } & Said)
  | ({ readonly kind: 'connecting'; readonly attempt: number; readonly code: 'connecting' } & Said)
  | ({ readonly kind: 'live'; readonly since: number; readonly code: 'live' } & Said)
  | ({
      readonly kind: 'backoff';
      readonly attempt: number;
      readonly nextAttemptAt: number;
      readonly problem: ConnectionProblem;
      readonly code: ConnectionProblem['code'];
    } & Said)
  | ({
      readonly kind: 'failed';
      readonly problem: ConnectionProblem;
      readonly code: ConnectionProblem['code'];
    } & Said)
  | ({ readonly kind: 'stopped'; readonly code: 'stopped' | 'suspended' } & Said);

/** A sentence as English and, when it has one, as a catalogue message. */
export interface Said {
  readonly message: string;
  readonly text?: MessageRef;
}

function said(key: MessageKey, values?: MessageRef['values']): Said {
  return { message: english(key, values), text: values ? { key, values } : { key } };
}

export type SessionStateKind = SessionState['kind'];

export function idleState(): SessionState {
  return { kind: 'idle', code: 'not-started', ...said('connection.notStarted') };
}

export function connectingState(attempt: number, at: string): SessionState {
  return {
    kind: 'connecting',
    attempt,
    code: 'connecting',
    ...(attempt <= 1
      ? said('connection.connecting', { at })
      : said('connection.connectingAgain', { at, attempt })),
  };
}

/** `notice`: something to know while connected (a pinned certificate that expired). */
export function liveState(since: number, at: string, notice?: MessageRef): SessionState {
  return {
    kind: 'live',
    since,
    code: 'live',
    ...(notice ? said('connection.liveWithNotice', { at, notice }) : said('connection.live', { at })),
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
    // The app counts down to the next try itself: its text is the reason alone.
    ...(problem.text ? { text: problem.text } : {}),
  };
}

export function failedState(problem: ConnectionProblem): SessionState {
  return {
    kind: 'failed',
    problem,
    code: problem.code,
    // The problem's sentence already names the fix; retries wait for it (or for "Retry now").
    message: problem.message,
    ...(problem.text ? { text: problem.text } : {}),
  };
}

export function stoppedState(code: 'stopped' | 'suspended'): SessionState {
  return {
    kind: 'stopped',
    code,
    ...said(code === 'suspended' ? 'connection.suspended' : 'connection.stopped'),
  };
}
