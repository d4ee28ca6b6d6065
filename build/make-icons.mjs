// Draws the app icon (a white speech bubble holding a handset, on a blue rounded square) and writes
// build/icon-512.png, build/icon.png (512), build/icon-256.png, build/icon.ico and build/icon.icns.
// Plain Node, no dependencies: shapes are signed-distance functions, antialiased by coverage, PNG is
// zlib-deflated scanlines. ICO and ICNS simply hold PNG images (Windows Vista+ and macOS 10.7+ read
// those), so they are made here offline; electron-builder could also derive both from icon.png.
// Run: node build/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

// ---- shapes, in a unit square (0..1, y down); negative distance = inside ----
const length = (x, y) => Math.hypot(x, y);

function roundedSquare(x, y, half, radius) {
  const qx = Math.abs(x - 0.5) - half + radius;
  const qy = Math.abs(y - 0.5) - half + radius;
  return length(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function circle(x, y, cx, cy, r) {
  return length(x - cx, y - cy) - r;
}

/** Distance to a triangle (a, b, c), exact outside, signed inside. */
function triangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const edge = (px, py, qx, qy) => {
    const ex = qx - px;
    const ey = qy - py;
    const wx = x - px;
    const wy = y - py;
    const t = Math.max(0, Math.min(1, (wx * ex + wy * ey) / (ex * ex + ey * ey)));
    return [length(wx - ex * t, wy - ey * t), ex * wy - ey * wx];
  };
  const [d1, s1] = edge(ax, ay, bx, by);
  const [d2, s2] = edge(bx, by, cx, cy);
  const [d3, s3] = edge(cx, cy, ax, ay);
  const inside = (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  const d = Math.min(d1, d2, d3);
  return inside ? -d : d;
}

/** A ring segment of radius r and half-thickness w between angles a0..a1 (radians, y down), with round ends. */
function arc(x, y, cx, cy, r, w, a0, a1) {
  let angle = Math.atan2(y - cy, x - cx);
  while (angle < a0) angle += 2 * Math.PI;
  if (angle <= a1) return Math.abs(length(x - cx, y - cy) - r) - w;
  const end = (a) => length(x - (cx + r * Math.cos(a)), y - (cy + r * Math.sin(a))) - w;
  return Math.min(end(a0), end(a1));
}

const union = (...ds) => Math.min(...ds);

// The bubble: a circle with a tail at the lower left.
const BUBBLE = { cx: 0.52, cy: 0.47, r: 0.3 };
const bubble = (x, y) =>
  union(circle(x, y, BUBBLE.cx, BUBBLE.cy, BUBBLE.r), triangle(x, y, [0.22, 0.83], [0.3, 0.6], [0.46, 0.72]));

// The handset: a curved grip whose back faces the lower left, with the earpiece (upper left) and
// mouthpiece (lower right) as short bars pointing inwards.
const deg = (d) => (d * Math.PI) / 180;
const H = { cx: 0.57, cy: 0.42, r: 0.16 };
const A0 = deg(40);
const A1 = deg(230);

function capsule(x, y, [ax, ay], [bx, by], r) {
  const ex = bx - ax;
  const ey = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * ex + (y - ay) * ey) / (ex * ex + ey * ey)));
  return length(x - ax - ex * t, y - ay - ey * t) - r;
}

const at = (radius, a) => [H.cx + radius * Math.cos(a), H.cy + radius * Math.sin(a)];
const pad = (x, y, a) => capsule(x, y, at(H.r + 0.01, a), at(H.r - 0.075, a), 0.046);
const handset = (x, y) =>
  union(arc(x, y, H.cx, H.cy, H.r, 0.04, A0 + deg(8), A1 - deg(8)), pad(x, y, A0), pad(x, y, A1));

// ---- colours ----
const TOP = [0x3b, 0x82, 0xf6]; // blue 500
const BOTTOM = [0x1d, 0x4e, 0xd8]; // blue 700
const WHITE = [0xff, 0xff, 0xff];
const INK = [0x1e, 0x40, 0xaf]; // blue 800

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const px = 1 / size; // one pixel in unit coordinates
  const coverage = (d) => Math.max(0, Math.min(1, 0.5 - d / px));
  for (let j = 0; j < size; j += 1) {
    for (let i = 0; i < size; i += 1) {
      const x = (i + 0.5) / size;
      const y = (j + 0.5) / size;
      const bg = coverage(roundedSquare(x, y, 0.46, 0.2));
      const base = TOP.map((c, k) => c + (BOTTOM[k] - c) * y);
      const b = coverage(bubble(x, y));
      const h = coverage(handset(x, y));
      // Paint back to front: background, bubble, handset (each as coverage over the one below).
      let colour = base;
      colour = colour.map((c, k) => c + (WHITE[k] - c) * b);
      colour = colour.map((c, k) => c + (INK[k] - c) * h);
      const o = (j * size + i) * 4;
      rgba[o] = Math.round(colour[0]);
      rgba[o + 1] = Math.round(colour[1]);
      rgba[o + 2] = Math.round(colour[2]);
      rgba[o + 3] = Math.round(255 * bg);
    }
  }
  return rgba;
}

// ---- PNG ----
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size) {
  const rgba = render(size);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let j = 0; j < size; j += 1) {
    rows[j * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, j * (size * 4 + 1) + 1, j * size * 4, (j + 1) * size * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- ICO: a directory of PNG images ----
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const e = Buffer.alloc(16);
    e[0] = size >= 256 ? 0 : size; // 0 means 256
    e[1] = size >= 256 ? 0 : size;
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(data.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += data.length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

// ---- ICNS: typed PNG entries (ic08 256, ic09 512) ----
function icns(entries) {
  const parts = entries.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

const sizes = [16, 32, 48, 64, 256, 512];
const pngs = new Map(sizes.map((s) => [s, png(s)]));
writeFileSync(join(here, 'icon-512.png'), pngs.get(512));
writeFileSync(join(here, 'icon.png'), pngs.get(512));
writeFileSync(join(here, 'icon-256.png'), pngs.get(256));
writeFileSync(
  join(here, 'icon.ico'),
  ico([16, 32, 48, 64, 256].map((size) => ({ size, data: pngs.get(size) }))),
);
writeFileSync(
  join(here, 'icon.icns'),
  icns([
    { type: 'ic08', data: pngs.get(256) },
    { type: 'ic09', data: pngs.get(512) },
  ]),
);
