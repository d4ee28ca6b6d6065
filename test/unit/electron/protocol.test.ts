import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import {
  CONTENT_SECURITY_POLICY,
  appSchemePrivileges,
  createAppProtocolHandler,
  mimeTypeFor,
  resolveRendererPath,
} from '../../../src-main/electron/protocol';
import { silentLogger } from '../../../src-main/common/log';

const ROOT = resolve('/app/out/renderer');

function handlerOver(files: Record<string, string>) {
  const read: string[] = [];
  const handler = createAppProtocolHandler({
    root: ROOT,
    logger: silentLogger,
    readFile: async (path) => {
      read.push(path);
      const text = files[path];
      if (text === undefined) throw new Error('ENOENT');
      return new TextEncoder().encode(text);
    },
  });
  return { handler, read };
}

describe('the app:// scheme', () => {
  it('is registered as standard and secure', () => {
    expect(appSchemePrivileges()).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true } }]);
  });
});

describe('resolveRendererPath', () => {
  it('maps the root to index.html and other paths inside the renderer folder', () => {
    expect(resolveRendererPath(ROOT, 'app://companion/')).toEqual({ ok: true, value: `${ROOT}/index.html` });
    expect(resolveRendererPath(ROOT, 'app://companion/assets/pop-1.js?v=2#x')).toEqual({
      ok: true,
      value: `${ROOT}/assets/pop-1.js`,
    });
  });

  it.each([
    'app://companion/../main/index.js',
    'app://companion/assets/../../secret',
    'app://companion/%2e%2e/secret',
    'app://companion/.%2E/secret',
    'app://companion/./index.html',
  ])('refuses the dot-segment path %s', (url) => {
    expect(resolveRendererPath(ROOT, url)).toMatchObject({ ok: false, error: { code: 'path-escape' } });
  });

  it.each([
    'app://companion/..%2fsecret',
    'app://companion/a%5cb',
    'app://companion/a%00b',
    'app://companion/a\\b',
  ])('refuses encoded separators and NUL in %s', (url) => {
    expect(resolveRendererPath(ROOT, url)).toMatchObject({ ok: false, error: { code: 'bad-path' } });
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveRendererPath(ROOT, 'app://other/index.html')).toMatchObject({ ok: false });
    expect(resolveRendererPath(ROOT, 'file:///etc/passwd')).toMatchObject({ ok: false });
    expect(resolveRendererPath(ROOT, '::')).toMatchObject({ ok: false, error: { code: 'bad-url' } });
  });
});

describe('the protocol handler', () => {
  it('serves a file with its MIME type and the CSP as a header', async () => {
    const { handler } = handlerOver({ [`${ROOT}/index.html`]: '<!doctype html>' });
    const response = await handler(new Request('app://companion/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html>');
  });

  it('refuses a ".." path without reading anything, still with the CSP', async () => {
    const { handler, read } = handlerOver({});
    // A raw request URL, as a handler could be given it before any normalisation.
    const raw = { method: 'GET', url: 'app://companion/%2e%2e/main/index.js' } as Request;
    const response = await handler(raw);
    expect(response.status).toBe(403);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(read).toEqual([]);
  });

  it('never reads outside the renderer folder even after URL normalisation', async () => {
    const { handler, read } = handlerOver({});
    await handler(new Request('app://companion/../../main/index.js'));
    await handler(new Request('app://companion/assets/%2e%2e/%2e%2e/secret'));
    expect(read.length).toBeGreaterThan(0);
    for (const path of read) expect(path.startsWith(`${ROOT}/`)).toBe(true);
  });

  it('answers 404 for a missing file and 405 for a POST', async () => {
    const { handler } = handlerOver({});
    expect((await handler(new Request('app://companion/nope.js'))).status).toBe(404);
    expect(
      (await handler(new Request('app://companion/index.html', { method: 'POST', body: 'x' }))).status,
    ).toBe(405);
  });

  it('gives scripts, styles and images their types and unknown files a neutral one', () => {
    expect(mimeTypeFor('a/b.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a/b.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('x.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('x.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('x.exe')).toBe('application/octet-stream');
  });
});

describe('the CSP', () => {
  it('is the one the renderer pages declare in their meta tag', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const page of ['index.html', 'pop.html']) {
      const html = await readFile(resolve('src-renderer', page), 'utf8');
      expect(html.replace(/\s+/g, ' ')).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
    }
  });
});
