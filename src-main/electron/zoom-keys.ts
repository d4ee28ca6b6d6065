/**
 * The main window's zoom: the text-size setting is its starting factor, and Ctrl + / Ctrl − /
 * Ctrl 0 (⌘ on macOS) zoom from there. The keys came with the default app menu, which the app
 * removes, so they are read from the window's input before the page sees them. Chromium's zoom
 * (not CSS) so the page lays out as at a narrower width; `isolated` so the pop window, on the same
 * origin, keeps its size (Chromium's zoom is otherwise shared by every page of an origin).
 */
import type { Input } from 'electron';

interface Preventable {
  preventDefault(): void;
}

/** The part of WebContents zooming needs; a real WebContents fits it. */
export interface ZoomableContents {
  getZoomFactor(): number;
  setZoomFactor(factor: number): void;
  setZoomMode(mode: 'isolated'): void;
  isDestroyed(): boolean;
  on(event: 'before-input-event', listener: (event: Preventable, input: Input) => void): unknown;
}

export type ZoomStep = 'in' | 'out' | 'reset';

/** Chromium's own zoom steps, so 200 % is reached exactly and back again. */
export const ZOOM_FACTORS: readonly number[] = [
  0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3,
];
const SMALLEST = 0.5;
const LARGEST = 3;

/** Which zoom key this is, if any: on the main keys (with or without Shift) or the number pad. */
export function zoomStepOf(
  input: Pick<Input, 'type' | 'key' | 'code' | 'control' | 'meta' | 'alt'>,
  platform: NodeJS.Platform,
): ZoomStep | null {
  if (input.type !== 'keyDown' || input.alt) return null;
  if (!(platform === 'darwin' ? input.meta : input.control)) return null;
  if (input.key === '+' || input.key === '=' || input.code === 'NumpadAdd') return 'in';
  if (input.key === '-' || input.key === '_' || input.code === 'NumpadSubtract') return 'out';
  if (input.key === '0' || input.code === 'Numpad0') return 'reset';
  return null;
}

/** The next factor from `current`: the nearest step beyond it, clamped to the ends. */
export function nextZoomFactor(current: number, step: Exclude<ZoomStep, 'reset'>): number {
  if (step === 'in') return ZOOM_FACTORS.find((factor) => factor > current + 0.001) ?? LARGEST;
  return ZOOM_FACTORS.findLast((factor) => factor < current - 0.001) ?? SMALLEST;
}

export interface MainWindowZoom {
  /** A new main window: zoomed to the text size, and its zoom keys watched. */
  attach(contents: ZoomableContents): void;
  /** The text-size setting, in percent; a change resets the window's zoom to it. */
  setTextSize(percent: number): void;
}

export function createMainWindowZoom(platform: NodeJS.Platform): MainWindowZoom {
  let base = 1;
  let current: ZoomableContents | null = null;
  return {
    attach(contents) {
      current = contents;
      contents.setZoomMode('isolated');
      contents.setZoomFactor(base);
      contents.on('before-input-event', (event, input) => {
        const step = zoomStepOf(input, platform);
        if (step === null) return;
        event.preventDefault();
        contents.setZoomFactor(step === 'reset' ? base : nextZoomFactor(contents.getZoomFactor(), step));
      });
    },
    setTextSize(percent) {
      const factor = percent / 100;
      if (factor === base) return;
      base = factor;
      if (current && !current.isDestroyed()) current.setZoomFactor(base);
    },
  };
}
