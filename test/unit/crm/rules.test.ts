import { describe, expect, it } from 'vitest';
import { chooseTemplates, rulesMatch } from '../../../src-main/crm/rules';
import type { CrmRules, CrmTemplate, RuleCall } from '../../../src-main/crm/types';

const external: RuleCall = { number: '020 7946 0018', did: '+44 20 7946 0000', internal: false };
const internal: RuleCall = { number: '201', did: null, internal: true };

function template(id: string, rules: CrmRules, url = `https://crm.example/${id}?q={number}`): CrmTemplate {
  return { id, label: id, url, autoOpen: 'never', rules };
}

describe('rulesMatch', () => {
  it('matches every call when there are no rules', () => {
    expect(rulesMatch({}, external)).toBe(true);
    expect(rulesMatch({}, internal)).toBe(true);
    expect(rulesMatch({ caller: 'any', dids: [], numberPattern: '' }, internal)).toBe(true);
  });

  it('tells internal from external callers', () => {
    expect(rulesMatch({ caller: 'internal' }, internal)).toBe(true);
    expect(rulesMatch({ caller: 'internal' }, external)).toBe(false);
    expect(rulesMatch({ caller: 'external' }, external)).toBe(true);
    expect(rulesMatch({ caller: 'external' }, internal)).toBe(false);
  });

  it('matches a DID written with or without spaces, and in national form given the country', () => {
    expect(rulesMatch({ dids: ['+442079460000'] }, external)).toBe(true);
    expect(rulesMatch({ dids: ['+44-20-7946-0000'] }, external)).toBe(true);
    expect(rulesMatch({ dids: ['020 7946 0000'] }, external, { defaultCountry: 'GB' })).toBe(true);
    expect(rulesMatch({ dids: ['020 7946 0000'] }, external)).toBe(false);
    expect(rulesMatch({ dids: ['+442079460001', '+442079460000'] }, external)).toBe(true);
    expect(rulesMatch({ dids: ['+442079460001'] }, external)).toBe(false);
  });

  it('does not match a DID rule when the call has no DID', () => {
    expect(rulesMatch({ dids: ['+442079460000'] }, internal)).toBe(false);
  });

  it('matches the number pattern against the number as sent, without separators, or in E.164', () => {
    expect(rulesMatch({ numberPattern: '020 *' }, external)).toBe(true);
    expect(rulesMatch({ numberPattern: '0207946*' }, external)).toBe(true);
    expect(rulesMatch({ numberPattern: '+44*' }, external, { defaultCountry: 'GB' })).toBe(true);
    expect(rulesMatch({ numberPattern: '+44*' }, external)).toBe(false);
    expect(rulesMatch({ numberPattern: '+1*' }, external, { defaultCountry: 'GB' })).toBe(false);
    expect(rulesMatch({ numberPattern: '2??' }, internal)).toBe(true);
  });

  it('does not match a number pattern when the caller withheld the number', () => {
    expect(rulesMatch({ numberPattern: '*' }, { ...external, number: null })).toBe(false);
  });

  it('requires every given condition', () => {
    const rules: CrmRules = { caller: 'external', dids: ['+442079460000'], numberPattern: '020*' };
    expect(rulesMatch(rules, external)).toBe(true);
    expect(rulesMatch(rules, { ...external, number: '07700 900123' })).toBe(false);
    expect(rulesMatch(rules, { ...external, did: '+442079460001' })).toBe(false);
    expect(rulesMatch(rules, { ...external, internal: true })).toBe(false);
  });
});

describe('chooseTemplates', () => {
  const sales = template('sales', { dids: ['+442079460000'], caller: 'external' });
  const support = template('support', { dids: ['+442079460099'] });
  const colleagues = template('colleagues', { caller: 'internal' });
  const everything = template('everything', {});

  it('makes the first matching template the default and keeps the other matches as alternatives', () => {
    const choice = chooseTemplates([support, sales, colleagues, everything], external);
    expect(choice.default?.id).toBe('sales');
    expect(choice.alternatives.map((t) => t.id)).toEqual(['everything']);
  });

  it('follows the user’s order', () => {
    const choice = chooseTemplates([everything, sales], external);
    expect(choice.default?.id).toBe('everything');
    expect(choice.alternatives.map((t) => t.id)).toEqual(['sales']);
  });

  it('does not offer templates whose rules exclude the call', () => {
    const choice = chooseTemplates([sales, support, colleagues], internal);
    expect(choice.default?.id).toBe('colleagues');
    expect(choice.alternatives).toEqual([]);
  });

  it('has no default when nothing matches, or there are no templates', () => {
    expect(chooseTemplates([sales, support], internal)).toEqual({ default: null, alternatives: [] });
    expect(chooseTemplates([], external)).toEqual({ default: null, alternatives: [] });
  });

  it('skips templates whose address would be refused, so the default can always be built', () => {
    const broken = template('broken', {}, 'javascript:alert({name})');
    const choice = chooseTemplates([broken, everything], external);
    expect(choice.default?.id).toBe('everything');
    expect(choice.alternatives).toEqual([]);
  });

  it('reads national numbers with the template’s own country before the settings’ one', () => {
    const usOnly: CrmTemplate = { ...template('us', { numberPattern: '+1*' }), defaultCountry: 'US' };
    const call: RuleCall = { number: '(202) 555-0123', did: null, internal: false };
    expect(chooseTemplates([usOnly], call, { defaultCountry: 'GB' }).default?.id).toBe('us');
    expect(
      chooseTemplates([{ ...usOnly, defaultCountry: undefined }], call, { defaultCountry: 'GB' }).default,
    ).toBe(null);
  });
});
