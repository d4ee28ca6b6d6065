import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { Secret } from '../../../src-main/common/secret';
import { DEFAULT_USERS } from '../../../src-main/demo-server/world';
import type { DemoServer } from '../../../src-main/demo-server/types';
import { LiveApiClient, type LiveApiClientOptions } from '../../../src-main/live-api/client';
import { collectCallSegments } from '../../../src-main/pipeline/catch-up';
import type { ServerTarget } from '../../../src-main/protocol/target';
import { eventually } from '../../support/eventually';
import {
  newSession,
  PASSWORD,
  reaches,
  recordingLogger,
  startServer,
  targetOf,
  USERNAME,
} from '../session/support';
import { cleanupsAfterEach } from '../../support/cleanup';

const cleanups = cleanupsAfterEach();

async function serve(options: Parameters<typeof startServer>[0] = {}): Promise<DemoServer> {
  const server = await startServer(options);
  cleanups.push(() => server.stop());
  return server;
}

function client(target: ServerTarget, extra: Partial<LiveApiClientOptions> = {}) {
  const logger = recordingLogger();
  const api = new LiveApiClient({
    target,
    username: USERNAME,
    password: new Secret(PASSWORD),
    logger,
    ...extra,
  });
  return { api, logger };
}

async function listen(server: HttpServer | ReturnType<typeof createServer>): Promise<number> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as { port: number }).port;
}

describe('Live REST client against the demo server', () => {
  it('lists the users', async () => {
    const server = await serve();
    const { api } = client(targetOf(server));
    const users = await api.getUsers();
    if (!users.ok) throw new Error(users.error.message);
    expect(users.value.map((u) => u.userName).sort()).toEqual(DEFAULT_USERS.map((u) => u.username).sort());
    expect(users.value.find((u) => u.userName === '4224')?.displayedName).toBe('Michael Young');
  });

  it('reads a status, sets a new one (204) and reads it back, and the event socket hears of it', async () => {
    const server = await serve();
    const { api } = client(targetOf(server));
    const watcher = newSession(targetOf(server), { kinds: ['userStatus'] });
    cleanups.push(() => watcher.session.stop());
    watcher.session.start();
    await reaches(watcher.session, 'live');
    await eventually(() => (server.clients()[0]?.filters.length ?? 0) > 0, 'the filter');

    const before = await api.getUserStatus('4225');
    expect(before.ok).toBe(true);
    const set = await api.setUserStatus('4225', {
      name: 'Out to lunch',
      type: 'away',
      note: 'back at two',
      returnTime: 1_800_000_000_000,
    });
    expect(set).toEqual({ ok: true, value: undefined });
    const after = await api.getUserStatus('4225');
    if (!after.ok) throw new Error(after.error.message);
    expect(after.value).toMatchObject({
      name: 'Out to lunch',
      type: 'away',
      note: 'back at two',
      returnTime: 1_800_000_000_000,
    });
    await eventually(
      () =>
        watcher.messages.some(
          (m) => m.kind === 'userStatus' && m.username === '4225' && m.statusType === 'away',
        ),
      'the userStatus event',
    );
  });

  it('refuses to send a status of an unknown type, without a request', async () => {
    const server = await serve();
    const { api } = client(targetOf(server));
    const set = await api.setUserStatus('4225', {
      name: 'x',
      type: 'sleepy' as 'away',
      note: '',
      returnTime: -1,
    });
    expect(set.ok === false && set.error.code).toBe('invalid-request');
  });

  it('lists the call segments of an extension while a call rings it', async () => {
    const server = await serve();
    const { api } = client(targetOf(server));
    const watcher = newSession(targetOf(server), { kinds: ['dial', 'hangup'] });
    cleanups.push(() => watcher.session.stop());
    watcher.session.start();
    await reaches(watcher.session, 'live');
    await eventually(() => (server.clients()[0]?.filters.length ?? 0) > 0, 'the filter');
    const idle = await api.getExtensionCallSegments('4226');
    expect(idle).toEqual({ ok: true, value: [] });
    // A missed call with long steps: the dial arrives, then the phone rings for a while.
    const run = server.scenarios.missed({
      to: '4226',
      stepMs: 1_500,
      from: { name: 'Ada Lovelace', number: '+441632960001' },
    });
    await eventually(() => watcher.messages.some((m) => m.kind === 'dial'), 'the dial');
    const ringing = await api.getExtensionCallSegments('4226');
    if (!ringing.ok) throw new Error(ringing.error.message);
    expect(ringing.value.length).toBeGreaterThan(0);
    expect(ringing.value.some((s) => s.incoming)).toBe(true);
    // The rest of the scenario does not matter here; stopping the server ends it.
    void run.catch(() => {});
  });

  it('401: wrong credentials give the same code and sentence as the event session', async () => {
    const server = await serve();
    const { api, logger } = client(targetOf(server), { password: new Secret('Wr0ng-pass-7e1d') });
    const users = await api.getUsers();
    expect(users.ok).toBe(false);
    if (users.ok) return;
    expect(users.error.code).toBe('credentials-rejected');
    const session = newSession(targetOf(server), { password: new Secret('Wr0ng-pass-7e1d') });
    cleanups.push(() => session.session.stop());
    session.session.start();
    const failed = await reaches(session.session, 'failed');
    expect(failed.message).toBe(users.error.message);
    expect(logger.lines.join('\n')).not.toContain('Wr0ng-pass-7e1d');
    expect(logger.lines.join('\n')).not.toContain(PASSWORD);
  });

  it('403 is the Live API refused by licence or permission (REST is asked only once the socket was let in)', async () => {
    for (const server of [await serve({ allowList: ['192.0.2.1'] }), await serve({ restRefusal: 403 })]) {
      const { api } = client(targetOf(server));
      const users = await api.getUsers();
      expect(users.ok === false && users.error).toMatchObject({
        code: 'rest-refused',
        status: 403,
        retryable: false,
      });
      expect(users.ok === false && users.error.message).toMatch(/licence.*permission/);
    }
  });

  it('a refused REST API leaves the event socket alone', async () => {
    const server = await serve({ restRefusal: 403 });
    const session = newSession(targetOf(server));
    session.session.start();
    await reaches(session.session, 'live');
    const { api } = client(targetOf(server));
    expect((await api.getUsers()).ok).toBe(false);
    server.refuseRest(null);
    expect((await api.getUsers()).ok).toBe(true);
    await session.session.stop();
  });

  it('404 for an unknown user', async () => {
    const server = await serve();
    const { api } = client(targetOf(server));
    const status = await api.getUserStatus('nobody-here');
    expect(status.ok === false && status.error.code).toBe('not-found');
  });

  it('times out a server that never answers', async () => {
    const held: Socket[] = [];
    const silent = createServer((c) => held.push(c));
    const port = await listen(silent);
    cleanups.push(
      () =>
        new Promise<void>((r) => {
          for (const c of held) c.destroy();
          silent.close(() => r());
        }),
    );
    const { api } = client(targetOf({ port }), { timeoutMs: 150 });
    const users = await api.getUsers();
    expect(users.ok === false && users.error.code).toBe('timeout');
  });

  it('turns bad JSON and an answer that is not a list into a bad-response problem, never an exception', async () => {
    const bodies = ['{not json', '{"users": []}', 'null'];
    let next = 0;
    const http = createHttpServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(bodies[next++ % bodies.length]);
    });
    const port = await listen(http);
    cleanups.push(() => new Promise<void>((r) => http.close(() => r())));
    const { api, logger } = client(targetOf({ port }));
    for (let i = 0; i < bodies.length; i++) {
      const users = await api.getUsers();
      expect(users.ok === false && users.error.code).toBe('bad-response');
    }
    expect(logger.lines.join('\n')).not.toContain('not json');
  });

  it('keeps the readable items of a list and counts the rest, so a catch-up still knows the ringing calls', async () => {
    const body = JSON.stringify([
      { id: 4711, type: 'EXTERNAL', callerId: { id: 'c', name: 'Ada', number: 15555550142 }, onHold: null },
      { id: 's2', type: 'INTERNAL', onHold: null, incoming: 'yes' },
      { id: { nested: 1 }, type: 'INTERNAL' },
      { type: 'INTERNAL' },
    ]);
    const http = createHttpServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(body);
    });
    const port = await listen(http);
    cleanups.push(() => new Promise<void>((r) => http.close(() => r())));
    const { api, logger } = client(targetOf({ port }));
    const segments = await api.getExtensionCallSegments('4224');
    expect(segments.ok && segments.value.map((s) => s.id)).toEqual(['4711', 's2']);
    expect(segments.ok && segments.value[0]).toMatchObject({
      onHold: false,
      callerId: { number: '15555550142' },
    });
    const outcome = await collectCallSegments(api, ['4224']);
    expect(outcome).toEqual({ kind: 'listed', segments: new Set(['4711', 's2']) });
    expect(api.unreadableFields()).toEqual({
      skippedItems: 4,
      fields: [
        { field: 'callSegments.id', count: 4 },
        { field: 'callSegments.incoming', count: 2 },
      ],
    });
    expect(logger.lines.some((l) => l.includes('callSegments') && l.includes('"skipped":2'))).toBe(true);
    const users = await api.getUsers();
    expect(users.ok && users.value).toEqual([]);
  });

  it('caps hostile strings in answers', async () => {
    const huge = 'N'.repeat(100_000);
    const http = createHttpServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify([
          {
            id: 's1',
            type: 'EXTERNAL',
            callerId: { id: 'c', name: huge, number: '1' },
            did: null,
            onHold: false,
            recording: false,
            incoming: true,
          },
        ]),
      );
    });
    const port = await listen(http);
    cleanups.push(() => new Promise<void>((r) => http.close(() => r())));
    const { api } = client(targetOf({ port }));
    const segments = await api.getExtensionCallSegments('4224');
    if (!segments.ok) throw new Error(segments.error.message);
    expect(segments.value[0]?.callerId.name?.length).toBeLessThanOrEqual(128);
  });

  it('over TLS: trusts a pinned certificate and refuses a different one', async () => {
    const server = await serve({ tls: 'generate' });
    const pinned = client(targetOf(server, { tls: true }), {
      trust: { kind: 'pinned', fingerprint256: server.certificate?.fingerprint256 ?? '' },
    });
    const users = await pinned.api.getUsers();
    expect(users.ok).toBe(true);
    const wrong = client(targetOf(server, { tls: true }), {
      trust: { kind: 'pinned', fingerprint256: 'ab'.repeat(32) },
    });
    const refused = await wrong.api.getUsers();
    expect(refused.ok === false && refused.error.code).toBe('tls-fingerprint-mismatch');
    const untrusted = client(targetOf(server, { tls: true }));
    const rejected = await untrusted.api.getUsers();
    expect(rejected.ok === false && rejected.error.code).toBe('tls-certificate-rejected');
    expect(rejected.ok === false && rejected.error.message).toContain(
      server.certificate?.fingerprint256 ?? 'missing',
    );
  });
});
