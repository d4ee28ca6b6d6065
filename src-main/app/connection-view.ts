/**
 * The connection as the screens and the tray show it: the session's own states, plus the reasons
 * the app does not try to connect at all (no password stored, no keychain, an address the app
 * cannot use). Every one has a code and a sentence that names the fix.
 */
import type { Problem } from '../common/result';
import { english, problemSaid } from '../i18n/english';
import type { MessageKey } from '../i18n/catalogues';
import type { ConnectionView } from '../ipc/contract';
import type { SessionState } from '../session/states';

/** The sentence in English and as a message to say in the app's language. */
function said(problem: { readonly message: string; readonly text?: Problem['text'] }) {
  return problem.text ? { message: problem.message, text: problem.text } : { message: problem.message };
}

function sentence(key: MessageKey) {
  return { message: english(key), text: { key } };
}

export function viewOfSession(state: SessionState): ConnectionView {
  switch (state.kind) {
    case 'idle':
    case 'stopped':
      return { state: state.kind, code: state.code, ...said(state) };
    case 'connecting':
      return { state: 'connecting', code: state.code, ...said(state), attempt: state.attempt };
    case 'live':
      return { state: 'live', code: state.code, ...said(state), since: state.since };
    case 'backoff':
      return {
        state: 'backoff',
        code: state.code,
        ...said(state),
        attempt: state.attempt,
        nextAttemptAt: state.nextAttemptAt,
      };
    case 'failed':
      return { state: 'failed', code: state.code, ...said(state) };
  }
}

/** The app did not try to connect, for this reason. */
export function notConnecting(reason: Problem): ConnectionView {
  return { state: 'failed', code: reason.code, ...said(reason) };
}

export function passwordMissing(account: string): Problem<'password-missing'> {
  return problemSaid('password-missing', 'problem.passwordMissing', { account });
}

// Functions, not constants: the English is said when needed, never at import time.
export const notStarted = (): ConnectionView => ({
  state: 'idle',
  code: 'not-started',
  ...sentence('connection.notStarted'),
});

export const noServerChosen = (): ConnectionView => ({
  state: 'stopped',
  code: 'no-server',
  ...sentence('connection.noServer'),
});

export const demoStarting = (): ConnectionView => ({
  state: 'connecting',
  code: 'demo-starting',
  ...sentence('connection.demoStarting'),
  attempt: 1,
});

export const appStopped = (): ConnectionView => ({
  state: 'stopped',
  code: 'stopped',
  ...sentence('connection.appStopped'),
});
