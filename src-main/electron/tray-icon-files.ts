/**
 * The tray's image files, declared once: which file each OS loads for each state, and every file
 * `npm run icons` renders from the SVGs in `build/tray/source/` (build/tray-icons.ts). The loader and
 * the generator both read this list, so a name or a size cannot differ between them. Pure data.
 */
import type { TrayIcon } from '../app/ports';

const ALL_ICONS: Readonly<Record<TrayIcon, true>> = {
  live: true,
  connecting: true,
  failed: true,
  dnd: true,
  demo: true,
};

/** Every tray state, each with its own SVG (`build/tray/source/<state>.svg`). */
export const TRAY_ICONS = Object.keys(ALL_ICONS) as readonly TrayIcon[];

/** Tray and menu icons are 16 px at 100 % on every OS; larger files are the same picture for denser screens. */
export const BASE_SIZE = 16;

/**
 * Electron's `nativeImage.createFromPath` picks up `name@<scale>x.png` beside `name.png` as further
 * representations, so each set is one base file plus its scaled siblings.
 */
const LINUX_SCALES = [1, 1.5, 2, 3] as const; // 16, 24, 32, 48 px
const MAC_SCALES = [1, 2] as const; // the menu bar: 16 pt, at 1× and Retina
const DOT_SCALES = [1, 2] as const;
/** The Windows tray reads an .ico and picks the size for the screen's scaling itself. */
export const WINDOWS_ICO_SIZES = [16, 24, 32, 48] as const;

/** How a picture is painted: a tray state in colour or as a macOS template (with the missed-call dot or not), or a status dot. */
export type IconLook =
  | { readonly kind: 'tray'; readonly icon: TrayIcon; readonly template: boolean; readonly missed: boolean }
  | { readonly kind: 'dot'; readonly colour: string };

export type IconFile =
  | { readonly format: 'png'; readonly name: string; readonly size: number; readonly look: IconLook }
  | {
      readonly format: 'ico';
      readonly name: string;
      readonly sizes: readonly number[];
      readonly look: IconLook;
    };

function scaledName(base: string, scale: number): string {
  return scale === 1 ? `${base}.png` : `${base}@${scale}x.png`;
}

/**
 * The file the tray loads for a state: an .ico on Windows, a template image on macOS (black and
 * alpha only, which the menu bar tints for its light and dark modes; the `Template` suffix tells
 * Electron so), a colour PNG elsewhere.
 */
export function trayIconFile(platform: NodeJS.Platform, icon: TrayIcon, missed = false): string {
  const base = missed ? `${icon}-missed` : icon;
  if (platform === 'darwin') return `${base}Template.png`;
  if (platform === 'win32') return `${base}.ico`;
  return `${base}.png`;
}

/** The dot file for a `#rrggbb` colour, or null for anything else (never a path from free text). */
export function statusDotFile(colour: string): string | null {
  const match = /^#([0-9a-f]{6})$/i.exec(colour);
  return match ? `dot-${match[1]!.toLowerCase()}.png` : null;
}

/** Every file the generator writes: each state for each OS, and a dot for each of `dotColours`. */
export function trayImageFiles(dotColours: readonly string[]): IconFile[] {
  const files: IconFile[] = [];
  // Each state twice: as it is, and with the missed-call dot (build/tray/source/missed-dot.svg laid over it).
  for (const missed of [false, true]) {
    for (const icon of TRAY_ICONS) {
      const base = missed ? `${icon}-missed` : icon;
      const colour: IconLook = { kind: 'tray', icon, template: false, missed };
      const template: IconLook = { kind: 'tray', icon, template: true, missed };
      for (const scale of LINUX_SCALES) {
        files.push({ format: 'png', name: scaledName(base, scale), size: BASE_SIZE * scale, look: colour });
      }
      files.push({
        format: 'ico',
        name: trayIconFile('win32', icon, missed),
        sizes: WINDOWS_ICO_SIZES,
        look: colour,
      });
      for (const scale of MAC_SCALES) {
        const name = scaledName(`${base}Template`, scale);
        files.push({ format: 'png', name, size: BASE_SIZE * scale, look: template });
      }
    }
  }
  for (const colour of new Set(dotColours.map((c) => c.toLowerCase()))) {
    const base = statusDotFile(colour);
    if (!base) throw new RangeError(`A status colour must be #rrggbb: ${colour}`);
    for (const scale of DOT_SCALES) {
      files.push({
        format: 'png',
        name: scaledName(base.slice(0, -'.png'.length), scale),
        size: BASE_SIZE * scale,
        look: { kind: 'dot', colour },
      });
    }
  }
  return files;
}
