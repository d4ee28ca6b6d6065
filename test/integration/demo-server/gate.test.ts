import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  basic,
  connect,
  EVENT_PATH,
  fetchRaw,
  PASSWORD,
  restPath,
  tryConnect,
  USER,
  withServer,
} from './support';

const REALM = 'Basic realm="communication_manager"';

describe('the demo server gate: authentication', () => {
  it('upgrades the event socket with the right credentials (101)', async () => {
    await withServer({}, async (server) => {
      const outcome = await tryConnect(server);
      expect(outcome.opened).toBe(true);
      if (outcome.opened) outcome.socket.close();
    });
  });

  it('refuses an upgrade with a wrong password or user name with 401 and the realm', async () => {
    await withServer({}, async (server) => {
      for (const authorization of [
        basic(USER, 'wrong'),
        basic('admin', PASSWORD),
        basic(USER, `${PASSWORD}x`),
      ]) {
        const outcome = await tryConnect(server, { authorization });
        expect(outcome).toMatchObject({ opened: false, status: 401 });
        if (!outcome.opened) expect(outcome.headers['www-authenticate']).toBe(REALM);
      }
      expect(server.clients()).toHaveLength(0);
    });
  });

  it('refuses an upgrade without credentials, or with a non-Basic scheme, with 401', async () => {
    await withServer({}, async (server) => {
      for (const authorization of [
        null,
        'Bearer abc',
        'Basic !!!',
        `Basic ${Buffer.from('nocolon').toString('base64')}`,
      ]) {
        expect(await tryConnect(server, { authorization })).toMatchObject({ opened: false, status: 401 });
      }
    });
  });

  it('asks the same credentials of the REST API: 200, 401, 401', async () => {
    await withServer({}, async (server) => {
      const path = restPath(server, 'users');
      expect((await fetchRaw(server, path)).status).toBe(200);
      const wrong = await fetchRaw(server, path, { authorization: basic(USER, 'nope') });
      expect(wrong.status).toBe(401);
      expect(wrong.headers['www-authenticate']).toBe(REALM);
      expect(wrong.body).not.toContain(PASSWORD);
      const missing = await fetchRaw(server, path, { authorization: null });
      expect(missing.status).toBe(401);
      expect(missing.headers['www-authenticate']).toBe(REALM);
    });
  });
});

describe('the demo server gate: allow-list', () => {
  it('answers 403 with a short body to an address that is not allowed, on REST and upgrade', async () => {
    await withServer({ allowList: ['10.0.0.0/8', '::2'] }, async (server) => {
      const reply = await fetchRaw(server, restPath(server, 'users'));
      expect(reply.status).toBe(403);
      expect(reply.body.length).toBeGreaterThan(0);
      expect(reply.body.length).toBeLessThan(200);
      expect(await tryConnect(server)).toMatchObject({ opened: false, status: 403 });
    });
  });

  it('checks the allow-list before the credentials', async () => {
    await withServer({ allowList: ['192.168.1.1'] }, async (server) => {
      expect((await fetchRaw(server, restPath(server, 'users'), { authorization: null })).status).toBe(403);
    });
  });

  it('lets 127.0.0.1 in by default and by a subnet that holds it', async () => {
    await withServer({}, async (server) => {
      expect((await fetchRaw(server, restPath(server, 'users'))).status).toBe(200);
    });
    await withServer({ allowList: ['127.0.0.0/8'] }, async (server) => {
      expect((await fetchRaw(server, restPath(server, 'users'))).status).toBe(200);
    });
  });

  it('refuses to start with an allow-list entry that is not an address', async () => {
    await expect(withServer({ allowList: ['localhost'] }, async () => {})).rejects.toThrow(
      /not an IP address/,
    );
  });
});

describe('the demo server gate: paths', () => {
  it('answers 404 to other paths, for requests and upgrades alike', async () => {
    await withServer({}, async (server) => {
      for (const path of [
        '/',
        '/communication_manager/ws',
        '/communication_manager/ws/event/x',
        '/client/client',
      ]) {
        expect((await fetchRaw(server, path)).status).toBe(404);
      }
      expect(await tryConnect(server, { path: '/communication_manager/ws/other' })).toMatchObject({
        opened: false,
        status: 404,
      });
    });
  });

  it('asks for credentials before telling whether a path exists', async () => {
    await withServer({}, async (server) => {
      expect((await fetchRaw(server, '/nowhere', { authorization: null })).status).toBe(401);
    });
  });

  it('accepts a query string on the event socket path', async () => {
    await withServer({}, async (server) => {
      const outcome = await tryConnect(server, { path: `${EVENT_PATH}?client=test` });
      expect(outcome.opened).toBe(true);
      if (outcome.opened) outcome.socket.close();
    });
  });

  it('answers a plain GET of the event socket path with 426, not with an upgrade', async () => {
    await withServer({}, async (server) => {
      const reply = await fetchRaw(server, EVENT_PATH);
      expect(reply.status).toBe(426);
    });
  });
});

describe('the demo server gate: SSL', () => {
  it('in SSL-required mode answers plain HTTP and upgrades with 302 to https on the SSL port', async () => {
    await withServer({ requireSsl: { sslPort: 55050 } }, async (server) => {
      const reply = await fetchRaw(server, restPath(server, 'users'));
      expect(reply.status).toBe(302);
      expect(reply.headers.location).toBe(
        'https://127.0.0.1:55050/communication_manager/rest/live/coreServers/getByName/default/users',
      );
      const upgrade = await tryConnect(server);
      expect(upgrade).toMatchObject({ opened: false, status: 302 });
      if (!upgrade.opened) expect(upgrade.headers.location).toBe(`https://127.0.0.1:55050${EVENT_PATH}`);
    });
  });

  it('serves wss and https with a generated certificate whose fingerprint it reports', async () => {
    await withServer({ tls: 'generate' }, async (server) => {
      const certificate = server.certificate;
      expect(certificate).toBeDefined();
      if (!certificate) return;
      expect(certificate.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
      expect(new X509Certificate(certificate.pem).fingerprint256).toBe(certificate.fingerprint256);
      const socket = await connect(server, { tls: true, ca: certificate.pem });
      socket.ws.send(JSON.stringify({ type: 'filter', filters: [] }));
      expect(await socket.take(1)).toEqual([{ type: 'filterResponse', success: true }]);
      socket.close();
      const reply = await fetchRaw(server, restPath(server, 'users'), { tls: true, ca: certificate.pem });
      expect(reply.status).toBe(200);
    });
  });

  it('is not reachable over plain HTTP when it serves TLS', async () => {
    await withServer({ tls: 'generate' }, async (server) => {
      await expect(fetchRaw(server, restPath(server, 'users'))).rejects.toThrow();
    });
  });

  it('refuses a wss client that does not trust its certificate', async () => {
    await withServer({ tls: 'generate' }, async (server) => {
      await expect(tryConnect(server, { tls: true })).rejects.toThrow(/self[- ]signed|certificate/i);
    });
  });
});
