/**
 * Why a CRM link template, or the link for a call, was refused, in every language: English stays
 * in `message` (the command line, logs); `text` is the same sentence from the catalogue, which the
 * Settings preview and Open CRM say in the chosen language.
 */
import { describe, expect, it } from 'vitest';
import { buildLink } from '../../../src-main/crm/link';
import { SAMPLE_CALL } from '../../../src-main/crm/preview';
import { validateTemplate } from '../../../src-main/crm/template';
import { saidEverywhere } from '../../support/said-everywhere';

const refusal = (template: string) => {
  const read = validateTemplate(template);
  if (read.ok) throw new Error(`${JSON.stringify(template)} was not refused`);
  return read.error;
};

describe('a refused link template is said in every language', () => {
  it.each([
    ['', 'template-empty', 'crmLink.empty'],
    [`https://crm.example/${'x'.repeat(2030)}`, 'template-too-long', 'crmLink.tooLong'],
    ['https://crm.example/a b', 'template-bad-character', 'crmLink.badCharacter'],
    ['https://crm.example/a\\b', 'template-bad-character', 'crmLink.badCharacter'],
    ['https://crm.example/\u0001', 'template-bad-character', 'crmLink.badCharacter'],
    ['https://crm.example/\u202e', 'template-bad-character', 'crmLink.badCharacter'],
    ['https://crm.example/}', 'template-stray-brace', 'crmLink.closeBrace'],
    ['https://crm.example/{e164', 'template-stray-brace', 'crmLink.openBrace'],
    ['https://crm.example/{bogus}', 'unknown-placeholder', 'crmLink.unknownPlaceholder'],
    ['{number}://crm.example/', 'placeholder-in-origin', 'crmLink.placeholderInScheme'],
    ['ftp://crm.example/', 'not-http', 'crmLink.notHttp'],
    ['//crm.example/', 'not-http', 'crmLink.notHttp'],
    ['crm.example/x', 'not-http', 'crmLink.notHttp'],
    ['https://{number}.crm.example/', 'placeholder-in-origin', 'crmLink.placeholderInHost'],
    ['https:///x', 'no-host', 'crmLink.noHost'],
    ['https://ada@crm.example/', 'user-info', 'crmLink.atBeforeHost'],
    ['https://crm.example:99999/', 'template-unparseable', 'crmLink.unparseable'],
  ])('%j: %s', (template, code, key) => {
    const problem = refusal(template);
    expect(problem.code).toBe(code);
    expect(problem.text?.key).toBe(key);
    saidEverywhere(problem);
  });

  it('keeps the English the command line printed before', () => {
    expect(refusal('ftp://crm.example/').message).toBe(
      'A link template must start with https:// (or http://); this one starts with "ftp:".',
    );
    expect(refusal('https://crm.example/a b').message).toBe(
      'The link template contains a space (write %20 instead) at position 22; remove it.',
    );
    expect(refusal('https://crm.example/{bogus}').message).toMatch(
      /^The template uses \{bogus\}, which is not a placeholder; use one of \{number\}, /,
    );
    expect(refusal('https://crm.example/}').message).toBe(
      'The template has a "}" at position 21 with no "{" before it; write %7D for a literal brace.',
    );
  });
});

describe('a link refused for a call is said in every language', () => {
  it.each([
    ['https://crm.example/{e164}', { ...SAMPLE_CALL }, 'XX', 'unknown-country', 'crmLink.unknownCountry'],
    [
      'https://crm.example/{name}{name}{name}{name}{name}',
      { ...SAMPLE_CALL, name: '€'.repeat(300) },
      'GB',
      'link-too-long',
      'crmLink.linkTooLong',
    ],
    [
      'https://crm.example/{name}/x',
      { ...SAMPLE_CALL, name: '..' },
      'GB',
      'link-changed-shape',
      'crmLink.pathStep',
    ],
  ])('%s', (template, call, defaultCountry, code, key) => {
    const built = buildLink(template, call, { defaultCountry });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.error.code).toBe(code);
    expect(built.error.text?.key).toBe(key);
    const said = saidEverywhere(built.error);
    if (code === 'unknown-country') {
      expect(said.en).toBe(
        'The default country for {e164} is wrong: "XX" is not an ISO 3166 country code known for phone numbers; set a two-letter code such as GB, US or DE.',
      );
    }
  });
});
