/**
 * The app's demo mode (app/demo-mode.ts) on a real demo server, with seeded traffic at a fast pace:
 * calls ring the demo user and colleagues' statuses change, but the demo user's own status is
 * changed by nobody but the user. An observer socket, connected before the traffic starts, reads
 * every event on the wire.
 */
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { DEMO_COLLEAGUES, DEMO_USER, startDemo, type DemoRun } from '../../../src-main/app/demo-mode';
import { systemClock } from '../../../src-main/common/clock';
import { silentLogger } from '../../../src-main/common/log';
import { startDemoServer, type DemoServerOptions } from '../../../src-main/demo-server';
import { decodeFrame } from '../../../src-main/protocol/decode';
import { DEFAULT_PROFILE } from '../../../src-main/protocol/profile';
import { EVENT_SOCKET_PATH } from '../../../src-main/protocol/target';
import { cleanupsAfterEach } from '../../support/cleanup';
import { eventually } from '../../support/eventually';
import { seededRandom } from '../../support/random';

const cleanups = cleanupsAfterEach();

describe('demo mode traffic', () => {
  it("changes colleagues' statuses but never the demo user's own", async () => {
    const statusesOf = new Map<string, number>();
    let callsForDemo = 0;
    const observe = async (options: DemoServerOptions) => {
      const server = await startDemoServer(options);
      const credentials = Buffer.from(`${options.username}:${options.password}`).toString('base64');
      const socket = new WebSocket(`ws://127.0.0.1:${server.port}${EVENT_SOCKET_PATH}`, {
        headers: { Authorization: `Basic ${credentials}` },
      });
      socket.on('message', (data) => {
        const decoded = decodeFrame(String(data), DEFAULT_PROFILE);
        if (!decoded.ok) return;
        const event = decoded.message;
        if (event.kind === 'userStatus') {
          statusesOf.set(event.username ?? '', (statusesOf.get(event.username ?? '') ?? 0) + 1);
        }
        if (event.kind === 'dial' && event.callee.username === DEMO_USER.username) callsForDemo++;
      });
      await new Promise<void>((resolve, reject) => {
        socket.once('open', () => resolve());
        socket.once('error', reject);
      });
      cleanups.push(() => socket.close());
      return server;
    };
    const started = await startDemo({
      startDemoServer: observe,
      clock: systemClock,
      random: seededRandom(20261202),
      logger: silentLogger,
      traffic: { callsPerMinute: 12_000, stepMs: 1 },
    });
    expect(started.ok).toBe(true);
    const run = (started as { ok: true; value: DemoRun }).value;
    cleanups.push(() => run.stop());

    // Status turns came up ten times, so a change of the demo user's status would have shown.
    const changes = () => [...statusesOf.values()].reduce((n, count) => n + count, 0);
    await eventually(
      () => changes() >= 10 && callsForDemo >= 20,
      'ten status changes and twenty calls',
      20_000,
    );
    await run.stop();
    expect(statusesOf.get(DEMO_USER.username) ?? 0).toBe(0);
    const colleagues = DEMO_COLLEAGUES.map((c) => c.username);
    expect([...statusesOf.keys()].filter((name) => !colleagues.includes(name))).toEqual([]);
  });
});
