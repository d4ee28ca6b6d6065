/**
 * The whole app, built, under the Electron stand-in (test/app-shell/): how soon a ringing call's
 * card is painted in the pop window, against a page that receives the same frame straight from a
 * WebSocket; and how long the app takes from being loaded to the tray showing a live connection.
 *
 * Times cross processes (this one, the app's, Chromium's renderers), so every stamp is wall-clock
 * milliseconds with sub-millisecond resolution: `performance.timeOrigin + performance.now()`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { WebSocketServer, type WebSocket } from 'ws';
import { startDemoServer, type DemoServer } from '../../src-main/demo-server';
import { defaultSettings, type Settings } from '../../src-main/storage/settings-schema';
import { launchApp, type Recorded } from '../app-shell/app-process';
import { configureThroughPage, mainWindowOf, popWindowOf, trayMenuWhen } from '../app-shell/app-steps';
import { eventFactory } from '../support/events';
import { CHROMIUM_ARGS } from '../support/renderer-harness';
import { median, percentile, type BenchFigure, type BenchSuite } from './figures';

const CALLS = 100;
const STARTS = 7;
const PASSWORD = 'bench-app-Pa55word-7d1e';
const stamp = (): number => performance.timeOrigin + performance.now();

/**
 * In a page: for every card (or floor line) whose caller name appears, the time of the first
 * animation frame after it is in the DOM, i.e. when it is painted.
 */
const PAINT_OBSERVER = `() => {
  window.__paints = {};
  const seen = (name) => {
    if (name in window.__paints) return;
    window.__paints[name] = 0;
    requestAnimationFrame(() => { window.__paints[name] = performance.timeOrigin + performance.now(); });
  };
  new MutationObserver(() => {
    for (const el of document.querySelectorAll('.pop-card h2, .floor-line')) seen(el.textContent.trim());
  }).observe(document.body, { childList: true, subtree: true });
}`;
const PAINTED_AT = `async (name) => {
  while (!(window.__paints?.[name] > 0)) await new Promise((done) => requestAnimationFrame(done));
  return window.__paints[name];
}`;

/** The floor's page: the frame straight from a WebSocket to the DOM, as little work as there can be. */
const FLOOR_PAGE = `<!doctype html><meta charset="utf-8"><title>floor</title><body><script>
  const socket = new WebSocket(location.href.replace('http', 'ws'));
  socket.onmessage = (message) => {
    const event = JSON.parse(message.data);
    const line = document.createElement('p');
    line.className = 'floor-line';
    line.textContent = event.caller?.name ?? event.callerName ?? '';
    document.body.append(line);
  };
  socket.onopen = () => { document.title = 'open'; };
</script>`;

function settingsFor(port: number): Settings {
  return {
    ...defaultSettings(),
    mode: 'server',
    server: { host: '127.0.0.1', port, tls: false, trustedCertificateSha256: null },
    managerUser: 'manager',
    isymphonyUser: '4224',
    extensions: ['4224'],
    popStyle: 'window',
  };
}

interface Floor {
  /** Sends the frame and resolves with the time its line was painted. */
  deliver(frame: string, name: string): Promise<number>;
  close(): Promise<void>;
}

async function startFloor(): Promise<Floor> {
  const http = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end(FLOOR_PAGE),
  );
  const wss = new WebSocketServer({ server: http });
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  const socketReady = new Promise<WebSocket>((done) => wss.once('connection', done));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS] });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${(http.address() as AddressInfo).port}/`);
  await page.evaluate(`(${PAINT_OBSERVER})()`);
  const socket = await socketReady;
  await page.waitForFunction(`document.title === 'open'`);
  return {
    async deliver(frame, name) {
      socket.send(frame);
      return page.evaluate(`(${PAINTED_AT})(${JSON.stringify(name)})`) as Promise<number>;
    },
    async close() {
      await browser.close();
      wss.close();
      http.closeAllConnections();
      await new Promise<void>((done) => http.close(() => done()));
    },
  };
}

const hidden = (pop: number) => (r: Recorded) =>
  r.kind === 'window-call' && r.window === pop && r.method === 'hide';

async function dialToPaint(): Promise<BenchFigure[]> {
  const server: DemoServer = await startDemoServer({
    host: '127.0.0.1',
    port: 0,
    username: 'manager',
    password: PASSWORD,
  });
  const app = await launchApp();
  const floor = await startFloor();
  try {
    const main = await mainWindowOf(app);
    const before = app.records.length;
    await configureThroughPage(app, main, settingsFor(server.port), PASSWORD);
    await trayMenuWhen(app, (m) => /: connected/.test(m.tooltip) && !/demo/i.test(m.tooltip), before);
    const ev = eventFactory({ now: () => Date.now() });
    const desk = () => ev.phone({ username: '4224', extension: '4224' });

    // One call first, so the pop window exists with its page loaded: later calls only show it.
    const warm = ev.external({ name: 'Warm Up', number: '+441632960001', did: '+441632960000' });
    server.emitEvent(ev.dial(warm, desk()));
    const pop = await popWindowOf(app);
    await app.page(pop, { kind: 'wait-for', selector: '.pop-card h2:has-text("Warm Up")' });
    await app.evaluate(pop, `(${PAINT_OBSERVER})`);

    const appMs: number[] = [];
    const floorMs: number[] = [];
    let mark = app.records.length;
    await app.page(pop, { kind: 'click', selector: 'button[aria-label="Dismiss"]' });
    server.emitEvent(ev.hangup(warm));
    await app.next(hidden(pop), mark);

    for (let i = 0; i < CALLS; i++) {
      const name = `Bench Caller ${i}`;
      const caller = ev.external({ name, number: `+4416329${String(10000 + i)}`, did: '+441632960000' });
      const dial = ev.dial(caller, desk());
      // Alternate which goes first, so drift in the machine's load favours neither.
      const runApp = async () => {
        const sent = stamp();
        server.emitEvent(dial);
        appMs.push((await app.evaluate<number>(pop, PAINTED_AT, name)) - sent);
      };
      const runFloor = async () => {
        const frame = JSON.stringify({ ...dial, callerName: name });
        const sent = stamp();
        floorMs.push((await floor.deliver(frame, `${name}`)) - sent);
      };
      if (i % 2 === 0) {
        await runApp();
        await runFloor();
      } else {
        await runFloor();
        await runApp();
      }
      mark = app.records.length;
      await app.page(pop, { kind: 'click', selector: 'button[aria-label="Dismiss"]' });
      server.emitEvent(ev.hangup(caller));
      await app.next(hidden(pop), mark);
    }
    const p50 = median(appMs);
    const p99 = percentile(appMs, 99);
    const floor50 = median(floorMs);
    const floor99 = percentile(floorMs, 99);
    const round = (ms: number) => Math.round(ms * 10) / 10;
    return [
      {
        name: `dial frame → card painted in the pop window, median of ${CALLS} calls (window hidden, shown per call)`,
        value: round(p50),
        unit: 'ms',
        floor: round(floor50),
      },
      {
        name: 'dial frame → card painted, p99',
        value: round(p99),
        unit: 'ms',
        floor: round(floor99),
        target: '≤ 33 ms (two frames at 60 Hz)',
        meetsTarget: p99 <= 33,
      },
      {
        name: 'floor: the same frame straight to a page WebSocket → painted, median',
        value: round(floor50),
        unit: 'ms',
      },
    ];
  } finally {
    await floor.close();
    await app.dispose();
    await server.stop();
  }
}

async function startUp(): Promise<BenchFigure[]> {
  const userData = await mkdtemp(join(tmpdir(), 'bench-start-'));
  try {
    // Choose the demo once; every start after that goes straight to demo mode.
    const first = await launchApp({ userData });
    const main = await mainWindowOf(first);
    await first.page(main, { kind: 'click', selector: 'button:has-text("Try the demo")' });
    await trayMenuWhen(first, (m) => /\(demo\): connected/.test(m.tooltip));
    await first.quit();
    await first.dispose();

    const total: number[] = [];
    const runtime: number[] = [];
    const own: number[] = [];
    for (let run = 0; run < STARTS; run++) {
      const started = stamp();
      const app = await launchApp({ userData });
      let readyAt = 0;
      void app.next((r) => r.kind === 'ready').then(() => (readyAt = stamp()));
      await app.next((r) => r.kind === 'ready');
      await trayMenuWhen(app, (m) => /\(demo\): connected/.test(m.tooltip));
      const liveAt = stamp();
      total.push(liveAt - started);
      runtime.push(readyAt - started);
      own.push(liveAt - readyAt);
      await app.quit();
      await app.dispose();
    }
    const round = (ms: number) => Math.round(ms);
    return [
      {
        name: `start-up: load out/main/index.js → tray shows the demo live, median of ${STARTS}`,
        value: round(median(total)),
        unit: 'ms',
        floor: round(median(runtime)),
      },
      {
        name: "start-up floor: Node, the stand-in and Chromium up to Electron's ready",
        value: round(median(runtime)),
        unit: 'ms',
      },
      { name: "start-up, the app's own part: ready → tray live", value: round(median(own)), unit: 'ms' },
    ];
  } finally {
    await rm(userData, { recursive: true, force: true });
  }
}

export const appBench: BenchSuite = {
  name: 'app',
  async run(): Promise<readonly BenchFigure[]> {
    return [...(await dialToPaint()), ...(await startUp())];
  },
};
