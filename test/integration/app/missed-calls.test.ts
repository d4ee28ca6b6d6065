/**
 * Missed calls in the real Companion against the demo server over real sockets: the count in the
 * state and the tray, its notification (a setting, off by default, none under do-not-disturb), seen
 * through `markMissedSeen`, called back through the PBX, and all of it kept over a restart on the
 * same data folder. Old history files (written before any of this) still load.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../../src-main/demo-server';
import type { AppState, HistoryPage } from '../../../src-main/ipc/contract';
import type { Settings } from '../../../src-main/storage/settings-schema';
import { historyLine } from '../../../src-main/storage/history-entry';
import { cleanupsAfterEach } from '../../support/cleanup';
import { companionIn, serverSettings, tempDir } from '../../support/companion-harness';
import { demoServerPerFile } from '../../support/demo-server-per-file';
import { eventFactory } from '../../support/events';
import { eventually } from '../../support/eventually';
import { sampleEntry } from '../storage/history-fixtures';

const PASSWORD = 'missed-calls-test-5d1e';
let server: DemoServer;
const cleanups = cleanupsAfterEach();
let run = 0;

demoServerPerFile(PASSWORD, (started) => (server = started));

/** A Companion on `dir` (made once per test), live against the demo server; stop() for a restart. */
async function companionOn(dir: string, overrides: Partial<Settings> = {}) {
  const running = await companionIn({
    cleanups,
    dir,
    settings: serverSettings(server.port, overrides),
    password: PASSWORD,
  });
  await eventually(() => running.latest().connection.state === 'live', 'the connection to go live');
  const ev = eventFactory({ prefix: `mc${++run}-` });
  const until = (check: (s: AppState) => boolean, what: string) =>
    eventually(() => check(running.latest()), what);
  /** A missed call from this caller; resolves to its id once it is in the history. */
  const missedFrom = async (name: string, number: string): Promise<string> => {
    const caller = ev.external({ name, number, did: '+441632960000' });
    const version = running.latest().historyVersion;
    server.emitEvent(ev.dial(caller, ev.phone({ username: '4224', extension: '4224' })));
    server.emitEvent(ev.hangup(caller));
    await until((s) => s.historyVersion > version, `the missed call from ${name} in the history`);
    return (await history()).calls[0]!.id;
  };
  const history = async (): Promise<HistoryPage> => {
    const answer = (await running.companion.invoke('queryHistory', { offset: 0, limit: 50 })) as {
      ok: true;
      value: HistoryPage;
    };
    return answer.value;
  };
  return { ...running, until, missedFrom, history };
}

async function folder(): Promise<string> {
  const data = await tempDir();
  cleanups.push(data.remove);
  return data.dir;
}

describe('missed calls in the Companion', () => {
  it('are counted in the state and the tray, seen through markMissedSeen, and stay seen over a restart', async () => {
    const dir = await folder();
    const first = await companionOn(dir);
    expect(first.latest().missed).toEqual({ count: 0, calls: [] });

    const ada = await first.missedFrom('Ada Lovelace', '+44 20 7946 0018');
    const grace = await first.missedFrom('Grace Hopper', '+44 20 7946 0019');
    await first.until((s) => s.missed.count === 2, 'two missed calls counted');
    expect(first.latest().missed.calls.map((c) => [c.id, c.callerName])).toEqual([
      [grace, 'Grace Hopper'],
      [ada, 'Ada Lovelace'],
    ]);
    await eventually(() => first.recorded.tray.at(-1)?.missed === 2, 'the tray told of two');
    expect(first.recorded.tray.at(-1)?.tooltip).toMatch(/, 2 missed calls$/);

    // Seen down to Ada's (the older): Grace's stays unseen.
    expect(await first.companion.invoke('markMissedSeen', { throughCallId: ada })).toEqual({
      ok: true,
      value: null,
    });
    await first.until((s) => s.missed.count === 1, 'one missed call left');
    expect(first.latest().missed.calls.map((c) => c.id)).toEqual([grace]);
    await first.stop();

    const second = await companionOn(dir);
    expect(second.latest().missed.calls.map((c) => c.id)).toEqual([grace]);
    await second.companion.invoke('markMissedSeen', { throughCallId: grace });
    await second.until((s) => s.missed.count === 0, 'none left');
    await eventually(() => second.recorded.tray.at(-1)?.missed === 0, 'the tray told of none');
    expect(second.recorded.tray.at(-1)?.tooltip).not.toMatch(/missed/);
  });

  it('refuses a seen request that is not a call id, and ignores one that names no missed call', async () => {
    const dir = await folder();
    const app = await companionOn(dir);
    await app.missedFrom('Ada', '+44 20 7946 0018');
    await app.until((s) => s.missed.count === 1, 'one missed call');
    for (const bad of [undefined, null, {}, { throughCallId: '' }, { throughCallId: 'x'.repeat(500) }]) {
      expect(await app.companion.invoke('markMissedSeen', bad)).toMatchObject({ ok: false });
    }
    expect(await app.companion.invoke('markMissedSeen', { throughCallId: 'no-such-call' })).toEqual({
      ok: true,
      value: null,
    });
    expect(app.latest().missed.count).toBe(1);
  });

  it('notify only when the setting is on (off by default), not under do-not-disturb; the notice leaves when seen', async () => {
    const quiet = await companionOn(await folder());
    await quiet.missedFrom('Ada', '+44 20 7946 0018');
    await quiet.until((s) => s.missed.count === 1, 'one missed call');
    expect(quiet.recorded.missedShown).toEqual([]);
    await quiet.stop();

    const app = await companionOn(await folder(), { missedCallNotification: true });
    const id = await app.missedFrom('Ada <b>&</b> Co', '+44 20 7946 0018');
    await eventually(() => app.recorded.missedShown.length === 1, 'the missed-call notification');
    const notice = app.recorded.missedShown[0]!;
    expect(notice.callId).toBe(id);
    // Plain text from main; the shell escapes the body where the platform reads markup.
    expect(notice.title.replace(/[\u2066-\u2069]/g, '')).toBe('Missed call from Ada <b>&</b> Co');
    expect(notice.body.replace(/[\u2066-\u2069]/g, '')).toBe('+44 20 7946 0018 called +441632960000');

    await app.companion.invoke('markMissedSeen', { throughCallId: id });
    await eventually(() => app.recorded.missedClosed.includes(id), 'the notification withdrawn');

    expect(await app.companion.invoke('setDoNotDisturb', { enabled: true })).toEqual({
      ok: true,
      value: null,
    });
    await app.missedFrom('Quiet Caller', '+44 20 7946 0020');
    await app.until((s) => s.missed.count === 1, 'the quiet call counted all the same');
    expect(app.recorded.missedShown).toHaveLength(1);
  });

  it('are marked called back once an outbound call to the number follows, through the PBX; the mark survives a restart', async () => {
    const dir = await folder();
    const app = await companionOn(dir, { outsideLinePrefix: '9', missedCallNotification: true });
    const other = await app.missedFrom('Someone else', '+44 20 7946 0099');
    const id = await app.missedFrom('Ada Lovelace', '020 7946 0018');
    await app.until((s) => s.missed.count === 2, 'two missed calls');
    const version = app.latest().historyVersion;

    expect(await app.companion.invoke('callBack', { callId: id })).toMatchObject({
      ok: true,
      value: { via: 'pbx' },
    });
    // The PBX places the call (with the outside-line prefix); once it ends it is in the history.
    await app.until(
      (s) => s.historyVersion > version && s.liveCalls.length === 0,
      'the outbound call placed by the PBX, ended and recorded',
    );
    const page = await app.history();
    const outbound = page.calls.find((c) => c.direction === 'outbound')!;
    expect(outbound.callerNumber).toBe('902079460018');
    const missed = page.calls.find((c) => c.id === id)!;
    expect(missed.calledBackAt).toBe(outbound.ringingSince);
    expect(page.calls.find((c) => c.id === other)!.calledBackAt).toBeUndefined();
    // Called back is dealt with: out of the count, its notification withdrawn.
    await app.until((s) => s.missed.count === 1, 'only the other call left');
    expect(app.recorded.missedClosed).toContain(id);
    await app.stop();

    const again = await companionOn(dir);
    const reloaded = await again.history();
    expect(reloaded.calls.find((c) => c.id === id)!.calledBackAt).toBe(outbound.ringingSince);
    expect(again.latest().missed.calls.map((c) => c.id)).toEqual([other]);
  });

  it('start from an old history file (no seen file yet) with none counted, and count what comes after', async () => {
    const dir = await folder();
    const old = [0, 1, 5, 10].map((n) => sampleEntry(n, { startedAt: Date.now() - 3_600_000 + n * 1_000 }));
    await writeFile(join(dir, 'history.jsonl'), old.map(historyLine).join(''), { mode: 0o600 });
    const app = await companionOn(dir);
    expect((await app.history()).total).toBe(4);
    expect(app.latest().missed.count).toBe(0);
    await app.missedFrom('New Caller', '+44 20 7946 0030');
    await app.until((s) => s.missed.count === 1, 'the new missed call counted');
  });
});
