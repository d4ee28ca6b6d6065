/**
 * Renders the tray's image files from their SVG sources (build/tray/source/), in memory: the list of
 * files is src-main/electron/tray-icon-files.ts. `npm run icons` writes them (make-tray-icons.ts); a
 * test renders them again and compares them byte for byte with the committed files.
 *
 * Each source SVG holds two groups, `<g id="badge">` (the coloured shape) and `<g id="glyph">` (the
 * white sign on it; may be empty), no nested groups, colours as `#rrggbb`. From that one drawing come:
 * - the colour image, as drawn;
 * - the macOS template image: the badge in black with the glyph cut out of it (a mask), so the file
 *   is black and alpha only and the menu bar can tint it for its light and dark modes;
 * - for the status dot, one image per status colour: the badge group's `fill` becomes the colour and
 *   its `stroke` the colour darkened (so light colours still show on a light menu);
 * - for each state, the same with the missed-call dot (`missed-dot.svg`'s badge) laid over it: in
 *   colour as drawn (its white rim parts it from the icon); in the template, the dot with its rim is
 *   cut out of the icon and the dot drawn in black.
 * SVG is rasterised by resvg (WebAssembly, the same pixels on every machine).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import type { TrayIcon } from '../src-main/app/ports';
import { STATUS_APPEARANCE, UNKNOWN_APPEARANCE } from '../src-main/presence/status-types';
import { trayImageFiles, type IconFile, type IconLook } from '../src-main/electron/tray-icon-files';

export const SOURCE_DIR = join(import.meta.dirname, 'tray/source');
export const OUTPUT_DIR = join(import.meta.dirname, 'tray/icons');

/** Every colour the tray menu can ask a dot for: each status type's and the unknown type's. */
export const DOT_COLOURS: readonly string[] = [
  ...Object.values(STATUS_APPEARANCE).map((a) => a.colour),
  UNKNOWN_APPEARANCE.colour,
];

interface Drawing {
  /** The source as written: the colour image. */
  readonly svg: string;
  readonly open: string;
  readonly badge: Group;
  readonly glyph: Group | null;
}

interface Group {
  readonly attributes: string;
  readonly content: string;
}

function group(svg: string, id: string): Group | null {
  const match = new RegExp(`<g id="${id}"([^>]*?)(?:/>|>([\\s\\S]*?)</g>)`).exec(svg);
  if (!match) return null;
  const content = match[2] ?? '';
  if (content.includes('<g')) throw new Error(`#${id} must not hold nested groups`);
  return { attributes: match[1] ?? '', content };
}

/** Splits a source into its parts, refusing one that breaks the rules above. */
export function parseDrawing(svg: string, name: string): Drawing {
  const open = /<svg[^>]*>/.exec(svg)?.[0];
  const badge = group(svg, 'badge');
  if (!open || !badge) throw new Error(`${name}: needs an <svg> with a <g id="badge">`);
  const glyph = group(svg, 'glyph');
  return { svg, open, badge, glyph };
}

const HEX = /#[0-9a-f]{6}\b/gi;

function paint(attributes: string, fill: string | null, stroke: string | null): string {
  return attributes
    .replace(/fill="#[0-9a-f]{6}"/i, (found) => (fill ? `fill="${fill}"` : found))
    .replace(/stroke="#[0-9a-f]{6}"/i, (found) => (stroke ? `stroke="${stroke}"` : found));
}

const black = (text: string) => text.replace(HEX, '#000000');

/** The macOS template: everything black, the glyph (and a dot laid over, with its rim) cut out of the badge. */
export function templateOf(drawing: Drawing, dot: Drawing | null = null): string {
  const cut = drawing.glyph ? `<g${black(drawing.glyph.attributes)}>${black(drawing.glyph.content)}</g>` : '';
  const dotCut = dot ? `<g${black(dot.badge.attributes)}>${black(dot.badge.content)}</g>` : '';
  const dotShape = dot
    ? `<g${black(dot.badge.attributes).replace(/stroke="#[0-9a-f]{6}"/i, 'stroke="none"')}>${black(dot.badge.content)}</g>`
    : '';
  return [
    drawing.open,
    '<mask id="knockout" maskUnits="userSpaceOnUse" x="0" y="0" width="100%" height="100%">',
    '<rect width="100%" height="100%" fill="#ffffff"/>',
    cut,
    dotCut,
    '</mask>',
    `<g mask="url(#knockout)"><g${black(drawing.badge.attributes)}>${black(drawing.badge.content)}</g></g>`,
    dotShape,
    '</svg>',
  ].join('');
}

/** The colour image with the missed-call dot laid over it, as drawn. */
export function withDot(drawing: Drawing, dot: Drawing): string {
  const end = drawing.svg.lastIndexOf('</svg>');
  return `${drawing.svg.slice(0, end)}<g${dot.badge.attributes}>${dot.badge.content}</g>${drawing.svg.slice(end)}`;
}

function darker(colour: string, factor: number): string {
  const channel = (at: number) =>
    Math.round(parseInt(colour.slice(at, at + 2), 16) * factor)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

/** The status dot in one colour: filled with it, rimmed with it darkened. */
export function dotOf(drawing: Drawing, colour: string): string {
  const attributes = paint(drawing.badge.attributes, colour, darker(colour, 0.7));
  return `${drawing.open}<g${attributes}>${drawing.badge.content}</g></svg>`;
}

let wasmReady: Promise<void> | null = null;

/** resvg's WebAssembly module, loaded once per process and only when something is rendered. */
function resvgReady(): Promise<void> {
  wasmReady ??= (async () => {
    const wasm = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
    await initWasm(await readFile(wasm));
  })();
  return wasmReady;
}

/** Rasterises an SVG to a PNG of `size`×`size` pixels. */
export async function renderPng(svg: string, size: number): Promise<Buffer> {
  await resvgReady();
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: size } });
  try {
    const rendered = resvg.render();
    try {
      return Buffer.from(rendered.asPng());
    } finally {
      rendered.free();
    }
  } finally {
    resvg.free();
  }
}

/** An .ico holding PNG images (Windows Vista and later read those), smallest first. */
export function icoOf(images: readonly { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size; // 0 means 256
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

async function svgOf(
  look: IconLook,
  source: (name: TrayIcon | 'status-dot' | 'missed-dot') => Promise<Drawing>,
) {
  if (look.kind === 'dot') return dotOf(await source('status-dot'), look.colour);
  const drawing = await source(look.icon);
  const dot = look.missed ? await source('missed-dot') : null;
  if (look.template) return templateOf(drawing, dot);
  return dot ? withDot(drawing, dot) : drawing.svg;
}

/** Every tray file's name and bytes, rendered from the sources in `sourceDir`. */
export async function renderTrayImages(sourceDir = SOURCE_DIR): Promise<Map<string, Buffer>> {
  const drawings = new Map<string, Promise<Drawing>>();
  const source = (name: string) => {
    let drawing = drawings.get(name);
    if (!drawing) {
      drawing = readFile(join(sourceDir, `${name}.svg`), 'utf8').then((svg) => parseDrawing(svg, name));
      drawings.set(name, drawing);
    }
    return drawing;
  };
  const out = new Map<string, Buffer>();
  for (const file of trayImageFiles(DOT_COLOURS)) out.set(file.name, await renderFile(file, source));
  return out;
}

async function renderFile(file: IconFile, source: (name: string) => Promise<Drawing>): Promise<Buffer> {
  const svg = await svgOf(file.look, source);
  if (file.format === 'png') return renderPng(svg, file.size);
  const images = [];
  for (const size of file.sizes) images.push({ size, png: await renderPng(svg, size) });
  return icoOf(images);
}
