import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { APP_USER_MODEL_ID, appIdFromBuilderConfig } from '../../../src-main/electron/app-id';
import { crc32, encodePng } from '../../../src-main/electron/png';
import { TRAY_ICONS, drawTrayIcon } from '../../../src-main/electron/tray-icon-art';
import { trayIconImages } from '../../../src-main/electron/tray-icons';
import { devServerOrigin, rendererSource } from '../../../src-main/electron/renderer-origin';
import { createMainWindowController } from '../../../src-main/electron/windows/main-window';
import { FakeBrowserWindow, FakeNativeImage } from '../../support/fake-electron';

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
});

/** Decodes the PNGs this module writes (RGBA, filter 0) back to pixels. */
function decodePng(png: Buffer): { width: number; height: number; pixels: Buffer } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    expect(png.readUInt32BE(offset + 8 + length)).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++)
    raw.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  return { width, height, pixels };
}

describe('the tray icons', () => {
  it('encode to valid PNGs that decode to the drawn pixels', () => {
    const pixels = drawTrayIcon('live', 16);
    const decoded = decodePng(encodePng(16, 16, pixels));
    expect(decoded.width).toBe(16);
    expect(decoded.height).toBe(16);
    expect(Buffer.compare(decoded.pixels, Buffer.from(pixels))).toBe(0);
  });

  it('have transparent corners and an opaque centre disc', () => {
    for (const icon of TRAY_ICONS) {
      const p = drawTrayIcon(icon, 32);
      const alpha = (x: number, y: number) => p[(y * 32 + x) * 4 + 3];
      expect(alpha(0, 0)).toBe(0);
      expect(alpha(31, 31)).toBe(0);
      expect(alpha(16, 3)).toBe(255);
    }
  });

  it('look different for every state', () => {
    const keys = TRAY_ICONS.map((icon) => Buffer.from(drawTrayIcon(icon, 16)).toString('base64'));
    expect(new Set(keys).size).toBe(TRAY_ICONS.length);
  });

  it('carry 16 px and 32 px (@2x) representations, made once per state', () => {
    const made: FakeNativeImage[] = [];
    const images = trayIconImages({ createEmpty: () => made[made.push(new FakeNativeImage()) - 1] as never });
    const first = images('dnd') as unknown as FakeNativeImage;
    images('dnd');
    expect(made).toHaveLength(1);
    expect(first.representations.map((r) => [r.scaleFactor, r.width, r.height])).toEqual([
      [1, 16, 16],
      [2, 32, 32],
    ]);
    expect(decodePng(first.representations[1]!.buffer!).width).toBe(32);
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
