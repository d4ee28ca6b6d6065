// Synthesises the built-in ring sounds and writes src-renderer/src/sounds/{chime,bell,pulse}.wav.
// Plain Node, no dependencies, no randomness: each sound is a sum of sine partials under an
// envelope, written as 16-bit mono PCM WAV at 22,050 Hz (every browser engine plays it). Each is
// under the ring's repeat interval (app/ring-plan.ts RING_REPEAT_MS, 3 s), so repeats never overlap.
// Run: npm run sounds
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, '../src-renderer/src/sounds');
const RATE = 22_050;

/** A tone: partials [frequency, amplitude], from `start` for `length` seconds, decaying by `decay` per second. */
function tone(samples, { start, length, partials, decay, attack = 0.005 }) {
  const from = Math.round(start * RATE);
  const count = Math.round(length * RATE);
  for (let i = 0; i < count && from + i < samples.length; i++) {
    const t = i / RATE;
    const rise = Math.min(1, t / attack);
    // A short release at the end, so no tone stops with a click.
    const fall = Math.min(1, (length - t) / 0.01);
    const envelope = rise * fall * Math.exp(-decay * t);
    let value = 0;
    for (const [frequency, amplitude] of partials) value += amplitude * Math.sin(2 * Math.PI * frequency * t);
    samples[from + i] += value * envelope;
  }
}

function render(seconds, tones, peak = 0.8) {
  const samples = new Float64Array(Math.round(seconds * RATE));
  for (const t of tones) tone(samples, t);
  let max = 0;
  for (const s of samples) max = Math.max(max, Math.abs(s));
  const scale = max === 0 ? 0 : peak / max;
  return samples.map((s) => s * scale);
}

function wav(samples) {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), i * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28); // bytes per second
  header.writeUInt16LE(2, 32); // block align
  header.writeUInt16LE(16, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

const SOUNDS = {
  // Two soft notes falling a third (E5, C5), with a quiet octave above each.
  chime: render(1.1, [
    {
      start: 0,
      length: 0.55,
      partials: [
        [659.25, 1],
        [1318.5, 0.2],
      ],
      decay: 4,
    },
    {
      start: 0.4,
      length: 0.7,
      partials: [
        [523.25, 1],
        [1046.5, 0.2],
      ],
      decay: 3.5,
    },
  ]),
  // A small bell: a strike with the inharmonic partials of a bell, ringing out.
  bell: render(1.4, [
    {
      start: 0,
      length: 1.4,
      partials: [
        [880, 1],
        [1760, 0.5],
        [2429, 0.35],
        [4752, 0.12],
      ],
      decay: 3,
      attack: 0.002,
    },
  ]),
  // The classic telephone ring: 440 Hz + 480 Hz, two bursts.
  pulse: render(
    1.0,
    [
      {
        start: 0,
        length: 0.4,
        partials: [
          [440, 1],
          [480, 1],
        ],
        decay: 0.5,
      },
      {
        start: 0.6,
        length: 0.4,
        partials: [
          [440, 1],
          [480, 1],
        ],
        decay: 0.5,
      },
    ],
    0.6,
  ),
};

mkdirSync(OUT, { recursive: true });
for (const [name, samples] of Object.entries(SOUNDS)) {
  const file = join(OUT, `${name}.wav`);
  writeFileSync(file, wav(samples));
  console.log(`${file}: ${(samples.length / RATE).toFixed(2)} s`);
}
