import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameText } from '../../../src-main/session/frame-text';

const bytes = (...values: number[]): Buffer => Buffer.from(values);

describe('the text of a text frame', () => {
  it('is the decoded text of valid UTF-8, a U+FFFD sent as such included', () => {
    for (const text of [
      '{"type":"dial"}',
      'Zoë Müller',
      '☎ 📞 +1 555',
      '\uFFFD',
      'a\uFFFDb',
      '\uFEFFbom',
      '',
    ]) {
      expect(frameText(Buffer.from(text, 'utf8'))).toBe(text);
    }
  });

  it('is null for every kind of ill-formed UTF-8', () => {
    const cases = [
      bytes(0x7b, 0x80, 0x7d), // a lone continuation byte
      bytes(0x22, 0xc0, 0xaf, 0x22), // an overlong "/"
      bytes(0xe0, 0x80, 0xaf), // an overlong three-byte form
      bytes(0x7b, 0x22, 0xe2, 0x82), // a sequence cut short at the end
      bytes(0xe2, 0x82, 0x41), // a sequence cut short by ASCII
      bytes(0xed, 0xa0, 0x80), // a UTF-16 surrogate written as UTF-8
      bytes(0xf4, 0x90, 0x80, 0x80), // above U+10FFFF
      bytes(0xff, 0xfe), // bytes that never appear in UTF-8
      Buffer.concat([Buffer.from('\uFFFD', 'utf8'), bytes(0x80)]), // a real U+FFFD does not hide a bad byte
    ];
    for (const frame of cases) expect(frameText(frame)).toBeNull();
  });

  it('agrees with a full UTF-8 validation on arbitrary bytes', () => {
    // Bytes from 0x7f up are where UTF-8 goes wrong, so most cases are drawn from there.
    const byte = fc.oneof(fc.integer({ min: 0, max: 0xff }), fc.integer({ min: 0x7f, max: 0xff }));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 24 }), (values) => {
        const frame = Buffer.from(values);
        const text = frameText(frame);
        expect(text === null).toBe(!isUtf8(frame));
        if (text !== null) expect(text).toBe(frame.toString('utf8'));
      }),
      { numRuns: 20_000 },
    );
  });
});
