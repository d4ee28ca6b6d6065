import { describe, expect, it } from 'vitest';
import {
  displayName,
  displayNumber,
  displayText,
  DISPLAY_NAME_MAX,
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
