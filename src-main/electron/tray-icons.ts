/** Turns the drawn icon pixels into nativeImages with 1× (16 px) and 2× (32 px) representations. */
import type { NativeImage } from 'electron';
import type { TrayIcon } from '../app/ports';
import { encodePng } from './png';
import { drawStatusDot, drawTrayIcon } from './tray-icon-art';

export interface ImageFactory {
  createEmpty(): NativeImage;
}

function imageOf(nativeImage: ImageFactory, draw: (size: number) => Uint8Array): NativeImage {
  const image = nativeImage.createEmpty();
  for (const scaleFactor of [1, 2]) {
    const size = 16 * scaleFactor;
    image.addRepresentation({
      scaleFactor,
      width: size,
      height: size,
      buffer: encodePng(size, size, draw(size)),
    });
  }
  return image;
}

export function trayIconImages(nativeImage: ImageFactory): (kind: TrayIcon) => NativeImage {
  const cache = new Map<TrayIcon, NativeImage>();
  return (kind) => {
    const cached = cache.get(kind);
    if (cached) return cached;
    const image = imageOf(nativeImage, (size) => drawTrayIcon(kind, size));
    cache.set(kind, image);
    return image;
  };
}

/** One dot image per colour, drawn once: the menu is rebuilt often, the eleven colours never change. */
export function statusDotImages(nativeImage: ImageFactory): (colour: string) => NativeImage {
  const cache = new Map<string, NativeImage>();
  return (colour) => {
    const cached = cache.get(colour);
    if (cached) return cached;
    const image = imageOf(nativeImage, (size) => drawStatusDot(colour, size));
    // Colours come from a fixed table; the bound only guards against a bug feeding many.
    if (cache.size < 64) cache.set(colour, image);
    return image;
  };
}
