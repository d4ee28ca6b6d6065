/**
 * Who is calling, per call (app/caller-lookup.ts): the card never waits for a lookup, takes its
 * answer only within the budget, and the history waits for the whole answer.
 */
import { describe, expect, it } from 'vitest';
import { CallerLookups } from '../../../src-main/app/caller-lookup';
import type { CallFields, CallRecord, KnownCallStatus } from '../../../src-main/calls/types';
import { silentLogger } from '../../../src-main/common/log';
import type { CrmAnswer, CrmLookup } from '../../../src-main/lookup/lookup-chain';
import { PhonebookIndex } from '../../../src-main/lookup/phonebook-index';
import { callRecord } from '../../support/call-record';
import { FakeClock } from '../session/support/fake-clock';

const record = (
  overrides: Partial<CallFields> & Partial<KnownCallStatus> = {},
): CallRecord & KnownCallStatus =>
  callRecord({
    callerName: 'WIRELESS CALLER',
    callerNumber: '+12125550100',
    did: null,
    ringingSince: 0,
    ...overrides,
  });

/** A CRM lookup that answers when the test says so, counting what it was asked. */
function gatedCrm(): { lookup: CrmLookup; asked: string[]; answer(a: CrmAnswer): void } {
  const asked: string[] = [];
  const waiting: ((a: CrmAnswer) => void)[] = [];
  return {
    lookup: (number) => {
      asked.push(number);
      return new Promise((resolve) => waiting.push(resolve));
    },
    asked,
    answer: (a) => waiting.shift()?.(a),
  };
}

const GRACE: CrmAnswer = { kind: 'found', name: 'Grace Hopper', company: 'Navy', recordUrl: null };
const flush = () => new Promise((resolve) => setImmediate(resolve));

function setup(phonebook: PhonebookIndex | null = null) {
  const clock = new FakeClock(0);
  const crm = gatedCrm();
  let changes = 0;
  const lookups = new CallerLookups({
    clock,
    phonebook: () => phonebook,
    crm: () => crm.lookup,
    logger: silentLogger,
    changed: () => changes++,
    budgetMs: 1_500,
    historyWaitMs: 10_000,
  });
  return { clock, crm, lookups, changes: () => changes };
}

describe('caller lookups', () => {
  it('a phonebook hit is on the card at once and no CRM is asked', () => {
    const index = new PhonebookIndex(
      [{ name: 'Ada Lovelace', company: 'Engines', numbers: ['+12125550100'] }],
      {
        defaultCountry: 'US',
      },
    );
    const { crm, lookups } = setup(index);
    lookups.begin(record());
    expect(lookups.view('call-1')).toEqual({
      kind: 'found',
      source: 'phonebook',
      name: 'Ada Lovelace',
      company: 'Engines',
    });
    expect(crm.asked).toEqual([]);
  });

  it('the card shows pending while the CRM is asked, then its answer within the budget', async () => {
    const { clock, crm, lookups, changes } = setup();
    lookups.begin(record());
    expect(lookups.view('call-1')).toEqual({ kind: 'pending' });
    expect(crm.asked).toEqual(['+12125550100']);
    clock.advance(1_000);
    const before = changes();
    crm.answer(GRACE);
    await flush();
    expect(changes()).toBe(before + 1);
    expect(lookups.view('call-1')).toEqual({
      kind: 'found',
      source: 'crm',
      name: 'Grace Hopper',
      company: 'Navy',
    });
    expect(clock.pending).toBe(0);
  });

  it('past the budget the card keeps the caller ID, but the history still gets the late answer', async () => {
    const { clock, crm, lookups } = setup();
    const call = record();
    lookups.begin(call);
    clock.advance(1_500);
    expect(lookups.view('call-1')).toEqual({
      kind: 'found',
      source: 'pbx',
      name: 'WIRELESS CALLER',
      company: null,
    });
    const kept = lookups.forHistory({ ...call, state: 'missed', endedAt: 2_000 });
    crm.answer(GRACE);
    expect(await kept).toEqual({ source: 'crm', name: 'Grace Hopper', company: 'Navy' });
    // The card does not change under the user's eyes after its budget.
    expect(lookups.view('call-1')).toMatchObject({ source: 'pbx' });
  });

  it('a lookup that answers after the call ended (within the budget) names both card and history', async () => {
    const { crm, lookups } = setup();
    const call = record();
    lookups.begin(call);
    const kept = lookups.forHistory({ ...call, state: 'missed', endedAt: 500 });
    crm.answer(GRACE);
    expect(await kept).toEqual({ source: 'crm', name: 'Grace Hopper', company: 'Navy' });
    expect(lookups.view('call-1')).toMatchObject({ source: 'crm', name: 'Grace Hopper' });
  });

  it('a CRM that never answers holds the history entry only for the history wait', async () => {
    const { clock, lookups } = setup();
    const call = record();
    lookups.begin(call);
    let settled = false;
    const kept = lookups.forHistory(call).then((found) => {
      settled = true;
      return found;
    });
    clock.advance(9_999);
    await flush();
    expect(settled).toBe(false);
    clock.advance(1);
    expect(await kept).toBeNull();
  });

  it('a failed CRM lookup leaves the caller ID on the card and nothing extra in the history', async () => {
    const { crm, lookups } = setup();
    lookups.begin(record());
    crm.answer({
      kind: 'failed',
      problem: { code: 'crm-timeout', message: 'The CRM did not answer in time.' },
    });
    expect(await lookups.forHistory(record())).toBeNull();
    expect(lookups.view('call-1')).toMatchObject({ kind: 'found', source: 'pbx' });
  });

  it('looked-up text is display-safe: controls and bidi overrides go, length is capped', async () => {
    const { crm, lookups } = setup();
    lookups.begin(record({ callerName: null }));
    crm.answer({
      kind: 'found',
      name: `\u202Eevil\u0000${'W'.repeat(500)}`,
      company: '<b>x</b>',
      recordUrl: null,
    });
    await flush();
    const view = lookups.view('call-1');
    expect(view).toMatchObject({ kind: 'found', source: 'crm', company: '<b>x</b>' });
    const name = view?.kind === 'found' ? (view.name ?? '') : '';
    expect(name.includes('\u202E') || name.includes('\u0000')).toBe(false);
    expect(name.length).toBeLessThanOrEqual(80);
  });
});
