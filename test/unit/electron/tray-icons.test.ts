/**
 * The tray's image files: made once from SVG by `npm run icons` (build/tray-icons.ts), committed in
 * build/tray/icons/, shipped by electron-builder and loaded by src-main/electron/tray-icons.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { STATUS_APPEARANCE, UNKNOWN_APPEARANCE } from '../../../src-main/presence/status-types';
import { TRAY_ICONS, trayIconFile } from '../../../src-main/electron/tray-icon-files';
import { statusDotImages, trayIconFolder, trayIconImages } from '../../../src-main/electron/tray-icons';
import { OUTPUT_DIR, parseDrawing, renderTrayImages } from '../../../build/tray-icons';
import { fakeImageLoader, type FakeNativeImage } from '../../support/fake-electron';
import { decodePng, icoImages, pixelAt, type DecodedPng } from '../../support/png';

const root = resolve(import.meta.dirname, '../../..');
const folder = join(root, 'build/tray/icons');
const file = (name: string) => readFileSync(join(folder, name));
const png = (name: string) => decodePng(file(name));

/** How many pixels are at least half opaque. */
function opaqueCount(image: DecodedPng): number {
  let count = 0;
  for (let i = 3; i < image.pixels.length; i += 4) if (image.pixels[i]! >= 128) count++;
  return count;
}

describe('the committed tray icon files', () => {
  it('are where the unpackaged app looks for them', () => {
    expect(OUTPUT_DIR).toBe(folder);
    expect(
      trayIconFolder({ isPackaged: false, resourcesPath: '/nowhere', mainDir: join(root, 'out/main') }),
    ).toBe(folder);
  });

  it('hold every size each OS wants for every tray state', () => {
    const names = new Set(readdirSync(folder));
    for (const state of ['live', 'connecting', 'failed', 'dnd', 'demo']) {
      const linux = [`${state}.png`, `${state}@1.5x.png`, `${state}@2x.png`, `${state}@3x.png`];
      const mac = [`${state}Template.png`, `${state}Template@2x.png`];
      for (const name of [...linux, `${state}.ico`, ...mac]) expect(names, name).toContain(name);
    }
    expect(TRAY_ICONS).toEqual(['live', 'connecting', 'failed', 'dnd', 'demo']);
  });

  it('are valid PNGs of the stated sizes: 16, 24, 32 and 48 px for Linux, 16 and 32 px for macOS', () => {
    for (const state of TRAY_ICONS) {
      const sizes: [string, number][] = [
        [`${state}.png`, 16],
        [`${state}@1.5x.png`, 24],
        [`${state}@2x.png`, 32],
        [`${state}@3x.png`, 48],
        [`${state}Template.png`, 16],
        [`${state}Template@2x.png`, 32],
      ];
      for (const [name, size] of sizes) {
        const image = png(name);
        expect([image.width, image.height], name).toEqual([size, size]);
      }
    }
  });

  it('give Windows an .ico per state holding valid 16, 24, 32 and 48 px images', () => {
    for (const state of TRAY_ICONS) {
      const images = icoImages(file(`${state}.ico`));
      expect(images.map((i) => i.size)).toEqual([16, 24, 32, 48]);
      for (const { size, png: bytes } of images) {
        const image = decodePng(bytes);
        expect([image.width, image.height]).toEqual([size, size]);
      }
      // The same picture as the Linux file of that size.
      expect(decodePng(images[0]!.png).pixels.equals(png(`${state}.png`).pixels)).toBe(true);
    }
  });

  it("are discs of the state's colour with clear corners, a different picture for every state", () => {
    const colours = { live: '2e9d4f', connecting: 'e09614', failed: '6e6e6e', dnd: 'ce2626', demo: '1a73e8' };
    const looks = new Set<string>();
    for (const state of TRAY_ICONS) {
      const image = png(`${state}@2x.png`);
      expect(pixelAt(image, 0, 0)[3], state).toBe(0);
      expect(pixelAt(image, 31, 31)[3], state).toBe(0);
      // The top of the disc (or ring), inside its darker rim, is opaque and of the state's colour.
      expect(Buffer.from(pixelAt(image, 16, 4)).toString('hex'), state).toBe(`${colours[state]}ff`);
      looks.add(image.pixels.toString('base64'));
    }
    expect(looks.size).toBe(TRAY_ICONS.length);
  });

  it('give macOS template images of black and alpha only, the glyph cut out of the disc', () => {
    for (const state of TRAY_ICONS) {
      for (const name of [`${state}Template.png`, `${state}Template@2x.png`]) {
        const image = png(name);
        let coloured = 0;
        for (let i = 0; i < image.pixels.length; i += 4) {
          if (image.pixels[i] || image.pixels[i + 1] || image.pixels[i + 2]) coloured++;
        }
        expect(coloured, `${name}: pixels that are not black`).toBe(0);
        expect(opaqueCount(image), name).toBeGreaterThan(0);
      }
      // Same outline as the colour icon; where the colour icon has a white glyph, the template is clear.
      const template = png(`${state}Template@2x.png`);
      const colour = png(`${state}@2x.png`);
      if (state === 'connecting') expect(opaqueCount(template)).toBe(opaqueCount(colour));
      else expect(opaqueCount(template), state).toBeLessThan(opaqueCount(colour) * 0.9);
    }
  });

  it('hold a dot for every status colour, painted in that colour', () => {
    const colours = [...Object.values(STATUS_APPEARANCE).map((a) => a.colour), UNKNOWN_APPEARANCE.colour];
    for (const colour of colours) {
      const hex = colour.slice(1);
      for (const [name, size] of [
        [`dot-${hex}.png`, 16],
        [`dot-${hex}@2x.png`, 32],
      ] as const) {
        const image = png(name);
        expect([image.width, image.height]).toEqual([size, size]);
        expect(pixelAt(image, 0, 0)[3]).toBe(0);
        const centre = pixelAt(image, size / 2, size / 2);
        expect(Buffer.from(centre).toString('hex'), name).toBe(`${hex}ff`);
      }
    }
  });
});

describe('the icon generator (npm run icons)', () => {
  let rendered: Map<string, Buffer>;
  beforeAll(async () => {
    rendered = await renderTrayImages();
  });

  it('reproduces the committed files byte for byte, and no others (so they cannot drift from the SVGs)', () => {
    expect([...rendered.keys()].sort()).toEqual(readdirSync(folder).sort());
    for (const [name, bytes] of rendered) expect(bytes.equals(file(name)), name).toBe(true);
  });

  it('draws each state from its own SVG source', () => {
    for (const state of TRAY_ICONS) {
      expect(existsSync(join(root, `build/tray/source/${state}.svg`)), state).toBe(true);
    }
  });

  it('refuses a source without the badge group it derives the template from', () => {
    expect(() => parseDrawing('<svg viewBox="0 0 32 32"><circle r="3"/></svg>', 'broken')).toThrow(
      /broken: needs an <svg> with a <g id="badge">/,
    );
  });
});

describe('loading the tray icons', () => {
  const at = (name: string) => join('/icons', name);

  it('loads the colour PNG on Linux, the .ico on Windows and the template image on macOS', () => {
    for (const [platform, name, template] of [
      ['linux', 'dnd.png', false],
      ['win32', 'dnd.ico', false],
      ['darwin', 'dndTemplate.png', true],
    ] as const) {
      const loader = fakeImageLoader();
      const image = trayIconImages(loader, '/icons', platform)('dnd') as unknown as FakeNativeImage;
      expect(image.path, platform).toBe(at(name));
      expect(image.template, platform).toBe(template);
    }
  });

  it('loads each state once', () => {
    const loader = fakeImageLoader();
    const icon = trayIconImages(loader, '/icons', 'linux');
    expect(icon('live')).toBe(icon('live'));
    icon('failed');
    expect(loader.made.map((m) => m.path)).toEqual([at('live.png'), at('failed.png')]);
  });

  it('asks only for files that exist, for every state on every OS', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      for (const state of TRAY_ICONS) {
        expect(existsSync(join(folder, trayIconFile(platform, state))), `${platform} ${state}`).toBe(true);
      }
    }
  });

  it('loads the dot file of a status colour, and nothing from a colour that is not #rrggbb', () => {
    const loader = fakeImageLoader();
    const dot = statusDotImages(loader, '/icons');
    dot('#D13438');
    dot('../../etc/passwd');
    dot('#d13438 ');
    expect(loader.made.map((m) => m.path)).toEqual([at('dot-d13438.png'), null, null]);
  });

  it('looks in the resources of an installed app', () => {
    expect(trayIconFolder({ isPackaged: true, resourcesPath: '/opt/app/resources', mainDir: '/x' })).toBe(
      '/opt/app/resources/tray',
    );
  });
});
