import { describe, expect, it } from 'vitest';
import { guessDelimiter, guessMapping, importCsv, previewCsv } from '../../../src-main/lookup/csv-import';
import { importPhonebook, phonebookFormat, previewPhonebook } from '../../../src-main/lookup/phonebook-file';
import { MAX_PHONEBOOK_CHARS } from '../../../src-main/lookup/limits';
import { importVcard } from '../../../src-main/lookup/vcard-import';

const CSV = [
  'First Name,Last Name,Company,Mobile Phone,Business Fax,Business Phone',
  'Ada,Lovelace,Analytical Engines,07700 900123,020 7946 0999,+44 20 7946 0018',
  'Grace,Hopper,,+1 212 555 0100,,',
  'No,Number,Nobody Ltd,,,',
].join('\r\n');

describe('CSV import', () => {
  it('guesses the mapping from the header: first + last name, company, phone columns but not fax', () => {
    expect(
      guessMapping(['First Name', 'Last Name', 'Company', 'Mobile Phone', 'Business Fax', 'Business Phone']),
    ).toEqual({
      name: [0, 1],
      company: 2,
      numbers: [3, 5],
    });
    expect(guessMapping(['Name', 'Organisation', 'Telephone'])).toEqual({
      name: [0],
      company: 1,
      numbers: [2],
    });
  });

  it('reads contacts with the guessed mapping and counts the rows without a number as skipped', () => {
    const read = importCsv(CSV);
    expect(read).toEqual({
      ok: true,
      value: {
        format: 'csv',
        skipped: 1,
        contacts: [
          {
            name: 'Ada Lovelace',
            company: 'Analytical Engines',
            numbers: ['07700 900123', '+44 20 7946 0018'],
          },
          { name: 'Grace Hopper', company: null, numbers: ['+1 212 555 0100'] },
        ],
      },
    });
  });

  it('takes the mapping the user chose over the guess', () => {
    const read = importCsv(CSV, { name: [2], company: null, numbers: [4] });
    expect(read.ok && read.value.contacts).toEqual([
      { name: 'Analytical Engines', company: null, numbers: ['020 7946 0999'] },
    ]);
  });

  it('refuses a mapping without a number column, or naming a column the file lacks, in plain words', () => {
    const none = importCsv(CSV, { name: [0], company: null, numbers: [] });
    expect(none.ok ? null : none.error.code).toBe('csv-no-number-column');
    const outside = importCsv(CSV, { name: [0], company: 9, numbers: [3] });
    expect(outside.ok ? null : outside.error).toEqual({
      code: 'csv-bad-mapping',
      message: 'The mapping names a column the file does not have (it has 6 columns).',
      text: { key: 'phonebookFile.badMapping', values: { columns: 6 } },
    });
  });

  it('reads semicolon- and tab-separated files (Excel in much of Europe) and quoted fields with separators', () => {
    expect(guessDelimiter('Name;Firma;Telefon\nA;B;1')).toBe(';');
    expect(guessDelimiter('Name\tPhone\n')).toBe('\t');
    const read = importCsv('Name;Firma;Telefon\n"Müller; Hans";"ACME, GmbH";+49 30 901820\n');
    expect(read.ok && read.value.contacts).toEqual([
      { name: 'Müller; Hans', company: 'ACME, GmbH', numbers: ['+49 30 901820'] },
    ]);
  });

  it('previews the header, the first rows and the guess, without importing', () => {
    const preview = previewCsv(CSV);
    expect(preview.ok && preview.value).toMatchObject({
      format: 'csv',
      delimiter: ',',
      headers: ['First Name', 'Last Name', 'Company', 'Mobile Phone', 'Business Fax', 'Business Phone'],
      rows: 3,
      mapping: { name: [0, 1], company: 2, numbers: [3, 5] },
    });
    expect(preview.ok && preview.value.sample[1]).toEqual(['Grace', 'Hopper', '', '+1 212 555 0100', '', '']);
  });

  it('says which line is broken without quoting the file', () => {
    const read = importCsv('Name,Phone\n"Ada,123\n');
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.error.code).toBe('csv-unreadable');
    expect(read.ok ? '' : read.error.message).not.toContain('Ada');
  });
});

const VCARDS = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Lovelace;Ada;;Lady;',
  'ORG:Analytical Engines;Research',
  'TEL;TYPE=WORK,VOICE:+44 20 7946 0018',
  'TEL;TYPE=CELL:07700 900123',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:Grace Hopper',
  'TEL;VALUE=uri;TYPE=work:tel:+1-212-555-0100;ext=42',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:Nobody',
  'EMAIL:nobody@example.com',
  'END:VCARD',
  '',
].join('\r\n');

describe('vCard import', () => {
  it('reads 3.0 and 4.0 cards: FN or N, the organisation of ORG, every TEL (tel: URIs too)', () => {
    expect(importVcard(VCARDS)).toEqual({
      ok: true,
      value: {
        format: 'vcard',
        skipped: 1,
        contacts: [
          {
            name: 'Lady Ada Lovelace',
            company: 'Analytical Engines',
            numbers: ['+44 20 7946 0018', '07700 900123'],
          },
          { name: 'Grace Hopper', company: null, numbers: ['+1-212-555-0100'] },
        ],
      },
    });
  });

  it('reads a single card, and refuses a broken file without quoting it', () => {
    const one = importVcard('BEGIN:VCARD\nVERSION:3.0\nFN:Ada\nTEL:123456789\nEND:VCARD\n');
    expect(one.ok && one.value.contacts).toEqual([{ name: 'Ada', company: null, numbers: ['123456789'] }]);
    const broken = importVcard('BEGIN:VCARD\nsecret-looking garbage\nEND:VCARD');
    expect(broken.ok ? null : broken.error.code).toBe('vcard-unreadable');
    expect(broken.ok ? '' : broken.error.message).not.toContain('garbage');
  });
});

describe('phonebook files', () => {
  it('tells vCard from CSV by content, not by name (a byte-order mark and blank lines allowed)', () => {
    expect(phonebookFormat('\uFEFF\r\nbegin:vcard\r\n')).toBe('vcard');
    expect(phonebookFormat('Name,Phone\nBEGIN:VCARD,1\n')).toBe('csv');
    expect(importPhonebook(VCARDS).ok && importPhonebook(VCARDS)).toMatchObject({
      value: { format: 'vcard' },
    });
    expect(importPhonebook(CSV)).toMatchObject({ ok: true, value: { format: 'csv' } });
  });

  it('refuses empty and oversized files before parsing them', () => {
    expect(importPhonebook('  \n')).toMatchObject({ ok: false, error: { code: 'file-empty' } });
    expect(importPhonebook('x'.repeat(MAX_PHONEBOOK_CHARS + 1))).toMatchObject({
      ok: false,
      error: { code: 'file-too-large' },
    });
  });

  it('previews a vCard as its count of contacts', () => {
    expect(previewPhonebook(VCARDS)).toEqual({
      ok: true,
      value: { format: 'vcard', contacts: 2, skipped: 1 },
    });
  });
});
