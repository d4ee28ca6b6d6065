/**
 * The stand-in's shared machinery in the app's process: the record stream to the test, the
 * Chromium that hosts the windows, the HTTP bridge that serves `app://` through the app's own
 * protocol handler, the single-instance lock, and the shutdown that checks nothing is left open.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { connect, createServer as createNetServer, type Server as NetServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CONFIG_VARIABLE, type Recorded, type StandInConfig } from './config';

export function readConfig(): StandInConfig {
  const text = process.env[CONFIG_VARIABLE];
  if (!text)
    throw new Error(`The Electron stand-in needs ${CONFIG_VARIABLE} (see test/app-shell/app-process.ts).`);
  return JSON.parse(text) as StandInConfig;
}

export function record(entry: Recorded): void {
  if (process.connected) process.send?.({ record: entry });
}

export type ProtocolHandler = (request: Request) => Response | Promise<Response>;

/** The app's scheme is served over loopback HTTP; URLs and origins are translated at this edge. */
export class SchemeBridge {
  readonly handlers = new Map<string, ProtocolHandler>();
  readonly privileged = new Set<string>();
  #server: HttpServer | null = null;
  origin = '';

  async start(): Promise<void> {
    const server = createHttpServer((request, response) => {
      void (async () => {
        const handler = this.handlers.get('app');
        if (!handler) {
          response.writeHead(404).end('no app: handler');
          return;
        }
        const answer = await handler(
          new Request(`app://companion${request.url ?? '/'}`, { method: request.method ?? 'GET' }),
        );
        const headers: Record<string, string> = {};
        answer.headers.forEach((value, key) => {
          headers[key] = value;
        });
        response.writeHead(answer.status, headers);
        response.end(Buffer.from(await answer.arrayBuffer()));
      })().catch((error: unknown) => {
        response.writeHead(500).end(String(error));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.#server = server;
    this.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  /** app://companion/x → the bridge's http URL; anything else unchanged. */
  toPageUrl(url: string): string {
    return url.startsWith('app://companion') ? this.origin + url.slice('app://companion'.length) : url;
  }

  /** The reverse: what Electron would report for a page's URL. */
  toAppUrl(url: string): string {
    return this.origin !== '' && url.startsWith(this.origin)
      ? `app://companion${url.slice(this.origin.length)}`
      : url;
  }

  static originOf(url: string): string {
    const match = /^([a-z][a-z0-9+.-]*:)\/\/([^/?#]*)/i.exec(url);
    return match ? `${match[1]}//${match[2]}` : 'null';
  }

  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Chromium, started when the app becomes ready: one context, Electron's default session. */
export class ChromiumHost {
  browser: Browser | null = null;
  context: BrowserContext | null = null;

  async start(
    config: StandInConfig,
    allow: (url: string, resourceType: string) => Promise<boolean>,
  ): Promise<BrowserContext> {
    this.browser = await chromium.launch({ executablePath: config.chromium, args: [...config.chromiumArgs] });
    const display = config.displays[0];
    this.context = await this.browser.newContext({
      deviceScaleFactor: display?.scaleFactor ?? 1,
      colorScheme: 'light',
      locale: 'en-GB',
      timezoneId: 'UTC',
    });
    // The session's request filter sees every request a page makes, as in Electron.
    await this.context.route('**/*', async (route) => {
      const request = route.request();
      if (await allow(request.url(), request.resourceType())) await route.fallback();
      else await route.abort('blockedbyclient');
    });
    return this.context;
  }

  async stop(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    this.context = null;
    await browser?.close();
  }
}

/**
 * Electron's single-instance lock, across processes like the real one: the first instance holds
 * a lock file and listens on a socket in userData; a later one hands its argv over and gets false.
 */
export class SingleInstance {
  #server: NetServer | null = null;
  #lockPath = '';
  #handoff: Promise<void> = Promise.resolve();

  request(userData: string, onSecond: (argv: string[]) => void): boolean {
    mkdirSync(userData, { recursive: true });
    this.#lockPath = join(userData, 'SingletonLock');
    const socketPath = join(userData, 'SingletonSocket');
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(this.#lockPath, 'wx');
        writeSync(fd, String(process.pid));
        closeSync(fd);
        rmSync(socketPath, { force: true });
        const server = createNetServer((socket) => {
          let text = '';
          socket.setEncoding('utf8');
          socket.on('data', (chunk: string) => (text += chunk));
          socket.on('end', () => onSecond(JSON.parse(text) as string[]));
        });
        server.listen(socketPath);
        this.#server = server;
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = Number(readFileSync(this.#lockPath, 'utf8'));
        if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) {
          this.#lockPath = '';
          this.#handoff = new Promise<void>((resolve) => {
            const socket = connect(socketPath, () => socket.end(JSON.stringify(process.argv)));
            socket.on('close', () => resolve());
            socket.on('error', () => resolve());
          });
          return false;
        }
        rmSync(this.#lockPath, { force: true }); // a crashed holder's stale lock
      }
    }
    throw new Error('The single-instance lock could not be taken.');
  }

  async release(): Promise<void> {
    await this.#handoff;
    const server = this.#server;
    this.#server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    if (this.#lockPath) rmSync(this.#lockPath, { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** What is open now beyond what was open before the app loaded (stdio, the test's channel). */
export function handlesBeyond(baseline: readonly string[]): string[] {
  const left = [...baseline];
  const extra: string[] = [];
  for (const name of process.getActiveResourcesInfo()) {
    const at = left.indexOf(name);
    if (at >= 0) left.splice(at, 1);
    else extra.push(name);
  }
  return extra;
}
