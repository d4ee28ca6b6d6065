import { describe, expect, it } from 'vitest';
import { previewLink, SAMPLE_CALL } from '../../../src-main/crm/preview';

describe('previewLink', () => {
  it('uses the built-in sample call when none is given', () => {
    const preview = previewLink('https://crm.example/find?q={e164}&who={name}&line={did}', undefined, {
      defaultCountry: 'GB',
    });
    expect(preview).toEqual({
      ok: true,
      link: 'https://crm.example/find?q=%2B442079460018&who=Ada%20Lovelace%20%26%20Co&line=%2B44%2020%207946%200000',
    });
  });

  it('has a sample with a national number, a name with a space and an ampersand, and a DID', () => {
    expect(SAMPLE_CALL.number?.startsWith('0')).toBe(true);
    expect(SAMPLE_CALL.name).toMatch(/ .*&|&.* /);
    expect(SAMPLE_CALL.did).not.toBeNull();
  });

  it('uses the given call instead of the sample', () => {
    const preview = previewLink(
      'https://crm.example/?n={number}',
      { ...SAMPLE_CALL, number: '201' },
      { defaultCountry: '' },
    );
    expect(preview).toEqual({ ok: true, link: 'https://crm.example/?n=201' });
  });

  it('gives the reason as a sentence when the template is refused', () => {
    const preview = previewLink('https://{name}.crm.example/', undefined, { defaultCountry: 'GB' });
    expect(preview.ok).toBe(false);
    if (preview.ok) return;
    expect(preview.reason).toMatch(/^The placeholder \{name\} is in the host.*\.$/);
  });
});
