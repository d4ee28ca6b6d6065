import { randomUUID } from 'node:crypto';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Duplex } from 'node:stream';
import type { Socket } from 'node:net';
import { WebSocketServer } from 'ws';
import { systemClock, type TimerHandle } from '../common/clock';
import { silentLogger } from '../common/log';
import type { IsymphonyEvent } from '../protocol/events';
import { encodeEvent } from '../protocol/encode';
import { DEFAULT_PROFILE } from '../protocol/profile';
import { dialectProfile } from './dialects';
import { EVENT_SOCKET_PATH } from '../protocol/target';
import { ClientRegistry } from './clients';
import { DEMO_CRM_PATH, demoCrmPage } from './crm-page';
import {
  basicCredentials,
  checkGate,
  DEFAULT_ALLOW_LIST,
  parseAllowList,
  rejection,
  type GateOptions,
} from './http-gate';
import {
  answerRest,
  MAX_REST_BODY_BYTES,
  refusedRest,
  REST_PREFIX,
  restWantsBody,
  type RestRefusal,
} from './rest';
import { gateRequest, pathOf, rawFrame, readBody, refuseUpgrade, writeRejection, writeRest } from './http-io';
import {
  planScenario,
  SCENARIO_NAMES,
  type ScenarioName,
  type ScenarioParams,
  type ScenarioPlan,
} from './scenarios';
import type { Pacing } from './scenario-params';
import { startStorm, type StormHandle } from './storm';
import { describeCertificate, generateCertificate } from './tls';
import type { TrafficHandle, TrafficOptions } from './traffic';
import { startTraffic } from './traffic-loop';
import type { DemoServer, DemoServerOptions, EmitRawOptions, ScenarioRun, Scenarios } from './types';
import { DEFAULT_USERS, World } from './world';

/** Client messages are filter messages of a few KiB; anything far larger is refused by ws (1009). */
const MAX_CLIENT_MESSAGE_BYTES = 256 * 1024;
/** Between the events of a call placed by the originate action: the user's phone, the callee, the talk. */
const ORIGINATE_STEP_MS = 1_000;

/**
 * Starts an iSymphony-compatible server (protocol notes §1–§4) on a real socket. Rejects when
 * the options are contradictory or the port is taken.
 */
export async function startDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const logger = options.logger ?? silentLogger;
  const profile = options.profile ?? (options.dialect ? dialectProfile(options.dialect) : DEFAULT_PROFILE);
  const host = options.host ?? '127.0.0.1';
  const allowList = parseAllowList(options.allowList ?? DEFAULT_ALLOW_LIST);
  if (!allowList.ok) throw new Error(allowList.error.message);
  if (options.username.includes(':')) {
    throw new Error(
      'The manager user name cannot contain ":", which Basic authentication uses as a separator.',
    );
  }

  const tlsMaterial = options.tls === 'generate' ? await generateCertificate(clock.now()) : options.tls;
  const encrypted = tlsMaterial !== undefined;
  const world = new World(options.users ?? DEFAULT_USERS, randomUUID);
  const clients = new ClientRegistry(logger);
  const gate: GateOptions = {
    allowList: allowList.value,
    credentials: basicCredentials(options.username, options.password),
    ...(options.requireSsl && !encrypted ? { requireSslPort: options.requireSsl.sslPort } : {}),
    fallbackHost: host,
  };

  const server: Server = tlsMaterial
    ? createHttpsServer({ cert: tlsMaterial.cert, key: tlsMaterial.key })
    : createHttpServer();
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_CLIENT_MESSAGE_BYTES,
    clientTracking: false,
  });
  const sockets = new Set<Socket>();
  const timers = new Set<{ handle: TimerHandle; cancel: () => void }>();
  const storms = new Set<StormHandle>();
  const traffics = new Set<TrafficHandle>();
  let stopped = false;
  let restRefusal: RestRefusal | null = options.restRefusal ?? null;

  const send = (event: IsymphonyEvent): Record<string, unknown> => {
    const stamped: IsymphonyEvent = { ...event, time: clock.now() };
    world.apply(stamped);
    const wire = encodeEvent(stamped, profile);
    clients.deliver(wire, JSON.stringify(wire));
    return wire;
  };

  /** Resolves true after `ms`, or false at once if the server stops first. */
  const sleep = (ms: number): Promise<boolean> =>
    new Promise((resolve) => {
      if (stopped) return resolve(false);
      const entry = {
        handle: clock.setTimeout(() => {
          timers.delete(entry);
          resolve(!stopped);
        }, ms),
        cancel: () => resolve(false),
      };
      timers.add(entry);
    });

  const run = async (plan: ScenarioPlan, pacing: Pacing): Promise<ScenarioRun> => {
    const sent: Record<string, unknown>[] = [];
    const stepMs = pacing.stepMs ?? 0;
    let completed = !stopped;
    for (let i = 0; i < plan.events.length && completed; i++) {
      if (i > 0 && stepMs > 0) completed = await sleep(stepMs);
      if (i > 0 && completed && pacing.beforeStep) await pacing.beforeStep(i);
      if (completed && !stopped) sent.push(send(plan.events[i]!));
      else completed = false;
    }
    return {
      scenario: plan.scenario,
      events: sent,
      segmentIds: plan.segmentIds,
      callerSegmentId: plan.callerSegmentId,
      answeredSegmentId: plan.answeredSegmentId,
      transferringSegmentId: plan.transferringSegmentId,
      completed,
    };
  };

  const startScenario = <N extends ScenarioName>(
    name: N,
    params: ScenarioParams[N],
  ): Promise<ScenarioRun> => {
    const plan = planScenario(name, params, world, profile);
    if (!plan.ok) return Promise.reject(new Error(plan.error.message));
    const stepMs = params.stepMs ?? 0;
    if (!Number.isFinite(stepMs) || stepMs < 0) {
      return Promise.reject(new RangeError('stepMs must be 0 or a positive number of milliseconds.'));
    }
    logger.log('info', `scenario ${name} started`, { ...whoIsIn(params), events: plan.value.events.length });
    return run(plan.value, params);
  };

  const scenarios = Object.fromEntries(
    SCENARIO_NAMES.map((name) => [
      name,
      (params: ScenarioParams[typeof name]) => startScenario(name, params),
    ]),
  ) as unknown as Scenarios;

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    // The demo CRM page is opened by the user's browser, which has no manager login (nor should it).
    if (options.crmPage === true && pathOf(req.url) === DEMO_CRM_PATH) {
      if (!gate.allowList.allows(req.socket.remoteAddress)) {
        return writeRejection(
          res,
          rejection(403, "Forbidden: your address is not on this server's allow-list.\n"),
        );
      }
      req.resume();
      const page = demoCrmPage(req.method ?? 'GET', req.url ?? '/');
      res.writeHead(page.status, page.headers).end(page.body);
      return;
    }
    const verdict = checkGate(gateRequest(req, encrypted), gate);
    if (!verdict.pass) return writeRejection(res, verdict.rejection);
    const pathname = pathOf(req.url);
    if (pathname === EVENT_SOCKET_PATH) {
      return writeRejection(
        res,
        rejection(426, 'This address is a websocket: connect with ws:// or wss://.\n', {
          Upgrade: 'websocket',
        }),
      );
    }
    if (!pathname.startsWith(REST_PREFIX)) {
      return writeRejection(res, rejection(404, 'Not found.\n'));
    }
    if (restRefusal !== null) {
      req.resume();
      return writeRejection(res, refusedRest(restRefusal));
    }
    const path = pathname.slice(REST_PREFIX.length);
    const method = req.method ?? 'GET';
    const answer = (body: string | null): void => {
      let followUp: (() => void) | undefined;
      const result = answerRest({ method, path, body }, world, {
        setStatus: (user, update) => {
          followUp = () =>
            void startScenario('userStatus', {
              user: user.username,
              name: update.name,
              type: update.type,
              note: update.note,
              returnTime: update.returnTime,
            });
        },
        originate: (extension, number) => {
          // The user's phone is rung first and, once it answers, the number: one outbound call.
          followUp = () =>
            void startScenario('outbound', {
              from: extension.number,
              to: number,
              stepMs: ORIGINATE_STEP_MS,
            }).catch((error: unknown) =>
              logger.log('warn', 'demo originate could not be played', { error: String(error) }),
            );
        },
      });
      // The 204 is written first; the event follows, as the real server's would.
      writeRest(res, method, result);
      followUp?.();
    };
    if (!restWantsBody(method, path)) {
      req.resume();
      return answer(null);
    }
    readBody(req, MAX_REST_BODY_BYTES).then(
      (body) => {
        if (body === null)
          writeRejection(res, rejection(413, `The body is larger than ${MAX_REST_BODY_BYTES} bytes.\n`));
        else answer(body);
      },
      () => res.destroy(),
    );
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on('error', () => {});
    const verdict = checkGate(gateRequest(req, encrypted), gate);
    if (!verdict.pass) return refuseUpgrade(socket, verdict.rejection);
    if (pathOf(req.url) !== EVENT_SOCKET_PATH) return refuseUpgrade(socket, rejection(404, 'Not found.\n'));
    if (stopped) return refuseUpgrade(socket, rejection(404, 'Not found.\n'));
    wss.handleUpgrade(req, socket, head, (ws) => {
      const client = clients.add(ws, req.socket);
      logger.log('info', 'event socket opened', { client: client.id, remoteAddress: client.remoteAddress });
    });
  };

  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('request', onRequest);
  server.on('upgrade', onUpgrade);
  server.on('clientError', (_error, socket: Duplex) => socket.destroy());
  // Idle keep-alive connections must not hold the port after stop(); they are destroyed there too.
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  server.on('error', (error) => logger.log('error', 'demo server error', { error: error.message }));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : (options.port ?? 0);
  logger.log('info', 'demo server listening', {
    url: `${encrypted ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`,
    username: options.username,
    coreServerId: world.coreServerId,
  });

  const demo: DemoServer = {
    port,
    host,
    coreServerId: world.coreServerId,
    ...(tlsMaterial ? { certificate: describeCertificate(tlsMaterial.cert) } : {}),
    emitRaw(frame, rawOptions: EmitRawOptions = {}) {
      const { wire, payload } = rawFrame(frame);
      clients.deliver(rawOptions.bypassFilters ? null : wire, payload, rawOptions.binary === true);
    },
    emitEvent: (event) => send(event),
    scenarios,
    startTraffic(trafficOptions: TrafficOptions = {}) {
      const handle = startTraffic(trafficOptions, {
        clock,
        random,
        logger,
        world,
        play: startScenario,
        onStop: (h) => traffics.delete(h),
      });
      traffics.add(handle);
      return handle;
    },
    startStorm(stormOptions) {
      const handle = startStorm(stormOptions, {
        clock,
        random,
        profile,
        coreServerId: world.coreServerId,
        clients,
        newId: randomUUID,
        onStop: (h) => storms.delete(h),
      });
      storms.add(handle);
      return handle;
    },
    clients: () => clients.info(),
    dropAll(dropOptions = {}) {
      clients.dropAll(dropOptions.graceful === true);
    },
    pause: (clientId) => clients.pause(clientId),
    refuseRest: (refusal) => void (restRefusal = refusal),
    resume: (clientId) => clients.resume(clientId),
    async stop() {
      if (stopped) return;
      stopped = true;
      for (const handle of [...traffics]) handle.stop();
      for (const handle of [...storms]) handle.stop();
      for (const entry of timers) {
        clock.clearTimeout(entry.handle);
        entry.cancel();
      }
      timers.clear();
      clients.dropAll(false);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
      wss.close();
      await closed;
      logger.log('info', 'demo server stopped');
    },
  };
  return demo;
}

/** The users a scenario involves, for the log line (caller names and numbers stay out of it). */
function whoIsIn(params: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['to', 'from', 'transferTo', 'agents', 'user', 'answeredBy'] as const) {
    const value: unknown = (params as Record<string, unknown>)[key];
    if (typeof value === 'string' || Array.isArray(value)) out[key] = value;
  }
  return out;
}
