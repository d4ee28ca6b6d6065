/**
 * SIGKILL during writes, 100 times each: a child saving settings.json in a loop, and a child running
 * the real Companion (calls ending into history.jsonl, do-not-disturb switches into settings.json).
 * After every kill each file must load cleanly and hold everything the child reported as completed.
 * The history store's own kill test (test/integration/storage/history-crash.test.ts) covers the
 * append and compaction path in isolation; this one adds settings saves and the app around both.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HistoryStore } from '../../src-main/storage/history-store';
import { SettingsStore } from '../../src-main/storage/settings-store';
import { recordFigures } from '../support/figures';
import { killAfter, type Killed } from '../support/kill-after';

const KILLS = 100;
const CHAINS = 4;
let work: string;
const scripts: Record<'settings' | 'app', string> = { settings: '', app: '' };
const figures: Record<string, unknown> = {};

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'hardening-crash-'));
  // Bundled once, so each child starts as plain node in tens of milliseconds.
  const { build } = await import('esbuild');
  for (const name of ['settings', 'app'] as const) {
    scripts[name] = join(work, `${name}-writer.mjs`);
    await build({
      entryPoints: [resolve(import.meta.dirname, `${name}-writer.ts`)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: scripts[name],
      external: ['keytar', 'electron'],
      // Bundled CommonJS dependencies (ws) call require; give the ESM bundle one.
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
      logLevel: 'silent',
    });
  }
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await recordFigures('crash', figures);
});

/** Runs a writer and kills it with SIGKILL once it has reported `after` completed operations (its start-up lines left out). */
function runAndKill(script: string, dataDir: string, run: number, after: number): Promise<Killed> {
  return killAfter(
    [script, dataDir, String(run)],
    (line) => !line.startsWith('loaded') && line !== 'live',
    after,
  );
}

async function noTempFiles(dataDir: string): Promise<void> {
  expect((await readdir(dataDir)).filter((n) => n.endsWith('.tmp') || n.includes('.corrupt-'))).toEqual([]);
}

describe('settings saves killed with SIGKILL', () => {
  it(
    `always load cleanly and hold the last completed save (${KILLS} kills)`,
    { timeout: 90_000 },
    async () => {
      let saves = 0;
      await Promise.all(
        Array.from({ length: CHAINS }, async (_, chain) => {
          const dataDir = await mkdtemp(join(work, 'settings-'));
          for (let i = 0; i < KILLS / CHAINS; i++) {
            const run = chain * 1000 + i;
            const after = 1 + ((run * 7) % 5);
            const { done, stderr } = await runAndKill(scripts.settings, dataDir, run, after);
            expect(stderr, `run ${run}`).toBe('');
            const last = Number(done.at(-1));
            const loaded = await new SettingsStore({ dataDir }).load();
            expect(loaded.notice, `run ${run}`).toBeUndefined();
            // The last reported save, or the one after it (written, killed before it could say so).
            expect([`run-${run}-${last}`, `run-${run}-${last + 1}`], `run ${run}`).toContain(
              loaded.settings.isymphonyUser,
            );
            const n = Number(loaded.settings.isymphonyUser.split('-').at(-1));
            expect(loaded.settings.extensions, `run ${run}`).toHaveLength(1 + (n % 20));
            await noTempFiles(dataDir);
            saves += done.length;
          }
        }),
      );
      Object.assign(figures, { settingsKillsSurvived: KILLS, settingsSavesCompleted: saves });
    },
  );
});

describe('the Companion killed with SIGKILL while it records calls and saves settings', () => {
  it(
    `leaves a history and settings that load, with nothing completed lost (${KILLS} kills)`,
    { timeout: 120_000 },
    async () => {
      let operations = 0;
      await Promise.all(
        Array.from({ length: CHAINS }, async (_, chain) => {
          const dataDir = await mkdtemp(join(work, 'app-'));
          const confirmed: string[] = [];
          for (let i = 0; i < KILLS / CHAINS; i++) {
            const run = chain * 100 + i;
            const after = 1 + ((run * 5) % 3);
            const { done, stderr } = await runAndKill(scripts.app, dataDir, run, after);
            expect(stderr, `run ${run}`).toBe('');
            const calls = done.filter((l) => l.startsWith('h ')).map((l) => l.slice(2));
            const switches = done.filter((l) => l.startsWith('s ')).map((l) => l.slice(2));
            confirmed.push(...calls);

            const settings = await new SettingsStore({ dataDir }).load();
            expect(settings.notice, `run ${run}`).toBeUndefined();
            expect(settings.settings.mode).toBe('server');
            const lastSwitch = switches.at(-1);
            if (lastSwitch !== undefined) {
              // The last completed switch, or the next one (written, not yet reported): always on, off, on…
              const next = (switches.length + 1) % 2 === 1;
              expect([lastSwitch === 'on', next], `run ${run}`).toContain(settings.settings.doNotDisturb);
            }
            const history = new HistoryStore({ dataDir });
            const loaded = await history.load();
            expect(loaded.ok, `run ${run}`).toBe(true);
            const numbers = new Set(history.query({ limit: 500 }).entries.map((e) => e.callerNumber));
            await history.close();
            for (const number of confirmed) expect(numbers.has(number), `run ${run}: ${number}`).toBe(true);
            expect(numbers.size, `run ${run}`).toBeLessThanOrEqual(confirmed.length + i + 1);
            await noTempFiles(dataDir);
            operations += done.length;
          }
        }),
      );
      Object.assign(figures, { appKillsSurvived: KILLS, appOperationsCompleted: operations });
    },
  );
});
