/**
 * `watch` during an outage, against the demo server on 127.0.0.1: the server goes away for longer
 * than the grace and a ringing call's line says `state: "unknown"` with the reason; when the server
 * returns without the call, the catch-up ends it. The command runs in-process with a short grace.
 */
import { describe, expect, it } from 'vitest';
import { createWatchCommand } from '../../../src-main/cli/commands/watch';
import type { CommandIo } from '../../../src-main/cli/io';
import { startDemoServer, type DemoServer } from '../../../src-main/demo-server';
import { cleanupsAfterEach } from '../../support/cleanup';
import { eventually } from '../../support/eventually';

const PASSWORD = 'Watch-outage-pw-41c2!';

const cleanups = cleanupsAfterEach();

function startWatch(port: number) {
  let requestStop: () => void = () => {};
  const stopRequested = new Promise<void>((resolve) => (requestStop = resolve));
  let stdout = '';
  const io: CommandIo = {
    argv: ['--host', '127.0.0.1', '--port', String(port), '--username', '4224', '--extension', '4224'],
    env: { ISYMPHONY_PASSWORD: PASSWORD },
    stdout: (text) => void (stdout += text),
    stderr: () => undefined,
    stopRequested,
  };
  const watch = createWatchCommand({
    sessionTimings: {
      backoff: { baseMs: 20, capMs: 80, floorMs: 5, stableAfterMs: 60_000 },
      heartbeat: { intervalMs: 60_000, timeoutMs: 60_000 },
      handshakeTimeoutMs: 3_000,
      closeWaitMs: 300,
    },
    restTimeoutMs: 2_000,
    connectionLostGraceMs: 150,
  });
  const done = watch(io);
  cleanups.push(async () => {
    requestStop();
    await done;
  });
  const lines = () =>
    stdout
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { lines, calls: () => lines().filter((l) => l.kind === 'call'), stop: requestStop, done };
}

describe('isymphony-companion watch during an outage', () => {
  it('prints state "unknown" with the reason once the server is gone past the grace, and the end after the catch-up', async () => {
    let server: DemoServer = await startDemoServer({ username: 'manager', password: PASSWORD });
    const port = server.port;
    cleanups.push(() => server.stop());
    const w = startWatch(port);
    await eventually(() => server.clients().some((c) => c.filters.length > 0), 'the filter');
    void server.scenarios.missed({ to: '4224', stepMs: 60_000 });
    await eventually(() => w.calls().length === 1, 'the ringing line');
    const id = w.calls()[0]!.id;

    await server.stop();
    await eventually(() => w.calls().length === 2, 'the unknown line');
    expect(w.calls()[1]).toEqual(
      expect.objectContaining({
        kind: 'call',
        id,
        change: 'updated',
        state: 'unknown',
        lastKnownState: 'ringing',
        pop: false,
        reason: { code: 'connection-lost', message: expect.stringMatching(/^Connection lost/) },
      }),
    );
    // The line before says the connection is down; whether it is caught waiting (backoff) or trying
    // again (connecting) depends on where the 20–80 ms retry cycle is when the grace runs out.
    const all = w.lines();
    const unknownAt = all.findIndex((l) => l.kind === 'call' && l.state === 'unknown');
    const before = all
      .slice(0, unknownAt)
      .filter((l) => l.kind === 'connection')
      .at(-1);
    expect(before).toMatchObject({ kind: 'connection' });
    expect(['backoff', 'connecting']).toContain(before?.state);

    // The server comes back without the call: it ended while nobody could see it.
    server = await startDemoServer({ username: 'manager', password: PASSWORD, port });
    await eventually(() => w.calls().length === 3, 'the line that ends the call');
    expect(w.calls()[2]).toEqual(
      expect.objectContaining({
        id,
        change: 'ended',
        state: 'unknown',
        lastKnownState: null,
        reason: { code: 'connection-lost', message: expect.stringMatching(/how it ended is not known/) },
      }),
    );
    w.stop();
    expect(await w.done).toBe(0);
  });
});
