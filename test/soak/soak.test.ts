/**
 * The soak in short, inside `npm test`: two minutes of office traffic with a restart about every
 * 15 seconds, in a child process started with --expose-gc. `npm run soak` runs the same code for 30
 * minutes (SOAK_MINUTES to change it).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SoakFigures } from './soak-run';

const MINUTES = 2;

function runChild(): Promise<{ figures: SoakFigures; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', resolve(import.meta.dirname, 'soak-run.ts')],
      {
        cwd: resolve(import.meta.dirname, '../..'),
        env: {
          ...process.env,
          SOAK_MINUTES: String(MINUTES),
          SOAK_RESTART_MS: '15000',
          SOAK_FIGURES: 'soak-short',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`the soak exited with ${code}: ${stderr}`));
      const last = stdout.trim().split('\n').at(-1) ?? '';
      done({ figures: JSON.parse(last) as SoakFigures, stderr });
    });
  });
}

describe(`the soak, ${MINUTES * 60} seconds`, () => {
  it(
    'pops every call that rang me exactly once across restarts, leaves nothing live, and keeps the heap flat',
    { timeout: 300_000 },
    async () => {
      const { figures, stderr } = await runChild();
      process.stdout.write(stderr);
      expect(figures.restarts).toBeGreaterThanOrEqual(2);
      expect(figures.callsExpected).toBeGreaterThan(10);
      expect(figures.callsPopped).toBe(figures.callsExpected);
      expect(figures.duplicatePops).toBe(0);
      expect(figures.liveAtEnd).toBe(0);
      expect(figures.heapGrowthMiB).toBeLessThan(3);
    },
  );
});
