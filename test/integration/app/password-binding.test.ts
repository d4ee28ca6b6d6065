/**
 * The manager password belongs to the server it was typed for. Over real sockets: a Companion live
 * against the demo server, and a recording server on another port of 127.0.0.1 that keeps the
 * Authorization header of every request and upgrade it gets. A port-only change that the user does
 * not confirm (in main's own dialog) sends the recorder no credentials; the same change confirmed
 * does, which proves the recorder would have seen them.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../../src-main/demo-server';
import type { Settings } from '../../../src-main/storage/settings-schema';
import { cleanupsAfterEach } from '../../support/cleanup';
import { demoServerPerFile } from '../../support/demo-server-per-file';
import { liveServerCompanion, serverCompanion } from '../../support/companion-harness';
import { eventually } from '../../support/eventually';

const PASSWORD = 'bound-to-its-server-9f3c';
const BASIC = `Basic ${Buffer.from(`manager:${PASSWORD}`).toString('base64')}`;
let server: DemoServer;
const cleanups = cleanupsAfterEach();

demoServerPerFile(PASSWORD, (started) => (server = started));

/** Any HTTP server on 127.0.0.1 that keeps what each request and upgrade carried as Authorization. */
async function recordingServer() {
  const seen: string[] = [];
  const keep = (request: IncomingMessage) => seen.push(request.headers.authorization ?? '(none)');
  const http = createServer((request, response) => {
    keep(request);
    response.writeHead(401).end();
  });
  http.on('upgrade', (request: IncomingMessage, socket: { destroy(): void }) => {
    keep(request);
    socket.destroy();
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => http.close(() => resolve())));
  return { port: (http.address() as AddressInfo).port, seen };
}

async function liveCompanion(answer: () => boolean) {
  const asked: [string, string][] = [];
  const running = await liveServerCompanion({
    port: server.port,
    password: PASSWORD,
    cleanups,
    ports: {
      passwordMove: {
        async confirmPasswordMove(from, to) {
          asked.push([from, to]);
          return answer();
        },
      },
    },
  });
  const save = (change: (s: Settings) => Settings) =>
    running.companion.invoke('saveSettings', { settings: change(running.latest().settings) });
  return { ...running, asked, save };
}

const onPort = (port: number) => (s: Settings) => ({ ...s, server: { ...s.server, port } });

describe('the stored password and a changed server', () => {
  it('a port-only change the user does not confirm sends the new server no credentials; confirmed, it may', async () => {
    const recorder = await recordingServer();
    let confirm = false;
    const app = await liveCompanion(() => confirm);

    expect(await app.save(onPort(recorder.port))).toEqual({ ok: true, value: null });
    await eventually(
      () => app.latest().connection.code === 'password-missing',
      'the app to stop for want of a password',
    );
    expect(app.asked).toEqual([
      [`ws://manager@127.0.0.1:${server.port}`, `ws://manager@127.0.0.1:${recorder.port}`],
    ]);
    expect(app.latest().keychain.passwordStored).toBe(false);
    expect(recorder.seen).toEqual([]);

    // Back on the real server the password is gone too: it was not confirmed, so it was forgotten.
    expect(await app.save(onPort(server.port))).toEqual({ ok: true, value: null });
    await eventually(() => app.latest().connection.code === 'password-missing', 'still no password');
    expect(app.asked).toHaveLength(1); // nothing stored, nothing to ask about
    expect(await app.companion.invoke('setPassword', { password: PASSWORD })).toMatchObject({ ok: true });
    await eventually(() => app.latest().connection.state === 'live', 'live again with the typed password');

    // Confirmed in main's dialog, the same change does send it: the recorder would have seen it.
    confirm = true;
    expect(await app.save(onPort(recorder.port))).toEqual({ ok: true, value: null });
    await eventually(() => recorder.seen.length > 0, 'the recorder to be reached');
    expect(recorder.seen[0]).toBe(BASIC);
    expect(app.asked).toHaveLength(2);
  });

  it('changing the scheme (ws, wss) for the same host and port asks too', async () => {
    const app = await liveCompanion(() => false);
    const tls = (s: Settings) => ({ ...s, server: { ...s.server, tls: true } });
    expect(await app.save(tls)).toEqual({ ok: true, value: null });
    expect(app.asked).toEqual([
      [`ws://manager@127.0.0.1:${server.port}`, `wss://manager@127.0.0.1:${server.port}`],
    ]);
    await eventually(() => app.latest().keychain.passwordStored === false, 'the password to be forgotten');
  });

  it('a save that keeps the server (pop style, CRM, shortcut) keeps the password without asking', async () => {
    const app = await liveCompanion(() => false);
    expect(await app.save((s) => ({ ...s, popStyle: 'notification' }))).toEqual({ ok: true, value: null });
    expect(await app.save((s) => ({ ...s, server: { ...s.server, host: '127.0.0.1' } }))).toEqual({
      ok: true,
      value: null,
    });
    expect(app.asked).toEqual([]);
    expect(app.latest().keychain.passwordStored).toBe(true);
    expect(app.latest().connection.state).toBe('live');
  });

  it('Test connection uses the stored password only for the saved server: with TLS switched off it must be typed', async () => {
    const recorder = await recordingServer();
    // Saved: wss to the recorder's port (which speaks plain HTTP, so the app never gets live there).
    const running = await serverCompanion({
      port: recorder.port,
      password: PASSWORD,
      cleanups,
      overrides: {
        server: { host: '127.0.0.1', port: recorder.port, tls: true, trustedCertificateSha256: null },
      },
      options: { connectionTestTimeoutMs: 3_000 },
    });
    const saved = running.settings;
    const plain = { ...saved, server: { ...saved.server, tls: false } };

    const refused = await running.companion.invoke('testConnection', { settings: plain });
    expect(refused).toMatchObject({ ok: false, code: 'password-missing' });
    expect((refused as { message: string }).message).toMatch(/type the manager password/);
    expect(recorder.seen).toEqual([]);
    // Typed by the user for this test, it goes (so the recorder would have seen the stored one).
    await running.companion.invoke('testConnection', { settings: plain, password: PASSWORD });
    expect(recorder.seen).toEqual([BASIC]);
  });
});
