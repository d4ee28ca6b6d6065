import { describe, expect, it } from 'vitest';
import { formattedNumber, labelOfDid } from '../../../src-main/crm/shown-number';

describe('a caller’s number as the user’s country writes it', () => {
  it.each([
    ['GB', '+442079460018', '020 7946 0018'],
    ['GB', '02079460018', '020 7946 0018'],
    ['GB', '+1 212 555 0100', '+1 212 555 0100'],
    ['US', '+12125550100', '(212) 555-0100'],
    ['US', '+442079460018', '+44 20 7946 0018'],
    ['DE', '+493012345678', '030 12345678'],
    // No home country: every valid international number is written internationally.
    ['', '+442079460018', '+44 20 7946 0018'],
  ])('in %s, %s reads %s', (country, number, expected) => {
    expect(formattedNumber(number, country)).toBe(expected);
  });

  it.each([
    ['an extension', '4225'],
    ['a short code', '999'],
    ['a number too short for its plan', '+44 20 7946'],
    ['letters', '0800 FLOWERS'],
    ['a right-to-left letter', '+44 20 7946 0018\u05F3'],
    ['a bidi override', '\u202E8100 6497 02 44+'],
    ['nothing', '   '],
    ['the unknown', null],
    ['something too long to be a number', '1'.repeat(10_000)],
  ])('leaves %s as received (null)', (_what, number) => {
    expect(formattedNumber(number, 'GB')).toBeNull();
  });

  it('never throws on hostile text', () => {
    for (const text of ['+', '++44', '(((', '\u0000', '+'.repeat(64), '0'.repeat(63), '+44 (0)(0)20']) {
      expect(() => formattedNumber(text, 'GB')).not.toThrow();
    }
  });
});

describe('the name of the number a caller dialled', () => {
  const labels = [
    { did: '0800 123 456', label: 'Acme – Sales' },
    { did: '+44 20 7946 0000', label: 'Acme – Support' },
    { did: '0800123456', label: 'Shadowed: the first name for a number wins' },
    { did: '4200', label: 'Reception' },
  ];

  it('matches whatever separators the PBX or the administrator used', () => {
    expect(labelOfDid('0800123456', labels, 'GB')).toBe('Acme – Sales');
    expect(labelOfDid('0800-123-456', labels, 'GB')).toBe('Acme – Sales');
    expect(labelOfDid('4200', labels, 'GB')).toBe('Reception');
  });

  it('matches a national number against an international one (and back) in the home country', () => {
    expect(labelOfDid('02079460000', labels, 'GB')).toBe('Acme – Support');
    expect(labelOfDid('+442079460000', labels, 'GB')).toBe('Acme – Support');
    expect(labelOfDid('00442079460000', labels, 'GB')).toBe('Acme – Support');
  });

  it('names nothing for another number, no number, or no names', () => {
    expect(labelOfDid('02079460001', labels, 'GB')).toBeNull();
    expect(labelOfDid(null, labels, 'GB')).toBeNull();
    expect(labelOfDid('  ', labels, 'GB')).toBeNull();
    expect(labelOfDid('0800123456', [], 'GB')).toBeNull();
    // "42" is not "4200": numbers match whole.
    expect(labelOfDid('42', labels, 'GB')).toBeNull();
  });

  it('follows a changed home country and a changed list (never a stale answer)', () => {
    expect(labelOfDid('02079460000', labels, 'US')).toBeNull();
    expect(labelOfDid('02079460000', labels, 'GB')).toBe('Acme – Support');
    const renamed = labels.map((l) => (l.label === 'Acme – Support' ? { ...l, label: 'Helpdesk' } : l));
    expect(labelOfDid('02079460000', renamed, 'GB')).toBe('Helpdesk');
  });
});
