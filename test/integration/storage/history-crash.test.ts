import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HistoryStore } from '../../../src-main/storage/history-store';
import { killAfter } from '../../support/kill-after';

const RUNS = 100;
/** Independent histories killed side by side, to keep the hundred kills to a few seconds. */
const CHAINS = 4;
const CAP = 120;
let work: string;
let writerScript: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'history-crash-'));
  writerScript = join(work, 'history-writer.mjs');
  // One bundle, so each of the hundred children starts as plain node in tens of milliseconds.
  const { build } = await import('esbuild');
  await build({
    entryPoints: [resolve(import.meta.dirname, 'history-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: writerScript,
    logLevel: 'silent',
  });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Starts a writer and kills it with SIGKILL once it has reported `after` completed appends; how many it reported. */
async function runWriter(
  dataDir: string,
  run: number,
  after: number,
): Promise<{ reported: number; stderr: string }> {
  const { done, stderr } = await killAfter(
    [writerScript, dataDir, String(run), String(CAP)],
    (line) => /^\d+$/.test(line),
    after,
  );
  return { reported: done.length, stderr };
}

/** Kills `runs` writers in turn over one history and checks it after each kill. */
async function killRepeatedly(dataDir: string, chain: number, runs: number): Promise<number> {
  let confirmed: string[] = [];
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const run = chain * runs + i;
    const after = 1 + ((run * 7) % 13);
    const { reported, stderr } = await runWriter(dataDir, run, after);
    expect(stderr, `run ${run}`).toBe('');
    expect(reported, `run ${run}`).toBeGreaterThanOrEqual(after);

    const store = new HistoryStore({ dataDir, cap: CAP });
    const loaded = await store.load();
    expect(loaded.ok, `run ${run}`).toBe(true);
    const ids = store
      .query({ limit: 500 })
      .entries.map((e) => e.id)
      .reverse();
    await store.close();

    const prefix = `run-${run}-`;
    const last = ids.at(-1);
    // How many this run wrote: everything it reported, and at most one more (written, not yet reported).
    const written = last?.startsWith(prefix) ? Number(last.slice(prefix.length)) + 1 : 0;
    expect(written, `run ${run}`).toBeGreaterThanOrEqual(reported);
    expect(written, `run ${run}`).toBeLessThanOrEqual(reported + 1);
    // What is on disk is the newest part of everything written, in order, without gaps; compaction
    // keeps at least the cap.
    const all = [...confirmed, ...Array.from({ length: written }, (_, n) => `${prefix}${n}`)];
    expect(ids, `run ${run}`).toEqual(all.slice(all.length - ids.length));
    expect(ids.length, `run ${run}`).toBeGreaterThanOrEqual(Math.min(CAP, all.length));
    total += written;
    confirmed = all.slice(-CAP * 2);
  }
  // A writer killed during a compaction leaves a temp file; the next load removes it.
  expect((await readdir(dataDir)).filter((name) => name !== 'history.jsonl')).toEqual([]);
  return total;
}

describe('call history after a writer is killed mid-append', () => {
  it(
    `always loads, and loses at most the line being written (${RUNS} kills)`,
    { timeout: 60_000 },
    async () => {
      const perChain = RUNS / CHAINS;
      const totals = await Promise.all(
        Array.from({ length: CHAINS }, async (_, chain) =>
          killRepeatedly(await mkdtemp(join(work, 'data-')), chain, perChain),
        ),
      );
      // Each history passed its cap, so kills also met compactions.
      for (const total of totals) expect(total).toBeGreaterThan(CAP * 1.1);
    },
  );
});
