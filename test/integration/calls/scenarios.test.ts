/**
 * Every demo-server call scenario, over a real websocket on 127.0.0.1: frames are decoded with the
 * app's decoder and fed to the tracker, which must produce exactly the expected records and one pop
 * per call. The tracker's clock moves one second per event, so ring and talk times are exact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CallTracker, type CallTrackerOptions } from '../../../src-main/calls/tracker';
import type { CallChange, CallRecord } from '../../../src-main/calls/types';
import { startDemoServer, type DemoServer, type ScenarioRun } from '../../../src-main/demo-server';
import { decodeFrame } from '../../../src-main/protocol/decode';
import { DEFAULT_PROFILE } from '../../../src-main/protocol/profile';
import { EVENT_SOCKET_PATH } from '../../../src-main/protocol/target';
import { eventually } from '../../support/eventually';

const USER = 'manager';
const PASSWORD = 'scenario-test-password';
const STEP = 1_000;

let server: DemoServer;
let socket: WebSocket;
const frames: string[] = [];

beforeAll(async () => {
  server = await startDemoServer({ username: USER, password: PASSWORD });
  socket = new WebSocket(`ws://127.0.0.1:${server.port}${EVENT_SOCKET_PATH}`, {
    headers: { Authorization: `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}` },
  });
  socket.on('message', (data) => frames.push(String(data)));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  await eventually(() => server.clients().length > 0, 'the server to register the connection');
});

afterAll(async () => {
  socket?.close();
  await server?.stop();
});

/** One tracker per user looking on, all fed the same frames. */
function trackers(users: readonly string[], options: Partial<CallTrackerOptions> = {}) {
  return users.map((username) => {
    let now = 0;
    const tracker = new CallTracker({
      me: { username, extensions: [username] },
      popInternal: false,
      dnd: false,
      clock: { now: () => now },
      ...options,
    });
    const changes: CallChange[] = [];
    return {
      username,
      tracker,
      changes,
      feed(text: string) {
        const decoded = decodeFrame(text, DEFAULT_PROFILE);
        if (!decoded.ok) throw new Error(decoded.rejection.message);
        if (decoded.message.kind === 'filterResponse') return;
        now += STEP;
        changes.push(...tracker.handle(decoded.message));
      },
      /** The final record of each call, in the order the calls were created. */
      records(): CallRecord[] {
        const last = new Map<string, CallRecord>();
        for (const change of changes) last.set(change.call.id, change.call);
        return [...last.values()];
      },
      pops: () => changes.filter((c) => c.pop !== null).map((c) => c.call.id),
    };
  });
}

type Watcher = ReturnType<typeof trackers>[number];

async function play(run: Promise<ScenarioRun>, watchers: readonly Watcher[]): Promise<ScenarioRun> {
  const start = frames.length;
  const done = await run;
  expect(done.completed).toBe(true);
  await eventually(() => frames.length >= start + done.events.length, `the ${done.scenario} frames`);
  const mine = frames.slice(start, start + done.events.length);
  for (const watcher of watchers) for (const frame of mine) watcher.feed(frame);
  return done;
}

/** A finished call, as every scenario leaves it: no longer live, and reported as ended exactly once. */
function expectFinished(w: Watcher) {
  expect(w.tracker.liveCalls()).toEqual([]);
  const ended = w.changes.filter((c) => c.change === 'ended').map((c) => c.call.id);
  expect(new Set(ended).size).toBe(ended.length);
  expect(ended.sort()).toEqual(
    w
      .records()
      .map((r) => r.id)
      .sort(),
  );
}

const CALLER = { callerName: 'Jordan Rivera', callerNumber: '+15555550142', did: '+15555550100' };

describe('demo-server scenarios through the call tracker', () => {
  it('inboundAnswered: one answered call that ends, with ring and talk times, popped once', async () => {
    const [me, bystander] = trackers(['4224', '4227']);
    await play(server.scenarios.inboundAnswered({ to: '4224' }), [me!, bystander!]);
    expect(me!.records()).toEqual([
      expect.objectContaining({
        ...CALLER,
        direction: 'inbound',
        state: 'ended',
        internal: false,
        extension: '4224',
        ringMs: STEP,
        talkMs: STEP,
        pop: true,
        coreServerId: server.coreServerId,
      }),
    ]);
    expect(me!.pops()).toHaveLength(1);
    expectFinished(me!);
    expect(bystander!.changes).toEqual([]);
  });

  it('noCallerName: the call pops with its number and no name', async () => {
    const [me] = trackers(['4224']);
    await play(server.scenarios.noCallerName({ to: '4224' }), [me!]);
    expect(me!.records()).toMatchObject([{ callerName: null, callerNumber: '+15555550142', state: 'ended' }]);
    expect(me!.pops()).toHaveLength(1);
  });

  it('missed: the caller gives up while it rings', async () => {
    const [me] = trackers(['4224']);
    await play(server.scenarios.missed({ to: '4224' }), [me!]);
    expect(me!.records()).toMatchObject([
      { ...CALLER, state: 'missed', ringMs: STEP, talkMs: null, pop: true },
    ]);
    expect(me!.pops()).toHaveLength(1);
    expectFinished(me!);
  });

  it('ringGroup answered by a colleague: answered elsewhere for me, answered for them, one pop each', async () => {
    const watchers = trackers(['4224', '4225', '4226']);
    const [me, colleague, outside] = watchers;
    await play(server.scenarios.ringGroup({ to: ['4224', '4225'], answeredBy: '4225' }), watchers);
    expect(me!.records()).toMatchObject([
      {
        state: 'answered-elsewhere',
        answeredBy: { username: '4225', extension: '4225', name: 'Dana Scott' },
      },
    ]);
    expect(colleague!.records()).toMatchObject([{ state: 'ended', extension: '4225', answeredBy: null }]);
    expect(me!.pops()).toHaveLength(1);
    expect(colleague!.pops()).toHaveLength(1);
    expectFinished(me!);
    expectFinished(colleague!);
    expect(outside!.changes).toEqual([]);
  });

  it('ringGroup that nobody answers: missed', async () => {
    const [me] = trackers(['4224']);
    await play(server.scenarios.ringGroup({ to: ['4225', '4224', '4226'], answeredBy: null }), [me!]);
    expect(me!.records()).toMatchObject([{ state: 'missed' }]);
    expect(me!.pops()).toHaveLength(1);
    expectFinished(me!);
  });

  it('queue: several rounds of ringing are one call and one pop for the agent who answers', async () => {
    const watchers = trackers(['4224', '4225']);
    const [me, other] = watchers;
    await play(
      server.scenarios.queue({ agents: ['4225', '4224'], answeredBy: '4224', rounds: 3, agentEvents: true }),
      watchers,
    );
    expect(me!.records()).toMatchObject([{ ...CALLER, state: 'ended', extension: '4224', pop: true }]);
    expect(me!.pops()).toHaveLength(1);
    expect(other!.records()).toMatchObject([
      { state: 'answered-elsewhere', answeredBy: { username: '4224' } },
    ]);
    expect(other!.pops()).toHaveLength(1);
    expectFinished(me!);
  });

  it('internal: recorded without a pop, or popped when internal calls pop', async () => {
    const [quiet, caller] = trackers(['4224', '4225']);
    const [popping] = trackers(['4224'], { popInternal: true });
    await play(server.scenarios.internal({ from: '4225', to: '4224' }), [quiet!, caller!, popping!]);
    expect(quiet!.records()).toMatchObject([
      {
        direction: 'inbound',
        internal: true,
        did: null,
        callerName: 'Dana Scott',
        pop: false,
        popSuppressed: 'internal',
      },
    ]);
    expect(quiet!.pops()).toEqual([]);
    expect(popping!.pops()).toHaveLength(1);
    expect(caller!.records()).toMatchObject([
      {
        direction: 'outbound',
        internal: true,
        calleeName: 'Michael Young',
        popSuppressed: 'outbound',
        state: 'ended',
      },
    ]);
  });

  it('outbound: recorded with the number called, never popped', async () => {
    const [me] = trackers(['4224']);
    await play(
      server.scenarios.outbound({ from: '4224', to: { name: 'Acme Ltd', number: '+15555550199' } }),
      [me!],
    );
    expect(me!.records()).toMatchObject([
      {
        direction: 'outbound',
        internal: false,
        state: 'ended',
        calleeNumber: '+15555550199',
        calleeName: 'Acme Ltd',
        extension: '4224',
        did: null,
        pop: false,
        popSuppressed: 'outbound',
        ringMs: STEP,
        talkMs: STEP,
      },
    ]);
    expect(me!.pops()).toEqual([]);
    expectFinished(me!);
  });

  it('blindTransfer: ends for the one who transfers, pops for the target naming the transferrer', async () => {
    const watchers = trackers(['4225', '4224', '4226']);
    const [transferring, target, outside] = watchers;
    await play(server.scenarios.blindTransfer({ to: '4225', transferTo: '4224' }), watchers);
    expect(transferring!.records()).toMatchObject([
      { state: 'ended', extension: '4225', transferredFrom: null },
    ]);
    expect(target!.records()).toMatchObject([
      {
        ...CALLER,
        state: 'ended',
        extension: '4224',
        pop: true,
        transferredFrom: { username: '4225', extension: '4225', name: 'Dana Scott' },
      },
    ]);
    expect(transferring!.pops()).toHaveLength(1);
    expect(target!.pops()).toHaveLength(1);
    expectFinished(transferring!);
    expectFinished(target!);
    expect(outside!.changes).toEqual([]);
  });

  it('presence and agent events make no calls', async () => {
    const [me] = trackers(['4224']);
    await play(server.scenarios.userLogin({ user: '4224' }), [me!]);
    await play(server.scenarios.userStatus({ user: '4224', name: 'Do not disturb', type: 'dnd' }), [me!]);
    await play(server.scenarios.agentLogin({ user: '4224' }), [me!]);
    await play(server.scenarios.agentLogout({ user: '4224' }), [me!]);
    await play(server.scenarios.userLogout({ user: '4224' }), [me!]);
    expect(me!.changes).toEqual([]);
  });
});

describe('reconciling with the demo server’s Live REST API after a gap', () => {
  it('closes the call that ended while disconnected and keeps the one still ringing', async () => {
    const [me] = trackers(['4224']);
    const start = frames.length;
    const dial = (id: string) => {
      const caller = {
        callSegmentId: `caller-${id}`,
        callerIdName: `Caller ${id}`,
        callerIdNumber: `+1555555${id}`,
        did: '+15555550100',
        extensionId: null,
        extensionNumber: null,
        userId: null,
        username: null,
      };
      const phone = {
        callSegmentId: `phone-${id}`,
        callerIdName: 'Michael Young',
        callerIdNumber: '4224',
        did: null,
        extensionId: extensionId,
        extensionNumber: '4224',
        userId: null,
        username: '4224',
      };
      return { caller, phone };
    };
    const auth = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
    const rest = async (path: string): Promise<unknown> => {
      const response = await fetch(
        `http://127.0.0.1:${server.port}/communication_manager/rest/live/coreServers/getByName/default/${path}`,
        { headers: { Authorization: auth } },
      );
      expect(response.status).toBe(200);
      return response.json();
    };
    const extensionId = ((await rest('extensions/getByName/4224')) as { id: string }).id;
    const stays = dial('0001');
    const goes = dial('0002');
    const base = { time: null, coreServerId: server.coreServerId } as const;
    server.emitEvent({ ...base, type: 'dial', kind: 'dial', ...stays, callee: stays.phone });
    server.emitEvent({ ...base, type: 'dial', kind: 'dial', caller: goes.caller, callee: goes.phone });
    await eventually(() => frames.length >= start + 2, 'two dials');
    for (const frame of frames.slice(start, start + 2)) me!.feed(frame);
    expect(me!.tracker.liveCalls().map((c) => c.state)).toEqual(['ringing', 'ringing']);

    me!.tracker.connectionLost();
    // While we are away, the second caller hangs up: the tracker never sees it.
    server.emitEvent({ ...base, type: 'hangup', kind: 'hangup', segment: goes.caller });
    server.emitEvent({ ...base, type: 'hangup', kind: 'hangup', segment: goes.phone });

    const listed = (await rest('extensions/getByName/4224/callSegments')) as { id: string }[];
    const changes = me!.tracker.reconcile(new Set(listed.map((s) => s.id)));
    expect(changes).toMatchObject([
      {
        change: 'ended',
        call: { callerName: 'Caller 0002', state: 'unknown', unknownReason: { code: 'connection-lost' } },
      },
    ]);
    expect(me!.tracker.liveCalls()).toMatchObject([{ callerName: 'Caller 0001', state: 'ringing' }]);
    server.emitEvent({ ...base, type: 'hangup', kind: 'hangup', segment: stays.caller });
    server.emitEvent({ ...base, type: 'hangup', kind: 'hangup', segment: stays.phone });
  });
});
