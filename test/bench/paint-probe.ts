/**
 * Measuring "a frame left a server → its text is painted in a page" across processes: the stamp
 * the page takes when the frame that first shows a name has been rendered, a check of the page's
 * clock against this process's, and the floor (a bare page that gets the frame straight from its
 * own WebSocket). Used by the app suite (app-dial.ts); its own test is paint-probe.test.ts.
 *
 * One clock for every stamp, on both sides: wall-clock milliseconds with sub-millisecond
 * resolution, `performance.timeOrigin + performance.now()` (in Node and in Chromium alike). Two
 * processes' versions of that clock can disagree by how each took its time origin, so each page's
 * offset is measured (`clockOffset`) and taken off; what is left is within the probe's bound.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { WebSocketServer, type WebSocket } from 'ws';
import { CHROMIUM_ARGS } from '../support/renderer-harness';

/** This process's side of the shared clock. */
export const wallClock = (): number => performance.timeOrigin + performance.now();

/** The page's stamps for one name, on the page's clock. */
export interface PagePaint {
  /** The name's element was in the DOM (the mutation observer saw it). */
  readonly inDom: number;
  /** The first animation frame after that began (its requestAnimationFrame callback). */
  readonly frame: number;
  /** That frame's style, layout and paint on the main thread were done (a task posted from it). */
  readonly painted: number;
}

/**
 * Installs the observer in a page (its source, evaluated with the selector as the argument). For
 * each new element matching the selector, keyed by its text: the time it is in the DOM, then a
 * requestAnimationFrame, then a message posted from that callback, which runs once the frame's
 * rendering work is done. `window.__benchPaint(name)` resolves with the stamps (at once if taken);
 * a page may also define `window.__benchReport(name, stamps)` to be told, so that nobody needs to
 * ask while the frame is on its way.
 */
export const PAINT_OBSERVER = `(selector) => {
  const now = () => performance.timeOrigin + performance.now();
  const paints = new Map();
  const waiting = new Map();
  const seen = new Set();
  const settle = (name, paint) => {
    paints.set(name, paint);
    window.__benchReport?.(name, paint);
    for (const resolve of waiting.get(name) ?? []) resolve(paint);
    waiting.delete(name);
  };
  const look = () => {
    for (const element of document.querySelectorAll(selector)) {
      const name = element.textContent.trim();
      if (seen.has(name)) continue;
      seen.add(name);
      const inDom = now();
      requestAnimationFrame(() => {
        const frame = now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          settle(name, { inDom, frame, painted: now() });
        };
        channel.port2.postMessage(null);
      });
    }
  };
  new MutationObserver(look).observe(document.body, { childList: true, subtree: true, characterData: true });
  look();
  window.__benchPaint = (name) =>
    paints.has(name)
      ? paints.get(name)
      : new Promise((resolve) => waiting.set(name, [...(waiting.get(name) ?? []), resolve]));
}`;

/** Evaluated with a name: the page's stamps for it, once painted. */
export const PAINT_OF = `(name) => window.__benchPaint(name)`;

/** Evaluated with no argument: the page's clock now. */
export const PAGE_CLOCK = `() => performance.timeOrigin + performance.now()`;

export interface ClockCheck {
  /** The page's clock minus this process's: subtract it from a page stamp. */
  readonly offsetMs: number;
  /** The true offset is within ± this (half the fastest probe's round trip). */
  readonly boundMs: number;
}

/**
 * The page's clock against ours, NTP-style: the page's reading lies between our readings before
 * and after the round trip, so taking it at the midpoint is wrong by at most half the round trip.
 * The probe with the fastest round trip wins.
 */
export async function clockOffset(readPage: () => Promise<number>, probes = 25): Promise<ClockCheck> {
  let best: ClockCheck = { offsetMs: 0, boundMs: Number.POSITIVE_INFINITY };
  for (let i = 0; i < probes; i++) {
    const before = wallClock();
    const page = await readPage();
    const after = wallClock();
    const half = (after - before) / 2;
    if (half < best.boundMs) best = { offsetMs: page - (before + half), boundMs: half };
  }
  return best;
}

/** The better of two checks (the smaller bound), e.g. one taken before a run and one after. */
export function tighter(a: ClockCheck, b: ClockCheck): ClockCheck {
  return a.boundMs <= b.boundMs ? a : b;
}

/** A paint in our clock's terms: each stamp minus `sent`, after taking the page's offset off. */
export interface Span {
  readonly inDomMs: number;
  readonly frameMs: number;
  readonly paintedMs: number;
}

export function spanOf(sent: number, paint: PagePaint, clock: ClockCheck): Span {
  const ours = (pageStamp: number) => pageStamp - clock.offsetMs - sent;
  return { inDomMs: ours(paint.inDom), frameMs: ours(paint.frame), paintedMs: ours(paint.painted) };
}

/**
 * The floor's page: the frame from its WebSocket, parsed, and the name put in the DOM; nothing
 * else. Its stamps go back on the same socket once taken, so this process never talks to the page
 * while a frame is on its way (the pop window's page is asked only after the app has shown it).
 */
function floorPage(nameKey: string): string {
  return `<!doctype html><meta charset="utf-8"><title>floor</title><body><script>
  const key = ${JSON.stringify(nameKey)};
  const socket = new WebSocket(location.href.replace('http', 'ws'));
  socket.onmessage = (message) => {
    const line = document.createElement('p');
    line.className = 'floor-line';
    line.textContent = JSON.parse(message.data)[key];
    document.body.append(line);
  };
  window.__benchReport = (name, paint) => socket.send(JSON.stringify({ name, paint }));
  socket.onopen = () => { document.title = 'open'; };
</script>`;
}

export const FLOOR_SELECTOR = '.floor-line';

export interface Floor {
  /** Sends one frame (text) and resolves with the span until the page painted `name`. */
  deliver(frame: string, name: string): Promise<Span>;
  /** The page's stamps for a name, asked the way the app bench asks the pop window's page. */
  paintOf(name: string): Promise<PagePaint>;
  /** The floor page's clock against ours (measured again on each call). */
  checkClock(): Promise<ClockCheck>;
  close(): Promise<void>;
}

/**
 * A bare page in its own Chromium (same flags as the stand-in's), fed by a WebSocket server in
 * this process. `nameKey`: the frame's field that holds the name to show.
 */
export async function startFloor(nameKey: string): Promise<Floor> {
  const http = createServer((_request, response) =>
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(floorPage(nameKey)),
  );
  const wss = new WebSocketServer({ server: http, perMessageDeflate: false });
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  const connected = new Promise<WebSocket>((done) => wss.once('connection', done));
  let browser: Browser | null = null;
  const close = async () => {
    await browser?.close();
    for (const client of wss.clients) client.terminate();
    wss.close();
    http.closeAllConnections();
    await new Promise<void>((done) => http.close(() => done()));
  };
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS] });
    const page: Page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(http.address() as AddressInfo).port}/`);
    await page.evaluate(`(${PAINT_OBSERVER})(${JSON.stringify(FLOOR_SELECTOR)})`);
    const socket = await connected;
    const reports = new Map<string, (paint: PagePaint) => void>();
    socket.on('message', (data) => {
      const { name, paint } = JSON.parse(String(data)) as { name: string; paint: PagePaint };
      reports.get(name)?.(paint);
      reports.delete(name);
    });
    await page.waitForFunction(`document.title === 'open'`);
    let clock = await clockOffset(() => page.evaluate(`(${PAGE_CLOCK})()`) as Promise<number>);
    return {
      async deliver(frame, name) {
        const painted = new Promise<PagePaint>((resolve) => reports.set(name, resolve));
        // Stamped before the send: if the OS takes the CPU from this process between the two, the
        // figure grows; stamped after, the page could paint "before" the frame left.
        const sent = wallClock();
        socket.send(frame);
        return spanOf(sent, await painted, clock);
      },
      async paintOf(name) {
        return (await page.evaluate(`(${PAINT_OF})(${JSON.stringify(name)})`)) as PagePaint;
      },
      async checkClock() {
        clock = tighter(
          clock,
          await clockOffset(() => page.evaluate(`(${PAGE_CLOCK})()`) as Promise<number>),
        );
        return clock;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
