import { describe, expect, it } from 'vitest';
import {
  copyableNumber,
  displayName,
  displayNumber,
  displayText,
  DISPLAY_NAME_MAX,
  ltrNumber,
  NUMBER_MARK,
  numberIsPlain,
} from '../../../src-main/app/display-text';

describe('display-safe caller-ID text', () => {
  it('keeps ordinary names, including non-Latin scripts and emoji', () => {
    expect(displayName('Anne-Marie O’Neil')).toBe('Anne-Marie O’Neil');
    expect(displayName('محمد علي')).toBe('محمد علي');
    expect(displayName('李小龍 👩‍💻')).toBe('李小龍 👩‍💻');
  });

  it('removes bidi overrides and isolates that could reorder what the user reads', () => {
    expect(displayName('Invoice\u202Egnp.exe')).toBe('Invoicegnp.exe');
    expect(displayName('\u2066a\u2067b\u2068c\u2069\u200E\u200F')).toBe('abc');
  });

  it('removes control characters and folds newlines and tabs into single spaces', () => {
    expect(displayName('Bob\u0000\u0007 \r\n\tSmith\u009B')).toBe('Bob Smith');
    expect(displayName('a\u2028b\u2029c')).toBe('a b c');
  });

  it('replaces lone surrogates instead of passing broken UTF-16 on', () => {
    expect(displayName('x\uD800y')).toBe('x\uFFFDy');
    expect(displayName('x\uDC00y')).toBe('x\uFFFDy');
  });

  it('gives null for nothing readable', () => {
    expect(displayName(null)).toBeNull();
    expect(displayName(undefined)).toBeNull();
    expect(displayName('  \u202E\u0000 ')).toBeNull();
  });

  it('caps long values by code points without splitting a surrogate pair', () => {
    const long = '😀'.repeat(500);
    const shown = displayName(long)!;
    expect(Array.from(shown)).toHaveLength(DISPLAY_NAME_MAX);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(displayNumber('1'.repeat(10_000))!.length).toBeLessThanOrEqual(40);
  });

  it('leaves markup as literal text (escaping is the renderer’s and notifier’s job, not a rewrite)', () => {
    expect(displayText('<img src=x onerror=alert(1)>', 80)).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('invisible letters and zero-width characters in names', () => {
  it('removes Hangul fillers, the braille blank and zero-width characters', () => {
    expect(displayName('Ada\u3164\u115F\u1160\uFFA0 Love\u200Blace\u2060\u2800')).toBe('Ada Lovelace');
    expect(displayName('A\u200Bd\u00ADa\u034F')).toBe('Ada');
  });

  it('gives null for a name made only of invisible letters, so the card falls back to the number', () => {
    expect(displayName('\u3164\u3164\u3164')).toBeNull();
    expect(displayName('\u2800 \u115F\u200B\u2060')).toBeNull();
  });

  it('keeps the joiners and selectors that belong to emoji and to scripts that need them', () => {
    expect(displayName('👨‍👩‍👧‍👦 ❤️ 🏳️‍🌈')).toBe('👨‍👩‍👧‍👦 ❤️ 🏳️‍🌈');
    expect(displayName('می\u200Cخواهم')).toBe('می\u200Cخواهم');
  });
});

describe('cutting long text', () => {
  const graphemes = (text: string) =>
    Array.from(new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text), (s) => s.segment);

  it('cuts on grapheme boundaries with an ellipsis: no emoji or accented letter is split', () => {
    const family = '👨‍👩‍👧‍👦';
    const shown = displayName(family.repeat(200))!;
    const parts = graphemes(shown);
    expect(parts).toHaveLength(DISPLAY_NAME_MAX);
    expect(parts.at(-1)).toBe('…');
    expect(parts.slice(0, -1).every((p) => p === family)).toBe(true);
    const accented = displayName('e\u0301\u0302'.repeat(200))!;
    expect(
      graphemes(accented)
        .slice(0, -1)
        .every((p) => p === 'e\u0301\u0302'),
    ).toBe(true);
  });

  it('marks text the decoder already cut (it ends in an ellipsis) and leaves short text whole', () => {
    expect(displayName('😀'.repeat(63) + '…')).toBe('😀'.repeat(63) + '…');
    expect(displayName('Ada')).toBe('Ada');
  });
});

describe('numbers', () => {
  it('shows ordinary numbers as they are: digits, +, *, #, spaces and the usual separators', () => {
    for (const n of [
      '+1 212 555 0100',
      '(0)20 7946-0018',
      '0800.123.456',
      '*72#',
      '4224',
      '+44/20 7946 0018',
    ])
      expect(displayNumber(n), n).toBe(n);
    expect(numberIsPlain('+1 (212) 555-0100')).toBe(true);
  });

  it('marks a number holding anything else, and keeps its characters in the order they came', () => {
    const spoof = '\u05F30100 555 212 1+';
    expect(numberIsPlain(spoof)).toBe(false);
    expect(displayNumber(spoof)).toBe(`${NUMBER_MARK}${spoof}`);
    for (const n of ['٠١٠٠ ٥٥٥', '０１２３', '+1555\u0640', '1\u200B2', 'anonymous', '+1\u0000555'])
      expect(displayNumber(n)!.startsWith(NUMBER_MARK), n).toBe(true);
  });

  it('never cleans a number into a different one: only invisible and control characters go, and the mark says so', () => {
    expect(displayNumber('+1\u0000555\u200B0100')).toBe(`${NUMBER_MARK}+15550100`);
    expect(displayNumber('\u2067+1 555\u2069')).toBe(`${NUMBER_MARK}+1 555`);
  });

  it('copies what is shown, without the mark, controls, line breaks, bidi controls or terminal escapes', () => {
    expect(copyableNumber('+1 212 555 0100')).toBe('+1 212 555 0100');
    expect(copyableNumber('+1\r\n555\u0000\u202E0100')).toBe('+1 5550100');
    expect(copyableNumber('\u001b]8;;https://evil.example\u0007+1555\u001b]8;;\u0007')).toBe('+1555');
    expect(copyableNumber('\u001b[31m+1555\u001b[0m\u009b2J')).toBe('+1555');
    expect(copyableNumber('\u05F30100 555')).toBe('\u05F30100 555');
    expect(copyableNumber('\u0000\u200B')).toBeNull();
  });

  it('lays numbers out left to right in their own isolate in plain text (tray, notifications)', () => {
    expect(ltrNumber('+1 555')).toBe('\u2066+1 555\u2069');
    expect(ltrNumber(`${NUMBER_MARK}\u05F3555`)).toBe(`\u2066\u202D${NUMBER_MARK}\u05F3555\u202C\u2069`);
  });
});
