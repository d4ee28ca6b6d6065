/**
 * One connection attempt, classified: connect once, send the filter, and report "live" or the
 * problem, without retrying. For `check` on the command line and "Test connection" in the app.
 */
import { systemClock, type Clock } from '../common/clock';
import { silentLogger, type Logger } from '../common/log';
import type { ConnectionProblemCode } from '../session/classify';
import { EventSession, type SessionTimings, type SocketFactory } from '../session/event-session';
import type { CertificateFetcher } from '../session/secure-transport';
import type { SessionState } from '../session/states';
import { DEFAULT_PROFILE, type ProtocolProfile } from '../protocol/profile';
import { PIPELINE_KINDS, type PipelineConnection } from './call-pipeline';

export interface ConnectionCheckOptions {
  readonly connection: PipelineConnection;
  readonly profile?: ProtocolProfile;
  /** From the start of the attempt to the socket being open (default 10 s). */
  readonly timeoutMs?: number;
  readonly clock?: Clock;
  readonly logger?: Logger;
  readonly socketFactory?: SocketFactory;
  readonly fetchCertificate?: CertificateFetcher;
  readonly sessionTimings?: Partial<SessionTimings>;
  /** Settling this (e.g. SIGINT) ends the attempt early, as `cancelled`. */
  readonly cancel?: Promise<unknown>;
}

/** `message` is English (the command line prints it); `text`, when there is one, is it as a catalogue message for the app. */
export type ConnectionCheckResult = (
  | { readonly ok: true; readonly code: 'live'; readonly message: string }
  | { readonly ok: false; readonly code: ConnectionProblemCode; readonly message: string }
  | { readonly ok: false; readonly code: 'cancelled'; readonly message: string }
) & { readonly text?: SessionState['text'] };

export const DEFAULT_CHECK_TIMEOUT_MS = 10_000;

export async function checkConnection(options: ConnectionCheckOptions): Promise<ConnectionCheckResult> {
  const c = options.connection;
  const session = new EventSession({
    target: c.target,
    username: c.managerUsername,
    password: c.password,
    profile: options.profile ?? DEFAULT_PROFILE,
    kinds: PIPELINE_KINDS,
    clock: options.clock ?? systemClock,
    logger: options.logger ?? silentLogger,
    ...(c.trust ? { trust: c.trust } : {}),
    ...(options.socketFactory ? { socketFactory: options.socketFactory } : {}),
    ...(options.fetchCertificate ? { fetchCertificate: options.fetchCertificate } : {}),
    timings: { ...options.sessionTimings, handshakeTimeoutMs: options.timeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS },
  });
  // The first state after "connecting" is the verdict: live, or a problem (retryable or not).
  let off = (): void => {};
  const verdict = new Promise<SessionState>((resolve) => {
    off = session.on('state', (state) => {
      if (state.kind !== 'live' && state.kind !== 'backoff' && state.kind !== 'failed') return;
      resolve(state);
    });
  });
  session.start();
  const state = await (options.cancel ? Promise.race([verdict, options.cancel.then(() => null)]) : verdict);
  off();
  await session.stop();
  if (state === null)
    return { ok: false, code: 'cancelled', message: 'The check was cancelled before the server answered.' };
  if (state.kind === 'live') return { ok: true, code: 'live', message: state.message, ...textOf(state) };
  if (state.kind === 'backoff' || state.kind === 'failed') {
    // The problem's own sentence, without the "next try" a backoff state adds: nothing retries here.
    return { ok: false, code: state.problem.code, message: state.problem.message, ...textOf(state.problem) };
  }
  return { ok: false, code: 'connection-failed', message: state.message };
}

function textOf(said: { readonly text?: SessionState['text'] }): {
  text?: NonNullable<SessionState['text']>;
} {
  return said.text ? { text: said.text } : {};
}
