import { describe, expect, it } from 'vitest';
import { buildLink } from '../../../src-main/crm/link';
import { countryCode, toE164 } from '../../../src-main/crm/phone-number';
import type { LinkCall } from '../../../src-main/crm/types';

function e164(number: string | null, country: string): string {
  const call: LinkCall = {
    number,
    name: null,
    did: null,
    extension: null,
    username: null,
    callId: 'c',
    time: 0,
  };
  const result = buildLink('https://crm.example/?e={e164}', call, { defaultCountry: country });
  if (!result.ok) throw new Error(result.error.message);
  return new URL(result.value).searchParams.get('e') ?? '';
}

describe('{e164}', () => {
  it.each([
    ['GB', '020 7946 0018', '+442079460018'],
    ['GB', '02079460018', '+442079460018'],
    ['GB', '+44 20 7946 0018', '+442079460018'],
    ['GB', '0044 20 7946 0018', '+442079460018'],
    ['GB', '44 20 7946 0018', '+442079460018'],
    ['GB', '+44 (0)20 7946 0018', '+442079460018'],
    ['US', '(202) 555-0123', '+12025550123'],
    ['US', '202.555.0123', '+12025550123'],
    ['US', '1 202 555 0123', '+12025550123'],
    ['US', '+1 202 555 0123', '+12025550123'],
    ['US', '011 44 20 7946 0018', '+442079460018'],
    ['DE', '030 12345678', '+493012345678'],
    ['DE', '0151 23456789', '+4915123456789'],
    ['DE', '+49 30 12345678', '+493012345678'],
    ['DE', '0049 30 12345678', '+493012345678'],
    ['DE', '49 30 12345678', '+493012345678'],
    ['gb', '020 7946 0018', '+442079460018'],
  ])('reads %s number %s as %s', (country, number, expected) => {
    expect(e164(number, country)).toBe(expected);
  });

  it('reads a number written internationally under any default country', () => {
    expect(e164('+44 20 7946 0018', 'US')).toBe('+442079460018');
    expect(e164('+1 202 555 0123', 'DE')).toBe('+12025550123');
  });

  it('reads only international numbers when there is no default country', () => {
    expect(e164('+49 30 12345678', '')).toBe('+493012345678');
    expect(e164('030 12345678', '')).toBe('');
  });

  it('reads the same digits differently per country', () => {
    expect(e164('030 12345678', 'DE')).toBe('+493012345678');
    expect(e164('030 12345678', 'GB')).not.toBe('+493012345678');
  });

  it.each(['', 'anonymous', 'abc', '123', '+', '++44', '1&x=<script>', '0'.repeat(100), '\u0000'])(
    'leaves {e164} empty for junk such as %j',
    (number) => {
      expect(e164(number, 'GB')).toBe('');
    },
  );

  it('leaves {e164} empty for a number that cannot exist in the plan (unallocated range)', () => {
    expect(e164('07700 900123', 'GB')).toBe('');
  });

  it('leaves {e164} empty when the number is missing', () => {
    expect(e164(null, 'GB')).toBe('');
    expect(toE164(null, 'GB')).toBe('');
  });

  it('knows the ISO 3166 codes libphonenumber knows, in either case, and nothing else', () => {
    expect(countryCode('de')).toEqual({ ok: true, value: 'DE' });
    expect(countryCode('')).toEqual({ ok: true, value: null });
    const wrong = countryCode('XX');
    expect(wrong.ok).toBe(false);
    expect(countryCode('GBR').ok).toBe(false);
  });
});
