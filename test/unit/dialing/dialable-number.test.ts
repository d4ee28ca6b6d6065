/**
 * What may be dialled: only phone numbers pass, whatever a caller ID, the clipboard or a link holds.
 */
import { describe, expect, it } from 'vitest';
import { english } from '../../../src-main/i18n/english';
import { dialableNumber } from '../../../src-main/dialing/dialable-number';
import { originateProblem, originateRequest, DEFAULT_ORIGINATE } from '../../../src-main/protocol/originate';
import { HOSTILE_CALLER_IDS } from '../../support/hostile-corpus';

const GB = { defaultCountry: 'GB', outsideLinePrefix: '' };

describe('dialableNumber', () => {
  it('dials an outside number as written (separators dropped) after the outside-line prefix; tel: gets E.164', () => {
    expect(dialableNumber(' 020 7946-0018 ', { ...GB, outsideLinePrefix: '9' })).toEqual({
      ok: true,
      value: { dial: '902079460018', tel: '+442079460018', shown: '+442079460018', internal: false },
    });
    expect(dialableNumber('+1 (212) 555-0142', GB)).toMatchObject({
      ok: true,
      value: { dial: '+12125550142', tel: '+12125550142' },
    });
  });

  it('dials an extension as it is, without the prefix', () => {
    expect(dialableNumber('4225', { ...GB, outsideLinePrefix: '9' })).toEqual({
      ok: true,
      value: { dial: '4225', tel: '4225', shown: '4225', internal: true },
    });
  });

  it.each([
    [null, /no number/],
    ['', /no number/],
    ['anonymous', /not a phone number/],
    ['+44 20 7946 0018;ext=1', /not a phone number/],
    ['*99#', /not a phone number/],
    ['12345678901234567890123', /not a phone number/],
    ['0000000', /not a valid phone number/],
    ['1'.repeat(65), /too long/],
  ])('refuses %j in words, saying nothing was dialled', (raw, why) => {
    const result = dialableNumber(raw, GB);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('not-a-number');
      expect(result.error.message).toMatch(why);
      expect(result.error.message).toMatch(/Nothing was dialled\.$/);
    }
  });

  it('lets nothing but digits through from any hostile caller ID', () => {
    let refused = 0;
    for (const { label, text } of HOSTILE_CALLER_IDS) {
      const result = dialableNumber(text, { ...GB, outsideLinePrefix: '9' });
      if (!result.ok) {
        refused += 1;
        continue;
      }
      expect(result.value.dial, label).toMatch(/^\+?[0-9]{2,24}$|^9\+?[0-9]{2,24}$/);
      expect(result.value.tel, label).toMatch(/^\+?[0-9]{2,24}$/);
    }
    // The corpus is markup, links and controls: nearly all of it must be refused outright.
    expect(refused).toBeGreaterThan(HOSTILE_CALLER_IDS.length - 5);
  });
});

describe('the originate request of the protocol profile', () => {
  it('defaults to POST extensions/getByName/{extension}/originate with the number in the body', () => {
    expect(originateRequest(DEFAULT_ORIGINATE, '4224', '+442079460018')).toEqual({
      method: 'POST',
      path: '/extensions/getByName/4224/originate',
      body: { destination: '+442079460018' },
    });
    expect(originateProblem(DEFAULT_ORIGINATE)).toBeNull();
  });

  it('refuses a path that leaves the extension, a body without {number} or that is not JSON', () => {
    const with_ = (patch: Partial<typeof DEFAULT_ORIGINATE>) => {
      const key = originateProblem({ ...DEFAULT_ORIGINATE, ...patch });
      return key === null ? null : english(key);
    };
    expect(with_({ path: '../../users/x' })).toMatch(/relative to the extension/);
    expect(with_({ path: 'a/../b' })).toMatch(/relative to the extension/);
    expect(with_({ path: '/abs' })).toMatch(/relative to the extension/);
    expect(with_({ path: 'call?x=1' })).toMatch(/relative to the extension/);
    expect(with_({ body: '{"destination":"5"}' })).toMatch(/must contain \{number\}/);
    expect(with_({ body: '{"destination":{number}' })).toMatch(/must be JSON/);
    expect(with_({ path: 'actions/originate', body: '{"to":"{number}","auto":true}' })).toBeNull();
  });
});
