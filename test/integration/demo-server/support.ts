import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import WebSocket from 'ws';
import type { Clock, TimerHandle } from '../../../src-main/common/clock';
import {
  startDemoServer,
  type DemoServer,
  type DemoServerOptions,
  type ScenarioRun,
} from '../../../src-main/demo-server/index';

export const USER = 'manager';
export const PASSWORD = 'manag3rpa55word-test';
export const EVENT_PATH = '/communication_manager/ws/event';

export function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

export const GOOD_AUTH = basic(USER, PASSWORD);

export function start(options: Partial<DemoServerOptions> = {}): Promise<DemoServer> {
  return startDemoServer({ username: USER, password: PASSWORD, ...options });
}

/** Runs `body` with a fresh server and always stops it. */
export async function withServer<T>(
  options: Partial<DemoServerOptions>,
  body: (server: DemoServer) => Promise<T>,
): Promise<T> {
  const server = await start(options);
  try {
    return await body(server);
  } finally {
    await server.stop();
  }
}

export interface Reply {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** One HTTP(S) request over a fresh connection. */
export function fetchRaw(
  server: DemoServer,
  path: string,
  options: { method?: string; authorization?: string | null; body?: string; ca?: string; tls?: boolean } = {},
): Promise<Reply> {
  const authorization = options.authorization === undefined ? GOOD_AUTH : options.authorization;
  const headers: Record<string, string> = {};
  if (authorization !== null) headers['Authorization'] = authorization;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const send = options.tls ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: options.method ?? 'GET',
        headers,
        agent: false,
        ...(options.ca ? { ca: options.ca, servername: 'localhost' } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

export function restPath(server: DemoServer, rest: string, core: string = 'getByName/default'): string {
  void server;
  return `/communication_manager/rest/live/coreServers/${core}/${rest}`;
}

export async function getJson(server: DemoServer, rest: string): Promise<unknown> {
  const reply = await fetchRaw(server, restPath(server, rest));
  if (reply.status !== 200) throw new Error(`GET ${rest} answered ${reply.status}: ${reply.body}`);
  return JSON.parse(reply.body) as unknown;
}

/** What an upgrade attempt ended in: the websocket, or the HTTP status that refused it. */
export type UpgradeOutcome =
  | { readonly opened: true; readonly socket: EventClient }
  | { readonly opened: false; readonly status: number; readonly headers: IncomingHttpHeaders };

export function tryConnect(
  server: DemoServer,
  options: { authorization?: string | null; path?: string; tls?: boolean; ca?: string } = {},
): Promise<UpgradeOutcome> {
  const authorization = options.authorization === undefined ? GOOD_AUTH : options.authorization;
  const scheme = options.tls ? 'wss' : 'ws';
  const ws = new WebSocket(`${scheme}://127.0.0.1:${server.port}${options.path ?? EVENT_PATH}`, {
    headers: authorization === null ? {} : { Authorization: authorization },
    ...(options.ca ? { ca: options.ca, servername: 'localhost' } : {}),
  });
  const client = new EventClient(ws);
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ opened: true, socket: client }));
    ws.once('unexpected-response', (_req, res) => {
      resolve({ opened: false, status: res.statusCode ?? 0, headers: res.headers });
      res.resume();
      ws.terminate();
    });
    ws.once('error', (error) => reject(error));
  });
}

export async function connect(
  server: DemoServer,
  options: { tls?: boolean; ca?: string } = {},
): Promise<EventClient> {
  const outcome = await tryConnect(server, options);
  if (!outcome.opened) throw new Error(`upgrade refused with ${outcome.status}`);
  return outcome.socket;
}

/** A plain `ws` client that queues every text message it receives, parsed. */
export class EventClient {
  private readonly queue: Record<string, unknown>[] = [];
  private waiters: (() => void)[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;

  constructor(readonly ws: WebSocket) {
    ws.on('message', (data, isBinary) => {
      if (isBinary) return;
      this.queue.push(JSON.parse(String(data)) as Record<string, unknown>);
      this.wake();
    });
    this.closed = new Promise((resolve) => {
      ws.on('close', (code, reason) => {
        resolve({ code, reason: String(reason) });
        this.wake();
      });
    });
    ws.on('error', () => {});
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** The next `count` messages; fails after `timeoutMs` if they do not come. */
  async take(count: number, timeoutMs = 2000): Promise<Record<string, unknown>[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.queue.length < count) {
      const left = deadline - Date.now();
      if (left <= 0 || this.ws.readyState === WebSocket.CLOSED) {
        throw new Error(`expected ${count} messages, got ${this.queue.length}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.queue.splice(0, count);
  }

  /** Everything received so far, after giving in-flight frames a moment to land. */
  async drain(settleMs = 100): Promise<Record<string, unknown>[]> {
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    return this.queue.splice(0, this.queue.length);
  }

  async filter(filters: { property: string; value: string }[]): Promise<Record<string, unknown>> {
    this.ws.send(JSON.stringify({ type: 'filter', filters }));
    const [response] = await this.take(1);
    return response!;
  }

  close(): void {
    this.ws.terminate();
  }
}

/** A clock whose timers fire only when the test advances it. */
export class ManualClock implements Clock {
  private current = 1_700_000_000_000;
  private nextId = 1;
  private readonly timers = new Map<number, { at: number; callback: () => void; every?: number }>();

  now(): number {
    return this.current;
  }
  setTimeout(callback: () => void, ms: number): TimerHandle {
    const id = this.nextId++;
    this.timers.set(id, { at: this.current + ms, callback });
    return id as unknown as TimerHandle;
  }
  clearTimeout(handle: TimerHandle): void {
    this.timers.delete(handle as unknown as number);
  }
  setInterval(callback: () => void, ms: number): TimerHandle {
    const id = this.nextId++;
    this.timers.set(id, { at: this.current + ms, callback, every: ms });
    return id as unknown as TimerHandle;
  }
  clearInterval(handle: TimerHandle): void {
    this.clearTimeout(handle);
  }
  get pending(): number {
    return this.timers.size;
  }
  /** Moves time on, firing due timers in order, and lets promise callbacks run after each. */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    for (;;) {
      let dueId: number | undefined;
      let due: { at: number; callback: () => void; every?: number } | undefined;
      for (const [id, t] of this.timers)
        if (t.at <= target && (!due || t.at < due.at)) [dueId, due] = [id, t];
      if (!due || dueId === undefined) break;
      this.current = due.at;
      if (due.every !== undefined) due.at += Math.max(1, due.every);
      else this.timers.delete(dueId);
      due.callback();
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.current = target;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Writes a run as one line per event: the type and its segments, each named by its user (or
 * "ext" for an outside party) and its index in the run's segment list, caller first.
 */
export function shape(run: ScenarioRun, callerSuffix: '1' | '2' = '1'): string[] {
  const calleeSuffix = callerSuffix === '1' ? '2' : '1';
  const label = (id: unknown, user: unknown): string => {
    const index = run.segmentIds.indexOf(String(id));
    return `${typeof user === 'string' ? user : 'ext'}#${index}`;
  };
  return run.events.map((e) => {
    if ('callSegmentId1' in e) {
      const caller = label(e[`callSegmentId${callerSuffix}`], e[`username${callerSuffix}`]);
      const callee = label(e[`callSegmentId${calleeSuffix}`], e[`username${calleeSuffix}`]);
      return `${String(e['type'])} ${caller} ${callee}`;
    }
    if ('callSegmentId' in e) return `${String(e['type'])} ${label(e['callSegmentId'], e['username'])}`;
    return `${String(e['type'])} ${String(e['username'])}`;
  });
}

/** The caller the scenario tests ring with. */
export const CALLER = { name: 'Ada Lovelace', number: '+445555550123' };
