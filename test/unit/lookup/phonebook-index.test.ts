import { describe, expect, it } from 'vitest';
import { toE164 } from '../../../src-main/crm/phone-number';
import { e164Key, PhonebookIndex } from '../../../src-main/lookup/phonebook-index';
import type { Contact } from '../../../src-main/lookup/types';

const ada: Contact = { name: 'Ada Lovelace', company: 'Analytical Engines', numbers: ['020 7946 0018'] };
const grace: Contact = { name: 'Grace Hopper', company: 'Navy', numbers: ['+1 (212) 555-0100', '4224'] };
const twinA: Contact = { name: 'Twin A', company: null, numbers: ['+33 1 23 45 67 89'] };
const twinB: Contact = { name: 'Twin B', company: null, numbers: ['+32 1 23 45 67 89'] };

const index = (contacts: readonly Contact[], defaultCountry = 'GB') =>
  new PhonebookIndex(contacts, { defaultCountry });

describe('the phonebook index', () => {
  it('matches the caller in E.164 whichever way either side wrote the number', () => {
    const book = index([ada, grace]);
    for (const caller of ['+442079460018', '00442079460018', '020 7946 0018', '+44 (0)20 7946 0018']) {
      expect(book.find(caller), caller).toEqual({ contact: ada, match: 'e164' });
    }
    expect(book.find('+12125550100')).toEqual({ contact: grace, match: 'e164' });
  });

  it('reads national numbers with the default country; elsewhere only the last digits can match them', () => {
    expect(index([ada], 'GB').find('+442079460018')).toEqual({ contact: ada, match: 'e164' });
    expect(index([ada], 'FR').find('+442079460018')).toEqual({ contact: ada, match: 'last-digits' });
    expect(index([ada], 'FR').find('+33179460018')).toBeNull();
  });

  it('falls back on the digits as written (extensions, numbers no plan knows)', () => {
    expect(index([grace]).find('4224')).toEqual({ contact: grace, match: 'digits' });
  });

  it('falls back on the last 9 digits for a number the PBX sent without country or trunk prefix', () => {
    const international: Contact = { ...ada, numbers: ['+44 20 7946 0018'] };
    expect(index([international], '').find('2079460018')).toEqual({
      contact: international,
      match: 'last-digits',
    });
    expect(index([international], '').find('79460018')).toBeNull();
  });

  it('names nobody when the last digits belong to two contacts, rather than guess', () => {
    const book = index([twinA, twinB]);
    expect(book.find('123456789')).toBeNull();
    expect(book.find('+33123456789')?.contact).toBe(twinA);
  });

  it('lets the first contact win when the same number is written twice', () => {
    const again: Contact = { ...ada, name: 'Ada (old)' };
    expect(index([ada, again]).find('+442079460018')?.contact).toBe(ada);
  });

  it('finds nothing for no number, an empty one, or junk', () => {
    const book = index([ada, grace]);
    for (const caller of [null, '', 'anonymous', '<script>', '+', 'x'.repeat(10_000)])
      expect(book.find(caller)).toBeNull();
  });

  it('keys international numbers without the parser, the same way the parser would', () => {
    for (const written of ['+44 20 7946 0018', '+1 (212) 555-0100', '+33 1 23 45 67 89', '+49 30 901820']) {
      expect(e164Key(written, null), written).toBe(toE164(written, null));
    }
  });

  it('searches names, companies and numbers', () => {
    const book = index([ada, grace]);
    expect(book.search('love', 10)).toEqual([ada]);
    expect(book.search('NAVY', 10)).toEqual([grace]);
    expect(book.search('555-01', 10)).toEqual([grace]);
    expect(book.search('', 1)).toEqual([ada]);
  });
});

describe('which numbers the phonebook names with a searched text (a history search by today’s names)', () => {
  const book = index([ada, grace, twinA, twinB]);

  it('says yes to a contact’s number in any way a call may have carried it, by name or company, in any case', () => {
    const byName = book.namesWith('lovelace');
    expect(byName).not.toBeNull();
    for (const number of ['020 7946 0018', '+44 20 7946 0018', '00442079460018', '2079460018']) {
      expect(byName!(number), number).toBe(true);
    }
    expect(book.namesWith('ANALYTICAL')!('+442079460018')).toBe(true);
    expect(book.namesWith('hopper')!('4224')).toBe(true);
  });

  it('says no to other callers, to no number, and to a number two contacts share by its digits alone', () => {
    const byName = book.namesWith('ada')!;
    expect(byName('+1 212 555 0100')).toBe(false);
    expect(byName('020 7946 0019')).toBe(false);
    expect(byName(null)).toBe(false);
    // "123456789" is the twins' last digits: the phonebook names nobody by it, so neither is found.
    expect(book.namesWith('twin a')!('123456789')).toBe(false);
    expect(book.namesWith('twin a')!('+33 1 23 45 67 89')).toBe(true);
  });

  it('is null when no contact’s name or company holds the text, or the text is empty', () => {
    expect(book.namesWith('nobody here')).toBeNull();
    expect(book.namesWith('  ')).toBeNull();
  });
});
