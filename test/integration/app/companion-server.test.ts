/**
 * The Companion end to end in server mode, against the real demo server over 127.0.0.1: a call
 * rings the user, pops through the ports the pop style asks for, opens the CRM with exactly the
 * expected link, and lands in the history when it ends.
 */
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../../src-main/demo-server';
import type { Settings } from '../../../src-main/storage/settings-schema';
import { eventually } from '../../support/eventually';
import { cleanupsAfterEach } from '../../support/cleanup';
import { demoServerPerFile } from '../../support/demo-server-per-file';
import { liveServerCompanion } from '../../support/companion-harness';

const PASSWORD = 'server-mode-Pa55word-7b1e';
let server: DemoServer;
const cleanups = cleanupsAfterEach();

demoServerPerFile(PASSWORD, (started) => (server = started));

function serverCompanion(overrides: Partial<Settings> = {}) {
  return liveServerCompanion({ port: server.port, password: PASSWORD, cleanups, overrides });
}

describe('Companion in server mode', () => {
  it('pops a ringing call through the notifier, opens the CRM with the encoded link, and records the call', async () => {
    // No time after the call: the card leaves as the call ends (how long it may stay is pops.test.ts's subject).
    const { companion, latest, recorded } = await serverCompanion({
      popStyle: 'notification',
      popAfterCall: 0,
    });
    expect(latest().mode).toBe('server');
    const run = server.scenarios.inboundAnswered({
      to: '4224',
      from: { name: 'Ada Lovelace & Co', number: '020 7946 0018' },
      did: '+44 20 7946 0000',
      stepMs: 300,
    });
    await eventually(() => recorded.shown.length === 1, 'the notification');
    const notice = recorded.shown[0]!;
    expect(notice.title).toBe('Ada Lovelace & Co');
    // Numbers in their own left-to-right isolates (LRI … PDI).
    expect(notice.body).toBe('\u2066020 7946 0018\u2069 called \u2066+44 20 7946 0000\u2069');
    await eventually(() => latest().pops.length === 1, 'the pop in the state');
    expect(latest().pops[0]).toMatchObject({ id: notice.callId, state: 'ringing', popped: true });
    expect(recorded.popWindow.flat()).toEqual([]);

    const opened = await companion.invoke('openCrm', { callId: notice.callId });
    expect(opened).toEqual({ ok: true, value: null });
    expect(recorded.opened).toEqual([
      'https://crm.example.com/calls/new?from=020%207946%200018&name=Ada%20Lovelace%20%26%20Co&line=%2B44%2020%207946%200000',
    ]);

    await run;
    await eventually(() => latest().historyVersion === 1, 'the call in the history');
    expect(latest().pops).toEqual([]);
    expect(latest().liveCalls).toEqual([]);
    expect(recorded.closed).toContain(notice.callId);
    const page = (await companion.invoke('queryHistory', { offset: 0, limit: 10 })) as {
      ok: true;
      value: { total: number; calls: { id: string; state: string; callerName: string }[] };
    };
    expect(page.value.total).toBe(1);
    expect(page.value.calls[0]).toMatchObject({
      id: notice.callId,
      state: 'ended',
      callerName: 'Ada Lovelace & Co',
    });
    // From the history too, and the number as shown goes to the clipboard.
    expect(await companion.invoke('openCrm', { callId: notice.callId })).toEqual({ ok: true, value: null });
    expect(recorded.opened).toHaveLength(2);
    expect(recorded.opened[1]).toBe(recorded.opened[0]);
    expect(await companion.invoke('copyNumber', { callId: notice.callId })).toEqual({
      ok: true,
      value: null,
    });
    expect(recorded.clipboard).toEqual(['020 7946 0018']);
  });

  it('Copy number copies what is shown: no line breaks, NUL, bidi controls or terminal escapes, live or from the history', async () => {
    const { companion, latest, recorded } = await serverCompanion({ popStyle: 'notification' });
    const hostile =
      '\u001b]8;;https://evil.example\u0007+1 555\r\n0100\u0000\u202E\u001b[31m99\u001b]8;;\u0007';
    const run = server.scenarios.inboundAnswered({
      to: '4224',
      from: { name: 'Mallory', number: hostile },
      stepMs: 300,
    });
    await eventually(() => recorded.shown.length === 1, 'the notification');
    const callId = recorded.shown[0]!.callId;
    expect(await companion.invoke('copyNumber', { callId })).toEqual({ ok: true, value: null });
    await run;
    await eventually(() => latest().historyVersion === 1, 'the call in the history');
    expect(await companion.invoke('copyNumber', { callId })).toEqual({ ok: true, value: null });
    expect(recorded.clipboard).toEqual(['+1 555 010099', '+1 555 010099']);
    // What the screens show is the same text, marked because it held more than digits and separators.
    const page = (await companion.invoke('queryHistory', { offset: 0, limit: 1 })) as {
      value: { calls: { callerNumber: string }[] };
    };
    expect(page.value.calls[0]!.callerNumber).toBe('⚠ +1 555 010099');
  });
});
