/**
 * The Companion's pure parts: the pop deck, notification words, the pop lifecycle, the tray view and
 * the coalescing publisher (call views, auto-open and the shortcut's target: call-views.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { viewOfRecord } from '../../../src-main/app/call-view';
import { PopDeck } from '../../../src-main/app/pop-deck';
import { PopLifecycle } from '../../../src-main/app/pop-lifecycle';
import type { PopNotice } from '../../../src-main/app/ports';
import { popNotice } from '../../../src-main/app/pop-notice';
import { StatePublisher } from '../../../src-main/app/state-publisher';
import { trayView, type TrayInput } from '../../../src-main/app/tray-view';
import { silentLogger } from '../../../src-main/common/log';
import type { CallView } from '../../../src-main/ipc/contract';
import { CALL_T0, callRecord, THREE_CRMS } from '../../support/call-record';
import { trayInput } from '../../support/tray';
import { FakeClock } from '../session/support/fake-clock';

const T0 = CALL_T0;

const record = callRecord;

const crm = THREE_CRMS;

describe('PopDeck', () => {
  it('keeps the three newest, newest first, and says which one it pushed off', () => {
    const deck = new PopDeck();
    expect(['a', 'b', 'c'].map((id) => deck.add(id))).toEqual([null, null, null]);
    expect(deck.add('d')).toBe('a');
    expect(deck.ids()).toEqual(['d', 'c', 'b']);
    expect(deck.remove('c')).toBe(true);
    expect(deck.remove('c')).toBe(false);
    expect(deck.ids()).toEqual(['d', 'b']);
    expect(deck.clear()).toEqual(['d', 'b']);
    expect(deck.ids()).toEqual([]);
  });

  it('moves a call that pops again to the top instead of showing it twice', () => {
    const deck = new PopDeck();
    deck.add('a');
    deck.add('b');
    deck.add('a');
    expect(deck.ids()).toEqual(['a', 'b']);
  });
});

/** A number as plain-text surfaces lay it out: left to right in its own isolate. */
const ltr = (n: string) => `\u2066${n}\u2069`;
/** A name in its own isolate, so its direction cannot pull the words around it. */
const fsi = (n: string) => `\u2068${n}\u2069`;

describe('popNotice', () => {
  it('titles with the name, and says which number was called', () => {
    expect(popNotice(record())).toEqual({
      callId: 'call-1',
      title: 'Ada Lovelace',
      body: `${ltr('+442079460018')} called ${ltr('+442079460000')}`,
    });
  });

  it('says the name of the dialled number when Settings gives it one, isolated like any name', () => {
    const names = {
      didLabels: [{ did: '020 7946 0000', label: 'Acme – Sales' }],
      crm: { templates: [], defaultCountry: 'GB' },
    };
    expect(popNotice(record(), null, names).body).toBe(
      `${ltr('+442079460018')} called ${fsi('Acme – Sales')}`,
    );
    // Another line keeps its number.
    expect(popNotice(record({ did: '+442079460001' }), null, names).body).toBe(
      `${ltr('+442079460018')} called ${ltr('+442079460001')}`,
    );
  });

  it('falls back to the number, says internal or transferred, and strips what would mislead', () => {
    expect(popNotice(record({ callerName: '\u202E\u0007', internal: true, did: null })).title).toBe(
      ltr('+442079460018'),
    );
    expect(popNotice(record({ internal: true, did: null })).body).toBe(
      `${ltr('+442079460018')}, internal call`,
    );
    expect(
      popNotice(record({ transferredFrom: { name: 'Dana\u202EScott', extension: '4225', username: '4225' } }))
        .body,
    ).toBe(`${ltr('+442079460018')}, transferred from ${fsi('DanaScott')}`);
    expect(popNotice(record({ callerName: null, callerNumber: null, did: null }))).toMatchObject({
      title: 'Unknown caller',
      body: 'Number withheld',
    });
  });
  it('keeps a number with a right-to-left letter in the order it came, marked, forced left to right', () => {
    const spoof = '\u05F30100 555 212 1+';
    const notice = popNotice(record({ callerName: null, callerNumber: spoof, did: null, internal: true }));
    expect(notice.title).toBe(`\u2066\u202D⚠ ${spoof}\u202C\u2069`);
    expect(notice.body).toBe(`\u2066\u202D⚠ ${spoof}\u202C\u2069, internal call`);
  });
});

describe('PopLifecycle', () => {
  function lifecycle(popAfterCall: number | 'until-closed') {
    const clock = new FakeClock(T0);
    const shown: PopNotice[] = [];
    const closed: string[] = [];
    let changes = 0;
    const pops = new PopLifecycle({
      notifier: { show: (n) => void shown.push(n), close: (id) => void closed.push(id) },
      clock,
      settings: () => ({ popAfterCall }),
      changed: () => void (changes += 1),
      outcomeMs: 4_000,
    });
    return { pops, clock, shown, closed, changes: () => changes };
  }

  it('keeps the card through the call and for the set time after it; the notification leaves at the answer', () => {
    const { pops, clock, closed, changes } = lifecycle(10);
    pops.pop(record(), 'both', false);
    pops.stoppedRinging('call-1');
    expect(closed).toEqual(['call-1']);
    expect(pops.showing()).toEqual(['call-1']);
    const end = record({ state: 'ended', answeredAt: T0 + 1_000, endedAt: T0 + 60_000, talkMs: 59_000 });
    expect(pops.ended(end)).toBe(true);
    expect(pops.endedCall('call-1')).toBe(end);
    clock.advance(9_999);
    expect(pops.showing()).toEqual(['call-1']);
    clock.advance(1);
    expect(pops.showing()).toEqual([]);
    expect(pops.endedCall('call-1')).toBeUndefined();
    expect(changes()).toBe(1);
    expect(closed).toEqual(['call-1']);
  });

  it('shows a call answered elsewhere or missed for the outcome time only, whatever the setting', () => {
    const { pops, clock } = lifecycle('until-closed');
    pops.pop(record({ id: 'a' }), 'window', false);
    pops.pop(record({ id: 'b' }), 'window', false);
    pops.ended(record({ id: 'a', state: 'answered-elsewhere', endedAt: T0 + 5 }));
    pops.ended(record({ id: 'b', state: 'missed', endedAt: T0 + 5 }));
    clock.advance(3_999);
    expect(pops.showing()).toEqual(['b', 'a']);
    clock.advance(1);
    expect(pops.showing()).toEqual([]);
  });

  it('"until I close it" keeps an ended call until dismissed; 0 removes it at the end', () => {
    const kept = lifecycle('until-closed');
    kept.pops.pop(record(), 'window', false);
    kept.pops.ended(record({ state: 'ended', answeredAt: T0, endedAt: T0 + 1 }));
    kept.clock.advance(24 * 3_600_000);
    expect(kept.pops.showing()).toEqual(['call-1']);
    expect(kept.clock.pending).toBe(0);
    kept.pops.dismiss('call-1');
    expect(kept.pops.showing()).toEqual([]);
    expect(kept.pops.endedCall('call-1')).toBeUndefined();

    const gone = lifecycle(0);
    gone.pops.pop(record(), 'window', false);
    gone.pops.ended(record({ state: 'ended', answeredAt: T0, endedAt: T0 + 1 }));
    expect(gone.pops.showing()).toEqual([]);
  });

  it('a lingering card pushed off or dismissed takes its timer with it', () => {
    const { pops, clock, changes } = lifecycle(30);
    pops.pop(record({ id: 'old' }), 'window', false);
    pops.ended(record({ id: 'old', state: 'ended', answeredAt: T0, endedAt: T0 + 1 }));
    expect(clock.pending).toBe(1);
    for (const id of ['x', 'y', 'z']) pops.pop(record({ id }), 'window', false);
    expect(pops.showing()).toEqual(['z', 'y', 'x']);
    expect(clock.pending).toBe(0);
    clock.advance(60_000);
    expect(changes()).toBe(0);
  });
});

describe('trayView', () => {
  const call = (id: string, state: CallView['state'] = 'missed'): CallView =>
    ({ ...viewOfRecord(record({ id }), crm, false), state }) as CallView;
  const input = (overrides: Partial<TrayInput> = {}): TrayInput =>
    trayInput({
      connection: { state: 'live', code: 'live', message: 'Connected to pbx:58080.', since: T0 },
      ...overrides,
    });

  it('counts missed calls not seen yet in the tooltip, and says nothing of them when there are none', () => {
    expect(trayView(input({ missed: 3 }))).toMatchObject({
      missed: 3,
      tooltip: 'iSymphony Companion: connected, 3 missed calls',
    });
    expect(trayView(input({ missed: 1 })).tooltip).toBe('iSymphony Companion: connected, 1 missed call');
    expect(trayView(input({ missed: 0 }))).toMatchObject({
      missed: 0,
      tooltip: 'iSymphony Companion: connected',
    });
    expect(trayView(input()).missed).toBe(0);
  });

  it('picks the icon: failed before dnd before demo before live', () => {
    expect(trayView(input()).icon).toBe('live');
    expect(trayView(input({ doNotDisturb: true })).icon).toBe('dnd');
    expect(trayView(input({ mode: 'demo', demoRunning: true })).icon).toBe('demo');
    const failed = { state: 'failed', code: 'password-missing', message: 'No password.' } as const;
    expect(trayView(input({ connection: failed, doNotDisturb: true })).icon).toBe('failed');
    const backoff = {
      state: 'backoff',
      code: 'connection-refused',
      message: 'Nothing there (next try in 2 s).',
      attempt: 2,
      nextAttemptAt: T0,
    } as const;
    expect(trayView(input({ connection: backoff })).icon).toBe('connecting');
  });

  it('lists a number without a name left to right in its own isolate, a spoofed one marked and in its order', () => {
    const plain = { ...call('a'), callerName: null };
    const spoof = { ...call('b'), callerName: null, callerNumber: '⚠ \u05F30100 555 212 1+' };
    const view = trayView(input({ calls: [plain, spoof] }));
    expect(view.recentCalls.map((c) => c.label)).toEqual([
      `${ltr('+442079460018')}: missed`,
      `\u2066\u202D⚠ \u05F30100 555 212 1+\u202C\u2069: missed`,
    ]);
  });

  it('offers Call back on a recent call only when the other party sent a plain number, and carries its id only', () => {
    const withNumber = call('a');
    const withheld = { ...call('b'), callerNumber: null };
    const hostile = { ...call('c'), callerNumber: '⚠ <img src=x onerror=alert(1)>' };
    const view = trayView(input({ calls: [withNumber, withheld, hostile] }));
    expect(view.recentCalls.map((c) => [c.callId, c.canCallBack])).toEqual([
      ['a', true],
      ['b', false],
      // Marked as more than a number: greyed out (and main would refuse it, checking the raw number).
      ['c', false],
    ]);
    expect(Object.keys(view.recentCalls[0]!).sort()).toEqual(['callId', 'canCallBack', 'label']);
  });

  it('labels the demo, says do-not-disturb, and lists the last five calls once each', () => {
    const calls = ['a', 'b', 'a', 'c', 'd', 'e', 'f'].map((id) => call(id));
    const view = trayView(input({ mode: 'setup', demoRunning: true, doNotDisturb: true, calls }));
    expect(view.demo).toBe(true);
    expect(view.statusLine).toBe('Demo: Connected to pbx:58080. Do not disturb is on.');
    expect(view.recentCalls.map((c) => c.callId)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(view.recentCalls[0]!.label).toBe(`${fsi('Ada Lovelace')}: missed`);
    expect(view.startAtLogin).toBe(true);
  });
});

describe('StatePublisher', () => {
  it('gives a new listener the state at once, then one push per interval however many changes', () => {
    const clock = new FakeClock(T0);
    let version = 0;
    const seen: number[] = [];
    const publisher = new StatePublisher(() => version, clock, silentLogger);
    publisher.subscribe((v) => seen.push(v));
    expect(seen).toEqual([0]);
    for (let i = 0; i < 1000; i++) {
      version++;
      publisher.changed();
    }
    expect(seen).toEqual([0]);
    clock.advance(0);
    expect(seen).toEqual([0, 1000]);
    version++;
    publisher.changed();
    clock.advance(49);
    expect(seen).toEqual([0, 1000]);
    clock.advance(1);
    expect(seen).toEqual([0, 1000, 1001]);
  });

  it('pushes an urgent change (a new pop) on the next turn, not at the end of the interval', () => {
    const clock = new FakeClock(T0);
    let version = 0;
    const seen: number[] = [];
    const publisher = new StatePublisher(() => version, clock, silentLogger);
    publisher.subscribe((v) => seen.push(v));
    version = 1;
    publisher.changed();
    clock.advance(0);
    expect(seen).toEqual([0, 1]);
    // Within the interval: an ordinary change waits for its end, a new pop moves the push forward.
    clock.advance(10);
    version = 2;
    publisher.changed();
    clock.advance(0);
    expect(seen).toEqual([0, 1]);
    version = 3;
    publisher.changed('now');
    publisher.changed('now');
    clock.advance(0);
    expect(seen).toEqual([0, 1, 3]);
    // The cancelled timer does not fire a second push later.
    clock.advance(100);
    expect(seen).toEqual([0, 1, 3]);
  });

  it('gives paced listeners (main window, tray) an urgent change one interval later, and nothing twice', () => {
    const clock = new FakeClock(T0);
    let version = 0;
    const atOnce: number[] = [];
    const paced: number[] = [];
    const after: string[] = [];
    const publisher = new StatePublisher(
      () => version,
      clock,
      silentLogger,
      (v, pace) => after.push(`${pace} ${v}`),
    );
    publisher.subscribe((v) => atOnce.push(v));
    publisher.subscribe((v) => paced.push(v), 'paced');
    version = 1;
    publisher.changed('now');
    clock.advance(0);
    expect(atOnce).toEqual([0, 1]);
    expect(paced).toEqual([0]);
    expect(after).toEqual(['at-once 1']);
    // An ordinary change meanwhile rides with the paced push; it does not bring it forward.
    clock.advance(20);
    version = 2;
    publisher.changed();
    clock.advance(29);
    expect(paced).toEqual([0]);
    clock.advance(1);
    expect(paced).toEqual([0, 2]);
    expect(atOnce).toEqual([0, 1, 2]);
    expect(after).toEqual(['at-once 1', 'paced 2']);
    // An urgent push the at-once listeners already have is not given to them again by the paced one.
    version = 3;
    publisher.changed('now');
    clock.advance(0);
    clock.advance(50);
    expect(atOnce).toEqual([0, 1, 2, 3]);
    expect(paced).toEqual([0, 2, 3]);
    // A paced push that was due sooner waits for the interval after an urgent change.
    clock.advance(100);
    version = 4;
    publisher.changed();
    version = 5;
    publisher.changed('now');
    clock.advance(0);
    expect(atOnce.at(-1)).toBe(5);
    expect(paced.at(-1)).toBe(3);
    clock.advance(49);
    expect(paced.at(-1)).toBe(3);
    clock.advance(1);
    expect(paced.at(-1)).toBe(5);
  });

  it('keeps pushing to the others when a listener throws, and flushes on close', () => {
    const clock = new FakeClock(T0);
    let version = 0;
    const seen: number[] = [];
    const publisher = new StatePublisher(() => version, clock, silentLogger);
    publisher.subscribe(() => {
      throw new Error('listener bug');
    });
    publisher.subscribe((v) => seen.push(v));
    version = 5;
    publisher.changed();
    publisher.close();
    expect(seen).toEqual([0, 5]);
    publisher.changed();
    clock.advance(1000);
    expect(seen).toEqual([0, 5]);
  });
});
