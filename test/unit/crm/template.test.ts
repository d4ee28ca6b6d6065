import { describe, expect, it } from 'vitest';
import { MAX_TEMPLATE_LENGTH, validateTemplate } from '../../../src-main/crm/template';
import type { CrmProblemCode } from '../../../src-main/crm/types';

function refusal(url: string): { code: CrmProblemCode; message: string } {
  const result = validateTemplate(url);
  if (result.ok) throw new Error(`expected ${JSON.stringify(url)} to be refused`);
  return result.error;
}

describe('validateTemplate', () => {
  it('reads a template into text and placeholders and records its origin', () => {
    const result = validateTemplate('https://crm.example/search?q={e164}&name={name}#{callId}');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.origin).toBe('https://crm.example');
    expect(result.value.placeholders).toEqual(['e164', 'name', 'callId']);
    expect(result.value.parts).toEqual([
      { kind: 'text', text: 'https://crm.example/search?q=' },
      { kind: 'placeholder', name: 'e164' },
      { kind: 'text', text: '&name=' },
      { kind: 'placeholder', name: 'name' },
      { kind: 'text', text: '#' },
      { kind: 'placeholder', name: 'callId' },
    ]);
  });

  it('accepts every documented placeholder in the path, query and fragment', () => {
    const all = '{number}{e164}{name}{did}{extension}{username}{callId}{time}';
    for (const url of [
      `https://crm.example/${all}`,
      `https://crm.example/?q=${all}`,
      `https://crm.example/#${all}`,
    ]) {
      expect(validateTemplate(url).ok).toBe(true);
    }
  });

  it('trims surrounding whitespace and reads the origin the way a browser does', () => {
    const result = validateTemplate('  HTTPS://CRM.Example:443/x?q={number}\n');
    expect(result.ok && result.value.origin).toBe('https://crm.example');
    const port = validateTemplate('http://crm.example:8080/{number}');
    expect(port.ok && port.value.origin).toBe('http://crm.example:8080');
  });

  it('accepts an IDN host and records its punycode origin', () => {
    const result = validateTemplate('https://bücher.example/kunden?q={name}');
    expect(result.ok && result.value.origin).toBe('https://xn--bcher-kva.example');
  });

  it('refuses an unknown placeholder with a sentence that names it', () => {
    const error = refusal('https://crm.example/?q={phone}');
    expect(error.code).toBe('unknown-placeholder');
    expect(error.message).toContain('{phone}');
    expect(error.message).toContain('{e164}');
  });

  it('refuses placeholders that are not plain words, and stray braces', () => {
    expect(refusal('https://crm.example/?q={na-me}').code).toBe('unknown-placeholder');
    expect(refusal('https://crm.example/?q={}').code).toBe('unknown-placeholder');
    expect(refusal('https://crm.example/?q={number').code).toBe('template-stray-brace');
    expect(refusal('https://crm.example/?q={{number}').code).toBe('template-stray-brace');
    expect(refusal('https://crm.example/?q=number}').code).toBe('template-stray-brace');
  });

  it.each([
    ['javascript:alert({name})', 'javascript:'],
    ['JavaScript:alert(1)', 'JavaScript:'],
    ['file:///etc/passwd?{number}', 'file:'],
    ['data:text/html,<b>{name}</b>', 'data:'],
    ['vbscript:msgbox({name})', 'vbscript:'],
    ['ftp://crm.example/{number}', 'ftp:'],
    ['mailto:sales@crm.example?subject={name}', 'mailto:'],
  ])('refuses the non-web scheme of %s and names it', (url, shown) => {
    const error = refusal(url);
    expect(error.code).toBe('not-http');
    expect(error.message).toContain(shown);
  });

  it('refuses protocol-relative and scheme-less templates', () => {
    expect(refusal('//evil.example/{number}').code).toBe('not-http');
    expect(refusal('crm.example/search?q={number}').code).toBe('not-http');
    expect(refusal('https:crm.example/{number}').code).toBe('not-http');
  });

  it('refuses user-info, which would send the browser to the host after "@"', () => {
    expect(refusal('https://crm.example@evil.example/{number}').code).toBe('user-info');
    expect(refusal('https://user:secret@crm.example/{number}').code).toBe('user-info');
    expect(refusal('https://crm.example%40evil.example/{number}').code).toBe('template-unparseable');
  });

  it.each([
    ['https://{name}.crm.example/', 'name'],
    ['https://crm.{did}/', 'did'],
    ['https://crm.example:{extension}/', 'extension'],
    ['https://{username}@crm.example/', 'username'],
    ['https://crm.example{number}', 'number'],
    ['https://crm.example{number}/x', 'number'],
  ])('refuses a placeholder in the host, port or user-info of %s', (url, name) => {
    const error = refusal(url);
    expect(error.code).toBe('placeholder-in-origin');
    expect(error.message).toContain(`{${name}}`);
  });

  it.each(['{number}://crm.example/', 'http{number}://crm.example/', '{name}'])(
    'refuses a placeholder in the scheme of %s',
    (url) => {
      expect(refusal(url).code).toBe('placeholder-in-origin');
    },
  );

  it('refuses backslashes anywhere, since browsers read them as "/"', () => {
    for (const url of [
      'https:\\\\evil.example\\{number}',
      'https://crm.example\\@evil.example/',
      'https://crm.example/a\\{number}',
    ]) {
      const error = refusal(url);
      expect(error.code).toBe('template-bad-character');
      expect(error.message).toContain('backslash');
    }
  });

  it('refuses spaces, control characters and text-direction overrides inside the template', () => {
    expect(refusal('https://crm.example/?q= {name}').message).toContain('space');
    expect(refusal('https://crm.ex\nample/{name}').message).toContain('U+000A');
    expect(refusal('https://crm.ex\tample/{name}').code).toBe('template-bad-character');
    expect(refusal('https://crm.example/\u202e{name}').message).toContain('U+202E');
    expect(refusal('https://crm.example/\u0000').code).toBe('template-bad-character');
  });

  it('refuses empty, over-long and malformed templates', () => {
    expect(refusal('   ').code).toBe('template-empty');
    expect(refusal(`https://crm.example/${'a'.repeat(MAX_TEMPLATE_LENGTH)}`).code).toBe('template-too-long');
    expect(refusal('https:///evil.example/{number}').code).toBe('no-host');
    expect(refusal('https://crm.example:99999/{number}').code).toBe('template-unparseable');
    expect(refusal('https://[::1/{number}').code).toBe('template-unparseable');
    expect(refusal('https://evil.example%2Fcrm.example/{number}').code).toBe('template-unparseable');
  });

  it('never throws, whatever the input', () => {
    const odd = [
      '\ud800',
      '{',
      '}',
      '://',
      'https://',
      'https://{',
      '{'.repeat(5000),
      'https://a/' + '{number}'.repeat(200),
    ];
    for (const url of odd) expect(() => validateTemplate(url)).not.toThrow();
  });
});
