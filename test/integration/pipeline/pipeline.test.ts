/**
 * The call pipeline over real sockets against the demo server: every scenario, server restarts
 * with a call ringing across them, half-open connections, sleep and wake, garbage, runtime
 * settings, and a clean stop. Intervals are short and jitter is off, so the file takes seconds.
 */
import { describe, expect, it } from 'vitest';
import type { CallChange } from '../../../src-main/calls/types';
import type { DemoServer, ScenarioRun } from '../../../src-main/demo-server';
import type { Segment } from '../../../src-main/protocol/events';
import { resolveProfile } from '../../../src-main/protocol/profile';
import { trackingClock } from '../../support/tracking-clock';
import { extensionId, FAST_TIMINGS, newPipeline, startServer } from './support';
import { eventually } from '../../support/eventually';
import { cleanupsAfterEach } from '../../support/cleanup';

const cleanups = cleanupsAfterEach();

async function serverAndPipeline(
  ...args: Parameters<typeof newPipeline> extends [number, ...infer R] ? R : never
) {
  const server = await startServer();
  cleanups.push(() => server.stop());
  const p = newPipeline(server.port, ...args);
  cleanups.push(() => p.pipeline.stop());
  p.pipeline.start();
  await eventually(() => p.lives() === 1, 'the first live state');
  await eventually(() => server.clients().some((c) => c.filters.length > 0), 'the filter to arrive');
  return { server, ...p };
}

/**
 * Runs a scenario and waits until each call it made for me has ended; returns the changes it caused.
 * Then a marker frame goes down the same socket: once the pipeline has received it, any change the
 * scenario could still cause has arrived, so nothing late is missed however slow the machine.
 */
async function play(
  p: {
    changes: CallChange[];
    server: DemoServer;
    pipeline: { stats: { session: { framesReceived: number } } };
  },
  run: Promise<ScenarioRun>,
  expectedCalls: number,
  /** The server the pipeline is connected to, if not `p.server`. */
  via: DemoServer = p.server,
): Promise<CallChange[]> {
  const from = p.changes.length;
  const done = await run;
  await eventually(
    () => p.changes.slice(from).filter((c) => c.change === 'ended').length >= expectedCalls,
    `${done.scenario} to end ${expectedCalls} call(s)`,
  );
  await flushed({ ...p, server: via });
  return p.changes.slice(from);
}

/** Sends a frame no one listens for, after everything sent so far, and waits until the pipeline has it. */
async function flushed(p: {
  server: DemoServer;
  pipeline: { stats: { session: { framesReceived: number } } };
}) {
  const received = p.pipeline.stats.session.framesReceived;
  p.server.emitRaw({ type: 'testMarker', time: Date.now() }, { bypassFilters: true });
  await eventually(() => p.pipeline.stats.session.framesReceived > received, 'the marker frame');
}

const summary = (changes: readonly CallChange[]) =>
  changes.map((c) => ({ change: c.change, state: c.call.state, pop: c.pop !== null }));

describe('the call pipeline against the demo server', () => {
  it('asks the server only for dial, link, linkEnd and hangup', async () => {
    const { server } = await serverAndPipeline();
    const filters = server.clients()[0]!.filters!;
    expect(filters.map((f) => `${f.property}=${f.value}`).sort()).toEqual(
      ['type=dial', 'type=hangup', 'type=link', 'type=linkEnd'].sort(),
    );
  });

  it('gives exactly the expected records for every call scenario, one pop per popping call', async () => {
    const p = await serverAndPipeline();
    const s = p.server.scenarios;

    expect(summary(await play(p, s.inboundAnswered({ to: '4224' }), 1))).toEqual([
      { change: 'created', state: 'ringing', pop: true },
      { change: 'updated', state: 'answered', pop: false },
      { change: 'ended', state: 'ended', pop: false },
    ]);
    expect(summary(await play(p, s.missed({ to: '4224' }), 1))).toEqual([
      { change: 'created', state: 'ringing', pop: true },
      { change: 'ended', state: 'missed', pop: false },
    ]);
    const noName = await play(p, s.noCallerName({ to: '4224' }), 1);
    expect(noName.at(-1)!.call).toMatchObject({
      state: 'ended',
      callerName: null,
      callerNumber: '+15555550142',
    });

    const group = await play(p, s.ringGroup({ to: ['4224', '4225'], answeredBy: '4225' }), 1);
    expect(summary(group)).toEqual([
      { change: 'created', state: 'ringing', pop: true },
      { change: 'ended', state: 'answered-elsewhere', pop: false },
    ]);
    expect(group.at(-1)!.call.answeredBy).toMatchObject({ username: '4225' });

    const queue = await play(p, s.queue({ agents: ['4225', '4224'], answeredBy: '4224', rounds: 2 }), 1);
    expect(queue.filter((c) => c.pop !== null)).toHaveLength(1);
    expect(queue.at(-1)!.call).toMatchObject({ state: 'ended', extension: '4224' });

    const internal = await play(p, s.internal({ from: '4225', to: '4224' }), 1);
    expect(internal.at(-1)!.call).toMatchObject({
      state: 'ended',
      internal: true,
      pop: false,
      popSuppressed: 'internal',
    });
    expect(internal.some((c) => c.pop !== null)).toBe(false);

    const outbound = await play(p, s.outbound({ from: '4224', to: '+15555550177' }), 1);
    expect(outbound.at(-1)!.call).toMatchObject({
      direction: 'outbound',
      state: 'ended',
      calleeNumber: '+15555550177',
      pop: false,
    });

    const transfer = await play(p, s.blindTransfer({ to: '4225', transferTo: '4224' }), 1);
    expect(transfer.filter((c) => c.pop !== null)).toHaveLength(1);
    expect(transfer.at(-1)!.call).toMatchObject({ state: 'ended', transferredFrom: { username: '4225' } });

    const before = p.changes.length;
    for (const run of [
      s.userStatus({ user: '4224', name: 'Away', type: 'away' }),
      s.userLogin({ user: '4224' }),
      s.agentLogin({ user: '4224' }),
      s.inboundAnswered({ to: '4226' }),
    ]) {
      expect((await run).completed).toBe(true);
    }
    await flushed(p);
    expect(p.changes.length).toBe(before);
    expect(p.pipeline.liveCalls()).toEqual([]);
  });

  it('survives 20 server restarts on the same port: 20 reconnections, a call ringing across them pops once', async () => {
    let server: DemoServer = await startServer();
    const port = server.port;
    cleanups.push(() => server.stop());
    const p = newPipeline(port);
    cleanups.push(() => p.pipeline.stop());
    p.pipeline.start();
    await eventually(() => p.lives() === 1, 'live');

    // One call rings through every restart (each new server is told about it, as a PBX would still
    // have it); a second one rings only before the first restart and is gone from the next server.
    const caller: Segment = {
      callSegmentId: 'caller-across',
      callerIdName: 'Ada Across',
      callerIdNumber: '+15555550111',
      did: '+15555550100',
      extensionId: null,
      extensionNumber: null,
      userId: null,
      username: null,
    };
    const mine = async (s: DemoServer): Promise<Segment> => ({
      callSegmentId: 'mine-across',
      callerIdName: 'Michael Young',
      callerIdNumber: '4224',
      did: null,
      extensionId: await extensionId(s, '4224'),
      extensionNumber: '4224',
      userId: null,
      username: '4224',
    });
    const dial = (s: DemoServer, a: Segment, b: Segment) =>
      s.emitEvent({
        kind: 'dial',
        type: 'dial',
        time: null,
        coreServerId: s.coreServerId,
        caller: a,
        callee: b,
      });
    dial(server, caller, await mine(server));
    const forgotten: Segment = {
      ...caller,
      callSegmentId: 'caller-forgotten',
      callerIdNumber: '+15555550122',
    };
    dial(server, forgotten, { ...(await mine(server)), callSegmentId: 'mine-forgotten' });
    await eventually(() => p.pops().length === 2, 'both calls to pop');

    for (let restart = 1; restart <= 20; restart++) {
      await server.stop();
      server = await startServer({ port });
      dial(server, caller, await mine(server));
      await eventually(() => p.catchUps.length === restart, `the catch-up after restart ${restart}`);
    }
    expect(p.lives()).toBe(21);
    expect(p.pipeline.stats.session.connects).toBe(21);
    expect(p.catchUps.every((r) => r.outcome === 'listed')).toBe(true);

    const across = p.records().filter((r) => r.callerNumber === '+15555550111');
    expect(across).toHaveLength(1);
    expect(across[0]!.state).toBe('ringing');
    const gone = p.records().find((r) => r.callerNumber === '+15555550122')!;
    expect(gone.state).toBe('unknown');
    expect(gone.unknownReason?.code).toBe('connection-lost');
    expect(p.pops()).toHaveLength(2);

    server.emitEvent({
      kind: 'hangup',
      type: 'hangup',
      time: null,
      coreServerId: server.coreServerId,
      segment: caller,
    });
    await eventually(
      () => p.records().find((r) => r.callerNumber === '+15555550111')!.state === 'missed',
      'the end',
    );
    expect(p.pops()).toHaveLength(2);
  });

  it('keeps a call the REST API still lists after a gap', async () => {
    const p = await serverAndPipeline();
    const run = p.server.scenarios.inboundAnswered({ to: '4224', stepMs: 10_000 });
    await eventually(() => p.pops().length === 1, 'the pop');
    p.server.dropAll();
    await eventually(() => p.catchUps.length === 1, 'the catch-up');
    // The server still has the call in progress, so it stays.
    expect(p.pipeline.liveCalls()).toHaveLength(1);
    void run;
  });

  it('without an extension or with REST failing, a ringing call from before the gap becomes unknown', async () => {
    const p = await serverAndPipeline({ me: { username: '4224', extensions: [] } });
    void p.server.scenarios.missed({ to: '4224', stepMs: 10_000 });
    await eventually(() => p.pops().length === 1, 'the pop');
    p.server.dropAll();
    await eventually(() => p.catchUps.length === 1, 'the catch-up');
    expect(p.catchUps[0]).toMatchObject({ outcome: 'no-extensions', segments: null, closed: 1 });
    expect(p.records()[0]).toMatchObject({ state: 'unknown', unknownReason: { code: 'connection-lost' } });
  });

  it('detects a half-open connection with the heartbeat and replaces it', async () => {
    const p = await serverAndPipeline({
      sessionTimings: { ...FAST_TIMINGS, heartbeat: { intervalMs: 100, timeoutMs: 200 } },
    });
    const first = p.server.clients()[0]!.id;
    p.server.pause(first);
    await eventually(() => p.lives() >= 2, 'a second live connection');
    // At least the paused one; a loaded machine may also miss a deadline on a healthy socket.
    expect(p.pipeline.stats.session.heartbeatTimeouts).toBeGreaterThanOrEqual(1);
    expect(p.states.some((s) => s.code === 'heartbeat-timeout')).toBe(true);
    expect(p.server.clients().some((c) => c.id !== first)).toBe(true);
    // The new connection carries calls.
    await play(p, p.server.scenarios.missed({ to: '4224' }), 1);
  });

  it('suspends (closed, no retries) and resumes (live again, caught up)', async () => {
    const p = await serverAndPipeline();
    await p.pipeline.suspend();
    expect(p.pipeline.state).toMatchObject({ kind: 'stopped', code: 'suspended' });
    await eventually(() => p.server.clients().length === 0, 'the server to see the close');
    await new Promise((r) => setTimeout(r, 100));
    expect(p.pipeline.stats.session.attempts).toBe(1);
    p.pipeline.resume();
    await eventually(() => p.lives() === 2 && p.catchUps.length === 1, 'live again and caught up');
    await play(p, p.server.scenarios.missed({ to: '4224' }), 1);
  });

  it('counts 1,000 garbage frames and stays live; an event with an unreadable field is kept and counted', async () => {
    const p = await serverAndPipeline();
    for (let i = 0; i < 1_000; i++) {
      const kinds = ['not json {', '[1,2]', '{"type":42}', '"text"', '{"type":"dial","time":"soon"}'];
      p.server.emitRaw(kinds[i % kinds.length]!, { bypassFilters: true });
    }
    // The dial whose time is not a number is read (time absent) and counted per field, not dropped.
    await eventually(
      () => p.pipeline.stats.session.rejectedFrames === 800 && p.pipeline.unreadableFields().messages === 200,
      'every frame to be counted',
    );
    expect(p.pipeline.unreadableFields().fields).toEqual([{ field: 'time', count: 200 }]);
    expect(p.pipeline.state.kind).toBe('live');
    expect(p.lives()).toBe(1);
    expect(p.changes).toEqual([]);
    await play(p, p.server.scenarios.missed({ to: '4224' }), 1);
  });

  it('applies who I am, pop-internal and dnd at runtime without reconnecting', async () => {
    const p = await serverAndPipeline();
    await p.pipeline.configure({ username: '4225', extensions: ['4225'], popInternal: true });
    const internal = await play(p, p.server.scenarios.internal({ from: '4226', to: '4225' }), 1);
    expect(internal.filter((c) => c.pop !== null)).toHaveLength(1);
    await p.pipeline.configure({ dnd: true });
    const quiet = await play(p, p.server.scenarios.missed({ to: '4225' }), 1);
    expect(quiet[0]!.call.popSuppressed).toBe('dnd');
    expect(p.pipeline.stats.session.attempts).toBe(1);
  });

  it('reconnects for a new connection, and replaces the session for a new profile', async () => {
    const p = await serverAndPipeline();
    const other = await startServer();
    cleanups.push(() => other.stop());
    await p.pipeline.configure({
      connection: {
        target: { host: '127.0.0.1', port: other.port, tls: false, path: '/communication_manager/ws/event' },
      },
    });
    await eventually(() => other.clients().length === 1 && p.lives() === 2, 'live on the other server');
    await play(p, other.scenarios.missed({ to: '4224' }), 1, other);

    const renamed = resolveProfile({ eventTypes: { dial: 'Dial' } });
    if (!renamed.ok) throw new Error(renamed.error.message);
    await p.pipeline.configure({ profile: renamed.value });
    await eventually(() => p.lives() === 3, 'live with the new profile');
    // Live comes with the socket's open; the filter message reaches the server just after.
    await eventually(
      () => other.clients()[0]?.filters.some((f) => f.value === 'Dial') === true,
      'the new filter at the server',
    );
  });

  it('sweeps on the injected clock', async () => {
    const p = await serverAndPipeline({ sweepIntervalMs: 20 });
    await eventually(() => p.pipeline.stats.sweeps >= 2, 'two sweeps');
  });

  it('releases every timer, socket and listener on stop', async () => {
    const server = await startServer();
    cleanups.push(() => server.stop());
    const clock = trackingClock();
    const sockets = () => process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap').length;
    const before = sockets();
    const p = newPipeline(server.port, { clock, sweepIntervalMs: 1_000 });
    p.pipeline.start();
    await eventually(() => p.lives() === 1, 'live');
    server.dropAll();
    await eventually(() => p.catchUps.length === 1, 'a catch-up, so a REST request was made');
    expect(clock.pending()).toBeGreaterThan(0);
    expect(sockets()).toBeGreaterThan(before);
    await p.pipeline.stop();
    expect(clock.pending()).toBe(0);
    await eventually(() => sockets() <= before, 'the sockets to close');
    expect(p.pipeline.state.kind).toBe('stopped');
  });
});
