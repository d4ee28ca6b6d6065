/**
 * Reads PNG files back to RGBA pixels, for tests that check the image files the app ships. Strict:
 * a bad signature, a chunk whose CRC does not match, or a layout it does not read (anything but
 * 8-bit, non-interlaced grey/RGB/grey+alpha/RGBA) throws, so a broken file cannot pass.
 */
import { crc32, inflateSync } from 'node:zlib';

export interface DecodedPng {
  readonly width: number;
  readonly height: number;
  /** `width`×`height` pixels, 4 bytes (RGBA) each, row by row. */
  readonly pixels: Buffer;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Bytes per pixel of each PNG colour type at 8 bits per sample. */
const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes the per-row filters (PNG spec §9): the rows without their filter bytes. */
function unfilter(raw: Buffer, rowBytes: number, height: number, bpp: number): Buffer {
  const out = Buffer.alloc(rowBytes * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (rowBytes + 1)];
    const row = raw.subarray(y * (rowBytes + 1) + 1, (y + 1) * (rowBytes + 1));
    for (let x = 0; x < rowBytes; x++) {
      const left = x >= bpp ? out[y * rowBytes + x - bpp]! : 0;
      const up = y > 0 ? out[(y - 1) * rowBytes + x]! : 0;
      const upLeft = y > 0 && x >= bpp ? out[(y - 1) * rowBytes + x - bpp]! : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter!];
      if (predictor === undefined) throw new Error(`PNG row ${y} has an unknown filter ${filter}`);
      out[y * rowBytes + x] = (row[x]! + predictor) & 0xff;
    }
  }
  return out;
}

export function decodePng(png: Buffer): DecodedPng {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('Not a PNG: the signature is wrong.');
  let offset = 8;
  let header: Buffer | null = null;
  let ended = false;
  const data: Buffer[] = [];
  while (offset < png.length && !ended) {
    const length = png.readUInt32BE(offset);
    const typeAndData = png.subarray(offset + 4, offset + 8 + length);
    const type = typeAndData.toString('ascii', 0, 4);
    if (png.readUInt32BE(offset + 8 + length) !== crc32(typeAndData)) {
      throw new Error(`PNG chunk ${type} has a wrong CRC.`);
    }
    const body = typeAndData.subarray(4);
    if (type === 'IHDR') header = body;
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') ended = true;
    offset += 12 + length;
  }
  if (!header || !ended || data.length === 0) throw new Error('PNG lacks IHDR, IDAT or IEND.');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const channels = CHANNELS[header[9]!];
  if (header[8] !== 8 || channels === undefined || header[12] !== 0) {
    throw new Error(`PNG layout not read here: depth ${header[8]}, colour type ${header[9]}.`);
  }
  const rows = unfilter(inflateSync(Buffer.concat(data)), width * channels, height, channels);
  const pixels = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const at = i * channels;
    const grey = channels < 3;
    pixels[i * 4] = rows[at]!;
    pixels[i * 4 + 1] = rows[at + (grey ? 0 : 1)]!;
    pixels[i * 4 + 2] = rows[at + (grey ? 0 : 2)]!;
    pixels[i * 4 + 3] = channels === 2 || channels === 4 ? rows[at + channels - 1]! : 255;
  }
  return { width, height, pixels };
}

/** The RGBA of one pixel. */
export function pixelAt(image: DecodedPng, x: number, y: number): [number, number, number, number] {
  const i = (y * image.width + x) * 4;
  const p = image.pixels;
  return [p[i]!, p[i + 1]!, p[i + 2]!, p[i + 3]!];
}

/** The PNG images inside an .ico (the only kind of image this app's .ico files hold), with the sizes the directory states. */
export function icoImages(ico: Buffer): { size: number; png: Buffer }[] {
  if (ico.readUInt16LE(0) !== 0 || ico.readUInt16LE(2) !== 1) throw new Error('Not an .ico file.');
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const entry = 6 + 16 * i;
    const length = ico.readUInt32LE(entry + 8);
    const start = ico.readUInt32LE(entry + 12);
    return { size: ico[entry] || 256, png: ico.subarray(start, start + length) };
  });
}
