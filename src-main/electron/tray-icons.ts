/**
 * Loads the tray's image files (made once by `npm run icons`, see tray-icon-files.ts) as nativeImages:
 * one per state (with and without the missed-call dot) and one per status colour, each loaded once.
 */
import type { NativeImage } from 'electron';
import { join } from 'node:path';
import type { TrayIcon } from '../app/ports';
import { statusDotFile, trayIconFile } from './tray-icon-files';

export interface ImageLoader {
  createFromPath(path: string): NativeImage;
  createEmpty(): NativeImage;
}

export interface TrayIconPlace {
  readonly isPackaged: boolean;
  /** Electron's `process.resourcesPath`, where electron-builder's `extraResources` put the files. */
  readonly resourcesPath: string;
  /** The folder of the built main script (`out/main`). */
  readonly mainDir: string;
}

/** Where the files are: beside the installed app's resources, or in the source tree when unpackaged. */
export function trayIconFolder(place: TrayIconPlace): string {
  return place.isPackaged ? join(place.resourcesPath, 'tray') : join(place.mainDir, '../../build/tray/icons');
}

export function trayIconImages(
  loader: ImageLoader,
  folder: string,
  platform: NodeJS.Platform,
): (kind: TrayIcon, missed?: boolean) => NativeImage {
  const cache = new Map<string, NativeImage>();
  return (kind, missed = false) => {
    const file = trayIconFile(platform, kind, missed);
    const cached = cache.get(file);
    if (cached) return cached;
    const image = loader.createFromPath(join(folder, file));
    // The file name's "Template" already says so; saying it again costs nothing and survives a rename.
    if (platform === 'darwin') image.setTemplateImage(true);
    cache.set(file, image);
    return image;
  };
}

/**
 * One dot image per status colour. A colour without a file (only a bug could send one: the colours
 * come from a fixed table) gets an empty image: the menu's words say the status, the dot only repeats it.
 */
export function statusDotImages(loader: ImageLoader, folder: string): (colour: string) => NativeImage {
  const cache = new Map<string, NativeImage>();
  return (colour) => {
    const cached = cache.get(colour);
    if (cached) return cached;
    const file = statusDotFile(colour);
    const image = file ? loader.createFromPath(join(folder, file)) : loader.createEmpty();
    // The bound only guards against a bug feeding many colours.
    if (cache.size < 64) cache.set(colour, image);
    return image;
  };
}
