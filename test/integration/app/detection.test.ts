/**
 * "Detect call events…" in the Companion, against the demo server speaking a dialect the app does
 * not know, over real sockets: it listens on a second socket (the app's own connection stays),
 * shows what it found in words, saves the profile only when confirmed, and the app then pops
 * those calls. One detection at a time; cancel changes nothing; the first run offers it once.
 */
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../src-main/demo-server/dialects';
import type { AppState, DetectionView } from '../../../src-main/ipc/contract';
import { DEFAULT_PROFILE } from '../../../src-main/protocol/profile';
import { encodeEvent } from '../../../src-main/protocol/encode';
import { cleanupsAfterEach } from '../../support/cleanup';
import { ME, startCompanionBackend, type CompanionBackend } from '../../support/companion-backend';
import { serverSettings } from '../../support/companion-harness';
import { saidDetection } from '../../support/detection-words';

const cleanups = cleanupsAfterEach();
const CALLER = { name: 'Ada Lovelace', number: '+442079460018' };

async function backend(options: Parameters<typeof startCompanionBackend>[0] = {}): Promise<CompanionBackend> {
  const real = await startCompanionBackend({ dialect: 'foreign', ...options });
  cleanups.push(() => real.close());
  return real;
}

const detection = (s: AppState): DetectionView => s.detection;
const listening = (s: AppState) => {
  const d = detection(s);
  return d.kind === 'running' && d.phase === 'listening';
};
/** The state as it is now (a push may still be on its way). */
const now = (real: CompanionBackend): Promise<AppState> => real.ask('getState');
const result = async (real: CompanionBackend) => {
  const d = (await now(real)).detection;
  if (d.kind !== 'result') throw new Error(`expected a result, got ${JSON.stringify(d)}`);
  return d;
};

describe('detecting call events in the app', () => {
  it('finds the foreign dialect from a test call, applies it only when confirmed, and then pops those calls', async () => {
    const real = await backend();
    expect((await now(real)).detection).toEqual({ kind: 'idle', offer: false });

    // Before: a call in the server's own words does not pop. A call in the standard words sent
    // after it does, so the app's connection had read everything before it.
    const before = real.ring(CALLER);
    const marker = real.events.external({ name: 'Marker', number: '+15555550199' });
    const desk = real.events.phone({ username: ME, extension: ME });
    real.demoServer.emitRaw(encodeEvent(real.events.dial(marker, desk), DEFAULT_PROFILE));
    await real.until(
      (s) => s.liveCalls.some((c) => c.callerName === 'Marker'),
      'the standard-vocabulary call',
    );
    expect(real.latest().liveCalls.map((c) => c.callerName)).toEqual(['Marker']);
    before.hangup();
    real.demoServer.emitRaw(encodeEvent(real.events.hangup(marker), DEFAULT_PROFILE));
    real.demoServer.emitRaw(encodeEvent(real.events.hangup(desk), DEFAULT_PROFILE));
    await real.until((s) => s.liveCalls.length === 0, 'the marker call to end');
    // A missed call's card stays a moment to show the outcome; put it away so the next pop is alone.
    await real.ask('dismissAllPops');
    await real.until((s) => s.pops.length === 0, 'no card left');

    expect(await real.ask('startDetection')).toEqual({ ok: true, value: null });
    expect(await real.ask('startDetection')).toMatchObject({ ok: false, error: { code: 'detection-busy' } });
    await real.until(listening, 'detection to listen');
    // A second socket: the app's own connection stays up meanwhile.
    expect(real.demoServer.clients()).toHaveLength(2);
    expect(real.latest().connection.state).toBe('live');

    await real.demoServer.scenarios.inboundAnswered({ to: ME, from: CALLER });
    await real.until((s) => s.detection.kind === 'result', 'the result');
    const found = saidDetection(await result(real));
    expect(found.confidence).toBe('high');
    expect(found.headline).toBe('Found how your server reports calls, with high confidence.');
    expect(found.lines).toEqual([
      { label: 'Ringing', value: '“CallRinging”', decided: true },
      { label: 'Answered', value: '“CallConnected”', decided: true },
      { label: 'Answer ended', value: '“CallDisconnected”', decided: true },
      { label: 'Hung up', value: '“ChannelClosed”', decided: true },
      { label: 'The caller', value: 'in the fields ending in 2', decided: true },
      {
        label: 'Caller details',
        value:
          'name “cidName”, number “cidNum”, dialled number “dialedNumber”, extension “exten”, user “user”, call id “channelId”',
        decided: true,
      },
    ]);
    expect(found.canApply).toBe(true);
    // The discovery socket is closed; nothing is saved until the user confirms.
    await real.until(() => real.demoServer.clients().length === 1, 'the detection socket to close');
    expect((await now(real)).settings.protocolProfile).toEqual({});

    expect(await real.ask('applyDetectedProfile')).toEqual({ ok: true, value: null });
    expect((await now(real)).settings.protocolProfile).toEqual({
      eventTypes: {
        dial: 'CallRinging',
        link: 'CallConnected',
        linkEnd: 'CallDisconnected',
        hangup: 'ChannelClosed',
      },
      callerSuffix: '2',
      fieldNames: DIALECTS.foreign.fieldNames,
    });
    await real.until((s) => s.detection.kind === 'result' && s.detection.applied, 'applied shown');
    await real.until(
      () =>
        real.demoServer
          .clients()
          .some((c) => c.filters.some((f) => JSON.stringify(f).includes('CallRinging'))),
      'the connection to ask for the server’s own event names',
    );
    await real.until((s) => s.connection.state === 'live', 'live again');

    const shown = real.ports.shown.length;
    real.ring(CALLER);
    await real.until((s) => s.pops.length === 1, 'the pop');
    expect(real.latest().pops[0]).toMatchObject({ callerName: CALLER.name, callerNumber: CALLER.number });
    expect(real.ports.shown.slice(shown).map((n) => n.title)).toEqual([CALLER.name]);

    expect(await real.ask('cancelDetection')).toEqual({ ok: true, value: null });
    expect((await now(real)).detection).toEqual({ kind: 'idle', offer: false });
  });

  it('cancel stops listening, closes its socket and saves nothing', async () => {
    const real = await backend();
    await real.ask('startDetection');
    await real.until(listening, 'detection to listen');
    expect(real.demoServer.clients()).toHaveLength(2);
    expect(await real.ask('cancelDetection')).toEqual({ ok: true, value: null });
    expect((await now(real)).detection).toEqual({ kind: 'idle', offer: false });
    await real.until(() => real.demoServer.clients().length === 1, 'the detection socket to close');
    // A call now is not seen by any detection, and there is nothing to apply.
    await real.demoServer.scenarios.inboundAnswered({ to: ME, from: CALLER });
    expect((await now(real)).detection.kind).toBe('idle');
    expect(await real.ask('applyDetectedProfile')).toMatchObject({
      ok: false,
      error: { code: 'detection-nothing-to-apply' },
    });
    expect((await now(real)).settings.protocolProfile).toEqual({});
  });

  it('says plainly that it could not decide when no event named the user, though it saw the server’s events', async () => {
    const real = await backend();
    await real.ask('startDetection');
    await real.until(listening, 'detection to listen');
    const run = await real.demoServer.scenarios.inboundAnswered({ to: '4225', from: CALLER });
    await real.until(
      (s) => s.detection.kind === 'running' && s.detection.eventsSeen >= run.events.length,
      'every event of someone else’s call',
    );
    expect(await real.ask('finishDetection')).toEqual({ ok: true, value: null });
    const found = saidDetection(await result(real));
    expect(found.confidence).toBe('none');
    expect(found.headline).toBe(
      `Could not decide: the server sent ${run.events.length} events, but none named you (user “4224”, extension 4224). Check your user name and extensions under “Your calls”, then ring your own extension while detection listens.`,
    );
    expect(found).toMatchObject({ lines: [], canApply: false });
    expect(await real.ask('applyDetectedProfile')).toMatchObject({ ok: false });
  });

  it('ends on its own when the listening time is up', async () => {
    const real = await backend({ detectionListenMs: 300 });
    await real.ask('startDetection');
    await real.until((s) => s.detection.kind === 'result', 'the result when time is up');
    expect((await result(real)).confidence).toBe('none');
  });

  it('shows why when the server refuses the password, and refuses without a server or a user', async () => {
    const wrong = await backend({ storedPassword: 'not-the-password', waitLive: false });
    await wrong.ask('startDetection');
    await wrong.until((s) => s.detection.kind === 'failed', 'the refusal');
    const failed = (await now(wrong)).detection;
    expect(failed.kind === 'failed' && failed.problem.message).toMatch(/password/i);

    const demo = await backend({ settings: { mode: 'demo' }, storedPassword: null, waitLive: false });
    expect(await demo.ask('startDetection')).toMatchObject({
      ok: false,
      error: { code: 'detection-needs-server' },
    });
    const nobody = await backend({ settings: { isymphonyUser: '', extensions: [] } });
    expect(await nobody.ask('startDetection')).toMatchObject({
      ok: false,
      error: { code: 'detection-needs-identity' },
    });
  });

  it('is offered once, after the first run’s first live connection to the user’s own server', async () => {
    const real = await backend({ settings: null });
    expect(real.latest().mode).toBe('setup');
    expect((await now(real)).detection).toEqual({ kind: 'idle', offer: false });
    expect(await real.ask('saveSettings', { settings: serverSettings(real.demoServer.port) })).toMatchObject({
      ok: true,
    });
    expect(await real.ask('setPassword', { password: real.serverPassword })).toMatchObject({ ok: true });
    await real.until(
      (s) =>
        s.mode === 'server' &&
        s.connection.state === 'live' &&
        s.detection.kind === 'idle' &&
        s.detection.offer,
      'the offer',
    );
    expect(await real.ask('cancelDetection')).toEqual({ ok: true, value: null });
    expect((await now(real)).detection).toEqual({ kind: 'idle', offer: false });
  });
});
