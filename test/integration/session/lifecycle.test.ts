import { describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import type { DemoServer } from '../../../src-main/demo-server/types';
import { encodeEvent } from '../../../src-main/protocol/encode';
import { appFilter } from '../../../src-main/protocol/filter';
import { DEFAULT_PROFILE } from '../../../src-main/protocol/profile';
import { defaultSocketFactory, type EventSession } from '../../../src-main/session/event-session';
import { eventFactory } from '../../support/events';
import { eventually } from '../../support/eventually';
import { FAST, KINDS, newSession, reaches, startServer, targetOf } from './support';
import { cleanupsAfterEach } from '../../support/cleanup';
import { trackingClock } from '../../support/tracking-clock';

const cleanups = cleanupsAfterEach();

async function serve(options: Parameters<typeof startServer>[0] = {}): Promise<DemoServer> {
  const server = await startServer(options);
  cleanups.push(() => server.stop());
  return server;
}

function track(session: EventSession): EventSession {
  cleanups.push(() => session.stop());
  return session;
}

const ev = eventFactory();
const dialTo4224 = () =>
  ev.dial(
    ev.external({ name: 'Ada', number: '+441632960001' }),
    ev.phone({ username: '4224', extension: '4224' }),
  );

describe('event session against the demo server', () => {
  it('connects, goes live and sends the filter for the chosen kinds', async () => {
    const server = await serve();
    const { session, states } = newSession(targetOf(server));
    track(session).start();
    const live = await reaches(session, 'live');
    expect(live.code).toBe('live');
    expect(states.map((s) => s.kind)).toEqual(['connecting', 'live']);
    await eventually(() => server.clients()[0]?.filters.length === KINDS.length, 'the filter to arrive');
    expect(server.clients()[0]?.filters).toEqual(appFilter(DEFAULT_PROFILE, KINDS));
    expect(session.stats.connects).toBe(1);
  });

  it('hands decoded events to listeners', async () => {
    const server = await serve();
    const { session, messages } = newSession(targetOf(server));
    track(session).start();
    await reaches(session, 'live');
    await eventually(() => (server.clients()[0]?.filters.length ?? 0) > 0, 'the filter');
    const dial = dialTo4224();
    server.emitEvent(dial);
    await eventually(() => messages.length === 1, 'the dial event');
    expect(messages[0]).toMatchObject({ kind: 'dial', callee: { username: '4224' } });
  });

  it('reconnects after each of 20 server restarts and sends the filter again every time', async () => {
    let server = await startServer();
    const port = server.port;
    const { session } = newSession(targetOf(server));
    track(session).start();
    await reaches(session, 'live');
    for (let i = 1; i <= 20; i++) {
      await server.stop();
      server = await startServer({ port });
      const current = server;
      await eventually(
        () =>
          session.stats.connects === i + 1 &&
          session.state.kind === 'live' &&
          current.clients()[0]?.filters.length === KINDS.length,
        `reconnection ${i} with its filter`,
      );
      expect(current.clients()[0]?.filters).toEqual(appFilter(DEFAULT_PROFILE, KINDS));
    }
    expect(session.stats.connects).toBe(21);
    expect(session.stats.filtersSent).toBe(21);
    const last = server;
    cleanups.push(() => last.stop());
  });

  it('detects a half-open connection with the heartbeat and replaces it', async () => {
    const server = await serve();
    let pongs = 0;
    const { session, states } = newSession(targetOf(server), {
      timings: { ...FAST, heartbeat: { intervalMs: 40, timeoutMs: 80 } },
      socketFactory: (url, options) => defaultSocketFactory(url, options).on('pong', () => pongs++),
    });
    track(session).start();
    await reaches(session, 'live');
    // Several pings go by on a healthy connection, each answered, without a verdict.
    await eventually(() => pongs >= 3, 'three answered pings');
    expect(session.stats.heartbeatTimeouts).toBe(0);
    server.pause();
    await eventually(
      () => session.stats.heartbeatTimeouts === 1 && session.stats.connects === 2,
      'a replaced socket',
    );
    await reaches(session, 'live');
    expect(states.some((s) => s.code === 'heartbeat-timeout')).toBe(true);
    await eventually(
      () => server.clients().some((c) => !c.paused && c.filters.length > 0),
      'a new healthy client',
    );
  });

  it('counts 1,000 garbage frames and a binary frame, logs no frame text, and stays live', async () => {
    const server = await serve();
    const { session, messages, logger } = newSession(targetOf(server));
    track(session).start();
    await reaches(session, 'live');
    await eventually(() => (server.clients()[0]?.filters.length ?? 0) > 0, 'the filter');
    for (let i = 0; i < 1000; i++) server.emitRaw(`garbage-frame-${i} {`);
    server.emitRaw(Buffer.from([1, 2, 3]), { binary: true });
    server.emitEvent(dialTo4224());
    await eventually(() => messages.length === 1, 'the event after the garbage');
    expect(session.stats.rejectedFrames).toBe(1001);
    expect(session.stats.framesReceived).toBeGreaterThanOrEqual(1002);
    expect(session.state.kind).toBe('live');
    expect(session.stats.connects).toBe(1);
    expect(logger.lines.some((l) => l.includes('garbage-frame'))).toBe(false);
    const warnings = logger.lines.filter((l) => l.startsWith('warn Dropped'));
    expect(warnings.length).toBeLessThanOrEqual(11);
    expect(logger.lines.some((l) => l.includes('"code":"not-json"'))).toBe(true);
    expect(logger.lines.some((l) => l.includes('"code":"binary-frame"'))).toBe(true);
  });

  it('drops text frames of invalid UTF-8, keeps one holding a real U+FFFD, and stays live', async () => {
    const server = await serve();
    const { session, messages, logger } = newSession(targetOf(server));
    track(session).start();
    await reaches(session, 'live');
    await eventually(() => (server.clients()[0]?.filters.length ?? 0) > 0, 'the filter');
    const dial = Buffer.from(JSON.stringify(encodeEvent(dialTo4224(), DEFAULT_PROFILE)), 'utf8');
    const name = Buffer.from('"Ada"', 'utf8');
    const withName = (bytes: Buffer) => {
      const at = dial.indexOf(name) + 1;
      return Buffer.concat([dial.subarray(0, at), bytes, dial.subarray(at + name.length - 2)]);
    };
    // The same dial with the caller's name replaced by a bad byte, a surrogate, and a real U+FFFD.
    server.emitRaw(withName(Buffer.from([0x41, 0xff, 0x41])), { binary: false, bypassFilters: true });
    server.emitRaw(withName(Buffer.from([0xed, 0xa0, 0x80])), { binary: false, bypassFilters: true });
    server.emitRaw(withName(Buffer.from('\uFFFD', 'utf8')), { binary: false, bypassFilters: true });
    await eventually(() => messages.length === 1, 'the well-formed dial');
    expect(session.stats.rejectedFrames).toBe(2);
    expect(messages[0]).toMatchObject({ kind: 'dial', caller: { callerIdName: '\uFFFD' } });
    expect(logger.lines.filter((l) => l.includes('"code":"invalid-utf8"'))).toHaveLength(2);
    expect(session.state.kind).toBe('live');
    expect(session.stats.connects).toBe(1);
  });

  it('closes a socket that receives a 2 MiB frame, counts it and reconnects', async () => {
    const server = await serve();
    const { session, states } = newSession(targetOf(server));
    track(session).start();
    await reaches(session, 'live');
    server.emitRaw('x'.repeat(2 * 1024 * 1024));
    await eventually(() => session.stats.connects === 2 && session.state.kind === 'live', 'a reconnection');
    expect(session.stats.oversizeFrames).toBe(1);
    expect(states.some((s) => s.kind === 'backoff' && s.code === 'frame-too-large')).toBe(true);
  });

  it('suspends (closing the socket and waiting) and resumes at once', async () => {
    const server = await serve();
    const clock = trackingClock();
    const { session } = newSession(targetOf(server), { clock });
    track(session).start();
    await reaches(session, 'live');
    await session.suspend();
    expect(session.state).toMatchObject({ kind: 'stopped', code: 'suspended' });
    await eventually(() => server.clients().length === 0, 'the server to see the close');
    // Nothing is scheduled, so no attempt can follow (rather than: none came within a while).
    await eventually(() => clock.pending() === 0, 'no timer left');
    expect(session.stats.attempts).toBe(1);
    session.resume();
    await reaches(session, 'live');
    expect(session.stats.connects).toBe(2);
  });

  it('skips the backoff wait when the network comes back', async () => {
    let server = await startServer();
    const port = server.port;
    // A minute's wait: only networkOnline() can bring it back within the test.
    const { session } = newSession(targetOf(server), {
      timings: {
        ...FAST,
        backoff: { baseMs: 60_000, capMs: 60_000, floorMs: 60_000, stableAfterMs: 10_000 },
      },
    });
    track(session).start();
    await reaches(session, 'live');
    await server.stop();
    const waiting = await reaches(session, 'backoff');
    expect(waiting.kind === 'backoff' && waiting.nextAttemptAt - Date.now()).toBeGreaterThan(50_000);
    server = await startServer({ port });
    const current = server;
    cleanups.push(() => current.stop());
    session.networkOnline();
    await reaches(session, 'live');
    expect(session.stats.connects).toBe(2);
  });

  it('ignores late events, errors and closes from a socket of an older generation', async () => {
    const server = await serve();
    const sockets: WebSocket[] = [];
    const { session, messages, states } = newSession(targetOf(server), {
      socketFactory: (url, options) => {
        const s = defaultSocketFactory(url, options);
        sockets.push(s);
        return s;
      },
    });
    track(session).start();
    await reaches(session, 'live');
    session.updateTarget({});
    await eventually(
      () => session.stats.connects === 2 && session.state.kind === 'live',
      'the second socket',
    );
    const old = sockets[0];
    if (!old) throw new Error('no first socket');
    const before = { frames: session.stats.framesReceived, states: states.length };
    // Frames the live socket receives from now on (the filter's answer may still be on its way).
    let liveFrames = 0;
    sockets[1]!.on('message', () => liveFrames++);
    const wire = JSON.stringify(encodeEvent(dialTo4224(), DEFAULT_PROFILE));
    old.emit('message', Buffer.from(wire), false);
    old.emit('error', Object.assign(new Error('late'), { code: 'ECONNRESET' }));
    old.emit('close', 1006, Buffer.alloc(0));
    // A marker through the live socket: once it is in, anything the old socket caused would be too.
    await eventually(
      () => server.clients().some((c) => c.filters.length > 0),
      'the filter on the new socket',
    );
    const marker = ev.hangup(ev.external({ name: 'Marker', number: '+441632960099' }));
    server.emitEvent(marker);
    await eventually(
      () =>
        messages.some((m) => m.kind === 'hangup' && m.segment.callSegmentId === marker.segment.callSegmentId),
      'the marker on the live socket',
    );
    expect(messages).toHaveLength(1);
    expect(session.stats.framesReceived).toBe(before.frames + liveFrames);
    expect(states).toHaveLength(before.states);
    expect(session.state.kind).toBe('live');
  });

  it('changes the filter on the live socket without reconnecting', async () => {
    const server = await serve();
    const { session, messages } = newSession(targetOf(server));
    track(session).start();
    await reaches(session, 'live');
    await eventually(() => server.clients()[0]?.filters.length === KINDS.length, 'the first filter');
    const clientId = server.clients()[0]?.id;
    session.updateFilter(['hangup']);
    await eventually(() => server.clients()[0]?.filters.length === 1, 'the new filter');
    expect(server.clients()[0]?.filters).toEqual(appFilter(DEFAULT_PROFILE, ['hangup']));
    expect(server.clients()[0]?.id).toBe(clientId);
    expect(session.stats.connects).toBe(1);
    // The server now filters by it: a dial is held back, a hangup comes through.
    const caller = ev.external({ number: '+441632960002' });
    server.emitEvent(ev.dial(caller, ev.phone({ username: '4224', extension: '4224' })));
    server.emitEvent(ev.hangup(caller));
    await eventually(() => messages.length === 1, 'the hangup');
    expect(messages[0]?.kind).toBe('hangup');
  });

  it('stops cleanly and makes no further attempts', async () => {
    const server = await serve();
    const clock = trackingClock();
    const { session } = newSession(targetOf(server), { clock });
    session.start();
    await reaches(session, 'live');
    await session.stop();
    expect(session.state).toMatchObject({ kind: 'stopped', code: 'stopped' });
    await eventually(() => server.clients().length === 0, 'the close');
    // Nothing is scheduled, so no attempt can follow.
    await eventually(() => clock.pending() === 0, 'no timer left');
    expect(session.stats.attempts).toBe(1);
  });
});
