import { createServer, connect, type Server, type Socket } from 'node:net';
import { Secret } from '../../../src-main/common/secret';
import { startDemoServer } from '../../../src-main/demo-server/server';
import type { DemoServer, DemoServerOptions } from '../../../src-main/demo-server/types';
import { EVENT_SOCKET_PATH, type ServerTarget } from '../../../src-main/protocol/target';
import { EventSession, type EventSessionOptions } from '../../../src-main/session/event-session';
import type { IsymphonyEvent } from '../../../src-main/protocol/events';
import { DEFAULT_PROFILE, type EventKind } from '../../../src-main/protocol/profile';
import type { SessionState } from '../../../src-main/session/states';
import { trackingClock } from '../../support/tracking-clock';
import { recordingLogger } from '../../support/recording-logger';

export const USERNAME = 'manager';
export const PASSWORD = 'c0rrect-Horse-battery-9f3a';
export const password = (): Secret => new Secret(PASSWORD);

export function startServer(options: Partial<DemoServerOptions> = {}): Promise<DemoServer> {
  return startDemoServer({ username: USERNAME, password: PASSWORD, ...options });
}

export function targetOf(server: { port: number }, overrides: Partial<ServerTarget> = {}): ServerTarget {
  return { host: '127.0.0.1', port: server.port, tls: false, path: EVENT_SOCKET_PATH, ...overrides };
}

export { recordingLogger };

/** Resolves with the first state (now or later) that matches. */
export function stateMatching(
  session: EventSession,
  match: (s: SessionState) => boolean,
  what: string,
  timeoutMs = 5_000,
): Promise<SessionState> {
  if (match(session.state)) return Promise.resolve(session.state);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(
        new Error(`Timed out waiting for ${what}; state is ${session.state.kind}/${session.state.code}`),
      );
    }, timeoutMs);
    const off = session.on('state', (s) => {
      if (!match(s)) return;
      clearTimeout(timer);
      off();
      resolve(s);
    });
  });
}

export const reaches = (session: EventSession, kind: SessionState['kind'], timeoutMs?: number) =>
  stateMatching(session, (s) => s.kind === kind, kind, timeoutMs);

export { closedPort } from '../../support/closed-port';

/**
 * A TCP relay in front of a server that counts every connection reaching it: the server-side
 * view of how often a client tries.
 */
export interface CountingRelay {
  readonly port: number;
  readonly connections: number;
  close(): Promise<void>;
}

export async function countingRelay(upstreamPort: number): Promise<CountingRelay> {
  let connections = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((inbound) => {
    connections += 1;
    const outbound = connect(upstreamPort, '127.0.0.1');
    for (const s of [inbound, outbound]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        inbound.destroy();
        outbound.destroy();
      });
    }
    inbound.pipe(outbound).pipe(inbound);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as { port: number }).port,
    get connections() {
      return connections;
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

export const KINDS: readonly EventKind[] = ['dial', 'link', 'hangup'];

/** Short intervals so reconnect tests take milliseconds; heartbeat slow unless a test wants it. */
export const FAST = {
  backoff: { baseMs: 20, capMs: 100, floorMs: 5, stableAfterMs: 10_000 },
  heartbeat: { intervalMs: 5_000, timeoutMs: 5_000 },
  handshakeTimeoutMs: 3_000,
  closeWaitMs: 500,
};

/**
 * A session with recording hooks. Its clock counts pending timers (`clock.pending()`), so a test can
 * prove that nothing more can happen rather than wait a while to see that nothing did.
 */
export function newSession(target: ServerTarget, extra: Partial<EventSessionOptions> = {}) {
  const clock = trackingClock();
  const logger = recordingLogger();
  const states: SessionState[] = [];
  const messages: IsymphonyEvent[] = [];
  const session = new EventSession({
    target,
    username: USERNAME,
    password: password(),
    profile: DEFAULT_PROFILE,
    kinds: KINDS,
    logger,
    timings: FAST,
    clock,
    ...extra,
  });
  session.on('state', (s) => states.push(s));
  session.on('message', (m) => messages.push(m));
  return { session, logger, states, messages, clock };
}
