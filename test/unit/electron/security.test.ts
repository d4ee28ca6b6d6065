import { describe, expect, it } from 'vitest';
import {
  guardSession,
  guardWebContents,
  isAllowedRequest,
} from '../../../src-main/electron/windows/security';
import { createSecureWindow } from '../../../src-main/electron/windows/create-window';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/electron/protocol';
import { silentLogger } from '../../../src-main/common/log';
import {
  FakeBrowserWindow,
  FakeEvent,
  FakeSession,
  FakeWebContents,
  openDetails,
} from '../../support/fake-electron';

const ORIGINS = ['app://companion'];

describe('every window', () => {
  it('is created sandboxed, context-isolated, without Node, webviews, spellcheck or insecure content', () => {
    const window = createSecureWindow(
      FakeBrowserWindow,
      { width: 10, show: false },
      '/app/out/preload/preload.cjs',
    );
    expect(window.options).toMatchObject({
      width: 10,
      show: false,
      webPreferences: {
        preload: '/app/out/preload/preload.cjs',
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: false,
        disableBlinkFeatures: 'Auxclick',
      },
    });
  });

  it('cannot have its webPreferences replaced by the caller', () => {
    const options = { webPreferences: { sandbox: false } } as unknown as { width: number };
    const window = createSecureWindow(FakeBrowserWindow, options, '/p.cjs');
    expect((window.options.webPreferences as { sandbox: boolean }).sandbox).toBe(true);
  });
});

describe('the webContents guards', () => {
  const guarded = () => {
    const contents = new FakeWebContents();
    guardWebContents(contents, silentLogger);
    return contents;
  };

  it('deny every window.open and target=_blank', () => {
    const contents = guarded();
    expect(contents.windowOpenHandler?.(openDetails('https://evil.example/'))).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.(openDetails('app://companion/index.html'))).toEqual({
      action: 'deny',
    });
  });

  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevent %s', (name) => {
    const contents = guarded();
    const event = new FakeEvent();
    contents.emit(name, event, 'https://evil.example/');
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('the session guards', () => {
  const guarded = () => {
    const session = new FakeSession();
    guardSession(session as unknown as Parameters<typeof guardSession>[0], ORIGINS, silentLogger);
    return session;
  };

  it('refuse every permission request', () => {
    const session = guarded();
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      (
        session.permissionRequestHandler as unknown as (
          w: unknown,
          p: string,
          cb: (ok: boolean) => void,
        ) => void
      )({}, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false]);
  });

  it('answer every permission check and device request with no', () => {
    const session = guarded();
    const check = session.permissionCheckHandler as unknown as (...a: unknown[]) => boolean;
    const device = session.devicePermissionHandler as unknown as (...a: unknown[]) => boolean;
    expect(check(null, 'media', 'app://companion', {})).toBe(false);
    expect(device({ deviceType: 'usb' })).toBe(false);
  });

  it('cancel requests to anything but the app origin, data: images and devtools', () => {
    const session = guarded();
    const cancelled = (url: string) => {
      let result: boolean | undefined;
      session.beforeRequest?.({ url }, (r) => (result = r.cancel));
      return result;
    };
    expect(cancelled('app://companion/assets/index.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(cancelled('devtools://devtools/bundled/x.html')).toBe(false);
    expect(cancelled('https://evil.example/x.js')).toBe(true);
    expect(cancelled('http://127.0.0.1:5173/')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('app://other/x')).toBe(true);
  });

  it('add the CSP to every response and keep its other headers', () => {
    const session = guarded();
    let headers: Record<string, unknown> | undefined;
    session.headersReceived?.(
      { responseHeaders: { 'X-Other': ['1'] } },
      (r) => (headers = r.responseHeaders),
    );
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('isAllowedRequest', () => {
  it('allows the dev server only when it is one of the origins', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.ts', ['http://localhost:5173'])).toBe(true);
    expect(isAllowedRequest('http://localhost:5174/src/main.ts', ['http://localhost:5173'])).toBe(false);
    expect(isAllowedRequest('not a url', ORIGINS)).toBe(false);
  });
});
