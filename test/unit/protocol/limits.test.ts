import { describe, expect, it } from 'vitest';
import { capString, cleanString, DEFAULT_LIMITS, wellFormed } from '../../../src-main/protocol/limits';

describe('capString', () => {
  it('returns text within the cap unchanged', () => {
    expect(capString('Michael Y', 9)).toBe('Michael Y');
    expect(capString('', 0)).toBe('');
  });

  it('cuts text past the cap to the cap, marking the cut with an ellipsis', () => {
    expect(capString('abcdef', 3)).toBe('ab…');
    expect(capString('abcdef', 1)).toBe('…');
  });

  it('cuts on grapheme boundaries: an emoji, a flag or an accented letter goes whole or not at all', () => {
    expect(capString('ab😀cd', 4)).toBe('ab…');
    expect(capString('ab😀cd', 5)).toBe('ab😀…');
    expect(capString('😀😀', 1)).toBe('…');
    expect(capString('x👨‍👩‍👧‍👦y', 10)).toBe('x…');
    expect(capString('🇬🇧🇫🇷🇩🇪', 5)).toBe('🇬🇧…');
    expect(capString('e\u0301e\u0301e\u0301', 4)).toBe('e\u0301…');
    // The decoder's cap for names: 2,000 emoji keep 63 and say that they were cut.
    expect(capString('😀'.repeat(2000), 128)).toBe('😀'.repeat(63) + '…');
  });

  it('gives empty text for a cap of zero or less', () => {
    expect(capString('abc', 0)).toBe('');
    expect(capString('abc', -1)).toBe('');
  });

  it('never leaves a lone surrogate or a partial text without its ellipsis, for every cap of an emoji-rich text', () => {
    const text = 'a😀b👍🏽c🇬🇧';
    for (let max = 0; max <= text.length; max++) {
      const capped = capString(text, max);
      expect(capped.length).toBeLessThanOrEqual(max);
      const whole = capped === text || capped === '';
      expect(whole || (capped.endsWith('…') && text.startsWith(capped.slice(0, -1)))).toBe(true);
      expect(wellFormed(capped)).toBe(capped);
    }
  });
});

describe('wellFormed and cleanString', () => {
  it('replaces lone surrogates with U+FFFD and keeps pairs', () => {
    expect(wellFormed('a\ud800b')).toBe('a\ufffdb');
    expect(wellFormed('\udc00')).toBe('\ufffd');
    expect(wellFormed('😀')).toBe('😀');
  });

  it('caps then repairs', () => {
    expect(cleanString('\ud800abcdef', 3)).toBe('\ufffda…');
  });
});

describe('DEFAULT_LIMITS', () => {
  it('holds the caps the protocol notes and the pop card rely on', () => {
    expect(DEFAULT_LIMITS).toMatchObject({
      maxFrameBytes: 1024 * 1024,
      maxCallerIdNameLength: 128,
      maxCallerIdNumberLength: 64,
      maxStringLength: 512,
    });
    expect(Object.isFrozen(DEFAULT_LIMITS)).toBe(true);
  });
});
