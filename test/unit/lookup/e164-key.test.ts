/**
 * The phonebook's fast key path (`e164Key`) against libphonenumber's full parse (`toE164`): the
 * same key for every input, over the hostile caller-ID corpus and seeded random numbers written
 * every way a phonebook writes them, for several numbering plans. The fast path is a speed-up only:
 * wherever it would differ, it must not be taken.
 */
import { describe, expect, it } from 'vitest';
import type { CountryCode } from 'libphonenumber-js/max';
import { toE164 } from '../../../src-main/crm/phone-number';
import { fastKeyCount } from '../../../src-main/lookup/e164-key';
import { e164Key } from '../../../src-main/lookup/phonebook-index';
import { HOSTILE_CALLER_IDS } from '../../support/hostile-corpus';
import { seededRandom, seedFrom } from '../../support/random';

/** The plans the hostile corpus is read in: shared calling codes (+1, +44), transform rules (AR), none. */
const HOSTILE_COUNTRIES: readonly (CountryCode | null)[] = ['GB', 'US', 'DE', 'AR', null];
const COUNTRIES: readonly (CountryCode | null)[] = [
  'GB',
  'US',
  'DE',
  'FR',
  'IT',
  'CH',
  'AR',
  'MX',
  'BR',
  'AU',
  'IN',
  'JP',
  null,
];
const CALLING_CODES = [
  '44',
  '1',
  '49',
  '33',
  '39',
  '41',
  '54',
  '52',
  '55',
  '61',
  '91',
  '81',
  '7',
  '358',
  '999',
  '0',
];
const TRUNK = ['0', '', '00', '1', '01', '0 ', '(0)', '9', '8', '15'];
const SEPARATORS = ['', ' ', '-', '.', '/', '(', ')', '  ', ' - '];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function digits(random: () => number, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += String(Math.floor(random() * 10));
  return out;
}

/** A number as someone may have typed it into a phonebook: national, international, with junk around it. */
function randomNumber(random: () => number): string {
  const body = digits(random, 3 + Math.floor(random() * 12));
  let spaced = '';
  for (const d of body) spaced += d + (random() < 0.25 ? pick(random, SEPARATORS) : '');
  const r = random();
  if (r < 0.35) return pick(random, TRUNK) + spaced;
  if (r < 0.7) return `+${pick(random, CALLING_CODES)}${pick(random, SEPARATORS)}${spaced}`;
  if (r < 0.8) return `00${pick(random, CALLING_CODES)} ${spaced}`;
  if (r < 0.85) return `+${pick(random, CALLING_CODES)} (0) ${spaced}`;
  if (r < 0.9) return ` ${spaced} ext. ${digits(random, 3)}`;
  if (r < 0.95) return `tel:+${pick(random, CALLING_CODES)}${body}`;
  return `${pick(random, ['', '+', '#', '*', 'x', '٣'])}${spaced}${pick(random, ['', 'a', '#', ';', '\u202E'])}`;
}

/** Numbers that are real in their plans, nationally and internationally written, so the fast path is exercised. */
const REAL: readonly [string, CountryCode | null][] = [
  ['020 7946 0018', 'GB'],
  ['+44 20 7946 0018', null],
  ['07700 900123', 'GB'],
  ['(212) 555-0100', 'US'],
  ['1-212-555-0100', 'US'],
  ['+1 212 555 0100', 'DE'],
  ['030 901820', 'DE'],
  ['01 23 45 67 89', 'FR'],
  ['06 12 34 56 78', 'FR'],
  ['011 15-2345-6789', 'AR'],
  ['044 55 1234 5678', 'MX'],
  ['(11) 91234-5678', 'BR'],
  ['0 11 91234 5678', 'BR'],
  ['02 1234 5678', 'AU'],
  ['07624 369230', 'GB'],
  ['01481 256789', 'GB'],
];

describe('the fast E.164 key', () => {
  it('gives the full parse’s key for real numbers written every way', () => {
    for (const [number, country] of REAL) {
      expect(e164Key(number, country), `${number} (${country})`).toBe(toE164(number, country));
      // Twice: a cached answer is the same answer.
      expect(e164Key(number, country), `${number} (${country}), again`).toBe(toE164(number, country));
    }
  });

  it('gives the full parse’s key for every hostile caller ID, in every plan', () => {
    for (const { label, text } of HOSTILE_CALLER_IDS) {
      for (const country of HOSTILE_COUNTRIES) {
        expect(e164Key(text, country), `${label} (${country})`).toBe(toE164(text, country));
      }
    }
  });

  it('gives the full parse’s key for seeded random numbers, in every plan', () => {
    const random = seededRandom(seedFrom('E164_KEY_SEED', 20261217));
    for (let i = 0; i < 2_500; i++) {
      const number = randomNumber(random);
      const country = pick(random, COUNTRIES);
      expect(e164Key(number, country), `${JSON.stringify(number)} (${country})`).toBe(
        toE164(number, country),
      );
    }
  });

  it('gives the full parse’s key for many numbers sharing a prefix (the cache’s own case)', () => {
    const random = seededRandom(20261218);
    const fastBefore = fastKeyCount();
    // Each prefix with the length its plan's numbers have, and now and then a length they do not.
    for (const [prefix, country, tail] of [
      ['020 7946 ', 'GB', 4],
      ['07700 ', 'GB', 6],
      ['0161 496 ', 'GB', 4],
      ['030 ', 'DE', 7],
      ['01 ', 'FR', 8],
      ['(212) 555-', 'US', 4],
      ['011 15-', 'AR', 8],
      ['+44 20 ', null, 8],
      ['+1 212 ', null, 7],
      ['+49 30 ', null, 7],
    ] as const) {
      for (let i = 0; i < 300; i++) {
        const length = random() < 0.8 ? tail : 1 + Math.floor(random() * 10);
        const number = prefix + digits(random, length);
        expect(e164Key(number, country), `${number} (${country})`).toBe(toE164(number, country));
      }
    }
    // The fast path was taken, so the comparisons above compared it (not the full parse with itself).
    expect(fastKeyCount() - fastBefore).toBeGreaterThan(1_000);
  });
});
