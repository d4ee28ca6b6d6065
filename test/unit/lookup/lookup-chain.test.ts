import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src-main/protocol/limits';
import { contactOf } from '../../../src-main/lookup/contact-text';
import { importCsv } from '../../../src-main/lookup/csv-import';
import { decideLookup, lookupCaller, type CrmAnswer } from '../../../src-main/lookup/lookup-chain';
import { PhonebookIndex } from '../../../src-main/lookup/phonebook-index';
import { importVcard } from '../../../src-main/lookup/vcard-import';
import { HOSTILE_CALLER_IDS } from '../../support/hostile-corpus';

const SEED = 1717;
const book = new PhonebookIndex(
  [{ name: 'Ada Lovelace', company: 'Analytical Engines', numbers: ['+44 20 7946 0018'] }],
  { defaultCountry: 'GB' },
);
const crmFound: CrmAnswer = {
  kind: 'found',
  name: 'Grace Hopper',
  company: 'Navy',
  recordUrl: 'https://crm.example/c/7',
};

describe('the lookup chain', () => {
  it('takes the phonebook first, and then never asks the CRM', async () => {
    const asked: string[] = [];
    const result = await lookupCaller(
      { number: '02079460018', pbxName: 'WIRELESS CALLER' },
      { phonebook: book, crm: (n) => (asked.push(n), Promise.resolve(crmFound)) },
    );
    expect(result).toEqual({
      kind: 'found',
      source: 'phonebook',
      name: 'Ada Lovelace',
      company: 'Analytical Engines',
      recordUrl: null,
      match: 'e164',
    });
    expect(asked).toEqual([]);
  });

  it('asks the CRM when the phonebook has no entry, and keeps its record URL', async () => {
    const result = await lookupCaller(
      { number: '+12125550100', pbxName: 'WIRELESS CALLER' },
      { phonebook: book, crm: () => Promise.resolve(crmFound) },
    );
    expect(result).toMatchObject({
      source: 'crm',
      name: 'Grace Hopper',
      recordUrl: 'https://crm.example/c/7',
    });
  });

  it('falls back on the PBX name when the CRM finds nothing or fails, keeping why it failed', async () => {
    const failed: CrmAnswer = {
      kind: 'failed',
      problem: { code: 'timeout', message: 'The CRM did not answer in time.' },
    };
    for (const answer of [{ kind: 'none' } as const, failed]) {
      const result = await lookupCaller(
        { number: '+12125550100', pbxName: 'WIRELESS CALLER' },
        { phonebook: book, crm: () => Promise.resolve(answer) },
      );
      expect(result).toMatchObject({ kind: 'found', source: 'pbx', name: 'WIRELESS CALLER', company: null });
    }
    const none = await lookupCaller(
      { number: '+12125550100', pbxName: null },
      { phonebook: book, crm: () => Promise.resolve(failed) },
    );
    expect(none).toEqual({
      kind: 'none',
      reason: {
        code: 'not-found',
        message: 'The number is not in the phonebook or the CRM, and the PBX sent no name.',
        text: { key: 'lookup.notAnywhere' },
      },
      crmProblem: failed.problem,
    });
  });

  it('says so when there is no number to look up', async () => {
    expect(await lookupCaller({ number: null, pbxName: null }, { phonebook: book, crm: null })).toMatchObject(
      {
        kind: 'none',
        reason: { code: 'no-number' },
      },
    );
  });

  it('gives the pop its first answer without the CRM (decideLookup with no CRM answer yet)', () => {
    expect(decideLookup({ number: '+12125550100', pbxName: 'Bob' }, book, null)).toMatchObject({
      source: 'pbx',
      name: 'Bob',
    });
  });
});

describe('looked-up text is untrusted like caller ID', () => {
  const MAX = DEFAULT_LIMITS.maxCallerIdNameLength;

  it.each(HOSTILE_CALLER_IDS.map((e) => [e.label, e.text] as const))(
    'a hostile phonebook entry (%s) comes out capped, as the same string otherwise',
    (_label, text) => {
      const contact = contactOf(text, text, ['+44 20 7946 0018']);
      expect(contact).not.toBeNull();
      for (const field of [contact?.name, contact?.company]) {
        if (field === null || field === undefined) continue;
        expect(field.length).toBeLessThanOrEqual(MAX);
        if (text.trim().length <= MAX) expect(field).toBe(text.trim());
      }
    },
  );

  it('caps whatever a CRM answers, whatever the phonebook file holds, and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 4000 }),
        fc.string({ unit: 'binary', maxLength: 600 }),
        async (name, company) => {
          const result = await lookupCaller(
            { number: '+12125550100', pbxName: name },
            {
              phonebook: book,
              crm: () => Promise.resolve({ kind: 'found', name, company, recordUrl: null }),
            },
          );
          if (result.kind === 'found') {
            expect(result.name?.length ?? 0).toBeLessThanOrEqual(MAX);
            expect(result.company?.length ?? 0).toBeLessThanOrEqual(MAX);
          }
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('imports arbitrary CSV and vCard text without throwing, every contact capped and with a number', () => {
    const check = (read: ReturnType<typeof importCsv>): void => {
      if (!read.ok) {
        expect(read.error.message.length).toBeGreaterThan(10);
        return;
      }
      for (const c of read.value.contacts) {
        expect(c.numbers.length).toBeGreaterThan(0);
        expect(c.name?.length ?? 0).toBeLessThanOrEqual(MAX);
        for (const n of c.numbers)
          expect(n.length).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCallerIdNumberLength);
      }
    };
    const hostile = fc.constantFrom(...HOSTILE_CALLER_IDS.map((e) => e.text));
    const cell = fc.oneof(hostile, fc.string({ unit: 'binary', maxLength: 200 }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 20 }), (rows) => {
        check(importCsv(['Name,Company,Phone', ...rows.map((r) => r.join(','))].join('\n')));
        check(
          importVcard(
            rows
              .map((r) => `BEGIN:VCARD\nVERSION:4.0\nFN:${r.join('')}\nTEL:${r[0] ?? ''}\nEND:VCARD`)
              .join('\n'),
          ),
        );
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
