/**
 * The built `watch` in child processes (so only their own event loops keep them alive), each
 * against its own demo server: one through 20 restarts with seeded up and down times, the other
 * through a two-minute outage and then a half-open connection. The two run side by side, so the
 * file takes about three minutes, mostly waiting. At the end each process is alive, live, and pops
 * a call made only then. Figures go to .tmp/reliability/watch-lifetime.json (docs/reliability.md).
 */
import { describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../src-main/demo-server';
import { startBuiltCli, watchArgs, type BuiltCli, type Line } from '../support/built-cli';
import { cleanupsAfterEach } from '../support/cleanup';
import { eventually } from '../support/eventually';
import { recordFigures } from '../support/figures';
import { seededRandom, seedFrom } from '../support/random';

const PASSWORD = 'Soak-lifetime-pw-52e!';
const RESTARTS = 20;
const OUTAGE_MS = 120_000;
/** The session calls a connection stable after 10 s live, and then retries at once (session/backoff.ts). */
const STABLE_MS = 10_500;

const seed = seedFrom('LIFETIME_SEED');
const random = seededRandom(seed);
const between = (low: number, high: number) => Math.round(low + random() * (high - low));
/** A scenario step that lasts this long (the server up or down), not a wait for something to happen. */
const hold = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const cleanups = cleanupsAfterEach();

/** One demo server that can be restarted on its port, and one built `watch` following user 4224 on it. */
async function watchedServer() {
  const start = (port: number) => startDemoServer({ username: 'manager', password: PASSWORD, port });
  let server: DemoServer = await start(0);
  cleanups.push(() => server.stop());
  const port = server.port;
  const watch: BuiltCli = startBuiltCli(watchArgs(port), { ISYMPHONY_PASSWORD: PASSWORD });
  cleanups.push(async () => void (await watch.stop('SIGKILL')));
  const world = {
    watch,
    server: () => server,
    down: () => server.stop(),
    up: async () => void (server = await start(port)),
    /** The next live line after line `from`, and the filter on the server it reached. */
    async liveAgain(from: number, what: string): Promise<Line> {
      const live = await watch.waitForLine((l) => l.state === 'live', what, 60_000, from);
      await eventually(
        () => server.clients().some((c) => c.filters.length > 0),
        `the filter (${what})`,
        10_000,
      );
      return live;
    },
    /** The process is still running, and pops a call made now; then SIGTERM ends it with 0. */
    async popsAFreshCallAndStops(): Promise<void> {
      const seenIds = new Set(watch.lines.map((l) => l.value.id));
      const from = watch.lines.length;
      await server.scenarios.inboundAnswered({ to: '4224' });
      const pop = await watch.waitForLine(
        (l) => l.kind === 'call' && l.pop === true && !seenIds.has(l.id),
        'the pop of the fresh call',
        20_000,
        from,
      );
      expect(pop.value).toMatchObject({ state: 'ringing', callerName: 'Jordan Rivera' });
      expect(watch.exit()).toBeNull();
      expect(watch.lines.filter((l) => l.value.state === 'failed')).toEqual([]);
      expect(await watch.stop('SIGTERM')).toEqual({ code: 0, signal: null });
      expect(watch.lines.at(-1)?.value).toMatchObject({ kind: 'connection', state: 'stopped' });
      expect(watch.stderr() + JSON.stringify(watch.lines)).not.toContain(PASSWORD);
    },
  };
  return world;
}

async function restarts() {
  const w = await watchedServer();
  let live = await w.liveAgain(0, 'the first connection');
  const reconnectMs: number[] = [];
  const stableReconnectMs: number[] = [];
  let longestDownMs = 0;
  for (let round = 1; round <= RESTARTS; round++) {
    // Every fourth restart comes after a stable connection; the others come quickly, so backoff grows.
    const stable = round % 4 === 1;
    await hold(stable ? Math.max(0, STABLE_MS - (Date.now() - live.at)) : between(200, 1_500));
    const from = w.watch.lines.length;
    const downAt = Date.now();
    await w.down();
    await hold(between(0, 2_000));
    await w.up();
    const upAt = Date.now();
    longestDownMs = Math.max(longestDownMs, upAt - downAt);
    live = await w.liveAgain(from, `live after restart ${round}`);
    reconnectMs.push(live.at - upAt);
    if (stable) stableReconnectMs.push(live.at - upAt);
    expect(w.watch.exit()).toBeNull();
  }
  await w.popsAFreshCallAndStops();
  return {
    restartsSurvived: reconnectMs.length,
    longestRestartDownMs: longestDownMs,
    reconnectMedianMs: median(reconnectMs),
    reconnectMedianAfterStableMs: median(stableReconnectMs),
    reconnectMaxMs: Math.max(...reconnectMs),
  };
}

async function outageThenHalfOpen() {
  const w = await watchedServer();
  await w.liveAgain(0, 'the first connection');

  // Two minutes with nothing listening: the process keeps retrying, with no socket open at all.
  const beforeOutage = w.watch.lines.length;
  const outageStart = Date.now();
  await w.down();
  await hold(OUTAGE_MS);
  const attemptsDuringOutage = w.watch.lines
    .slice(beforeOutage)
    .filter((l) => l.value.state === 'connecting').length;
  expect(w.watch.exit()).toBeNull();
  await w.up();
  const upAt = Date.now();
  const live = await w.liveAgain(beforeOutage, 'live after the two-minute outage');

  // Half-open: the server stops reading and writing without closing; the heartbeat must notice.
  await hold(Math.max(0, STABLE_MS - (Date.now() - live.at)));
  const beforeHalfOpen = w.watch.lines.length;
  const [halfOpen] = w.server().clients();
  const pausedAt = Date.now();
  w.server().pause(halfOpen!.id);
  const dead = await w.watch.waitForLine(
    (l) => l.state === 'backoff' && l.code === 'heartbeat-timeout',
    'the heartbeat to find the half-open connection',
    60_000,
    beforeHalfOpen,
  );
  const afterHalfOpen = await w.liveAgain(dead.index, 'live after the half-open connection');
  await eventually(
    () =>
      w
        .server()
        .clients()
        .some((c) => c.id !== halfOpen!.id && c.filters.length > 0),
    'the filter on the connection that replaced the half-open one',
    10_000,
  );
  await w.popsAFreshCallAndStops();
  return {
    longestOutageSurvivedMs: upAt - outageStart,
    attemptsDuringOutage,
    liveAfterOutageMs: live.at - upAt,
    halfOpenDetectedMs: dead.at - pausedAt,
    liveAfterHalfOpenDetectedMs: afterHalfOpen.at - dead.at,
  };
}

describe('watch, built, through restarts, a long outage and a half-open connection', () => {
  it(
    'stays alive through each, is live at the end, and pops a fresh call',
    { timeout: 420_000 },
    async () => {
      const [restarted, outage] = await Promise.all([restarts(), outageThenHalfOpen()]);
      const figures = { seed, ...restarted, ...outage };
      process.stdout.write(`watch lifetime: ${JSON.stringify(figures)}\n`);
      await recordFigures('watch-lifetime', figures);
      expect(restarted.restartsSurvived).toBe(RESTARTS);
      expect(outage.attemptsDuringOutage).toBeGreaterThanOrEqual(2);
    },
  );
});
