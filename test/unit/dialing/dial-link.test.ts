/**
 * tel:, callto: and sip: links (and the clipboard): only the number part of a link is taken, only
 * when it is written like a phone number, and the dialing rules decide the rest. A web page writes
 * the link, so every hostile string goes through every scheme.
 */
import { describe, expect, it } from 'vitest';
import { dialableNumber } from '../../../src-main/dialing/dialable-number';
import {
  MAX_DIAL_LINK,
  findDialLink,
  numberOfDialLink,
  numberOfText,
} from '../../../src-main/dialing/dial-link';
import { encodedOrRaw, HOSTILE_CALLER_IDS } from '../../support/hostile-corpus';

const GB = { defaultCountry: 'GB', outsideLinePrefix: '9' };

/** What a link would dial, or the refusal's code: the parser, then the dialing rules. */
function dialled(link: string): string {
  const number = numberOfDialLink(link);
  if (!number.ok) return number.error.code;
  const checked = dialableNumber(number.value, GB);
  return checked.ok ? checked.value.dial : checked.error.code;
}

describe('the number part of a call link', () => {
  it.each([
    ['tel:+1-212-555-0142', '+1-212-555-0142'],
    ['TEL:+44.20.7946.0018', '+44.20.7946.0018'],
    ['tel:+1-212-555-0142;ext=7;phone-context=example.com', '+1-212-555-0142'],
    ['tel:%2B44%2020%207946%200018', '+44 20 7946 0018'],
    ['tel:(020) 7946 0018', '(020) 7946 0018'],
    ['tel://+12125550142', '+12125550142'],
    ['tel:4225', '4225'],
    ['callto:+12125550142', '+12125550142'],
    ['callto://+12125550142/', '+12125550142'],
    ['callto:+12125550142?call', '+12125550142'],
    ['CallTo://4225', '4225'],
    ['sip:+12125550142@pbx.example.com', '+12125550142'],
    ['sip:+1-212-555-0142;phone-context=x@pbx.example.com;user=phone', '+1-212-555-0142'],
    ['sip:4225@10.0.0.5:5060;transport=tcp', '4225'],
    ['sip:4225:secret@pbx.example.com', '4225'],
    ['SIP:4225@pbx?subject=hi', '4225'],
  ])('%s → %s', (link, number) => {
    expect(numberOfDialLink(link)).toEqual({ ok: true, value: number });
  });

  it('dials them under the dialing rules: outside numbers after the prefix, extensions as they are', () => {
    expect(dialled('tel:+1-212-555-0142;ext=7')).toBe('9+12125550142');
    expect(dialled('callto://020 7946 0018/')).toBe('902079460018');
    expect(dialled('sip:4225@pbx.example.com')).toBe('4225');
  });

  it.each([
    ['sip:pbx.example.com', /names no user/],
    ['sip:10.0.0.5', /names no user/],
    ['sip:alice@pbx.example.com', /does not hold a phone number/],
    ['callto://10.0.0.5', /names a computer/],
    ['callto:10.0.0.5/', /names a computer/],
    ['callto://echo123', /does not hold a phone number/],
    ['callto:alice@example.com', /does not hold a phone number/],
    ['tel:', /holds no number/],
    ['tel:;ext=5', /holds no number/],
    ['tel:%E0%A4%A', /not properly encoded/],
    ['tel:+44%3B20', /does not hold a phone number/],
    ['tel:+44%0A20', /does not hold a phone number/],
    ['tel:+44%E2%80%AE20', /does not hold a phone number/],
    ['tel:+44\u202e20', /invisible or control/],
    ['tel:+44\n20', /invisible or control/],
    ['tel:+44\u200b20', /invisible or control/],
    ['tel:javascript:alert(1)', /does not hold a phone number/],
    ['tel:*99#', /does not hold a phone number/],
    ['tel:\uFF0B\uFF11\uFF12', /does not hold a phone number/],
    ['mailto:a@b.example', /not a tel:, callto: or sip: link/],
    ['https://evil.example/?tel:123', /not a tel:, callto: or sip: link/],
    [' tel:123', /not a tel:, callto: or sip: link/],
    [`tel:${'1'.repeat(MAX_DIAL_LINK)}`, /too long/],
  ])('refuses %j in words, saying nothing was dialled', (link, why) => {
    const result = numberOfDialLink(link);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('not-a-dial-link');
      expect(result.error.message).toMatch(why);
      expect(result.error.message).toMatch(/Nothing was dialled\.$/);
    }
  });

  it('never repeats the link (a SIP password, a host) in what it says', () => {
    for (const link of ['sip:alice:hunter2@evil.example', 'sip:hunter2@evil.example', 'callto://hunter2']) {
      const result = numberOfDialLink(link);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).not.toMatch(/hunter2|evil/);
    }
  });

  it('dials no hostile string, in any scheme, raw or encoded', () => {
    const encode = encodedOrRaw;
    const shapes = [
      (t: string) => `tel:${t}`,
      (t: string) => `tel:${encode(t)}`,
      (t: string) => `callto://${t}`,
      (t: string) => `callto:${encode(t)}/`,
      (t: string) => `sip:${t}@pbx.example.com`,
      (t: string) => `sip:${encode(t)}@pbx.example.com;user=phone`,
    ];
    const dialledLinks: string[] = [];
    let links = 0;
    for (const { label, text } of HOSTILE_CALLER_IDS) {
      for (const shape of shapes) {
        links += 1;
        const number = numberOfDialLink(shape(text));
        if (!number.ok) continue;
        expect(number.value, `${label}: ${shape('…')}`).toMatch(/^\+?[0-9 ().-]+$/);
        if (dialableNumber(number.value, GB).ok) dialledLinks.push(`${label}: ${shape('…')}`);
      }
    }
    expect(links).toBe(HOSTILE_CALLER_IDS.length * shapes.length);
    expect(dialledLinks).toEqual([]);
  });

  it('dials only the user part of a SIP address, whatever its host holds', () => {
    for (const { label, text } of HOSTILE_CALLER_IDS) {
      const result = dialled(`sip:4225@${text}`);
      expect(['4225', 'not-a-dial-link'], label).toContain(result);
    }
    expect(dialled('sip:4225@<script>alert(1)</script>')).toBe('4225');
  });
});

describe('finding a link among arguments', () => {
  it('takes the first argument that is a dial link, whatever comes around it', () => {
    expect(findDialLink(['/opt/app/isymphony-companion', '--hidden', 'tel:+12125550142', 'sip:1@x'])).toBe(
      'tel:+12125550142',
    );
    expect(findDialLink(['C:\\Program Files\\app.exe', 'callto://4225/'])).toBe('callto://4225/');
  });

  it('finds none in an ordinary start, a flag that mentions a link, or non-text', () => {
    expect(findDialLink(['/usr/bin/app', '--hidden'])).toBeNull();
    expect(findDialLink(['app', '--open=tel:123', 'xtel:123', 42, null, {}])).toBeNull();
    expect(findDialLink([])).toBeNull();
  });
});

describe('the number on the clipboard', () => {
  it('is the text itself, or the number part of a copied link', () => {
    expect(numberOfText('  020 7946 0018\n')).toEqual({ ok: true, value: '020 7946 0018' });
    expect(numberOfText('tel:+12125550142')).toEqual({ ok: true, value: '+12125550142' });
    expect(numberOfText('sip:alice@pbx')).toMatchObject({ ok: false });
    expect(numberOfText('x'.repeat(MAX_DIAL_LINK + 1))).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/too long/) },
    });
  });

  it('passes no hostile clipboard text on as a dialable number except plain digits', () => {
    let dialable = 0;
    for (const { label, text } of HOSTILE_CALLER_IDS) {
      const number = numberOfText(text);
      if (!number.ok) continue;
      const checked = dialableNumber(number.value, GB);
      if (!checked.ok) continue;
      dialable += 1;
      expect(checked.value.dial, label).toMatch(/^9?\+?[0-9]{2,20}$/);
    }
    // The corpus's tel: link entry; the rest is markup, links and controls.
    expect(dialable).toBeLessThanOrEqual(2);
  });
});
