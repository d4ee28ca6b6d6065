import { describe, expect, it } from 'vitest';
import { buildLink } from '../../../src-main/crm/link';
import { readCrmAnswer, safeRecordUrl, textAt } from '../../../src-main/lookup/crm-lookup-answer';
import { CRM_LOOKUP_PRESETS } from '../../../src-main/lookup/crm-lookup-presets';
import { checkLookupTemplate } from '../../../src-main/lookup/crm-lookup-check';
import { lookupRequest } from '../../../src-main/lookup/crm-lookup-request';
import type { CheckedLookup, CrmLookupTemplate } from '../../../src-main/lookup/crm-lookup-template';
import { HOSTILE_CALLER_IDS } from '../../support/hostile-corpus';

const custom: CrmLookupTemplate = {
  preset: 'custom',
  method: 'GET',
  url: 'https://crm.example/api/search?phone={e164}&raw={number}',
  body: null,
  tokenHeader: 'Authorization',
  tokenPrefix: 'Bearer ',
  namePaths: ['results.0.first', 'results.0.last'],
  companyPath: 'results.0.company',
  recordUrlPath: 'results.0.url',
  idPath: 'results.0.id',
  recordLink: 'https://crm.example/contacts/{id}',
  allowedOrigins: ['https://app.crm.example'],
};

function checked(template: CrmLookupTemplate = custom): CheckedLookup {
  const result = checkLookupTemplate(template);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function refusal(template: Partial<CrmLookupTemplate>): { code: string; message: string } {
  const result = checkLookupTemplate({ ...custom, ...template });
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('checking a lookup template', () => {
  it('accepts a GET template with {e164} and {number}, and reads its origin', () => {
    const c = checked();
    expect(c.origin).toBe('https://crm.example');
    expect([...c.recordOrigins]).toEqual(['https://crm.example', 'https://app.crm.example']);
    expect(c.timeoutMs).toBe(1500);
    expect(c.cacheMs).toBe(10 * 60_000);
  });

  it.each([
    [{ url: 'http://crm.example/s?q={e164}' }, 'lookup-not-https', /https/],
    [{ url: 'https://{number}.crm.example/s' }, 'lookup-template-invalid', /host/],
    [{ url: 'javascript:alert({number})' }, 'lookup-template-invalid', /https/],
    [{ url: 'https://crm.example/s?q={name}' }, 'lookup-template-invalid', /\{number\} or \{e164\}/],
    [{ url: 'https://crm.example/s' }, 'lookup-template-invalid', /never sends the caller's number/],
    [{ url: 'https://YOUR-COMPANY.crm.example/s?q={e164}' }, 'lookup-needs-replacing', /replace it/],
    [{ method: 'POST' as const }, 'lookup-template-invalid', /JSON body/],
    [{ body: '{}' }, 'lookup-template-invalid', /GET lookup sends no body/],
    [{ tokenHeader: 'Authorization\r\nX-Evil' }, 'lookup-template-invalid', /header name/],
    [{ tokenPrefix: 'Bearer\n' }, 'lookup-template-invalid', /prefix/],
    [{ namePaths: ['results..name'] }, 'lookup-template-invalid', /separated by dots/],
    [{ namePaths: [], companyPath: null }, 'lookup-template-invalid', /name or the company/],
    [{ recordLink: 'https://evil.example/c/{id}' }, 'lookup-template-invalid', /allowed addresses/],
    [{ recordLink: 'https://crm.example/c/{number}' }, 'lookup-template-invalid', /\{id\}/],
    [{ allowedOrigins: ['http://evil.example'] }, 'lookup-not-https', /https/],
    [{ timeoutMs: 60_000 }, 'lookup-template-invalid', /timeout/],
  ])('refuses %j with a sentence', (change, code, words) => {
    const problem = refusal(change);
    expect(problem.code).toBe(code);
    expect(problem.message).toMatch(words);
    expect(problem.message).toMatch(/[.)]$/);
  });

  it('allows plain http only to this computer', () => {
    expect(checked({ ...custom, url: 'http://127.0.0.1:8080/s?q={e164}', recordLink: null }).origin).toBe(
      'http://127.0.0.1:8080',
    );
    expect(checked({ ...custom, url: 'http://localhost/s?q={e164}', recordLink: null }).origin).toBe(
      'http://localhost',
    );
  });

  it('refuses a POST body that is not JSON once filled, or quotes a placeholder', () => {
    expect(refusal({ method: 'POST', body: '{"q": "{e164}"}' }).message).toMatch(
      /whole value without quotes/,
    );
    expect(refusal({ method: 'POST', body: 'q={e164}' }).message).toMatch(/not JSON/);
  });
});

describe('the request for one number', () => {
  it('percent-encodes the URL values exactly as a CRM link does', () => {
    for (const { text } of HOSTILE_CALLER_IDS) {
      const request = lookupRequest(
        checked({ ...custom, url: 'https://crm.example/s?raw={number}' }),
        text,
        'GB',
      );
      const link = buildLink(
        'https://crm.example/s?raw={number}',
        {
          number: text,
          name: null,
          did: null,
          extension: null,
          username: null,
          callId: '',
          time: 0,
        },
        { defaultCountry: 'GB' },
      );
      if (!link.ok) {
        expect(request.ok).toBe(false);
        continue;
      }
      expect(request.ok && request.value.url).toBe(link.value);
      expect(new URL(link.value).origin).toBe('https://crm.example');
    }
  });

  it('reads {e164} with the default country and encodes its "+"', () => {
    const request = lookupRequest(checked(), '020 7946 0018', 'GB');
    expect(request.ok && request.value.url).toBe(
      'https://crm.example/api/search?phone=%2B442079460018&raw=020%207946%200018',
    );
  });

  it('does not ask at all when {e164} cannot be read (an empty search could match anyone)', () => {
    const request = lookupRequest(checked(), '4224', 'GB');
    expect(request.ok ? null : request.error.code).toBe('number-unreadable');
  });

  it('puts each value in a POST body as one JSON string, whatever it holds', () => {
    const post = checked({
      ...custom,
      method: 'POST',
      url: 'https://crm.example/search',
      body: '{"q":{number},"n":1}',
    });
    let sent = 0;
    for (const { text } of HOSTILE_CALLER_IDS) {
      const request = lookupRequest(post, text, '');
      expect(request.ok).toBe(true);
      if (!request.ok) continue;
      sent += 1;
      const body = JSON.parse(request.value.body ?? '') as Record<string, unknown>;
      expect(Object.keys(body)).toEqual(['q', 'n']);
      expect(body.q).toBe(Array.from(text).slice(0, 64).join(''));
    }
    expect(sent).toBe(HOSTILE_CALLER_IDS.length);
  });
});

describe('reading an answer', () => {
  const answer = {
    results: [
      {
        first: 'Ada',
        last: 'Lovelace',
        company: 'Analytical Engines',
        url: 'https://app.crm.example/c/7',
        id: 7,
      },
    ],
  };

  it('joins the name paths and takes the company and the record address', () => {
    expect(readCrmAnswer(answer, checked())).toEqual({
      kind: 'found',
      name: 'Ada Lovelace',
      company: 'Analytical Engines',
      recordUrl: 'https://app.crm.example/c/7',
    });
  });

  it('says none when the paths find nothing', () => {
    expect(readCrmAnswer({ results: [] }, checked())).toEqual({ kind: 'none' });
    expect(readCrmAnswer([1, 2, 3], checked())).toEqual({ kind: 'none' });
    expect(readCrmAnswer(null, checked())).toEqual({ kind: 'none' });
  });

  it('reads only own properties and list positions', () => {
    expect(textAt(JSON.parse('{"__proto__":{"x":"polluted"}}'), ['x'])).toBeNull();
    expect(textAt({}, ['constructor'])).toBeNull();
    expect(textAt({ a: ['x', 'y'] }, ['a', '1'])).toBe('y');
    expect(textAt({ a: ['x'] }, ['a', 'length'])).toBeNull();
    expect(textAt({ a: { b: 12.5 } }, ['a', 'b'])).toBe('12.5');
    expect(textAt({ a: { b: true } }, ['a', 'b'])).toBeNull();
  });

  it('caps hostile text like caller ID and keeps it as text', () => {
    const long = 'x'.repeat(10_000);
    const read = readCrmAnswer(
      { results: [{ first: '<img src=x onerror=alert(1)>', last: '\u202Egnp.exe', company: long }] },
      checked(),
    );
    expect(read.kind).toBe('found');
    if (read.kind !== 'found') return;
    expect(read.name).toBe('<img src=x onerror=alert(1)> \u202Egnp.exe');
    expect(read.company?.length).toBe(128);
  });

  it('offers a record address only on the lookup origin or an allowed one', () => {
    const c = checked();
    expect(safeRecordUrl('https://crm.example/c/1', c)).toBe('https://crm.example/c/1');
    expect(safeRecordUrl('/c/1', c)).toBe('https://crm.example/c/1');
    for (const bad of [
      'https://evil.example/c/1',
      '//evil.example/c/1',
      'https://crm.example@evil.example/',
      'https://user:pw@crm.example/c/1',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'http://crm.example/c/1',
      'https://crm.example/c/\u202E1',
      'https://crm.example\\@evil.example/',
      'https://crm.example/' + 'a'.repeat(3000),
    ]) {
      expect(safeRecordUrl(bad, c), bad).toBeNull();
    }
  });

  it('builds the record link from the id, encoded, or offers none', () => {
    const c = checked({ ...custom, recordUrlPath: null });
    const link = (id: unknown) => {
      const read = readCrmAnswer({ results: [{ first: 'A', id }] }, c);
      return read.kind === 'found' ? read.recordUrl : 'none';
    };
    expect(link(7)).toBe('https://crm.example/contacts/7');
    expect(link('a/../../admin?x#y')).toBe('https://crm.example/contacts/a%2F..%2F..%2Fadmin%3Fx%23y');
    expect(link('..')).toBeNull();
    expect(link('x'.repeat(65))).toBeNull();
    expect(link({ nested: 'junk' })).toBeNull();
  });
});

describe('the presets', () => {
  it.each(CRM_LOOKUP_PRESETS.map((p) => [p.id, p] as const))(
    '%s is refused until YOUR-… is replaced, then checks out',
    (_id, preset) => {
      const first = checkLookupTemplate(preset.template);
      if (JSON.stringify(preset.template).includes('YOUR-')) {
        expect(first.ok ? null : first.error.code).toBe('lookup-needs-replacing');
      }
      const filled = JSON.parse(
        JSON.stringify(preset.template).replaceAll(/YOUR-[A-Z-]+/g, 'acme'),
      ) as CrmLookupTemplate;
      const result = checkLookupTemplate(filled);
      expect(result.ok ? 'ok' : result.error.message).toBe('ok');
      expect(preset.template.url.startsWith('https://')).toBe(true);
    },
  );
});
