/**
 * Pops over a real socket: the demo server sends exactly the events a test scripts, and the
 * recording ports show what the user would have seen — per pop style, under do-not-disturb, with
 * the three-card cap, dismissals, answers elsewhere and the CRM opening by itself.
 */
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../../src-main/demo-server';
import type { IsymphonyEvent } from '../../../src-main/protocol/events';
import type { Settings } from '../../../src-main/storage/settings-schema';
import { eventFactory } from '../../support/events';
import { CRM_URL, liveServerCompanion } from '../../support/companion-harness';
import { eventually } from '../../support/eventually';
import { cleanupsAfterEach } from '../../support/cleanup';
import { demoServerPerFile } from '../../support/demo-server-per-file';
import { withoutOwnIsolates } from '../../support/hostile-corpus';

const PASSWORD = 'pops-test-Pa55word-3c9d';
let server: DemoServer;
const cleanups = cleanupsAfterEach();
let run = 0;

demoServerPerFile(PASSWORD, (started) => (server = started));

async function companionWith(overrides: Partial<Settings> = {}, popOutcomeMs?: number) {
  const running = await liveServerCompanion({
    port: server.port,
    password: PASSWORD,
    cleanups,
    overrides,
    ...(popOutcomeMs !== undefined ? { options: { popOutcomeMs } } : {}),
  });
  const ev = eventFactory({ prefix: `run${++run}-` });
  const send = (...events: IsymphonyEvent[]) => events.forEach((e) => server.emitEvent(e));
  const me = () => ev.phone({ username: '4224', extension: '4224' });
  return { ...running, ev, send, me };
}

describe('pop styles', () => {
  it('"window" updates the pop window and shows no notification', async () => {
    const { latest, recorded, ev, send, me } = await companionWith({ popStyle: 'window' });
    const caller = ev.external({ name: 'Grace Hopper', number: '+15555550101' });
    send(ev.dial(caller, me()));
    await eventually(() => recorded.popWindow.some((pops) => pops.length === 1), 'the pop window');
    expect(recorded.popWindow.at(-1)![0]).toMatchObject({ callerName: 'Grace Hopper', state: 'ringing' });
    expect(latest().pops).toHaveLength(1);
    expect(recorded.shown).toEqual([]);
  });

  it('"both" updates the pop window and shows a notification', async () => {
    const { recorded, ev, send, me } = await companionWith({ popStyle: 'both' });
    send(ev.dial(ev.external({ name: 'Grace Hopper' }), me()));
    await eventually(() => recorded.shown.length === 1, 'the notification');
    await eventually(() => recorded.popWindow.some((pops) => pops.length === 1), 'the pop window');
  });

  it('"off" shows nothing, yet the call is live and then in the history', async () => {
    const { latest, recorded, ev, send, me } = await companionWith({ popStyle: 'off' });
    const caller = ev.external({ name: 'Grace Hopper' });
    send(ev.dial(caller, me()));
    await eventually(() => latest().liveCalls.length === 1, 'the live call');
    expect(latest().pops).toEqual([]);
    send(ev.hangup(caller));
    await eventually(() => latest().historyVersion === 1, 'the history entry');
    expect(recorded.shown).toEqual([]);
    expect(recorded.popWindow.flat()).toEqual([]);
  });

  it('do-not-disturb: no notification and no pop window, but the call is recorded as missed', async () => {
    const { companion, latest, recorded, ev, send, me } = await companionWith({
      popStyle: 'both',
      doNotDisturb: true,
    });
    expect(latest().doNotDisturb).toBe(true);
    const caller = ev.external({ name: 'Grace Hopper' });
    send(ev.dial(caller, me()));
    await eventually(() => latest().liveCalls.length === 1, 'the live call');
    send(ev.hangup(caller));
    await eventually(() => latest().historyVersion === 1, 'the history entry');
    expect(recorded.shown).toEqual([]);
    expect(recorded.popWindow.flat()).toEqual([]);
    const page = (await companion.invoke('queryHistory', { offset: 0, limit: 5 })) as {
      value: { calls: { state: string; popped: boolean }[] };
    };
    expect(page.value.calls).toEqual([expect.objectContaining({ state: 'missed', popped: false })]);
  });

  it('turning do-not-disturb on withdraws the pops showing and holds back the next call', async () => {
    const { companion, latest, recorded, ev, send, me } = await companionWith({ popStyle: 'notification' });
    send(ev.dial(ev.external({ name: 'First' }), me()));
    await eventually(() => latest().pops.length === 1, 'the first pop');
    expect(await companion.setDoNotDisturb(true)).toEqual({ ok: true, value: null });
    await eventually(() => latest().pops.length === 0 && latest().doNotDisturb, 'the pops to go');
    expect(recorded.closed).toEqual([recorded.shown[0]!.callId]);
    send(ev.dial(ev.external({ name: 'Second' }), me()));
    await eventually(() => latest().liveCalls.length === 2, 'the second call');
    expect(recorded.shown).toHaveLength(1);
    expect(latest().pops).toEqual([]);
  });
});

describe('the pop deck', () => {
  it('shows at most three pops, newest first; the rest stay in the live list; dismiss and close all', async () => {
    const { companion, latest, ev, send, me } = await companionWith({ popStyle: 'window' });
    for (const name of ['One', 'Two', 'Three', 'Four']) send(ev.dial(ev.external({ name }), me()));
    await eventually(() => latest().liveCalls.length === 4, 'four live calls');
    await eventually(() => latest().pops.length === 3, 'three pops');
    expect(latest().pops.map((p) => p.callerName)).toEqual(['Four', 'Three', 'Two']);
    const four = latest().pops[0]!.id;
    expect(await companion.invoke('dismissPop', { callId: four })).toEqual({ ok: true, value: null });
    await eventually(() => latest().pops.length === 2, 'one pop dismissed');
    expect(latest().pops.map((p) => p.callerName)).toEqual(['Three', 'Two']);
    expect(await companion.invoke('dismissAllPops', undefined)).toEqual({ ok: true, value: null });
    await eventually(() => latest().pops.length === 0, 'every pop dismissed');
    expect(latest().liveCalls).toHaveLength(4);
  });

  it('a card answered here stays through the call and a while after; answered elsewhere and missed show their outcome, then leave', async () => {
    const { latest, recorded, ev, send, me } = await companionWith(
      { popStyle: 'both', popAfterCall: 1 },
      300,
    );
    const elsewhere = ev.external({ name: 'Elsewhere' });
    const here = ev.external({ name: 'Here' });
    const gone = ev.external({ name: 'Gone' });
    const myPhone = me();
    send(ev.dial(elsewhere, me()), ev.dial(here, myPhone), ev.dial(gone, me()));
    await eventually(() => latest().pops.length === 3, 'three pops');
    const idOf = (name: string) => latest().liveCalls.find((c) => c.callerName === name)!.id;
    const ids = { elsewhere: idOf('Elsewhere'), here: idOf('Here'), gone: idOf('Gone') };
    const card = (id: string) => latest().pops.find((p) => p.id === id);

    send(ev.link(elsewhere, ev.phone({ username: '4225', extension: '4225' })));
    await eventually(() => card(ids.elsewhere)?.state === 'answered-elsewhere', 'the outcome on the card');
    expect(recorded.closed).toContain(ids.elsewhere);
    await eventually(() => card(ids.elsewhere) === undefined, 'the card answered elsewhere to leave');

    send(ev.link(here, myPhone));
    await eventually(() => card(ids.here)?.state === 'answered', 'the card on the call');
    expect(recorded.closed).toContain(ids.here);

    send(ev.hangup(gone));
    await eventually(() => card(ids.gone)?.state === 'missed', 'the missed outcome on the card');
    await eventually(() => card(ids.gone) === undefined, 'the missed card to leave');
    // The missed card's time ran out while the call answered here went on: its card is still there.
    expect(card(ids.here)?.state).toBe('answered');

    send(ev.linkEnd(here, myPhone), ev.hangup(here));
    await eventually(() => card(ids.here)?.state === 'ended', 'the ended call still on its card');
    expect(card(ids.here)?.talkMs).not.toBeNull();
    await eventually(() => latest().pops.length === 0, 'the card gone a second after the call');
    expect(recorded.closed.sort()).toEqual(Object.values(ids).sort());
    await eventually(() => latest().historyVersion === 3, 'three calls in the history');
  });

  it('"until I close it" keeps the card of an ended call until it is dismissed', async () => {
    const { companion, latest, recorded, ev, send, me } = await companionWith(
      { popStyle: 'window', popAfterCall: 'until-closed' },
      100,
    );
    const talked = ev.external({ name: 'Talked', number: '+15555550140' });
    const phone = me();
    send(ev.dial(talked, phone), ev.link(talked, phone), ev.linkEnd(talked, phone), ev.hangup(talked));
    await eventually(() => latest().pops[0]?.state === 'ended', 'the ended call on its card');
    const id = latest().pops[0]!.id;
    // A missed call's card comes and goes on its own timer meanwhile; the kept card does not leave.
    const missed = ev.external({ name: 'Missed' });
    send(ev.dial(missed, me()), ev.hangup(missed));
    await eventually(() => latest().pops.some((p) => p.state === 'missed'), 'the missed card');
    await eventually(() => latest().pops.length === 1, 'the missed card gone');
    expect(latest().pops[0]?.id).toBe(id);
    // Its CRM actions still work from the card: the call is found after it ended.
    expect(await companion.invoke('openCrm', { callId: id })).toEqual({ ok: true, value: null });
    expect(recorded.opened.at(-1)).toContain('from=%2B15555550140');
    expect(await companion.invoke('dismissPop', { callId: id })).toEqual({ ok: true, value: null });
    await eventually(() => latest().pops.length === 0, 'the card closed');
  });
});

describe('opening the CRM by itself', () => {
  it('on ring: once, when the call pops, not again when it is answered', async () => {
    const { recorded, latest, ev, send, me } = await companionWith({
      crm: {
        templates: [{ id: 'crm', label: 'CRM', url: CRM_URL, autoOpen: 'ring', rules: {} }],
        defaultCountry: 'GB',
      },
    });
    const caller = ev.external({ name: 'Ring', number: '+15555550111', did: '100' });
    const phone = me();
    send(ev.dial(caller, phone), ev.dial(caller, me()));
    await eventually(() => recorded.opened.length === 1, 'the CRM to open');
    send(ev.link(caller, phone), ev.linkEnd(caller, phone));
    await eventually(() => latest().historyVersion === 1, 'the call to end');
    expect(recorded.opened).toEqual([
      'https://crm.example.com/calls/new?from=%2B15555550111&name=Ring&line=100',
    ]);
  });

  it('on answer (the settings default for a template left at "never"): not on ring, once on answer', async () => {
    const { recorded, latest, ev, send, me } = await companionWith({ autoOpenCrm: 'answer' });
    const caller = ev.external({ name: 'Answer', number: '+15555550112', did: '100' });
    const phone = me();
    send(ev.dial(caller, phone));
    await eventually(() => latest().liveCalls.length === 1, 'the ringing call');
    expect(recorded.opened).toEqual([]);
    send(ev.link(caller, phone));
    await eventually(() => recorded.opened.length === 1, 'the CRM to open on answer');
    send(ev.linkEnd(caller, phone), ev.hangup(caller));
    await eventually(() => latest().historyVersion === 1, 'the call to end');
    expect(recorded.opened).toHaveLength(1);
  });
});

describe('hostile caller ID', () => {
  it('keeps the link on the template origin and the notification text display-safe', async () => {
    const { companion, recorded, ev, send, me } = await companionWith({ popStyle: 'notification' });
    const name = 'Evil\u202Egnp.exe\u0007 /../x?y=1&z=<script>#@evil.example';
    const number = '+1 555@evil.example/../..';
    send(ev.dial(ev.external({ name, number, did: '\u202E100' }), me()));
    await eventually(() => recorded.shown.length === 1, 'the notification');
    const notice = recorded.shown[0]!;
    const unsafe = (text: string) =>
      [...text].some((c) => {
        const code = c.codePointAt(0)!;
        return code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e);
      });
    // Only the isolates the app puts around numbers and names; nothing from the caller.
    expect(unsafe(withoutOwnIsolates(notice.title)) || unsafe(withoutOwnIsolates(notice.body))).toBe(false);
    expect(notice.title).toBe('Evilgnp.exe /../x?y=1&z=<script>#@evil.example');
    expect(await companion.invoke('openCrm', { callId: notice.callId })).toEqual({ ok: true, value: null });
    const link = new URL(recorded.opened[0]!);
    expect(link.origin).toBe('https://crm.example.com');
    expect(link.pathname).toBe('/calls/new');
    expect([...link.searchParams.keys()]).toEqual(['from', 'name', 'line']);
    // The raw values travel, encoded: the link carries what the PBX sent, not the display text.
    expect(link.searchParams.get('name')).toBe(name);
    expect(link.searchParams.get('from')).toBe(number);
  });
});

describe('what the shell calls', () => {
  it('the global shortcut opens the newest ringing call, else the call I am on, else the one that just ended; shortcuts and start at login follow the settings', async () => {
    const { companion, latest, recorded, ev, send, me, settings } = await companionWith();
    expect(recorded.shortcuts).toEqual(['CommandOrControl+Shift+K']);
    expect(await companion.openShortcutCrm()).toMatchObject({
      ok: false,
      error: { code: 'no-current-call' },
    });
    const older = ev.external({ name: 'Older', number: '+15555550131', did: '1' });
    const newer = ev.external({ name: 'Newer', number: '+15555550132', did: '1' });
    const olderPhone = me();
    send(ev.dial(older, olderPhone));
    await eventually(() => latest().liveCalls.length === 1, 'the first call');
    send(ev.dial(newer, me()));
    await eventually(() => latest().liveCalls.length === 2, 'the second call');
    expect(await companion.openShortcutCrm()).toEqual({ ok: true, value: null });
    const link = (name: string, n: number) =>
      `https://crm.example.com/calls/new?from=%2B1555555013${n}&name=${name}&line=1`;
    expect(recorded.opened).toEqual([link('Newer', 2)]);
    // The newer caller gives up; I answer the older one: the shortcut now opens the call I am on.
    send(ev.hangup(newer), ev.link(older, olderPhone));
    await eventually(
      () => latest().liveCalls.length === 1 && latest().liveCalls[0]!.state === 'answered',
      'on the call',
    );
    expect(await companion.openShortcutCrm()).toEqual({ ok: true, value: null });
    expect(recorded.opened.at(-1)).toBe(link('Older', 1));
    // After it ends, the call that just ended (not the missed one that ended before it).
    send(ev.linkEnd(older, olderPhone), ev.hangup(older));
    await eventually(() => latest().liveCalls.length === 0 && latest().historyVersion === 2, 'both ended');
    expect(await companion.openShortcutCrm()).toEqual({ ok: true, value: null });
    expect(recorded.opened).toEqual([link('Newer', 2), link('Older', 1), link('Older', 1)]);

    expect(await companion.setStartAtLogin(true)).toEqual({ ok: true, value: null });
    expect(recorded.loginItem).toEqual([true]);
    await eventually(() => latest().settings.startAtLogin, 'the setting');
    await eventually(() => recorded.tray.at(-1)!.startAtLogin, 'the tray switch');

    const next = { ...settings, startAtLogin: true, globalShortcut: 'Alt+Shift+P' };
    expect(await companion.invoke('saveSettings', { settings: next })).toEqual({ ok: true, value: null });
    expect(recorded.shortcuts).toEqual(['CommandOrControl+Shift+K', 'Alt+Shift+P']);
    expect(recorded.loginItem).toEqual([true]);
  });

  it('a template id not offered for the call is refused; an offered alternative opens', async () => {
    const { companion, latest, recorded, ev, send, me } = await companionWith({
      crm: {
        templates: [
          { id: 'crm', label: 'CRM', url: CRM_URL, autoOpen: 'never', rules: {} },
          {
            id: 'intranet',
            label: 'Intranet',
            url: 'https://intra.example/?x={number}',
            autoOpen: 'never',
            rules: { caller: 'internal' },
          },
          {
            id: 'tickets',
            label: 'Tickets',
            url: 'https://tickets.example/new?n={e164}',
            autoOpen: 'never',
            rules: {},
          },
        ],
        defaultCountry: 'GB',
      },
    });
    send(ev.dial(ev.external({ name: 'Caller', number: '020 7946 0018' }), me()));
    await eventually(() => latest().liveCalls.length === 1, 'the call');
    const call = latest().liveCalls[0]!;
    expect(call.crm).toEqual({
      defaultId: 'crm',
      options: [
        { id: 'crm', label: 'CRM' },
        { id: 'tickets', label: 'Tickets' },
      ],
    });
    expect(await companion.invoke('openCrm', { callId: call.id, templateId: 'intranet' })).toMatchObject({
      ok: false,
      error: { code: 'template-not-offered' },
    });
    expect(await companion.invoke('openCrm', { callId: call.id, templateId: 'tickets' })).toEqual({
      ok: true,
      value: null,
    });
    expect(recorded.opened).toEqual(['https://tickets.example/new?n=%2B442079460018']);
    expect(await companion.invoke('openCrm', { callId: 'call-unknown' })).toMatchObject({
      ok: false,
      error: { code: 'call-not-found' },
    });
  });
});
