/**
 * The connection as the screens and the tray show it: the session's own states, plus the reasons
 * the app does not try to connect at all (no password stored, no keychain, an address the app
 * cannot use). Every one has a code and a sentence that names the fix.
 */
import type { Problem } from '../common/result';
import type { ConnectionView } from '../ipc/contract';
import type { SessionState } from '../session/states';

export function viewOfSession(state: SessionState): ConnectionView {
  switch (state.kind) {
    case 'idle':
    case 'stopped':
      return { state: state.kind, code: state.code, message: state.message };
    case 'connecting':
      return { state: 'connecting', code: state.code, message: state.message, attempt: state.attempt };
    case 'live':
      return { state: 'live', code: state.code, message: state.message, since: state.since };
    case 'backoff':
      return {
        state: 'backoff',
        code: state.code,
        message: state.message,
        attempt: state.attempt,
        nextAttemptAt: state.nextAttemptAt,
      };
    case 'failed':
      return { state: 'failed', code: state.code, message: state.message };
  }
}

/** The app did not try to connect, for this reason. */
export function notConnecting(reason: Problem): ConnectionView {
  return { state: 'failed', code: reason.code, message: reason.message };
}

export function passwordMissing(account: string): Problem<'password-missing'> {
  return {
    code: 'password-missing',
    message: `No password is stored for ${account}, so the app does not connect; enter the manager password in settings.`,
  };
}

export const NOT_STARTED: ConnectionView = Object.freeze({
  state: 'idle',
  code: 'not-started',
  message: 'Not connected yet: the connection starts when the app does.',
});

export const NO_SERVER_CHOSEN: ConnectionView = Object.freeze({
  state: 'stopped',
  code: 'no-server',
  message: 'Not connected: connect to your iSymphony server in settings, or try the demo.',
});

export const DEMO_STARTING: ConnectionView = Object.freeze({
  state: 'connecting',
  code: 'demo-starting',
  message: 'Starting the demo server on this computer.',
  attempt: 1,
});

export const STOPPED: ConnectionView = Object.freeze({
  state: 'stopped',
  code: 'stopped',
  message: 'Disconnected: the app has stopped.',
});
