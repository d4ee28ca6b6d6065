/** Call views and history entries, the auto-open moment and the global shortcut's target: pure parts of the Companion. */
import { describe, expect, it } from 'vitest';
import {
  autoOpenOf,
  isAutoOpenMoment,
  SHORTCUT_AFTER_END_MS,
  shortcutTarget,
} from '../../../src-main/app/auto-open';
import { historyEntryOf, viewOfEntry, viewOfRecord } from '../../../src-main/app/call-view';
import type { CallChange, CallRecord } from '../../../src-main/calls/types';
import { CALL_T0, callRecord, crmTemplate, THREE_CRMS } from '../../support/call-record';

const T0 = CALL_T0;
const record = callRecord;
const template = crmTemplate;
const crm = THREE_CRMS;

describe('call views and history entries', () => {
  it('shows display-safe text and offers only the templates whose rules match, default first', () => {
    const view = viewOfRecord(record({ callerName: 'Eve\u202Elive.exe' }), crm, true);
    expect(view.callerName).toBe('Evelive.exe');
    expect(view.crm).toEqual({
      defaultId: 'main',
      options: [
        { id: 'main', label: 'Main CRM' },
        { id: 'any', label: 'Tickets' },
      ],
    });
    expect(view.popped).toBe(true);
  });

  it('shows the party called for an outbound call, not me', () => {
    const outbound = record({
      direction: 'outbound',
      callerName: 'Me',
      callerNumber: '4224',
      calleeName: 'Supplier',
      calleeNumber: '+15555550100',
      did: null,
    });
    expect(viewOfRecord(outbound, crm, false)).toMatchObject({
      callerName: 'Supplier',
      callerNumber: '+15555550100',
    });
    expect(historyEntryOf(outbound, false)).toMatchObject({
      callerName: 'Supplier',
      callerNumber: '+15555550100',
    });
  });

  it('names the dialled line and writes the caller’s number for the home country, the received one kept', () => {
    const names = { didLabels: [{ did: '020 7946 0000', label: 'Acme – Sales' }] };
    const view = viewOfRecord(record(), crm, true, null, names);
    expect(view).toMatchObject({
      callerNumber: '+442079460018',
      callerNumberFormatted: '020 7946 0018',
      did: '+442079460000',
      didLabel: 'Acme – Sales',
    });
    // Without names nothing is named; a number that is not plain, or not a number, is never rewritten.
    expect(viewOfRecord(record(), crm, true).didLabel).toBeNull();
    const marked = viewOfRecord(record({ callerNumber: '+44 20 7946 0018\u05F3' }), crm, true, null, names);
    expect(marked.callerNumberFormatted).toBeNull();
    expect(marked.callerNumber).toMatch(/^⚠ /);
    expect(viewOfRecord(record({ callerNumber: '4225' }), crm, true).callerNumberFormatted).toBeNull();
    // Already written the home way: nothing to add.
    expect(
      viewOfRecord(record({ callerNumber: '020 7946 0018' }), crm, true).callerNumberFormatted,
    ).toBeNull();
    // A history entry shows the same.
    expect(viewOfEntry(historyEntryOf(record({ state: 'missed' }), true), crm, names)).toMatchObject({
      callerNumberFormatted: '020 7946 0018',
      didLabel: 'Acme – Sales',
    });
  });

  it('keeps raw text in the history and maps it back to the same view', () => {
    const ended = record({
      state: 'answered-elsewhere',
      answeredBy: { name: null, username: 'dana', extension: '4225' },
      endedAt: T0 + 4000,
      ringMs: 4000,
      callerName: 'Raw\u0007Name',
    });
    const entry = historyEntryOf(ended, true);
    expect(entry).toMatchObject({
      state: 'answered-elsewhere',
      answeredBy: 'dana',
      startedAt: T0,
      callerName: 'Raw\u0007Name',
      popped: true,
    });
    const fromHistory = viewOfEntry(entry, crm);
    expect(fromHistory).toEqual(viewOfRecord(ended, crm, true));
  });

  it('records a call still ringing when it was dropped as unknown, with a reason', () => {
    expect(historyEntryOf(record(), true)).toMatchObject({
      state: 'unknown',
      stateReason: expect.any(String),
    });
  });
});

describe('auto-open', () => {
  const change = (call: CallRecord, pop: boolean, kind: CallChange['change'] = 'updated'): CallChange => ({
    call,
    change: kind,
    pop: pop ? { callId: call.id, call } : null,
  });

  it('follows the template, or the settings default when the template says never', () => {
    expect(autoOpenOf(template({ autoOpen: 'ring' }), 'answer')).toBe('ring');
    expect(autoOpenOf(template({ autoOpen: 'never' }), 'answer')).toBe('answer');
    expect(autoOpenOf(template({ autoOpen: 'never' }), 'never')).toBe('never');
  });

  it('opens on ring only with the pop, and on answer only when answered here', () => {
    expect(isAutoOpenMoment(change(record(), true, 'created'), 'ring')).toBe(true);
    expect(isAutoOpenMoment(change(record(), false), 'ring')).toBe(false);
    expect(isAutoOpenMoment(change(record({ pop: false, popSuppressed: 'dnd' }), false), 'ring')).toBe(false);
    const answered = record({ state: 'answered', answeredAt: T0 + 1 });
    expect(isAutoOpenMoment(change(answered, false), 'answer')).toBe(true);
    expect(isAutoOpenMoment(change(record(), true, 'created'), 'answer')).toBe(false);
    expect(isAutoOpenMoment(change({ ...answered, popSuppressed: 'internal' }, false), 'answer')).toBe(false);
    expect(isAutoOpenMoment(change({ ...answered, direction: 'outbound' }, false), 'answer')).toBe(false);
    expect(isAutoOpenMoment(change(answered, false), 'never')).toBe(false);
  });
});

describe('the global shortcut target', () => {
  const ringing = (id: string, at: number) => record({ id, ringingSince: at });
  const answered = (id: string, at: number) => record({ id, state: 'answered', answeredAt: at });

  it('is the newest ringing inbound call, else the call I am on, else the last call ended within a minute', () => {
    const outboundRinging = record({ id: 'out', direction: 'outbound', ringingSince: T0 + 9 });
    const live = [ringing('old', T0), ringing('new', T0 + 5), answered('talk', T0 + 1), outboundRinging];
    expect(shortcutTarget(live, [], T0 + 10)).toBe('new');
    const onCalls = [answered('first', T0), answered('latest', T0 + 3), outboundRinging];
    expect(shortcutTarget(onCalls, [{ id: 'gone', endedAt: T0 + 9 }], T0 + 10)).toBe('latest');
    const ended = [
      { id: 'earlier', endedAt: T0 },
      { id: 'last', endedAt: T0 + 2 },
    ];
    expect(shortcutTarget([outboundRinging], ended, T0 + 2 + SHORTCUT_AFTER_END_MS)).toBe('last');
    expect(shortcutTarget([], ended, T0 + 3 + SHORTCUT_AFTER_END_MS)).toBe(null);
  });
});
