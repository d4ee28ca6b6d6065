import { describe, expect, it } from 'vitest';
import { wholeNumber } from '../../../src-main/cli/whole-number';

describe('a whole number typed on the command line', () => {
  it('is read when it lies within the bounds the caller names, both ends included', () => {
    expect(wholeNumber('0', 0, 65535)).toBe(0);
    expect(wholeNumber('65535', 0, 65535)).toBe(65535);
    expect(wholeNumber('1500', 0, 60_000)).toBe(1500);
    expect(wholeNumber('08080', 1, 65535)).toBe(8080);
  });

  it('is refused outside those bounds', () => {
    expect(wholeNumber('0', 1, 65535)).toBeNull();
    expect(wholeNumber('65536', 1, 65535)).toBeNull();
    expect(wholeNumber('60001', 0, 60_000)).toBeNull();
  });

  it('is refused when it is not plain digits', () => {
    for (const text of ['', '-1', '+1', '1e3', '1.5', ' 80', '80 ', '0x50', 'eighty']) {
      expect(wholeNumber(text, 0, 65535), JSON.stringify(text)).toBeNull();
    }
  });

  it('is refused when it has more digits than the upper bound, so huge inputs never reach Number', () => {
    expect(wholeNumber('000080', 0, 65535)).toBeNull();
    expect(wholeNumber('9'.repeat(400), 0, 65535)).toBeNull();
  });
});
