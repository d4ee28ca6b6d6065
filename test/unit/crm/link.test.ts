import { describe, expect, it } from 'vitest';
import { buildLink, MAX_LINK_LENGTH } from '../../../src-main/crm/link';
import { VALUE_CAPS } from '../../../src-main/crm/placeholders';
import type { CrmTemplate, LinkCall } from '../../../src-main/crm/types';

const call: LinkCall = {
  number: '020 7946 0018',
  name: 'Ada Lovelace',
  did: '+442079460000',
  extension: '201',
  username: 'reception',
  callId: 'call-42',
  time: Date.UTC(2025, 5, 1, 8, 0, 0),
};
const GB = { defaultCountry: 'GB' };

function link(template: CrmTemplate | string, overrides: Partial<LinkCall> = {}, country = 'GB'): string {
  const result = buildLink(template, { ...call, ...overrides }, { defaultCountry: country });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const HOSTILE_VALUES = [
  '1&x=<script>',
  '1#frag',
  '1/../admin',
  '../../admin',
  '%2F',
  '%2e%2e',
  '?a=b',
  '@evil.example',
  '\\\\evil',
  '\\evil.example\\x',
  '//evil.example',
  'https://evil.example/',
  ':8080',
  'a"b\'c<d>e`f',
  'line1\nline2\r\n',
  '\u202eevil\u202c',
  'nul\u0000byte',
  '+44 (0) 20',
  "!'()*;,$+= ",
  '\ud800 lone surrogate',
  '😀 emoji',
  'x'.repeat(10_000),
];

/** Where a placeholder sits, and how to read its value back out of a built link. */
const SLOTS: ReadonlyArray<{ template: string; read: (url: URL) => string | null }> = [
  { template: 'https://crm.example/search?q={name}&src=pbx', read: (u) => u.searchParams.get('q') },
  {
    template: 'https://crm.example/contacts/{name}/view',
    read: (u) => decodeURIComponent(u.pathname.split('/')[2] ?? ''),
  },
  {
    template: 'https://crm.example/app#/find?q={name}',
    read: (u) => decodeURIComponent(u.hash.slice('#/find?q='.length)),
  },
  {
    template: 'https://crm.example:8443/x{name}y?z=1',
    read: (u) => decodeURIComponent(u.pathname.slice(2, -1)),
  },
];

/** What a value reads back as: capped by code points, a lone surrogate turned into U+FFFD. */
function capped(value: string): string {
  return Array.from(value)
    .slice(0, VALUE_CAPS.name)
    .map((ch) => (/^[\ud800-\udfff]$/.test(ch) ? '\ufffd' : ch))
    .join('');
}

describe('buildLink', () => {
  it('fills each placeholder with its percent-encoded value', () => {
    const url = link(
      'https://crm.example/p?n={number}&e={e164}&who={name}&did={did}&ext={extension}&u={username}&id={callId}&t={time}',
    );
    const params = new URL(url).searchParams;
    expect(params.get('n')).toBe('020 7946 0018');
    expect(params.get('e')).toBe('+442079460018');
    expect(params.get('who')).toBe('Ada Lovelace');
    expect(params.get('did')).toBe('+442079460000');
    expect(params.get('ext')).toBe('201');
    expect(params.get('u')).toBe('reception');
    expect(params.get('id')).toBe('call-42');
    expect(params.get('t')).toBe('2025-06-01T08:00:00.000Z');
    expect(url).toContain('n=020%207946%200018');
    expect(url).toContain('e=%2B442079460018');
  });

  it('encodes more strictly than encodeURIComponent: only A–Z a–z 0–9 - . _ ~ stay as they are', () => {
    const url = link('https://crm.example/?q={name}', { name: "a!b'c(d)e*f~g.h_i-j" });
    expect(url).toBe('https://crm.example/?q=a%21b%27c%28d%29e%2Af~g.h_i-j');
  });

  it('fills missing values with nothing', () => {
    const url = link('https://crm.example/?n={number}&who={name}', { number: null, name: null });
    expect(url).toBe('https://crm.example/?n=&who=');
  });

  it('takes a template object and prefers its own default country', () => {
    const template: CrmTemplate = {
      id: 't1',
      label: 'US CRM',
      url: 'https://crm.example/?e={e164}',
      autoOpen: 'ring',
      rules: {},
      defaultCountry: 'US',
    };
    expect(link(template, { number: '(202) 555-0123' })).toBe('https://crm.example/?e=%2B12025550123');
    expect(link({ ...template, defaultCountry: undefined }, { number: '020 7946 0018' })).toBe(
      'https://crm.example/?e=%2B442079460018',
    );
  });

  it('refuses an unknown default country only when the template uses {e164}', () => {
    const refused = buildLink('https://crm.example/?e={e164}', call, { defaultCountry: 'XX' });
    expect(refused.ok === false && refused.error.code).toBe('unknown-country');
    expect(buildLink('https://crm.example/?n={number}', call, { defaultCountry: 'XX' }).ok).toBe(true);
  });

  it('passes the template refusal through', () => {
    const refused = buildLink('javascript:alert({name})', call, GB);
    expect(refused.ok === false && refused.error.code).toBe('not-http');
  });

  describe('against hostile caller values', () => {
    for (const slot of SLOTS) {
      it(`keeps the origin and shape of ${slot.template} and carries each value back exactly`, () => {
        const reference = new URL(link(slot.template, { name: 'x' }));
        for (const name of HOSTILE_VALUES) {
          const url = new URL(link(slot.template, { name }));
          expect(url.origin).toBe(reference.origin);
          expect(url.username).toBe('');
          expect(url.pathname.split('/').length).toBe(reference.pathname.split('/').length);
          expect([...url.searchParams.keys()]).toEqual([...reference.searchParams.keys()]);
          expect(url.hash === '').toBe(reference.hash === '');
          expect(slot.read(url)).toBe(capped(name));
        }
      });
    }

    it('puts every hostile value into every placeholder without leaving the origin', () => {
      const templates = [
        'https://crm.example/a/{number}/{name}?did={did}&ext={extension}#{username}',
        'http://127.0.0.1:8080/{callId}{number}',
        'https://bücher.example/kunden/{name}?q={number}',
        'https://crm.example./{did}',
      ];
      for (const template of templates) {
        const origin = new URL(link(template)).origin;
        for (const value of HOSTILE_VALUES) {
          const hostile = {
            number: value,
            name: value,
            did: value,
            extension: value,
            username: value,
            callId: value,
          };
          const url = new URL(link(template, hostile));
          expect(url.origin).toBe(origin);
          expect(url.host).toBe(new URL(origin).host);
          expect(url.protocol).toMatch(/^https?:$/);
          expect(url.username + url.password).toBe('');
        }
      }
    });

    it('keeps a dot-dot value in a path segment as data only when it cannot step up', () => {
      expect(link('https://crm.example/a/x{number}/b', { number: '..' })).toBe('https://crm.example/a/x../b');
      expect(link('https://crm.example/a?q={number}', { number: '..' })).toBe('https://crm.example/a?q=..');
    });

    it.each(['.', '..'])('refuses a value that would make the path segment "%s"', (number) => {
      const refused = buildLink('https://crm.example/a/{number}/b', { ...call, number }, GB);
      expect(refused.ok === false && refused.error.code).toBe('link-changed-shape');
    });

    it('caps a 10 kB name instead of building a 30 kB link', () => {
      const url = link('https://crm.example/?q={name}', { name: 'é'.repeat(10_000) });
      expect(new URL(url).searchParams.get('q')).toBe('é'.repeat(VALUE_CAPS.name));
      expect(url.length).toBeLessThan(MAX_LINK_LENGTH);
    });

    it('refuses a link longer than the limit', () => {
      const template =
        'https://crm.example/?' + Array.from({ length: 60 }, (_, i) => `q${i}={name}`).join('&');
      const refused = buildLink(template, { ...call, name: '😀'.repeat(500) }, GB);
      expect(refused.ok === false && refused.error.code).toBe('link-too-long');
    });
  });

  it('leaves {time} empty for a time that is not a date, instead of throwing', () => {
    expect(link('https://crm.example/?t={time}', { time: Number.NaN })).toBe('https://crm.example/?t=');
    expect(link('https://crm.example/?t={time}', { time: 1e300 })).toBe('https://crm.example/?t=');
  });
});
