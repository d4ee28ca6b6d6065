import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { Secret } from '../../../src-main/common/secret';
import type { DemoServer } from '../../../src-main/demo-server/types';
import { LiveApiClient, type LiveApiClientOptions } from '../../../src-main/live-api/client';
import {
  PresenceTracker,
  type PresenceState,
  type PresenceTrackerOptions,
} from '../../../src-main/presence/presence-tracker';
import type { EventKind } from '../../../src-main/protocol/profile';
import type { ServerTarget } from '../../../src-main/protocol/target';
import { cleanupsAfterEach } from '../../support/cleanup';
import { eventually } from '../../support/eventually';
import { newSession, PASSWORD, recordingLogger, startServer, targetOf, USERNAME } from '../session/support';

export { eventually, PASSWORD, startServer, targetOf, USERNAME };

/** Cleanups run after each test of the file that imports this module, last first. */
export const cleanups = cleanupsAfterEach();

export async function serve(options: Parameters<typeof startServer>[0] = {}): Promise<DemoServer> {
  const server = await startServer(options);
  cleanups.push(() => server.stop());
  return server;
}

export function restClient(target: ServerTarget, extra: Partial<LiveApiClientOptions> = {}): LiveApiClient {
  return new LiveApiClient({ target, username: USERNAME, password: new Secret(PASSWORD), ...extra });
}

/**
 * A tracker on a real event session and a real REST client against `server`. `api` replaces the
 * REST client (e.g. one with a wrong password, or reads from one server and sets to another).
 */
export function presenceOn(
  server: { port: number },
  options: {
    username?: string;
    kinds?: readonly EventKind[];
    api?: PresenceTrackerOptions['api'];
    followDnd?: boolean;
    confirmTimeoutMs?: number;
    readBackoff?: PresenceTrackerOptions['readBackoff'];
    random?: PresenceTrackerOptions['random'];
  } = {},
) {
  const logger = recordingLogger();
  const watcher = newSession(targetOf(server), { kinds: options.kinds ?? ['userStatus'] });
  const tracker = new PresenceTracker({
    username: options.username ?? '4224',
    api: options.api ?? restClient(targetOf(server), { logger }),
    events: watcher.session,
    logger,
    ...(options.followDnd !== undefined ? { followDnd: options.followDnd } : {}),
    ...(options.confirmTimeoutMs !== undefined ? { confirmTimeoutMs: options.confirmTimeoutMs } : {}),
    ...(options.readBackoff ? { readBackoff: options.readBackoff } : {}),
    ...(options.random ? { random: options.random } : {}),
  });
  const states: PresenceState[] = [];
  tracker.on('state', (s) => states.push(s));
  cleanups.push(async () => {
    tracker.stop();
    await watcher.session.stop();
  });
  tracker.start();
  watcher.session.start();
  return { tracker, session: watcher.session, states, logger, sessionLogger: watcher.logger };
}

/** Resolves with the tracker's first state (now or later) that matches. */
export function presenceMatching(
  tracker: PresenceTracker,
  match: (s: PresenceState) => boolean,
  what: string,
  timeoutMs = 5_000,
): Promise<PresenceState> {
  if (match(tracker.state)) return Promise.resolve(tracker.state);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`Timed out waiting for ${what}; presence is ${JSON.stringify(tracker.state)}`));
    }, timeoutMs);
    const off = tracker.on('state', (s) => {
      if (!match(s)) return;
      clearTimeout(timer);
      off();
      resolve(s);
    });
  });
}

export const knownAs = (tracker: PresenceTracker, type: string) =>
  presenceMatching(
    tracker,
    (s) => s.kind === 'known' && s.status.type === type && s.pending === undefined,
    `status ${type}`,
  );

/** A TCP server that accepts and never answers: every request to it times out. */
export async function silentServer(): Promise<{ port: number }> {
  const held: Socket[] = [];
  const silent: Server = createServer((c) => held.push(c));
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  cleanups.push(
    () =>
      new Promise<void>((r) => {
        for (const c of held) c.destroy();
        silent.close(() => r());
      }),
  );
  return { port: (silent.address() as { port: number }).port };
}

/** A server that answers every status/set with 204 and changes nothing: a set that is never applied. */
export async function acceptingButIgnoringServer(): Promise<{ port: number; posts: () => number }> {
  let posts = 0;
  const http: HttpServer = createHttpServer((req, res) => {
    req.resume();
    if (req.method === 'POST') posts += 1;
    res.writeHead(204);
    res.end();
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  cleanups.push(() => new Promise<void>((r) => http.close(() => r())));
  return { port: (http.address() as { port: number }).port, posts: () => posts };
}
