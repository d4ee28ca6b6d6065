/**
 * The dialler's sentences in every language: which way a call back went, why not through the PBX,
 * and why a number or link was not dialled. English stays in `message` (the command line, logs);
 * `text` is the same sentence from the catalogue, which the card, the history and the notice say.
 */
import { describe, expect, it } from 'vitest';
import { ok, type Result } from '../../../src-main/common/result';
import { numberOfDialLink, numberOfText } from '../../../src-main/dialing/dial-link';
import { dialableNumber } from '../../../src-main/dialing/dialable-number';
import { Dialer, type DialerPorts, type NoPbx } from '../../../src-main/dialing/dialer';
import type { LiveApiProblem } from '../../../src-main/live-api/client';
import { DEFAULT_ORIGINATE } from '../../../src-main/protocol/originate';
import { saidEverywhere } from '../../support/said-everywhere';

const GB = { defaultCountry: 'GB', outsideLinePrefix: '' };

function dialer(
  pbx: NoPbx | Result<void, LiveApiProblem>,
  openTel: DialerPorts['openTel'] = async () => ok(null),
): Dialer {
  return new Dialer({
    rules: () => GB,
    openTel,
    pbx: () =>
      'key' in pbx
        ? { ok: false, reason: pbx }
        : { ok: true, profile: DEFAULT_ORIGINATE, extension: '4224', send: async () => pbx },
  });
}

async function said(d: Dialer, number = '020 7946 0018') {
  const answer = await d.dial(number);
  return answer.ok ? answer.value : answer.error;
}

const refused = (status: number): LiveApiProblem => ({
  code: 'rest-refused',
  message: 'refused',
  retryable: false,
  status,
});

describe('the dialler speaks every language', () => {
  it('through the PBX: the number and the extension in every language', async () => {
    const words = saidEverywhere(await said(dialer(ok(undefined))));
    expect(words.en).toBe(
      'Calling +442079460018 through the PBX: your phone (4224) rings first, then the number.',
    );
    expect(words.de).toBe(
      '+442079460018 wird über die Telefonanlage angerufen: Zuerst klingelt Ihr Telefon (4224), dann wird die Nummer gewählt.',
    );
    for (const sentence of Object.values(words)) expect(sentence).toMatch(/\+442079460018.*4224/);
  });

  it('the tel: fallback says its reason inside its own sentence, in every language', async () => {
    const reasons: Record<string, NoPbx | Result<void, LiveApiProblem>> = {
      off: { key: 'dial.noPbx.off' },
      noExtension: { key: 'dial.noPbx.noExtension' },
      notConnected: { key: 'dial.noPbx.notConnected' },
      licence: { ok: false, error: refused(403) },
      noAction: { ok: false, error: refused(404) },
    };
    const german: Record<string, string> = {};
    for (const [name, reason] of Object.entries(reasons)) {
      const answer = await said(dialer(reason));
      expect(answer, name).toMatchObject({ via: 'tel' });
      german[name] = saidEverywhere(answer).de;
    }
    expect(german.notConnected).toBe(
      '+442079460018 wurde statt an die Telefonanlage an Ihre Telefon-App übergeben (tel:-Link). Die App ist nicht mit der Telefonanlage verbunden.',
    );
    expect(german.licence).toMatch(/\(HTTP 403\): Ihre Lizenz oder das Manager-Konto erlaubt es nicht\.$/);
    expect(german.noAction).toMatch(/\(HTTP 404\): sie kennt diese Aktion nicht\.$/);
    expect(new Set(Object.values(german)).size).toBe(5);
  });

  it('no phone app, or no tel: handler at all (the command line): refusals in every language', async () => {
    const noApp = await said(
      dialer({ key: 'dial.noPbx.notConnected' }, async () => ({
        ok: false,
        error: { code: 'open-failed', message: 'no phone app' },
      })),
    );
    expect(noApp).toMatchObject({ code: 'dial-failed' });
    expect(saidEverywhere(noApp).fr).toMatch(/^Le \+442079460018 n’a pas pu être composé\. L’application/);
    const commandLine = await said(dialer({ ok: false, error: refused(403) }, null));
    const words = saidEverywhere(commandLine);
    expect(words.en).toMatch(/HTTP 403.*Dial tel:\+442079460018 with your phone app instead\.$/);
    expect(words.ar).toContain('tel:+442079460018');
  });

  it('every refusal of a number or a link is said in every language, and differs from the others', () => {
    const refusals = [
      dialableNumber(null, GB),
      dialableNumber('1'.repeat(80), GB),
      dialableNumber('anonymous', GB),
      dialableNumber('+999', GB),
      dialableNumber('020 7946 0018', { defaultCountry: 'GB', outsideLinePrefix: 'x' }),
      numberOfDialLink(`tel:${'1'.repeat(600)}`),
      numberOfDialLink('mailto:a@b'),
      numberOfDialLink('tel:+44\u202e20'),
      numberOfDialLink('sip:pbx.example'),
      numberOfDialLink('tel:%E0%A4%A'),
      numberOfDialLink('tel:;ext=1'),
      numberOfDialLink('callto:10.0.0.1'),
      numberOfDialLink('tel:abc'),
      numberOfText('x'.repeat(600)),
    ];
    const italian = refusals.map((result) => {
      if (result.ok) throw new Error(`dialled: ${JSON.stringify(result.value)}`);
      const words = saidEverywhere(result.error);
      expect(words.en).toMatch(/ Nothing was dialled\.$/);
      expect(words.es).toMatch(/ No se marcó nada\.$/);
      return words.it;
    });
    // Twelve different sentences (two refusals share "too long to be a phone number").
    expect(new Set(italian).size).toBe(refusals.length - 1);
    expect(italian[3]).toBe('+999 non è un numero di telefono valido. Non è stato composto nulla.');
  });
});
