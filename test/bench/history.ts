/**
 * Call history speed: loading a full history (50,000 calls) against the floor of reading the same
 * file and parsing its lines with nothing else; the time to the first page the history screen
 * shows (opened from the end of the file, the rest read in the background) against that full load
 * in the same run; and the cost of one append with a small and a full history, which must not grow
 * with the size of the file.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { historyLine, type HistoryEntry } from '../../src-main/storage/history-entry';
import { FIRST_PAGE, HistoryStore } from '../../src-main/storage/history-store';
import { median, type BenchFigure, type BenchSuite } from './figures';

const FULL = 50_000;
const SMALL = 1_000;
const LOAD_RUNS = 7;
const APPENDS = 300;

function entry(n: number): HistoryEntry {
  const startedAt = 1_700_000_000_000 + n * 45_000;
  const missed = n % 4 === 0;
  return {
    id: `bench-${n}-${(n * 2654435761) % 4294967296}`,
    direction: n % 9 === 0 ? 'outbound' : 'inbound',
    state: missed ? 'missed' : 'ended',
    stateReason: null,
    internal: n % 7 === 0,
    callerName: `Caller Number ${n} Ltd`,
    callerNumber: `+44 20 7946 ${String(n % 10_000).padStart(4, '0')}`,
    did: '+442079460000',
    extension: String(200 + (n % 30)),
    answeredBy: null,
    transferredFrom: n % 11 === 0 ? 'Reception' : null,
    startedAt,
    answeredAt: missed ? null : startedAt + 5_000,
    endedAt: startedAt + 95_000,
    ringMs: missed ? 95_000 : 5_000,
    talkMs: missed ? null : 90_000,
    popped: !missed,
  };
}

async function historyFile(dir: string, count: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  const lines: string[] = [];
  for (let n = 0; n < count; n++) lines.push(historyLine(entry(n)));
  await writeFile(join(dir, 'history.jsonl'), lines.join(''));
}

async function timeLoad(dir: string): Promise<number> {
  const store = new HistoryStore({ dataDir: dir, cap: FULL });
  const start = performance.now();
  const loaded = await store.load();
  const ms = performance.now() - start;
  await store.close();
  if (!loaded.ok || loaded.value.entries !== FULL) throw new Error('the bench history did not load whole');
  return ms;
}

/** From a new store to the first page as the history screen asks for it (with its day groups). */
async function timeFirstPage(dir: string): Promise<number> {
  const store = new HistoryStore({ dataDir: dir, cap: FULL });
  const start = performance.now();
  const opened = await store.open();
  const page = store.query({ limit: FIRST_PAGE, withDays: true });
  const ms = performance.now() - start;
  // Let the background read finish outside the measurement, so runs do not overlap.
  await store.load();
  await store.close();
  if (!opened.ok || page.entries.length !== FIRST_PAGE) throw new Error('the first page did not come');
  return ms;
}

async function timeFloor(dir: string): Promise<number> {
  const start = performance.now();
  const text = await readFile(join(dir, 'history.jsonl'), 'utf8');
  let count = 0;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    JSON.parse(line);
    count++;
  }
  const ms = performance.now() - start;
  if (count !== FULL) throw new Error('the floor read the wrong number of lines');
  return ms;
}

/** Median ms per append on a loaded store that already holds `existing` calls. */
async function appendCost(dir: string, existing: number): Promise<number> {
  await historyFile(dir, existing);
  // A cap with room for the appends, so no compaction lands inside the measurement.
  const store = new HistoryStore({ dataDir: dir, cap: existing + APPENDS });
  const loaded = await store.load();
  if (!loaded.ok) throw new Error(loaded.error.message);
  const times: number[] = [];
  for (let i = 0; i < APPENDS; i++) {
    const start = performance.now();
    const result = await store.append(entry(existing + i));
    times.push(performance.now() - start);
    if (!result.ok) throw new Error(result.error.message);
  }
  await store.close();
  return median(times);
}

export const historyBench: BenchSuite = {
  name: 'call history',
  async run(): Promise<readonly BenchFigure[]> {
    const root = await mkdtemp(join(tmpdir(), 'history-bench-'));
    const dir = join(root, 'load');
    try {
      await historyFile(dir, FULL);
      const loads: number[] = [];
      const floors: number[] = [];
      const firstPages: number[] = [];
      await timeLoad(dir); // warm the code paths and the page cache once
      await timeFirstPage(dir);
      for (let run = 0; run < LOAD_RUNS; run++) {
        // Side by side in each run, so all see the same machine noise.
        floors.push(await timeFloor(dir));
        loads.push(await timeLoad(dir));
        firstPages.push(await timeFirstPage(dir));
      }
      const load = median(loads);
      const floor = median(floors);
      const firstPage = median(firstPages);

      const small = await appendCost(join(root, 'small'), SMALL);
      const full = await appendCost(join(root, 'full'), FULL);
      const ratio = full / small;
      return [
        {
          name: `history load ${FULL.toLocaleString('en')} calls`,
          value: round(load),
          unit: 'ms',
          floor: round(floor),
          target: '≤ 200 ms',
          meetsTarget: load <= 200,
        },
        {
          // Its "floor" column is the full load of the same file in the same run: what opening cost before.
          name: `history first page at ${FULL.toLocaleString('en')} calls (vs the full load)`,
          value: round(firstPage, 2),
          unit: 'ms',
          floor: round(load),
          target: '≤ 20 ms',
          meetsTarget: firstPage <= 20,
        },
        { name: `history append at ${SMALL.toLocaleString('en')} calls`, value: round(small, 4), unit: 'ms' },
        { name: `history append at ${FULL.toLocaleString('en')} calls`, value: round(full, 4), unit: 'ms' },
        {
          name: `history append cost ${FULL.toLocaleString('en')} vs ${SMALL.toLocaleString('en')} calls`,
          value: round(ratio, 2),
          unit: '×',
          target: '≈ 1 × (independent of size; ≤ 1.5 ×)',
          meetsTarget: ratio <= 1.5,
        },
      ];
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
};

function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
