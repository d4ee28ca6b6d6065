/**
 * Phonebook speed (issue 17), each figure against its floor in the same run:
 * - importing and indexing 100,000 contacts from CSV (floor: a bare Map of the same keys, already
 *   computed);
 * - the app's start-up load of the same 100,000 contacts from phonebook.json, as PhonebookStore
 *   keeps them, and their index (floor: reading the file and JSON.parse alone, plus that bare Map);
 * - one lookup, median and p99 (floor: a get on that bare Map).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importPhonebook } from '../../src-main/lookup/phonebook-file';
import { e164Key, PhonebookIndex } from '../../src-main/lookup/phonebook-index';
import { PhonebookStore } from '../../src-main/storage/phonebook-store';
import { median, percentile, type BenchFigure, type BenchSuite } from './figures';

const CONTACTS = 100_000;
const LOAD_RUNS = 3;
const LOOKUPS = 20_000;
const BATCH = 100;

/**
 * Valid numbers, as a phonebook holds them: four in five mobiles written internationally, one in
 * five London numbers written nationally (each number has its own key; a number that is not valid
 * in its plan takes the full parse, see lookup/e164-key.ts).
 */
function numberOf(n: number): string {
  const subscriber = String(n).padStart(7, '0');
  return n % 5 === 0
    ? `020 3${subscriber.slice(0, 3)} ${subscriber.slice(3)}`
    : `+44 740${subscriber.slice(0, 1)} ${subscriber.slice(1)}`;
}

function csv(): string {
  const rows = ['Name,Company,Phone'];
  for (let n = 0; n < CONTACTS; n++) rows.push(`Contact ${n},Company ${n % 997},${numberOf(n)}`);
  return rows.join('\n');
}

function callers(): string[] {
  // Half in the phonebook (written the other way round), half strangers.
  const list: string[] = [];
  for (let i = 0; i < LOOKUPS; i++) {
    const n = (i * 7919) % CONTACTS;
    list.push(
      i % 2 === 0
        ? numberOf(n).replace(/^0/, '+44').replaceAll(' ', '')
        : `+1 212 555 ${String(i).padStart(4, '0')}`,
    );
  }
  return list;
}

/** Time per lookup in microseconds, measured in batches (one lookup is below the timer's grain). */
function perLookup(numbers: readonly string[], find: (number: string) => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i + BATCH <= numbers.length; i += BATCH) {
    const start = performance.now();
    for (let j = i; j < i + BATCH; j++) find(numbers[j]!);
    times.push(((performance.now() - start) * 1000) / BATCH);
  }
  return times;
}

/**
 * What the app does at start: PhonebookStore.load() of phonebook.json (read, JSON.parse, every
 * entry checked and capped) and the index built. The floor reads and parses the same file and
 * fills a bare Map of the same keys.
 */
async function startUpLoads(
  imported: PhonebookIndex,
  keys: readonly string[],
): Promise<{ loads: number[]; floors: number[] }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'phonebook-bench-'));
  try {
    const store = new PhonebookStore({ dataDir });
    const saved = await store.save(imported.contacts.map((c, i) => ({ ...c, id: `c${i + 1}` })));
    if (!saved.ok) throw new Error(saved.error.message);
    const loads: number[] = [];
    const floors: number[] = [];
    for (let run = 0; run < LOAD_RUNS; run++) {
      let start = performance.now();
      const loaded = await new PhonebookStore({ dataDir }).load();
      const index = new PhonebookIndex(loaded.contacts, { defaultCountry: 'GB' });
      loads.push(performance.now() - start);
      if (index.size !== imported.size) throw new Error('the stored phonebook lost contacts');

      start = performance.now();
      const parsed = JSON.parse(await readFile(store.path, 'utf8')) as { contacts: unknown[] };
      const floor = new Map<string, number>();
      keys.forEach((key, i) => floor.set(key, i));
      floors.push(performance.now() - start);
      if (parsed.contacts.length !== imported.size) throw new Error('the floor read a different file');
    }
    return { loads, floors };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

export const phonebookBench: BenchSuite = {
  name: 'phonebook',
  async run(): Promise<readonly BenchFigure[]> {
    const text = csv();
    const loads: number[] = [];
    const floors: number[] = [];
    let index: PhonebookIndex | null = null;
    for (let run = 0; run < LOAD_RUNS; run++) {
      const start = performance.now();
      const imported = importPhonebook(text);
      if (!imported.ok) throw new Error(imported.error.message);
      index = new PhonebookIndex(imported.value.contacts, { defaultCountry: 'GB' });
      loads.push(performance.now() - start);
    }
    const keys = index!.contacts.map((c) => e164Key(c.numbers[0]!, 'GB'));
    for (let run = 0; run < LOAD_RUNS; run++) {
      const start = performance.now();
      const floor = new Map<string, number>();
      keys.forEach((key, i) => floor.set(key, i));
      floors.push(performance.now() - start);
    }
    const startUp = await startUpLoads(index!, keys);
    const numbers = callers();
    const found = perLookup(numbers, (n) => index!.find(n));
    const floorMap = new Map(keys.map((key, i) => [key, i]));
    const numberKeys = numbers.map((n) => n.replaceAll(' ', ''));
    const floorTimes = perLookup(numberKeys, (n) => floorMap.get(n));
    const loadMs = median(loads);
    return [
      {
        name: `phonebook load, ${CONTACTS.toLocaleString('en')} contacts (CSV import + index)`,
        value: Math.round(loadMs),
        unit: 'ms',
        floor: Math.round(median(floors)),
        target: '< 1000 ms',
        meetsTarget: loadMs < 1000,
      },
      {
        name: `phonebook start-up load, ${CONTACTS.toLocaleString('en')} contacts (phonebook.json + index)`,
        value: Math.round(median(startUp.loads)),
        unit: 'ms',
        floor: Math.round(median(startUp.floors)),
        target: '< 1000 ms',
        meetsTarget: median(startUp.loads) < 1000,
      },
      {
        name: 'phonebook lookup, median',
        value: Number(median(found).toFixed(2)),
        unit: 'µs',
        floor: Number(median(floorTimes).toFixed(3)),
        target: '≤ 50 µs',
        meetsTarget: median(found) <= 50,
      },
      {
        name: 'phonebook lookup, p99',
        value: Number(percentile(found, 99).toFixed(2)),
        unit: 'µs',
        floor: Number(percentile(floorTimes, 99).toFixed(3)),
      },
    ];
  },
};
