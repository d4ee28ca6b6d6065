/**
 * The soak: office traffic from the demo server (`startTraffic`) into a CallPipeline for many
 * minutes, with the server restarted at seeded moments, the heap sampled after full collections.
 * Pops must equal the calls that rang me (counted by an independent observer socket that reads the
 * wire with JSON.parse, not the app's decoder), and the heap must stay flat.
 *
 *   npm run soak                         # 30 minutes
 *   SOAK_MINUTES=5 SOAK_SEED=42 npm run soak
 *
 * Run with --expose-gc (the npm script does). Prints one JSON line of figures last, and writes
 * them to .tmp/reliability/soak.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import WebSocket from 'ws';
import { Secret } from '../../src-main/common/secret';
import { startDemoServer, type DemoServer, type TrafficHandle } from '../../src-main/demo-server';
import { CallPipeline } from '../../src-main/pipeline/call-pipeline';
import { EVENT_SOCKET_PATH } from '../../src-main/protocol/target';
import { eventually } from '../support/eventually';
import { seededRandom } from '../support/random';

const MANAGER = 'manager';
const PASSWORD = 'soak-Test-pw-93b1';
const ME = '4224';

export interface SoakOptions {
  readonly minutes: number;
  readonly seed: number;
  readonly callsPerMinute?: number;
  readonly stepMs?: number;
  /** Mean time between restarts. */
  readonly restartEveryMs?: number;
  readonly log?: (line: string) => void;
}

export interface SoakFigures {
  readonly minutes: number;
  readonly seed: number;
  readonly restarts: number;
  readonly callsExpected: number;
  readonly callsPopped: number;
  readonly duplicatePops: number;
  readonly liveAtEnd: number;
  readonly callChanges: number;
  readonly heapSamplesMiB: readonly number[];
  /** Mean of the last quarter of samples minus the mean of the first quarter after warm-up. */
  readonly heapGrowthMiB: number;
}

/** Waits until a moment on the wall clock: the soak's schedule (samples, restarts, end) is by time. */
const until = (at: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, at - Date.now())));

/** Reads every event the server sends (no filter) and keeps the caller segments that rang my phone from outside. */
function observe(port: number, rang: Set<string>): Promise<WebSocket> {
  const auth = `Basic ${Buffer.from(`${MANAGER}:${PASSWORD}`).toString('base64')}`;
  const ws = new WebSocket(`ws://127.0.0.1:${port}${EVENT_SOCKET_PATH}`, {
    headers: { Authorization: auth },
  });
  ws.on('message', (data: Buffer) => {
    const wire = JSON.parse(data.toString('utf8')) as Record<string, unknown>;
    if (wire.type !== 'dial' || wire.extensionNumber2 !== ME) return;
    if (wire.username1 != null || wire.extensionNumber1 != null) return;
    if (typeof wire.callSegmentId1 === 'string') rang.add(wire.callSegmentId1);
  });
  ws.on('error', () => {});
  return new Promise((done, fail) => {
    ws.once('open', () => done(ws));
    ws.once('error', fail);
  });
}

export async function runSoak(options: SoakOptions): Promise<SoakFigures> {
  const log = options.log ?? (() => {});
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('soak: run node with --expose-gc');
  const random = seededRandom(options.seed);
  const callsPerMinute = options.callsPerMinute ?? 120;
  const stepMs = options.stepMs ?? 100;
  const restartEveryMs = options.restartEveryMs ?? 20_000;
  const users = [ME, '4225', '4226'];

  let server: DemoServer = await startDemoServer({ username: MANAGER, password: PASSWORD, random });
  const port = server.port;
  const rang = new Set<string>();
  let observer = await observe(port, rang);
  const popped = new Map<string, number>();
  let callChanges = 0;
  let lives = 0;
  const pipeline = new CallPipeline({
    connection: {
      target: { host: '127.0.0.1', port, tls: false, path: EVENT_SOCKET_PATH },
      managerUsername: MANAGER,
      password: new Secret(PASSWORD),
    },
    me: { username: ME, extensions: [ME] },
    random,
    sessionTimings: { backoff: { baseMs: 20, capMs: 200, floorMs: 5, stableAfterMs: 60_000 } },
    restTimeoutMs: 2_000,
  });
  pipeline.on('connection', (s) => {
    if (s.kind === 'live') lives++;
  });
  pipeline.on('call', (change) => {
    callChanges++;
    if (change.pop === null) return;
    const key = change.call.id;
    popped.set(key, (popped.get(key) ?? 0) + 1);
  });
  pipeline.start();
  await eventually(
    () => lives === 1 && server.clients().some((c) => c.filters.length > 0),
    'the first live state',
    10_000,
  );

  const filtered = () => server.clients().some((c) => c.filters.length > 0);
  /** Stops the traffic and waits until the server has ended every call and the pipeline has seen each end. */
  const quiet = async (traffic: TrafficHandle) => {
    traffic.stop();
    await traffic.settled();
    await eventually(() => pipeline.liveCalls().length === 0, 'every call ended in the pipeline', 10_000);
  };
  let traffic: TrafficHandle = server.startTraffic({ users, callsPerMinute, stepMs });
  const samples: number[] = [];
  const sample = async () => {
    gc();
    // One turn of the event loop lets finalisers queued by the first collection run before the second.
    await new Promise<void>((r) => setImmediate(r));
    gc();
    samples.push(process.memoryUsage().heapUsed / 2 ** 20);
  };
  const end = Date.now() + options.minutes * 60_000;
  const sampleEvery = Math.max(1_000, (options.minutes * 60_000) / 60);
  let nextSample = Date.now() + sampleEvery;
  let nextRestart = Date.now() + restartEveryMs * (0.5 + random());
  let restarts = 0;
  while (Date.now() < end) {
    await until(Math.min(nextSample, nextRestart, end));
    if (Date.now() >= nextSample) {
      await sample();
      nextSample += sampleEvery;
    }
    if (Date.now() < nextRestart) continue;
    // A quiet moment first, so every call that rang is either seen by both sides or by neither:
    // calls ringing across a gap are the fault suite's subject; here the count must come out exact.
    await quiet(traffic);
    const lives0 = lives;
    observer.terminate();
    await server.stop();
    server = await startDemoServer({ username: MANAGER, password: PASSWORD, port, random });
    observer = await observe(port, rang);
    await eventually(() => lives > lives0 && filtered(), `live after restart ${restarts + 1}`, 10_000);
    restarts++;
    log(`restart ${restarts}: ${rang.size} calls rang, ${popped.size} popped`);
    traffic = server.startTraffic({ users, callsPerMinute, stepMs });
    nextRestart = Date.now() + restartEveryMs * (0.5 + random());
  }
  await quiet(traffic);
  await sample();
  const liveAtEnd = pipeline.liveCalls().length;
  await pipeline.stop();
  observer.terminate();
  await server.stop();

  const quarter = Math.max(1, Math.floor(samples.length / 4));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  // The first sample is warm-up (modules, JIT, first buffers).
  const early = samples.slice(1, 1 + quarter);
  const late = samples.slice(-quarter);
  return {
    minutes: options.minutes,
    seed: options.seed,
    restarts,
    callsExpected: rang.size,
    callsPopped: [...popped.values()].reduce((a, b) => a + b, 0),
    duplicatePops: [...popped.values()].filter((n) => n > 1).length,
    liveAtEnd,
    callChanges,
    heapSamplesMiB: samples.map((x) => Math.round(x * 100) / 100),
    heapGrowthMiB: early.length > 0 ? Math.round((mean(late) - mean(early)) * 100) / 100 : 0,
  };
}

async function main(): Promise<void> {
  const minutes = Number(process.env.SOAK_MINUTES ?? 30);
  const seed = process.env.SOAK_SEED
    ? Number(process.env.SOAK_SEED) >>> 0
    : Math.floor(Math.random() * 2 ** 32);
  process.stderr.write(`soak: ${minutes} min, SOAK_SEED=${seed}\n`);
  const restartEveryMs = Number(process.env.SOAK_RESTART_MS ?? 20_000);
  const figures = await runSoak({
    minutes,
    seed,
    restartEveryMs,
    log: (line) => process.stderr.write(`soak: ${line}\n`),
  });
  const dir = resolve(import.meta.dirname, '../../.tmp/reliability');
  mkdirSync(dir, { recursive: true });
  const name = process.env.SOAK_FIGURES ?? 'soak';
  writeFileSync(
    resolve(dir, `${name}.json`),
    JSON.stringify({ ...figures, recordedAt: new Date().toISOString() }, null, 2) + '\n',
  );
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
}
