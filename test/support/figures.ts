/** The figures a long suite leaves under .tmp/reliability/, so docs/reliability.md can be refreshed from a run. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export const FIGURES_DIR = resolve(import.meta.dirname, '../../.tmp/reliability');

/** Merges `figures` into .tmp/reliability/<suite>.json. */
export async function recordFigures(suite: string, figures: Record<string, unknown>): Promise<void> {
  await mkdir(FIGURES_DIR, { recursive: true });
  const path = resolve(FIGURES_DIR, `${suite}.json`);
  let before: Record<string, unknown> = {};
  try {
    before = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  } catch {
    // First run of this suite.
  }
  const next = { ...before, ...figures, recordedAt: new Date().toISOString() };
  await writeFile(path, JSON.stringify(next, null, 2) + '\n');
}
