import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { APP_USER_MODEL_ID, PRODUCT_NAME, appIdFromBuilderConfig } from '../../../src-main/electron/app-id';
import { devServerOrigin, rendererSource } from '../../../src-main/electron/renderer-origin';
import { createMainWindowController } from '../../../src-main/electron/windows/main-window';
import { FakeBrowserWindow } from '../../support/fake-electron';

describe('the Windows app id', () => {
  it('reads appId from electron-builder.yml text', () => {
    expect(appIdFromBuilderConfig('productName: X\nappId: com.example.app # id\n')).toBe('com.example.app');
    expect(appIdFromBuilderConfig("appId: 'com.q.app'\n")).toBe('com.q.app');
    expect(appIdFromBuilderConfig('nested:\n  appId: no\n')).toBeNull();
  });

  it('is the appId electron-builder.yml declares, when the file exists', () => {
    const expected = existsSync('electron-builder.yml')
      ? appIdFromBuilderConfig(readFileSync('electron-builder.yml', 'utf8'))
      : 'com.isymphony-companion.app';
    expect(APP_USER_MODEL_ID).toBe(expected);
  });

  it('goes with the productName electron-builder.yml and package.json declare', () => {
    const builder = /^productName:[ \t]*(.+?)[ \t]*$/m.exec(
      readFileSync('electron-builder.yml', 'utf8'),
    )?.[1];
    const pkg = (JSON.parse(readFileSync('package.json', 'utf8')) as { productName?: string }).productName;
    expect([builder, pkg]).toEqual([PRODUCT_NAME, PRODUCT_NAME]);
  });
});

describe('where the renderer comes from', () => {
  it('is app://companion in a built app', () => {
    const source = rendererSource({}, true);
    expect(source.origins).toEqual(['app://companion']);
    expect(source.pageUrl('pop')).toBe('app://companion/pop.html');
    expect(source.pageUrl('index', 'settings')).toBe('app://companion/index.html#settings');
  });

  it('is the loopback dev server only in an unpackaged app', () => {
    expect(devServerOrigin('http://localhost:5173/', false)).toBe('http://localhost:5173');
    expect(devServerOrigin('http://127.0.0.1:5173', false)).toBe('http://127.0.0.1:5173');
    expect(devServerOrigin('http://localhost:5173/', true)).toBeNull();
    expect(devServerOrigin('https://evil.example/', false)).toBeNull();
    expect(devServerOrigin('http://192.0.2.1:5173/', false)).toBeNull();
    expect(devServerOrigin('garbage', false)).toBeNull();
    expect(rendererSource({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false).pageUrl('pop')).toBe(
      'http://localhost:5173/pop.html',
    );
  });
});

describe('the main window', () => {
  function setup() {
    let quitting = false;
    const windows: FakeBrowserWindow[] = [];
    const controller = createMainWindowController({
      createWindow: (options) => {
        const w = new FakeBrowserWindow(options);
        windows.push(w);
        return w;
      },
      url: (route) => `app://companion/index.html${route === 'settings' ? '#settings' : ''}`,
      isQuitting: () => quitting,
      onCreated: () => {},
    });
    return { controller, windows, quit: () => (quitting = true) };
  }

  it('is created on first use and shown once ready', () => {
    const { controller, windows } = setup();
    controller.show();
    expect(windows).toHaveLength(1);
    expect(windows[0]!.loaded).toEqual(['app://companion/index.html']);
    expect(windows[0]!.visible).toBe(false);
    windows[0]!.emit('ready-to-show');
    expect(windows[0]!.visible).toBe(true);
  });

  it('hides instead of closing, so the app stays in the tray', () => {
    const { controller, windows } = setup();
    controller.show();
    expect(windows[0]!.userClose()).toBe(true);
    expect(windows[0]!.calls.at(-1)).toBe('hide');
    controller.show();
    expect(windows).toHaveLength(1);
  });

  it('closes for real while quitting', () => {
    const { controller, windows, quit } = setup();
    controller.show();
    quit();
    expect(windows[0]!.userClose()).toBe(false);
    expect(windows[0]!.destroyed).toBe(true);
  });

  it('lets Windows close it when the session ends (log-off, shutdown)', () => {
    const { controller, windows } = setup();
    controller.show();
    windows[0]!.emit('session-end', {});
    expect(windows[0]!.userClose()).toBe(false);
  });

  it('opens on the settings screen when asked, restoring a minimised window', () => {
    const { controller, windows } = setup();
    controller.show();
    windows[0]!.minimized = true;
    controller.show('settings');
    expect(windows[0]!.loaded.at(-1)).toBe('app://companion/index.html#settings');
    expect(windows[0]!.calls).toEqual(expect.arrayContaining(['restore', 'show', 'focus']));
  });
});
