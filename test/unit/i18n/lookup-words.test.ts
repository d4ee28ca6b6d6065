/**
 * The caller lookup's sentences in every language: the lookup template's rules (as the settings
 * page shows them beside each field), why nobody was named, and why the CRM was not asked.
 * English stays in `message` (the command line, logs); `text` is the catalogue's sentence.
 */
import { describe, expect, it } from 'vitest';
import { checkLookupTemplate } from '../../../src-main/lookup/crm-lookup-check';
import { lookupRequest } from '../../../src-main/lookup/crm-lookup-request';
import { readLookupTemplate } from '../../../src-main/lookup/crm-lookup-shape';
import type { CrmLookupTemplate } from '../../../src-main/lookup/crm-lookup-template';
import { lookupCaller } from '../../../src-main/lookup/lookup-chain';
import { importPhonebook } from '../../../src-main/lookup/phonebook-file';
import { validateSettings, DEFAULT_SETTINGS } from '../../../src-main/storage/settings-schema';
import { saidEverywhere } from '../../support/said-everywhere';

const custom: CrmLookupTemplate = {
  preset: 'custom',
  method: 'GET',
  url: 'https://crm.example/api/search?phone={e164}',
  body: null,
  tokenHeader: 'Authorization',
  tokenPrefix: 'Bearer ',
  namePaths: ['results.0.name'],
  companyPath: 'results.0.company',
  recordUrlPath: null,
  idPath: 'results.0.id',
  recordLink: 'https://crm.example/contacts/{id}',
  allowedOrigins: [],
};

function refusal(change: Partial<CrmLookupTemplate>) {
  const result = checkLookupTemplate({ ...custom, ...change });
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(change)}`);
  return result.error;
}

function shapeRefusal(input: unknown) {
  const result = readLookupTemplate(input);
  if (result.ok) throw new Error(`read: ${JSON.stringify(input)}`);
  return result.error;
}

describe('the lookup template’s rules in every language', () => {
  it('every refusal of the meaning is said from each catalogue, each its own sentence', () => {
    const refusals = [
      refusal({ url: 'https://YOUR-DOMAIN.crm.example/?q={e164}' }),
      refusal({ url: 'https://crm.example/?q={did}' }),
      refusal({ url: 'http://crm.example/?q={e164}' }),
      refusal({ method: 'POST' }),
      refusal({ method: 'POST', body: 'x'.repeat(5000) }),
      refusal({ method: 'POST', body: '{"phone": "{e164}"' }),
      refusal({ method: 'PUT' as 'GET' }),
      refusal({ body: '{}' }),
      refusal({ url: 'https://crm.example/search' }),
      refusal({ tokenHeader: 'Bad Header' }),
      refusal({ tokenPrefix: 'x'.repeat(41) }),
      refusal({ namePaths: [], companyPath: null }),
      refusal({ namePaths: ['a', 'b', 'c', 'd', 'e'] }),
      refusal({ namePaths: [''] }),
      refusal({ companyPath: 'results..name' }),
      refusal({ idPath: null }),
      refusal({ recordLink: 'https://crm.example/contacts' }),
      refusal({ recordLink: 'https://crm.example/contacts/{id}?n={name}' }),
      refusal({ recordLink: 'https://other.example/contacts/{id}' }),
      refusal({ allowedOrigins: Array.from({ length: 9 }, (_, i) => `https://a${i}.example`) }),
      refusal({ allowedOrigins: ['not an address'] }),
      refusal({ allowedOrigins: ['https://user:pw@crm.example'] }),
      refusal({ allowedOrigins: ['http://crm.example'] }),
      refusal({ timeoutMs: 50 }),
      refusal({ cacheMinutes: -1 }),
    ];
    const german = refusals.map((problem) => saidEverywhere(problem).de);
    expect(new Set(german).size).toBe(refusals.length);
    expect(german[1]).toBe(
      'Die Suchadresse verwendet {did}; eine Suche kennt nur die Nummer des Anrufers: Verwenden Sie {number} oder {e164}.',
    );
    expect(german[12]).toBe('Verbinden Sie höchstens 4 Namenspfade.');
    expect(german[14]).toMatch(/^Der Firmenpfad „results\.\.name“ muss aus Namen/);
  });

  it('the link rules the lookup shares with the CRM link name the lookup’s own field', () => {
    const address = refusal({ url: 'ftp://crm.example/?q={e164}' });
    expect(address.field).toBe('url');
    const addressSaid = saidEverywhere(address);
    expect(addressSaid.en).toBe(
      'A lookup address must start with https:// (or http://); this one starts with "ftp:".',
    );
    expect(addressSaid.de).toBe(
      'Eine Suchadresse muss mit https:// (oder http://) beginnen; diese beginnt mit „ftp:“.',
    );
    expect(addressSaid.ar).toMatch(/^يجب أن يبدأ عنوان البحث/);

    const spaced = saidEverywhere(refusal({ url: 'https://crm.example/search ?q={e164}' }));
    expect(spaced.en).toBe(
      'The lookup address contains a space (write %20 instead) at position 27; remove it.',
    );
    expect(spaced.de).toMatch(/^Die Suchadresse enthält an Stelle 27 ein Leerzeichen/);

    const record = refusal({ recordLink: 'https://ada@crm.example/contacts/{id}' });
    expect(record.field).toBe('recordLink');
    const recordSaid = saidEverywhere(record);
    expect(recordSaid.en).toMatch(/^The record link has "@" before the host \("ada@crm\.example"\)/);
    expect(recordSaid.de).toMatch(/^Der Datensatz-Link hat ein „@“ vor dem Host/);
    expect(recordSaid.ar).toMatch(/^في رابط السجل «@» قبل المضيف/);
    const noHost = saidEverywhere(refusal({ recordLink: 'https:///contacts/{id}' }));
    expect(noHost.de).toBe(
      'Der Datensatz-Link hat nach „//“ keinen Host; schreiben Sie ihn wie https://crm.example/….',
    );
    expect(noHost.es).toMatch(/^El enlace del registro no tiene host .*; escríbalo como/);
    // crm/ reads the record link with {number} for {id}; the sentence names what the user wrote.
    const inHost = saidEverywhere(refusal({ recordLink: 'https://{id}.crm.example/contacts' }));
    expect(inHost.en).toMatch(/^The placeholder \{id\} is in the host/);
    expect(inHost.de).toContain('{id}');
    expect(inHost.de).not.toContain('{number}');
    const spacedLink = saidEverywhere(refusal({ recordLink: 'https://crm.example/{id}/{id} x' }));
    expect(spacedLink.en).toBe(
      'The record link contains a space (write %20 instead) at position 30; remove it.',
    );
  });

  it('every refusal of the shape names its field in each language', () => {
    const refusals = [
      shapeRefusal([]),
      shapeRefusal({ url: 'https://x/{e164}', apiToken: 'x' }),
      shapeRefusal({ url: 'https://x/{e164}', colour: 'red' }),
      shapeRefusal({ preset: 'nope', url: 'x' }),
      shapeRefusal({ method: 'PUT', url: 'x' }),
      shapeRefusal({ url: 7 }),
      shapeRefusal({ url: 'x'.repeat(5000) }),
      shapeRefusal({ url: 'x', namePaths: 'results.0.name' }),
      shapeRefusal({ url: 'x', recordLink: 3 }),
      shapeRefusal({ url: 'x', timeoutMs: 1.5 }),
      shapeRefusal({ url: 'x', cacheMinutes: 'ten' }),
    ];
    const said = refusals.map((problem) => saidEverywhere(problem));
    expect(new Set(said.map((words) => words.fr)).size).toBe(refusals.length);
    expect(said[5]!.de).toBe('Die Suchadresse muss Text sein.');
    expect(said[8]!.es).toBe('El enlace del registro debe ser texto.');
    expect(said[6]!.en).toBe('The lookup address is too long (at most 4,096 characters).');
    expect(said[10]!.ar).toBe('يجب أن تكون مدة الاحتفاظ عددًا صحيحًا.');
  });

  it('the settings page gets the template’s sentence by reference, beside its field', () => {
    const settings = structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown>;
    settings['crmLookup'] = { ...custom, cacheMinutes: 5000 };
    const result = validateSettings(settings);
    if (result.ok) throw new Error('accepted');
    const field = result.error.fields.find((f) => f.path === 'crmLookup.cacheMinutes');
    expect(field?.text).toEqual({ key: 'lookupTemplate.cache', values: { max: 1440 } });
    expect(saidEverywhere(field!).de).toBe('Bewahren Sie Antworten 0 bis 1.440 Minuten auf.');
  });
});

describe('why nobody was named, and why the CRM was not asked, in every language', () => {
  it('the chain’s reasons', async () => {
    const none = await lookupCaller({ number: '', pbxName: null }, { phonebook: null, crm: null });
    const notFound = await lookupCaller(
      { number: '+442079460018', pbxName: null },
      { phonebook: null, crm: null },
    );
    const noOne = await lookupCaller(
      { number: '+442079460018', pbxName: null },
      { phonebook: null, crm: () => Promise.resolve({ kind: 'none' }) },
    );
    const reasons = [none, notFound, noOne].map((result) => {
      if (result.kind !== 'none') throw new Error('named');
      return saidEverywhere(result.reason);
    });
    expect(new Set(reasons.map((words) => words.it)).size).toBe(3);
    expect(reasons[2]!.de).toBe(
      'Die Nummer steht weder im Telefonbuch noch im CRM, und die Telefonanlage hat keinen Namen gesendet.',
    );
  });

  it('a number that cannot be read as international is not sent', () => {
    const checked = checkLookupTemplate(custom);
    if (!checked.ok) throw new Error(checked.error.message);
    const request = lookupRequest(checked.value, '0207 946 0018', '');
    if (request.ok) throw new Error('sent');
    expect(saidEverywhere(request.error).fr).toMatch(/^Le numéro n’a pas pu être lu/);
  });
});

describe('a phonebook file that cannot be imported, in every language', () => {
  it('each refusal of the file or the column mapping', () => {
    const refusals = [
      importPhonebook('   '),
      importPhonebook('Name,Phone\n"Ada,+44 20 7946 0018\n'),
      importPhonebook('BEGIN:VCARD\nVERSION:3.0\nFN:Ada\nEND:VCARD\nBEGIN:VCARD\nFN Ada\n'),
      importPhonebook('Name,Phone\nAda,+442079460018\n', { name: [0], numbers: [], company: null }),
      importPhonebook('Name,Phone\nAda,+442079460018\n', { name: [0], numbers: [7], company: null }),
    ];
    const german = refusals.map((result) => {
      if (result.ok) throw new Error(`imported ${JSON.stringify(result.value)}`);
      return saidEverywhere(result.error).de;
    });
    expect(new Set(german).size).toBe(refusals.length);
    expect(german[0]).toBe('Die Datei ist leer.');
    expect(german[4]).toBe('Die Zuordnung nennt eine Spalte, die die Datei nicht hat (sie hat 2 Spalten).');
  });
});
