import { describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import { connect, fetchRaw, restPath, start, tryConnect, withServer } from './support';
import { eventually } from '../../support/eventually';

/** Sends a ping and reports whether its pong came back within `ms`. */
function pongWithin(ws: WebSocket, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      ws.off('pong', onPong);
      resolve(false);
    }, ms);
    const onPong = (): void => {
      clearTimeout(timer);
      resolve(true);
    };
    ws.once('pong', onPong);
    ws.ping();
  });
}

describe('demo server connections', () => {
  it('lists its connections with their address, filters and pause state', async () => {
    await withServer({}, async (server) => {
      const a = await connect(server);
      const b = await connect(server);
      await b.filter([{ property: 'type', value: 'hangup' }]);
      const listed = server.clients();
      expect(listed).toHaveLength(2);
      expect(new Set(listed.map((c) => c.id)).size).toBe(2);
      expect(listed.map((c) => c.remoteAddress)).toEqual([
        expect.stringMatching(/127\.0\.0\.1$/),
        expect.stringMatching(/127\.0\.0\.1$/),
      ]);
      expect(listed.map((c) => c.filters)).toEqual([[], [{ property: 'type', value: 'hangup' }]]);
      expect(listed.map((c) => c.paused)).toEqual([false, false]);
      a.close();
      b.close();
    });
  });

  it('answers pings normally, and not while paused: half-open, no close', async () => {
    await withServer({}, async (server) => {
      const client = await connect(server);
      expect(await pongWithin(client.ws, 1000)).toBe(true);
      server.pause();
      expect(server.clients()[0]?.paused).toBe(true);
      expect(await pongWithin(client.ws, 300)).toBe(false);
      expect(client.ws.readyState).toBe(client.ws.OPEN);
      server.resume();
      // The pong of the earlier ping, or of a new one, comes once the server reads again.
      expect(await pongWithin(client.ws, 1000)).toBe(true);
      client.close();
    });
  });

  it('sends a paused connection nothing, and pauses only the connection named', async () => {
    await withServer({}, async (server) => {
      const paused = await connect(server);
      const live = await connect(server);
      const pausedId = server.clients()[0]!.id;
      server.pause(pausedId);
      await server.scenarios.missed({ to: '4224' });
      expect(await paused.drain()).toEqual([]);
      expect((await live.drain(0)).map((e) => e['type'])).toEqual(['dial', 'hangup', 'hangup']);
      expect(server.clients().map((c) => c.paused)).toEqual([true, false]);
      server.resume(pausedId);
      await server.scenarios.userLogin({ user: '4224' });
      expect((await paused.take(1)).map((e) => e['type'])).toEqual(['userLogin']);
      paused.close();
      live.close();
    });
  });

  it('drops every connection gracefully with a 1001 close frame', async () => {
    await withServer({}, async (server) => {
      const a = await connect(server);
      const b = await connect(server);
      server.dropAll({ graceful: true });
      expect((await a.closed).code).toBe(1001);
      expect((await b.closed).code).toBe(1001);
    });
  });

  it('drops every connection abruptly (TCP destroyed, no close frame: 1006)', async () => {
    await withServer({}, async (server) => {
      const a = await connect(server);
      server.dropAll();
      expect((await a.closed).code).toBe(1006);
      expect(server.clients()).toHaveLength(0);
      // The server keeps accepting new connections afterwards.
      const b = await connect(server);
      expect(server.clients()).toHaveLength(1);
      b.close();
    });
  });

  it('stops with open connections and restarts on the same port, 25 times', async () => {
    let server = await start();
    const port = server.port;
    for (let round = 0; round < 25; round++) {
      const client = await connect(server);
      // An idle keep-alive HTTP connection must not hold the port either.
      expect((await fetchRaw(server, restPath(server, 'users'))).status).toBe(200);
      const previousCore = server.coreServerId;
      await server.stop();
      expect((await client.closed).code).toBe(1006);
      server = await start({ port });
      expect(server.port).toBe(port);
      expect(server.coreServerId).not.toBe(previousCore);
    }
    const outcome = await tryConnect(server);
    expect(outcome.opened).toBe(true);
    if (outcome.opened) outcome.socket.close();
    await server.stop();
  });

  it('refuses upgrades once stopped, and stop() twice is harmless', async () => {
    const server = await start();
    await server.stop();
    await server.stop();
    await expect(tryConnect(server)).rejects.toThrow(/ECONNREFUSED/);
  });

  it('rejects starting on a port that is taken', async () => {
    await withServer({}, async (server) => {
      await expect(start({ port: server.port })).rejects.toThrow(/EADDRINUSE/);
    });
  });

  it('sends emitRaw text, binary and broken frames as given', async () => {
    await withServer({}, async (server) => {
      const client = await connect(server);
      const frames: { data: string; binary: boolean }[] = [];
      client.ws.removeAllListeners('message');
      client.ws.on('message', (data, binary) => frames.push({ data: String(data), binary }));
      server.emitRaw('not json {');
      server.emitRaw(Buffer.from('{"type":"x"}'), { binary: true });
      server.emitRaw({ type: 'hangup', callSegmentId: 'a' });
      await eventually(() => frames.length >= 3, 'the three frames');
      expect(frames).toEqual([
        { data: 'not json {', binary: false },
        { data: '{"type":"x"}', binary: true },
        { data: '{"type":"hangup","callSegmentId":"a"}', binary: false },
      ]);
      client.close();
    });
  });
});
