import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';
import SoakFirstSequencer from './test/support/soak-first-sequencer';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // expect.poll waits on what a page or the app will show; its 1 s default is a fixed sleep in
    // disguise, and failed under the stability run's CPU hogs. Polls end as soon as they pass.
    expect: { poll: { timeout: 10_000 } },
    // Electron's npm package downloads its binary on first require. Point it at a folder
    // that holds no binary, so an accidental runtime import fails at once, offline.
    env: { ELECTRON_OVERRIDE_DIST_PATH: resolve('test/support/no-electron') },
    reporters: ['default', resolve('test/support/summary-reporter.ts')],
    // Browser tests load out/renderer: rebuild the renderer once per run, only when its sources are newer.
    globalSetup: [resolve('test/support/renderer-build.ts')],
    // Two workers on two cores (vitest's default is cores - 1): the soaks, mostly waiting, hold one
    // worker each at the start while the other runs the rest; see soak-first-sequencer.ts.
    maxWorkers: 2,
    sequence: { sequencer: SoakFirstSequencer },
  },
});
