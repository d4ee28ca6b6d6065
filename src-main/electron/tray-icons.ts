/** Turns the drawn icon pixels into nativeImages with 1× (16 px) and 2× (32 px) representations. */
import type { NativeImage } from 'electron';
import type { TrayIcon } from '../app/ports';
import { encodePng } from './png';
import { drawTrayIcon } from './tray-icon-art';

export interface ImageFactory {
  createEmpty(): NativeImage;
}

export function trayIconImages(nativeImage: ImageFactory): (kind: TrayIcon) => NativeImage {
  const cache = new Map<TrayIcon, NativeImage>();
  return (kind) => {
    const cached = cache.get(kind);
    if (cached) return cached;
    const image = nativeImage.createEmpty();
    for (const scaleFactor of [1, 2]) {
      const size = 16 * scaleFactor;
      image.addRepresentation({
        scaleFactor,
        width: size,
        height: size,
        buffer: encodePng(size, size, drawTrayIcon(kind, size)),
      });
    }
    cache.set(kind, image);
    return image;
  };
}
