/**
 * Draws the tray icons: a coloured disc per connection state with a white glyph, anti-aliased by
 * 4×4 supersampling. Pure (RGBA pixels out), so the shapes are tested and previewed without Electron.
 */
import type { TrayIcon } from '../app/ports';

type Rgb = readonly [number, number, number];

interface Art {
  readonly fill: Rgb;
  /** Hollow ring instead of a disc (connecting: something is in progress). */
  readonly ring: boolean;
  /** Signed distance to the white glyph in unit coordinates (centre 0,0, disc radius ~0.9), or null. */
  readonly glyph: ((x: number, y: number) => number) | null;
}

function segment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

const ART: Readonly<Record<TrayIcon, Art>> = {
  live: {
    fill: [46, 157, 79],
    ring: false,
    glyph: (x, y) =>
      Math.min(segment(x, y, -0.42, 0.02, -0.12, 0.32), segment(x, y, -0.12, 0.32, 0.42, -0.26)) - 0.13,
  },
  connecting: { fill: [224, 150, 20], ring: true, glyph: null },
  failed: {
    fill: [110, 110, 110],
    ring: false,
    glyph: (x, y) =>
      Math.min(segment(x, y, -0.32, -0.32, 0.32, 0.32), segment(x, y, -0.32, 0.32, 0.32, -0.32)) - 0.13,
  },
  dnd: { fill: [206, 38, 38], ring: false, glyph: (x, y) => segment(x, y, -0.45, 0, 0.45, 0) - 0.14 },
  demo: {
    fill: [26, 115, 232],
    ring: false,
    // A "play" triangle: the demo plays recorded-looking calls.
    glyph: (x, y) => Math.max(-(x + 0.28), 0.894 * (x - 0.42) + 0.447 * Math.abs(y) * 1.9 - 0.05),
  },
};

const SAMPLES = 4;

/** RGBA pixels of one icon, `size`×`size`. */
export function drawTrayIcon(icon: TrayIcon, size: number): Uint8Array {
  const art = ART[icon];
  const pixels = new Uint8Array(size * size * 4);
  const radius = 0.92;
  const rim = 0.1;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let disc = 0;
      let white = 0;
      let edge = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = ((px + (sx + 0.5) / SAMPLES) / size) * 2 - 1;
          const y = ((py + (sy + 0.5) / SAMPLES) / size) * 2 - 1;
          const r = Math.hypot(x, y);
          const inside = art.ring ? r <= radius && r >= radius - 0.36 : r <= radius;
          if (!inside) continue;
          disc++;
          if (art.glyph && art.glyph(x, y) <= 0) white++;
          else if (r >= radius - rim || (art.ring && r <= radius - 0.36 + rim * 0.6)) edge++;
        }
      }
      const total = SAMPLES * SAMPLES;
      const alpha = disc / total;
      if (alpha === 0) continue;
      // Mix white glyph, darker rim (visible on light trays) and the fill, by covered share.
      const share = (part: number) => part / disc;
      const channel = (c: number) =>
        Math.round(255 * share(white) + c * 0.72 * share(edge) + c * share(disc - white - edge));
      const i = (py * size + px) * 4;
      pixels[i] = channel(art.fill[0]);
      pixels[i + 1] = channel(art.fill[1]);
      pixels[i + 2] = channel(art.fill[2]);
      pixels[i + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

export const TRAY_ICONS: readonly TrayIcon[] = ['live', 'connecting', 'failed', 'dnd', 'demo'];

/** `#rrggbb` to channels; anything else is the neutral grey of an unknown status. */
function rgbOf(colour: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!match) return [161, 159, 157];
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/**
 * RGBA pixels of a status dot, `size`×`size`: a disc of the status colour, smaller than the tray
 * icon so it reads as a marker beside menu text, with a darker rim so light colours show on light menus.
 */
export function drawStatusDot(colour: string, size: number): Uint8Array {
  const fill = rgbOf(colour);
  const pixels = new Uint8Array(size * size * 4);
  const radius = 0.62;
  const rim = 0.14;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let disc = 0;
      let edge = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = ((px + (sx + 0.5) / SAMPLES) / size) * 2 - 1;
          const y = ((py + (sy + 0.5) / SAMPLES) / size) * 2 - 1;
          const r = Math.hypot(x, y);
          if (r > radius) continue;
          disc++;
          if (r >= radius - rim) edge++;
        }
      }
      if (disc === 0) continue;
      const shade = (c: number) => Math.round((c * 0.7 * edge + c * (disc - edge)) / disc);
      const i = (py * size + px) * 4;
      pixels[i] = shade(fill[0]);
      pixels[i + 1] = shade(fill[1]);
      pixels[i + 2] = shade(fill[2]);
      pixels[i + 3] = Math.round((disc / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return pixels;
}
