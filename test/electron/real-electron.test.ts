/**
 * npm run test:electron inside npm test: where an Electron binary is installed it must pass; where
 * none is (this build machine), the test is skipped and its name says why. It is never silently
 * green: without the binary it does not run at all, and with it a failing run fails here.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinary } from '../../scripts/test-electron';

const ROOT = resolve(import.meta.dirname, '../..');
// Vitest points Electron at an empty folder (vitest.config.ts); the real question is the package's own binary.
const { ELECTRON_OVERRIDE_DIST_PATH: _vitestOverride, ...ownEnv } = process.env;
const binary = electronBinary(ownEnv);

const reason =
  'missing' in binary ? `skipped: no Electron binary on this machine (${binary.missing})` : 'runs';

describe('the real app in the real Electron', () => {
  it.skipIf('missing' in binary)(`npm run test:electron ${reason}`, { timeout: 180_000 }, () => {
    const env: NodeJS.ProcessEnv = { ...process.env, TEST_ELECTRON_BUILT: '1' };
    delete env.ELECTRON_OVERRIDE_DIST_PATH;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/test-electron.ts'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    expect(run.stderr + run.stdout).toMatch(/test:electron: passed/);
    expect(run.status).toBe(0);
  });
});
