/**
 * Dialling from outside a window, against the demo server over real sockets: "Call back" in the
 * tray, a tel:/callto:/sip: link the OS hands over (only with the callLinks setting on), and the
 * clipboard shortcut (the number shown first, dialled only on yes). Each says how it went in a
 * notice; hostile links and clipboard texts dial nothing, and the tests prove they would have seen
 * a dial by making one after them.
 */
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../../src-main/demo-server';
import type { Settings } from '../../../src-main/storage/settings-schema';
import { callLinksOff } from '../../../src-main/app/shell-dialing';
import { eventFactory } from '../../support/events';
import { liveServerCompanion, type RecordingOptions } from '../../support/companion-harness';
import { eventually } from '../../support/eventually';
import { cleanupsAfterEach } from '../../support/cleanup';
import { demoServerPerFile } from '../../support/demo-server-per-file';
import { encodedOrRaw, HOSTILE_CALLER_IDS } from '../../support/hostile-corpus';

const PASSWORD = 'shell-dialing-test-2b7e';
let server: DemoServer;
const cleanups = cleanupsAfterEach();
let run = 0;

demoServerPerFile(PASSWORD, (started) => (server = started));

async function companionWith(overrides: Partial<Settings> = {}, ports: RecordingOptions = {}) {
  const running = await liveServerCompanion({
    port: server.port,
    password: PASSWORD,
    cleanups,
    overrides,
    recording: ports,
  });
  const ev = eventFactory({ prefix: `sd${++run}-` });
  /** Outbound calls the PBX placed for this app (each accepted originate becomes one). */
  const outbound = (number?: string) =>
    running
      .latest()
      .liveCalls.filter(
        (c) => c.direction === 'outbound' && (number === undefined || c.callerNumber === number),
      ).length;
  const missedFrom = async (number: string): Promise<string> => {
    const caller = ev.external({ name: 'Caller', number });
    const version = running.latest().historyVersion;
    server.emitEvent(ev.dial(caller, ev.phone({ username: '4224', extension: '4224' })));
    server.emitEvent(ev.hangup(caller));
    await eventually(() => running.latest().historyVersion > version, 'the missed call in the history');
    const page = (await running.companion.invoke('queryHistory', { offset: 0, limit: 1 })) as {
      value: { calls: { id: string }[] };
    };
    return page.value.calls[0]!.id;
  };
  const save = async (change: Partial<Settings>) => {
    const settings = { ...running.latest().settings, ...change };
    const answer = await running.companion.invoke('saveSettings', { settings });
    expect(answer).toMatchObject({ ok: true });
  };
  return { ...running, outbound, missedFrom, save };
}

describe('Call back in the tray', () => {
  it('dials the call by id through the PBX and says so in a notice', async () => {
    const { companion, recorded, outbound, missedFrom } = await companionWith();
    const id = await missedFrom('020 7946 0018');
    expect(await companion.callBack(id)).toMatchObject({
      ok: true,
      value: { via: 'pbx', number: '+442079460018' },
    });
    await eventually(() => outbound('02079460018') === 1, 'the outbound call the PBX placed');
    expect(recorded.said).toEqual([
      {
        title: 'Calling through the PBX',
        body: expect.stringMatching(/^Calling \+442079460018 through the PBX/),
      },
    ]);
    expect(recorded.opened).toEqual([]);
  });

  it('an unknown id or a caller without a number dials nothing, and the notice says why', async () => {
    const { companion, recorded, missedFrom } = await companionWith();
    expect(await companion.callBack('no-such-call')).toMatchObject({
      ok: false,
      error: { code: 'call-not-found' },
    });
    const id = await missedFrom('<img src=x onerror=alert(1)>');
    expect(await companion.callBack(id)).toMatchObject({ ok: false, error: { code: 'not-a-number' } });
    expect(recorded.said.map((s) => s.title)).toEqual(['Not dialled', 'Not dialled']);
    expect(recorded.said[1]!.body).toMatch(/Nothing was dialled/);
    expect(recorded.opened).toEqual([]);
  });
});

describe('call links (tel:, callto:, sip:)', () => {
  it('are off on a fresh start: the handler is left alone and a link is not dialled', async () => {
    const { companion, recorded, outbound } = await companionWith();
    expect(recorded.callLinks).toEqual([]);
    expect(await companion.dialLink(['/usr/bin/app', 'tel:+12125550142'])).toMatchObject({
      ok: false,
      error: { code: 'call-links-off' },
    });
    expect(recorded.said).toEqual([{ title: 'Not dialled', body: callLinksOff() }]);
    expect(outbound()).toBe(0);
  });

  it('the setting makes the app the handler and stops it being one; the dial shortcut follows its setting', async () => {
    const { recorded, save } = await companionWith();
    await save({ callLinks: true });
    await save({ callLinks: false });
    expect(recorded.callLinks).toEqual([true, false]);
    await save({ dialShortcut: 'CommandOrControl+Shift+D' });
    expect(recorded.dialShortcuts).toEqual([null, 'CommandOrControl+Shift+D']);
  });

  it('on, a tel: link dials its number through the PBX and says so; other arguments are not links', async () => {
    const { companion, recorded, outbound } = await companionWith({ callLinks: true });
    expect(recorded.callLinks).toEqual([true]);
    expect(await companion.dialLink(['/usr/bin/app', '--hidden'])).toBeNull();
    expect(await companion.dialLink(['/usr/bin/app', 'tel:+1-212-555-0142;ext=9'])).toMatchObject({
      ok: true,
      value: { via: 'pbx', number: '+12125550142' },
    });
    await eventually(() => outbound('+12125550142') === 1, 'the outbound call to the link’s number');
    expect(await companion.dialLink(['sip:4225@pbx.example.com;user=phone'])).toMatchObject({
      ok: true,
      value: { number: '4225' },
    });
    await eventually(() => outbound('4225') === 1, 'the outbound call to the SIP user');
    expect(recorded.said.map((s) => s.title)).toEqual(['Calling through the PBX', 'Calling through the PBX']);
  });

  it('hostile links dial nothing, through the PBX or the OS; a good link after them does', async () => {
    const { companion, recorded, outbound } = await companionWith({ callLinks: true });
    const encode = encodedOrRaw;
    const shapes = [
      (t: string) => `tel:${t}`,
      (t: string) => `callto://${encode(t)}/`,
      (t: string) => `sip:${encode(t)}@pbx.example.com`,
    ];
    let sent = 0;
    for (const { label, text } of HOSTILE_CALLER_IDS.filter((_, i) => i % 3 === 0)) {
      for (const shape of shapes) {
        const answer = await companion.dialLink([shape(text)]);
        sent += 1;
        expect(answer?.ok, label).toBe(false);
      }
    }
    expect(recorded.said).toHaveLength(sent);
    expect(recorded.said.every((s) => s.title === 'Not dialled' && /Nothing was dialled/.test(s.body))).toBe(
      true,
    );
    expect(await companion.dialLink(['callto://4225/'])).toMatchObject({ ok: true });
    await eventually(() => outbound() === 1, 'the one good link’s call');
    expect(recorded.opened).toEqual([]);
  });
});

describe('the clipboard shortcut', () => {
  it('shows the number, left to right in its own isolate, and dials it only on yes', async () => {
    const clip = { text: ' tel:+44 20 7946 0018 ', yes: false };
    const { companion, recorded, outbound } = await companionWith(
      {},
      { clipboardText: () => clip.text, confirmDial: () => clip.yes },
    );
    expect(await companion.dialClipboard()).toMatchObject({ ok: false, error: { code: 'dial-cancelled' } });
    expect(recorded.asked).toEqual(['\u2066+442079460018\u2069']);
    expect(recorded.said).toEqual([]);
    clip.yes = true;
    expect(await companion.dialClipboard()).toMatchObject({ ok: true, value: { via: 'pbx' } });
    await eventually(() => outbound('+442079460018') === 1, 'the outbound call after yes');
    expect(recorded.asked).toHaveLength(2);
    expect(recorded.said.map((s) => s.title)).toEqual(['Calling through the PBX']);
  });

  it('never asks about, nor dials, what is not a phone number on the clipboard', async () => {
    const clip = { text: '' };
    const { companion, recorded, outbound } = await companionWith(
      {},
      { clipboardText: () => clip.text, confirmDial: () => true },
    );
    const texts = [
      ...HOSTILE_CALLER_IDS.filter((e) => e.label !== 'tel: link').map((e) => e.text),
      'sip:alice@pbx.example.com',
      'callto://10.0.0.1',
      'https://crm.example.com/contact/4225',
    ];
    for (const text of texts) {
      clip.text = text;
      expect((await companion.dialClipboard()).ok, JSON.stringify(text.slice(0, 40))).toBe(false);
    }
    expect(recorded.asked).toEqual([]);
    expect(recorded.said).toHaveLength(texts.length);
    clip.text = '4225';
    expect(await companion.dialClipboard()).toMatchObject({ ok: true });
    expect(recorded.asked).toEqual(['\u20664225\u2069']);
    await eventually(() => outbound('4225') === 1, 'the one number’s call');
  });
});
