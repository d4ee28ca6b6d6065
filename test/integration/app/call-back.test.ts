/**
 * "Call back" against the demo server over real sockets: through the PBX (the originate request of
 * the protocol profile; the demo server answers with the events of a real outbound call), and the
 * `tel:` fallback when originate is off, refused by the licence (403) or not there (404). The
 * renderer names a call by id; hostile caller IDs never reach the PBX or the OS as anything but digits.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DemoServer } from '../../../src-main/demo-server';
import type { IsymphonyEvent } from '../../../src-main/protocol/events';
import type { Settings } from '../../../src-main/storage/settings-schema';
import { eventFactory } from '../../support/events';
import { liveServerCompanion } from '../../support/companion-harness';
import { eventually } from '../../support/eventually';
import { cleanupsAfterEach } from '../../support/cleanup';
import { demoServerPerFile } from '../../support/demo-server-per-file';
import { HOSTILE_CALLER_IDS } from '../../support/hostile-corpus';

const PASSWORD = 'call-back-test-7f3a';
let server: DemoServer;
const cleanups = cleanupsAfterEach();
let run = 0;

demoServerPerFile(PASSWORD, (started) => (server = started));
afterEach(() => server.refuseRest(null));

async function companionWith(overrides: Partial<Settings> = {}) {
  const running = await liveServerCompanion({ port: server.port, password: PASSWORD, cleanups, overrides });
  const ev = eventFactory({ prefix: `cb${++run}-` });
  const send = (...events: IsymphonyEvent[]) => events.forEach((e) => server.emitEvent(e));
  /** A missed call from this number; resolves to its id once it is in the history. */
  const missedFrom = async (number: string): Promise<string> => {
    const caller = ev.external({ name: 'Caller', number });
    const version = running.latest().historyVersion;
    send(ev.dial(caller, ev.phone({ username: '4224', extension: '4224' })), ev.hangup(caller));
    await eventually(() => running.latest().historyVersion > version, 'the missed call in the history');
    const page = (await running.companion.invoke('queryHistory', { offset: 0, limit: 1 })) as {
      value: { calls: { id: string }[] };
    };
    return page.value.calls[0]!.id;
  };
  return { ...running, missedFrom };
}

describe('call back', () => {
  it('hostile caller IDs reach neither the PBX nor the OS as anything but digits', async () => {
    const { companion, latest, recorded, missedFrom } = await companionWith();
    // First in the file: a call back placed by another test plays out on the shared demo server for
    // seconds, and would be counted here. Every originate the server accepts becomes an outbound
    // call: count them through the app.
    const outbound = () => latest().liveCalls.filter((c) => c.direction === 'outbound').length;
    const sample = HOSTILE_CALLER_IDS.filter((_, i) => i % 4 === 0);
    server.refuseRest(403);
    for (const { label, text } of sample) {
      const id = await missedFrom(text);
      const answer = (await companion.invoke('callBack', { callId: id })) as { ok: boolean };
      if (answer.ok) expect(recorded.opened.at(-1), label).toMatch(/^tel:\+?[0-9]{2,24}$/);
    }
    for (const url of recorded.opened) expect(url).toMatch(/^tel:\+?[0-9]{2,24}$/);
    expect(outbound()).toBe(0);
  });

  it('goes through the PBX: my phone rings first, then the caller, as an outbound call of mine', async () => {
    const { companion, latest, recorded, missedFrom } = await companionWith({ outsideLinePrefix: '9' });
    const id = await missedFrom('020 7946 0018');
    expect(await companion.invoke('callBack', { callId: id })).toEqual({
      ok: true,
      value: {
        via: 'pbx',
        number: '+442079460018',
        message: expect.stringMatching(/through the PBX: your phone \(4224\) rings first/),
        text: { key: 'dial.viaPbx', values: { number: '+442079460018', extension: '4224' } },
      },
    });
    await eventually(
      () => latest().liveCalls.some((c) => c.direction === 'outbound' && c.callerNumber === '902079460018'),
      'the outbound call placed by the PBX, with the outside-line prefix',
    );
    expect(recorded.opened).toEqual([]);
  });

  it('falls back to tel: when the licence refuses the Live API (403), and says so', async () => {
    const { companion, recorded, missedFrom } = await companionWith();
    const id = await missedFrom('+12125550142');
    server.refuseRest(403);
    const answer = await companion.invoke('callBack', { callId: id });
    expect(answer).toMatchObject({
      ok: true,
      value: {
        via: 'tel',
        number: '+12125550142',
        message: expect.stringMatching(/PBX refused/),
        // The reason travels as its own sentence, so each language says it in its own word order.
        text: {
          key: 'dial.viaTel',
          values: {
            number: '+12125550142',
            reason: { key: 'dial.noPbx.refused', values: { status: '403', why: 'licence' } },
          },
        },
      },
    });
    expect(recorded.opened).toEqual(['tel:+12125550142']);
  });

  it('falls back to tel: when the originate path is not there (404) or originate is off', async () => {
    const missing = await companionWith({
      protocolProfile: { originate: { path: 'no-such-action', method: 'POST', body: '{"d":"{number}"}' } },
    });
    const first = await missing.missedFrom('+12125550143');
    expect(await missing.companion.invoke('callBack', { callId: first })).toMatchObject({
      ok: true,
      value: {
        via: 'tel',
        text: { values: { reason: { key: 'dial.noPbx.refused', values: { status: '404', why: 'action' } } } },
      },
    });
    expect(missing.recorded.opened).toEqual(['tel:+12125550143']);

    const off = await companionWith({ protocolProfile: { originate: 'off' } });
    const second = await off.missedFrom('4225');
    expect(await off.companion.invoke('callBack', { callId: second })).toMatchObject({
      ok: true,
      value: {
        via: 'tel',
        message: expect.stringMatching(/off in settings/),
        text: { key: 'dial.viaTel', values: { reason: { key: 'dial.noPbx.off' } } },
      },
    });
    expect(off.recorded.opened).toEqual(['tel:4225']);
  });

  it('an unknown call id or a caller without a number dials nothing', async () => {
    const { companion, recorded, missedFrom } = await companionWith();
    expect(await companion.invoke('callBack', { callId: 'no-such-call' })).toMatchObject({
      ok: false,
      error: { code: 'call-not-found', text: { key: 'action.callGoneShort' } },
    });
    const id = await missedFrom('anonymous');
    expect(await companion.invoke('callBack', { callId: id })).toMatchObject({
      ok: false,
      error: {
        code: 'not-a-number',
        message: expect.stringMatching(/Nothing was dialled/),
        text: { key: 'dial.refused', values: { why: { key: 'dial.why.notDigits' } } },
      },
    });
    expect(recorded.opened).toEqual([]);
  });
});
