/**
 * The live call pipeline against the demo server's storm on loopback, side by side with a floor
 * client that only receives frames and JSON.parses them.
 *
 * - Throughput: the storm runs in a child process, so the server's sending costs the client
 *   nothing. Each run counts a fixed number of received events against this process's CPU time:
 *   events per CPU second is what the client can take, whatever rate the server manages and
 *   however busy the machine is. Floor and pipeline runs alternate, RUNS times each.
 * - Pop latency: one process, one clock. A storm of 20,000 events/s of other users runs while a
 *   probe call rings the benchmark's user every 20 ms; latency is from just before the server
 *   sends the dial to the pipeline's pop decision, both on performance.now().
 * - Heap: growth of this process's heap over 1,000,000 events, with global.gc() before and after.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { spawn } from 'node:child_process';
import WebSocket from 'ws';
import { systemClock, type Clock } from '../../src-main/common/clock';
import { Secret } from '../../src-main/common/secret';
import { startDemoServer } from '../../src-main/demo-server';
import { CallPipeline } from '../../src-main/pipeline/call-pipeline';
import type { Segment } from '../../src-main/protocol/events';
import { appFilter, filterMessage } from '../../src-main/protocol/filter';
import { DEFAULT_PROFILE } from '../../src-main/protocol/profile';
import { EVENT_SOCKET_PATH, type ServerTarget } from '../../src-main/protocol/target';
import { PIPELINE_KINDS } from '../../src-main/pipeline/call-pipeline';
import { median, percentile, type BenchFigure, type BenchSuite } from './figures';

const MANAGER = 'manager';
const PASSWORD = 'bench-password';
const ME = '4224';
const RUNS = 7;
const EVENTS_PER_RUN = 200_000;
const STORM_RATE = 300_000;
const HEAP_EVENTS = 1_000_000;
const LATENCY_STORM_RATE = 20_000;
const PROBES = 300;
const PROBE_EVERY_MS = 20;

const preciseClock: Clock = { ...systemClock, now: () => performance.timeOrigin + performance.now() };

// ── the storm server in its own process ───────────────────────────────────────────────────────

interface StormProcess {
  readonly port: number;
  storm(eventsPerSecond: number): Promise<void>;
  calm(): Promise<number>;
  close(): Promise<void>;
}

/**
 * The demo server in a child process, so its sending costs neither the client's thread nor the
 * client process's CPU time (the figure below).
 */
async function stormProcess(): Promise<StormProcess> {
  const serverModule = pathToFileURL(resolve('src-main/demo-server/index.ts')).href;
  const source = `
    const { startDemoServer } = await import(${JSON.stringify(serverModule)});
    let server, storm;
    process.on('message', async (m) => {
      if (m.cmd === 'start') {
        server = await startDemoServer({ username: m.username, password: m.password });
        process.send({ port: server.port });
      } else if (m.cmd === 'storm') {
        storm = server.startStorm({ eventsPerSecond: m.rate, excludeUsers: m.exclude });
        process.send({ ok: true });
      } else if (m.cmd === 'calm') {
        const sent = storm ? storm.sent : 0;
        storm?.stop();
        storm = undefined;
        process.send({ sent });
      } else if (m.cmd === 'close') {
        await server.stop();
        process.send({ ok: true });
        process.disconnect();
      }
    });`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', source], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = <T>(message: object): Promise<T> =>
    new Promise((done) => {
      child.once('message', (answer) => done(answer as T));
      child.send(message);
    });
  const { port } = await ask<{ port: number }>({ cmd: 'start', username: MANAGER, password: PASSWORD });
  return {
    port,
    storm: (rate) => ask({ cmd: 'storm', rate, exclude: [ME] }).then(() => undefined),
    calm: () => ask<{ sent: number }>({ cmd: 'calm' }).then((m) => m.sent),
    close: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      await ask({ cmd: 'close' });
      await exited;
    },
  };
}

// ── the two clients ───────────────────────────────────────────────────────────────────────────

const targetOf = (port: number): ServerTarget => ({
  host: '127.0.0.1',
  port,
  tls: false,
  path: EVENT_SOCKET_PATH,
});

interface Receiver {
  /** Resolves after at least `count` more events were received, with the number received so far. */
  next(count: number): Promise<number>;
  close(): Promise<void>;
}

async function floorClient(port: number): Promise<Receiver> {
  // The session's socket options (src-main/session/ws-socket.ts), skipUTF8Validation included:
  // the session checks UTF-8 itself, so that check is the pipeline's work and not the floor's.
  const socket = new WebSocket(`ws://127.0.0.1:${port}${EVENT_SOCKET_PATH}`, {
    headers: { Authorization: `Basic ${Buffer.from(`${MANAGER}:${PASSWORD}`).toString('base64')}` },
    maxPayload: 1024 * 1024,
    perMessageDeflate: false,
    followRedirects: false,
    skipUTF8Validation: true,
  });
  let received = 0;
  let goal = Infinity;
  let reached: (n: number) => void = () => {};
  let sink = 0;
  socket.on('message', (data) => {
    const value = JSON.parse(String(data)) as { type?: unknown };
    if (value.type === 'x') sink += 1;
    if (++received >= goal) reached(received);
  });
  await new Promise<void>((done, fail) => {
    socket.once('open', () => done());
    socket.once('error', fail);
  });
  // The same filter the pipeline sends, so both receive the same frames.
  socket.send(filterMessage(appFilter(DEFAULT_PROFILE, PIPELINE_KINDS)));
  await new Promise((r) => setTimeout(r, 100));
  return {
    next(count) {
      goal = received + count;
      return new Promise((done) => (reached = done));
    },
    async close() {
      void sink;
      socket.close();
      await new Promise((r) => socket.once('close', r));
    },
  };
}

async function pipelineClient(
  port: number,
  clock: Clock = systemClock,
): Promise<Receiver & { pipeline: CallPipeline }> {
  const pipeline = new CallPipeline({
    connection: { target: targetOf(port), managerUsername: MANAGER, password: new Secret(PASSWORD) },
    me: { username: ME, extensions: [ME] },
    clock,
  });
  let goal = Infinity;
  let reached: (n: number) => void = () => {};
  const live = new Promise<void>((done) => pipeline.on('connection', (s) => s.kind === 'live' && done()));
  // Counting off the pipeline's own stats keeps the measurement out of the hot path.
  const poll = setInterval(() => {
    const events = pipeline.stats.events;
    if (events >= goal) reached(events);
  }, 5);
  pipeline.start();
  await live;
  await new Promise((r) => setTimeout(r, 100));
  return {
    pipeline,
    next(count) {
      goal = pipeline.stats.events + count;
      return new Promise((done) => (reached = done));
    },
    async close() {
      clearInterval(poll);
      await pipeline.stop();
    },
  };
}

// ── measurements ──────────────────────────────────────────────────────────────────────────────

/**
 * Events per second of this process's CPU time (the server runs in another process), and per
 * wall-clock second. CPU time, unlike wall time, does not count the moments a busy machine gave
 * the CPU to someone else.
 */
async function measure(receiver: Receiver, events: number): Promise<{ cpu: number; wall: number }> {
  const first = await receiver.next(1_000); // warm the path before timing
  const cpu = process.cpuUsage();
  const started = performance.now();
  const last = await receiver.next(events);
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const n = last - first;
  return { cpu: n / ((used.user + used.system) / 1e6), wall: n / (wallMs / 1000) };
}

async function throughput(): Promise<BenchFigure[]> {
  const remote = await stormProcess();
  const floor: number[] = [];
  const full: number[] = [];
  const floorWall: number[] = [];
  const fullWall: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      // Each goes first every other run, so a drift in the machine's load favours neither.
      for (const kind of run % 2 === 0
        ? (['floor', 'pipeline'] as const)
        : (['pipeline', 'floor'] as const)) {
        const receiver =
          kind === 'floor' ? await floorClient(remote.port) : await pipelineClient(remote.port);
        await remote.storm(STORM_RATE);
        const result = await measure(receiver, EVENTS_PER_RUN);
        await remote.calm();
        await receiver.close();
        (kind === 'floor' ? floor : full).push(result.cpu);
        (kind === 'floor' ? floorWall : fullWall).push(result.wall);
      }
    }
  } finally {
    await remote.close();
  }
  const floorMedian = median(floor);
  const fullMedian = median(full);
  const ratio = fullMedian / floorMedian;
  return [
    {
      name: 'floor events/s (receive + JSON.parse, per CPU second)',
      value: Math.round(floorMedian),
      unit: 'events/s',
    },
    {
      name: 'pipeline events/s (decode, validate, track, decide, per CPU second)',
      value: Math.round(fullMedian),
      unit: 'events/s',
      floor: Math.round(floorMedian),
      target: '≥ 0.85 × floor',
      meetsTarget: ratio >= 0.85,
    },
    {
      name: 'pipeline / floor',
      value: Number(ratio.toFixed(3)),
      unit: '×',
      target: '≥ 0.85',
      meetsTarget: ratio >= 0.85,
    },
    {
      name: 'floor events/s (wall clock)',
      value: Math.round(median(floorWall)),
      unit: 'events/s',
    },
    {
      name: 'pipeline events/s (wall clock)',
      value: Math.round(median(fullWall)),
      unit: 'events/s',
    },
  ];
}

function probeSegments(n: number): { caller: Segment; callee: Segment } {
  return {
    caller: {
      callSegmentId: `probe-caller-${n}`,
      callerIdName: `Probe ${n}`,
      callerIdNumber: `+1555000${String(n).padStart(4, '0')}`,
      did: '+15555550100',
      extensionId: null,
      extensionNumber: null,
      userId: null,
      username: null,
    },
    callee: {
      callSegmentId: `probe-callee-${n}`,
      callerIdName: 'Michael Young',
      callerIdNumber: ME,
      did: null,
      extensionId: `ext-${ME}`,
      extensionNumber: ME,
      userId: `user-${ME}`,
      username: ME,
    },
  };
}

async function popLatency(): Promise<BenchFigure[]> {
  const server = await startDemoServer({ username: MANAGER, password: PASSWORD, clock: preciseClock });
  const client = await pipelineClient(server.port, preciseClock);
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  client.pipeline.on('call', (change) => {
    if (change.pop === null) return;
    const t0 = sentAt.get(change.call.callerNumber ?? '');
    if (t0 !== undefined) latencies.push(preciseClock.now() - t0);
  });
  const storm = server.startStorm({ eventsPerSecond: LATENCY_STORM_RATE, excludeUsers: [ME] });
  await new Promise((r) => setTimeout(r, 500));
  for (let n = 0; n < PROBES; n++) {
    const { caller, callee } = probeSegments(n);
    const base = { time: null, coreServerId: server.coreServerId };
    sentAt.set(caller.callerIdNumber!, preciseClock.now());
    server.emitEvent({ ...base, type: 'dial', kind: 'dial', caller, callee });
    await new Promise((r) => setTimeout(r, PROBE_EVERY_MS));
    server.emitEvent({ ...base, type: 'hangup', kind: 'hangup', segment: caller });
  }
  await new Promise((r) => setTimeout(r, 200));
  storm.stop();
  const stormSent = storm.sent;
  await client.close();
  await server.stop();
  const p50 = percentile(latencies, 50);
  const p99 = percentile(latencies, 99);
  return [
    {
      name: `pop latency p50 (storm ${LATENCY_STORM_RATE} events/s, ${latencies.length}/${PROBES} pops)`,
      value: Number(p50.toFixed(2)),
      unit: 'ms',
    },
    {
      name: 'pop latency p99',
      value: Number(p99.toFixed(2)),
      unit: 'ms',
      target: '≤ 5 ms',
      meetsTarget: p99 <= 5 && latencies.length === PROBES,
    },
    { name: 'storm events sent during the latency run', value: stormSent, unit: 'events' },
  ];
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('Run the benchmarks with node --expose-gc (npm run bench).');
  gc();
  gc();
}

async function heapGrowth(): Promise<BenchFigure[]> {
  const remote = await stormProcess();
  try {
    const client = await pipelineClient(remote.port);
    await remote.storm(STORM_RATE);
    await client.next(50_000); // warm up: JIT, buffers, the tracker's rings
    collect();
    const before = process.memoryUsage().heapUsed;
    await client.next(HEAP_EVENTS);
    await remote.calm();
    await new Promise((r) => setTimeout(r, 200));
    collect();
    const after = process.memoryUsage().heapUsed;
    await client.close();
    const mb = (after - before) / (1024 * 1024);
    return [
      {
        name: `heap growth over ${HEAP_EVENTS.toLocaleString('en')} events`,
        value: Number(mb.toFixed(2)),
        unit: 'MB',
        target: '≤ 10 MB',
        meetsTarget: mb <= 10,
      },
    ];
  } finally {
    await remote.close();
  }
}

export const pipelineBench: BenchSuite = {
  name: 'pipeline',
  async run() {
    return [...(await throughput()), ...(await popLatency()), ...(await heapGrowth())];
  },
};
