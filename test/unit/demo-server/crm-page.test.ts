import { describe, expect, it } from 'vitest';
import { withDemoCrm } from '../../../src-main/app/demo-mode';
import { toE164 } from '../../../src-main/crm/phone-number';
import { DEMO_CONTACTS, DEMO_DIDS } from '../../../src-main/demo-server/contacts';
import { demoCrmPage, demoCrmTemplateUrl, escapeHtml } from '../../../src-main/demo-server/crm-page';
import { validateTemplate } from '../../../src-main/crm/template';

describe('the demo’s callers and lines', () => {
  it('are valid numbers that normalise to E.164, written in E.164 already', () => {
    for (const number of [...DEMO_CONTACTS.map((c) => c.number), ...DEMO_DIDS]) {
      expect(toE164(number, null), number).toBe(number);
    }
  });
});

describe('the demo CRM page', () => {
  it('shows the record of a known caller, found by the E.164 number the link carries', () => {
    const ada = DEMO_CONTACTS[0]!;
    const page = demoCrmPage('GET', `/demo-crm/contact?number=${encodeURIComponent(ada.number)}&name=x`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('data-record="found"');
    expect(page.body).toContain(`<h1>${escapeHtml(ada.name!)}</h1>`);
    expect(page.body).toContain(escapeHtml(ada.note));
    // A caller without a name is titled by their company.
    const nameless = DEMO_CONTACTS.find((c) => c.name === null)!;
    expect(demoCrmPage('GET', `/x?number=${encodeURIComponent(nameless.number)}`).body).toContain(
      `<h1>${escapeHtml(nameless.company)}</h1>`,
    );
  });

  it('says there is no record for another number, and falls back to the number as received', () => {
    const page = demoCrmPage('GET', '/demo-crm/contact?number=&raw=0800%20123&name=Someone');
    expect(page.body).toContain('data-record="none"');
    expect(page.body).toContain('<h1>Someone</h1>');
    expect(page.body).toContain('0800 123');
  });

  it('shows what a caller typed as text: escaped, control and direction characters dropped, capped', () => {
    const hostile = '<script>alert(1)</script>"\'&\u202E\u0007';
    const page = demoCrmPage(
      'GET',
      `/demo-crm/contact?name=${encodeURIComponent(hostile)}&number=${encodeURIComponent('<img src=x onerror=1>')}`,
    );
    expect(page.body).not.toContain('<script>');
    expect(page.body).not.toContain('<img');
    expect(page.body).not.toContain('\u202E');
    expect(page.body).not.toContain('\u0007');
    expect(page.body).toContain('&#60;script&#62;alert(1)&#60;/script&#62;&#34;&#39;&#38;');
    expect(page.headers['Content-Security-Policy']).toMatch(/^default-src 'none';/);
    const long = demoCrmPage('GET', `/x?name=${'W'.repeat(5000)}`);
    expect(long.body).not.toContain('W'.repeat(81));
  });

  it('answers HEAD without a body and refuses other methods', () => {
    expect(demoCrmPage('HEAD', '/demo-crm/contact').body).toBe('');
    expect(demoCrmPage('POST', '/demo-crm/contact')).toMatchObject({ status: 405 });
  });

  it('is opened through a template the link builder accepts, after the user’s own templates', () => {
    const url = demoCrmTemplateUrl('127.0.0.1', 40123);
    expect(validateTemplate(url).ok).toBe(true);
    const template = { id: 'demo-crm', label: 'Demo CRM', url, autoOpen: 'never' as const, rules: {} };
    const own = {
      id: 'mine',
      label: 'Mine',
      url: 'https://crm.example.com/?q={number}',
      autoOpen: 'never' as const,
      rules: {},
    };
    const crm = { templates: [own], defaultCountry: 'GB' };
    expect(withDemoCrm(crm, null)).toBe(crm);
    expect(withDemoCrm(crm, { crmTemplate: template }).templates).toEqual([own, template]);
  });
});
