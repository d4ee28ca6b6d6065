import { X509Certificate } from 'node:crypto';
import { createServer, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../../src-main/common/clock';
import { Secret } from '../../../src-main/common/secret';
import { generateCertificate } from '../../../src-main/demo-server/tls';
import type { DemoServer } from '../../../src-main/demo-server/types';
import { backoffCeiling, DEFAULT_BACKOFF } from '../../../src-main/session/backoff';
import { certificateFetcher, type CertificateFetcher } from '../../../src-main/session/secure-transport';
import type { SessionState } from '../../../src-main/session/states';
import { FakeClock } from '../../unit/session/support/fake-clock';
import {
  closedPort,
  countingRelay,
  newSession,
  password,
  reaches,
  startServer,
  stateMatching,
  targetOf,
  type CountingRelay,
} from './support';
import { eventually } from '../../support/eventually';
import { cleanupsAfterEach } from '../../support/cleanup';

const cleanups = cleanupsAfterEach();

async function serve(options: Parameters<typeof startServer>[0] = {}): Promise<DemoServer> {
  const server = await startServer(options);
  cleanups.push(() => server.stop());
  return server;
}

async function relayTo(server: DemoServer): Promise<CountingRelay> {
  const relay = await countingRelay(server.port);
  cleanups.push(() => relay.close());
  return relay;
}

type Started = ReturnType<typeof newSession>;
function started(s: Started): Started {
  cleanups.push(() => s.session.stop());
  s.session.start();
  return s;
}

/**
 * Nothing more can happen: no timer of the session is pending (so no retry can come), and no further
 * connection reached the server by then.
 */
async function staysPut(s: Started, relay: CountingRelay, reached: number): Promise<void> {
  await eventually(() => s.clock.pending() === 0, 'no timer left in the session');
  expect(relay.connections).toBe(reached);
}

/** Failed, and it stays so: no further connection reaches the server. */
async function failsWithoutRetrying(s: Started, relay: CountingRelay, code: string): Promise<SessionState> {
  const failed = await reaches(s.session, 'failed');
  expect(failed.code).toBe(code);
  await staysPut(s, relay, relay.connections);
  expect(s.session.stats.attempts).toBe(1);
  expect(s.states.filter((x) => x.kind === 'connecting')).toHaveLength(1);
  return failed;
}

describe('connection failures that settings must fix', () => {
  it('401: wrong manager credentials stop retries until the password changes', async () => {
    const server = await serve();
    const relay = await relayTo(server);
    const s = started(newSession(targetOf(relay), { password: new Secret('not-the-password') }));
    const failed = await failsWithoutRetrying(s, relay, 'credentials-rejected');
    expect(failed.message).toMatch(/username or password/);
    s.session.updateTarget({ password: password() });
    await reaches(s.session, 'live');
  });

  it("403: an address missing from the allow-list is named, with this computer's local address", async () => {
    const server = await serve({ allowList: ['192.0.2.1'] });
    const relay = await relayTo(server);
    const s = started(newSession(targetOf(relay)));
    const failed = await failsWithoutRetrying(s, relay, 'address-not-allowed');
    expect(failed.message).toContain('security.xml');
    expect(failed.message).toContain('(127.0.0.1)');
  });

  it('404: a wrong path', async () => {
    const server = await serve();
    const relay = await relayTo(server);
    const s = started(newSession(targetOf(relay, { path: '/communication_manager/ws/nothing-here' })));
    await failsWithoutRetrying(s, relay, 'not-found');
  });

  it('302: a server that requires SSL says to use wss on port 55050', async () => {
    const server = await serve({ requireSsl: { sslPort: 55050 } });
    const relay = await relayTo(server);
    const s = started(newSession(targetOf(relay)));
    const failed = await failsWithoutRetrying(s, relay, 'ssl-required');
    expect(failed.message).toMatch(/SSL.*55050/);
  });

  it('retryNow tries once more after a failure, and only once', async () => {
    const server = await serve();
    const relay = await relayTo(server);
    const s = started(newSession(targetOf(relay), { password: new Secret('nope') }));
    await reaches(s.session, 'failed');
    s.session.retryNow();
    await stateMatching(
      s.session,
      (x) => x.kind === 'failed' && s.session.stats.attempts === 2,
      'a second failure',
    );
    await staysPut(s, relay, 2);
    expect(s.session.stats.attempts).toBe(2);
  });
});

describe('TLS', () => {
  it('refuses an untrusted self-signed certificate and names its SHA-256 fingerprint', async () => {
    const server = await serve({ tls: 'generate' });
    const relay = await relayTo(server);
    const s = started(newSession(targetOf(relay, { tls: true })));
    const failed = await reaches(s.session, 'failed');
    expect(failed.code).toBe('tls-certificate-rejected');
    const fingerprint = server.certificate?.fingerprint256 ?? 'missing';
    expect(failed.message).toContain(fingerprint);
    expect(failed.kind === 'failed' && failed.problem.fingerprint256).toBe(fingerprint);
    expect(server.clients()).toHaveLength(0);
    await staysPut(s, relay, relay.connections);
  });

  it('connects to a self-signed server whose fingerprint is pinned, whatever name the certificate carries', async () => {
    const server = await serve({ tls: 'generate' });
    const s = started(
      newSession(targetOf(server, { tls: true }), {
        trust: { kind: 'pinned', fingerprint256: server.certificate?.fingerprint256 ?? '' },
      }),
    );
    await reaches(s.session, 'live');
    await eventually(() => (server.clients()[0]?.filters.length ?? 0) > 0, 'the filter over wss');
  });

  it('connects to a pinned server whose certificate has expired (the pin is the trust decision) and says it expired', async () => {
    const day = 24 * 60 * 60 * 1000;
    // Valid for a year, two years ago: expired a year ago.
    const server = await serve({ tls: await generateCertificate(Date.now() - 2 * 365 * day) });
    const validTo = new X509Certificate(server.certificate?.pem ?? '').validTo;
    const s = started(
      newSession(targetOf(server, { tls: true }), {
        trust: { kind: 'pinned', fingerprint256: server.certificate?.fingerprint256 ?? '' },
      }),
    );
    const live = await reaches(s.session, 'live');
    expect(live.message).toMatch(/certificate expired on \d{4}-\d{2}-\d{2}/);
    expect(live.message).toContain(new Date(validTo).toISOString().slice(0, 10));
    await eventually(() => (server.clients()[0]?.filters.length ?? 0) > 0, 'the filter over wss');
  });

  it('still refuses an expired certificate that is not pinned, and one whose pin does not match', async () => {
    const day = 24 * 60 * 60 * 1000;
    const server = await serve({ tls: await generateCertificate(Date.now() - 2 * 365 * day) });
    const unpinned = started(newSession(targetOf(server, { tls: true })));
    expect((await reaches(unpinned.session, 'failed')).code).toBe('tls-certificate-rejected');
    const other = await serve({ tls: 'generate' });
    const wrongPin = started(
      newSession(targetOf(server, { tls: true }), {
        trust: { kind: 'pinned', fingerprint256: other.certificate?.fingerprint256 ?? '' },
      }),
    );
    expect((await reaches(wrongPin.session, 'failed')).code).toBe('tls-fingerprint-mismatch');
    expect(server.clients()).toHaveLength(0);
  });

  it('an expired pinned certificate swapped after the preflight is refused before any credentials are sent', async () => {
    const day = 24 * 60 * 60 * 1000;
    const expired = await serve({ tls: await generateCertificate(Date.now() - 2 * 365 * day) });
    const impostor = await serve({ tls: await generateCertificate(Date.now() - 2 * 365 * day) });
    const pinned = expired.certificate;
    if (!pinned) throw new Error('no certificate');
    const relay = await relayTo(impostor);
    const seenByPreflight = { fingerprint256: pinned.fingerprint256, pem: pinned.pem, expiredAt: 1 };
    const s = started(
      newSession(targetOf(relay, { tls: true }), {
        trust: { kind: 'pinned', fingerprint256: pinned.fingerprint256 },
        fetchCertificate: () => Promise.resolve({ ok: true, value: seenByPreflight }),
      }),
    );
    const failed = await stateMatching(
      s.session,
      (x) => (x.kind === 'backoff' || x.kind === 'failed') && relay.connections > 0,
      'the refused handshake',
    );
    expect(failed.code).toBe('tls-fingerprint-mismatch');
    // The relay saw the TLS connection; the impostor's HTTP layer never got a request.
    expect(impostor.clients()).toHaveLength(0);
    expect(s.session.stats.connects).toBe(0);
  });

  it('accepts the pin written in lower case without colons', async () => {
    const server = await serve({ tls: 'generate' });
    const pin = (server.certificate?.fingerprint256 ?? '').replace(/:/g, '').toLowerCase();
    const s = started(
      newSession(targetOf(server, { tls: true }), { trust: { kind: 'pinned', fingerprint256: pin } }),
    );
    await reaches(s.session, 'live');
  });

  it('refuses a server whose certificate is not the pinned one, before any credentials are sent', async () => {
    const server = await serve({ tls: 'generate' });
    const relay = await relayTo(server);
    const wrong = Array.from({ length: 32 }, () => 'AB').join(':');
    const s = started(
      newSession(targetOf(relay, { tls: true }), { trust: { kind: 'pinned', fingerprint256: wrong } }),
    );
    const failed = await reaches(s.session, 'failed');
    expect(failed.code).toBe('tls-fingerprint-mismatch');
    expect(failed.message).toContain(server.certificate?.fingerprint256 ?? 'missing');
    expect(server.clients()).toHaveLength(0);
    await staysPut(s, relay, relay.connections);
  });

  it('refuses a certificate swapped in after the preflight: the handshake itself fails', async () => {
    const pinnedServer = await serve({ tls: 'generate' });
    const impostor = await serve({ tls: 'generate' });
    const pinned = pinnedServer.certificate;
    if (!pinned) throw new Error('no certificate');
    expect(impostor.certificate?.fingerprint256).not.toBe(pinned.fingerprint256);
    // The preflight is told it saw the pinned certificate; the real handshake then meets the impostor's.
    const real = certificateFetcher(systemClock);
    let calls = 0;
    const lyingOnce: CertificateFetcher = (target, timeoutMs) =>
      ++calls === 1
        ? Promise.resolve({ ok: true, value: { fingerprint256: pinned.fingerprint256, pem: pinned.pem } })
        : real(target, timeoutMs);
    const s = started(
      newSession(targetOf(impostor, { tls: true }), {
        trust: { kind: 'pinned', fingerprint256: pinned.fingerprint256 },
        fetchCertificate: lyingOnce,
      }),
    );
    const failed = await reaches(s.session, 'failed');
    expect(failed.code).toBe('tls-fingerprint-mismatch');
    expect(failed.message).toContain(impostor.certificate?.fingerprint256 ?? 'missing');
    expect(impostor.clients()).toHaveLength(0);
    expect(s.session.stats.connects).toBe(0);
  });
});

describe('failures that retrying can fix', () => {
  it('times out a handshake the server never answers, and backs off', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const held: Socket[] = [];
    silent.on('connection', (c) => held.push(c));
    cleanups.push(
      () =>
        new Promise<void>((r) => {
          for (const c of held) c.destroy();
          silent.close(() => r());
        }),
    );
    const port = (silent.address() as { port: number }).port;
    const s = started(newSession(targetOf({ port }), { timings: { handshakeTimeoutMs: 150 } }));
    const waiting = await reaches(s.session, 'backoff');
    expect(waiting.code).toBe('timeout');
    expect(waiting.message).toMatch(/did not answer within 150 ms/);
  });

  it('backs off with growing delays while the port refuses connections', async () => {
    const port = await closedPort();
    const clock = new FakeClock();
    const s = started(
      newSession(targetOf({ port }), { clock, random: () => 0.999, timings: { backoff: DEFAULT_BACKOFF } }),
    );
    const delays: number[] = [];
    for (let attempt = 2; attempt <= 8; attempt++) {
      const waiting = await stateMatching(
        s.session,
        (x) => x.kind === 'backoff' && x.attempt === attempt,
        `backoff before attempt ${attempt}`,
      );
      if (waiting.kind !== 'backoff') throw new Error('not backing off');
      expect(waiting.code).toBe('connection-refused');
      delays.push(waiting.nextAttemptAt - clock.now());
      clock.advance(waiting.nextAttemptAt - clock.now());
    }
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThan(delays[i - 1] ?? Infinity);
    delays.forEach((d, i) => expect(d).toBeLessThanOrEqual(backoffCeiling(DEFAULT_BACKOFF, i + 1)));
    expect(delays[0]).toBeLessThan(1000);
    expect(s.session.stats.attempts).toBe(8);
  });

  it('a server that accepts and at once drops still makes the session back off further each time', async () => {
    const server = await serve();
    const clock = new FakeClock();
    const s = started(
      newSession(targetOf(server), { clock, random: () => 0.999, timings: { backoff: DEFAULT_BACKOFF } }),
    );
    const delays: number[] = [];
    for (let i = 1; i <= 4; i++) {
      await eventually(() => s.session.state.kind === 'live' && s.session.stats.connects === i, `live ${i}`);
      server.dropAll();
      const waiting = await reaches(s.session, 'backoff');
      if (waiting.kind !== 'backoff') throw new Error('not backing off');
      delays.push(waiting.nextAttemptAt - clock.now());
      clock.advance(waiting.nextAttemptAt - clock.now());
    }
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThan(delays[i - 1] ?? Infinity);
  });

  it('after a connection stayed live past the stable period, the next retry is quick again', async () => {
    const server = await serve();
    const clock = new FakeClock();
    const s = started(
      newSession(targetOf(server), { clock, random: () => 0.999, timings: { backoff: DEFAULT_BACKOFF } }),
    );
    for (let i = 1; i <= 3; i++) {
      await eventually(() => s.session.state.kind === 'live' && s.session.stats.connects === i, `live ${i}`);
      server.dropAll();
      const waiting = await reaches(s.session, 'backoff');
      if (waiting.kind === 'backoff') clock.advance(waiting.nextAttemptAt - clock.now());
    }
    await eventually(() => s.session.state.kind === 'live' && s.session.stats.connects === 4, 'live 4');
    clock.advance(DEFAULT_BACKOFF.stableAfterMs);
    server.dropAll();
    const waiting = await reaches(s.session, 'backoff');
    expect(waiting.kind === 'backoff' && waiting.attempt).toBe(2);
    expect(waiting.kind === 'backoff' && waiting.nextAttemptAt - clock.now()).toBeLessThan(1000);
  });
});
