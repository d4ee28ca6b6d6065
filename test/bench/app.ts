/**
 * The whole app, built, under the Electron stand-in (test/app-shell/): how soon a ringing call's
 * card is painted in the pop window (app-dial.ts), and how long the app takes from being loaded to
 * the tray showing a live connection, against the same runtime loading nothing of the app. How each
 * is measured: docs/benchmarks.md.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchApp, type Recorded } from '../app-shell/app-process';
import { mainWindowOf, trayMenuWhen } from '../app-shell/app-steps';
import { dialFigures, measureDialToPaint } from './app-dial';
import { within } from './app-steps';
import { median, type BenchFigure, type BenchSuite } from './figures';
import { wallClock } from './paint-probe';

const STARTS = 7;
/** Loads the stand-in and waits for `ready`, nothing else: the start-up floor. */
const BARE_RUNTIME = resolve(import.meta.dirname, 'bare-runtime.ts');

const demoLive = (m: Extract<Recorded, { kind: 'tray-menu' }>) => /\(demo\): connected/.test(m.tooltip);

/** One start of the built app: fork → tray live in demo mode; and when the runtime said ready. */
async function startOnce(userData: string): Promise<{ live: number; ready: number }> {
  const started = wallClock();
  const app = await launchApp({ userData });
  try {
    let readyAt = 0;
    const ready = app.next((r) => r.kind === 'ready').then(() => (readyAt = wallClock()));
    await within('the tray showing the demo live', trayMenuWhen(app, demoLive));
    const liveAt = wallClock();
    await ready;
    await app.quit();
    return { live: liveAt - started, ready: readyAt - started };
  } finally {
    await app.dispose();
  }
}

/** The floor: the same fork (Node, tsx, the stand-in) with a script that only waits for ready. */
async function bareStartOnce(userData: string): Promise<number> {
  const started = wallClock();
  const bare = await launchApp({ userData, entry: BARE_RUNTIME });
  try {
    await within(
      'the bare runtime becoming ready',
      bare.next((r) => r.kind === 'ready'),
    );
    const readyAt = wallClock();
    await bare.quit();
    return readyAt - started;
  } finally {
    await bare.dispose();
  }
}

async function startUpFigures(): Promise<BenchFigure[]> {
  const userData = await mkdtemp(join(tmpdir(), 'bench-start-'));
  const bareData = await mkdtemp(join(tmpdir(), 'bench-bare-'));
  try {
    // Choose the demo once; every start after that goes straight to demo mode.
    const first = await launchApp({ userData });
    try {
      const main = await within('the main window', mainWindowOf(first));
      await first.page(main, { kind: 'click', selector: 'button:has-text("Try the demo")' });
      await within('the tray showing the demo live', trayMenuWhen(first, demoLive));
      await first.quit();
    } finally {
      await first.dispose();
    }
    const live: number[] = [];
    const ready: number[] = [];
    const bare: number[] = [];
    for (let run = 0; run < STARTS; run++) {
      // Take turns going first, so drift in the machine's load favours neither.
      const app = async () => {
        const one = await startOnce(userData);
        live.push(one.live);
        ready.push(one.ready);
      };
      const floor = async () => bare.push(await bareStartOnce(bareData));
      if (run % 2 === 0) {
        await app();
        await floor();
      } else {
        await floor();
        await app();
      }
    }
    const own = live.map((ms, i) => ms - ready[i]!);
    return [
      {
        name: `start-up: load out/main/index.js → tray ready, demo connection live, median of ${STARTS}`,
        value: Math.round(median(live)),
        unit: 'ms',
        floor: Math.round(median(bare)),
      },
      {
        name: 'start-up floor: the same runtime (Node, tsx, the stand-in, Chromium) to ready, loading nothing of the app',
        value: Math.round(median(bare)),
        unit: 'ms',
      },
      {
        name: 'of which: load → ready with the app (its modules, then the runtime)',
        value: Math.round(median(ready)),
        unit: 'ms',
      },
      {
        name: "of which: the app's own start, ready → tray live",
        value: Math.round(median(own)),
        unit: 'ms',
      },
    ];
  } finally {
    await rm(userData, { recursive: true, force: true });
    await rm(bareData, { recursive: true, force: true });
  }
}

export const appBench: BenchSuite = {
  name: 'app',
  async run(): Promise<readonly BenchFigure[]> {
    const dial = dialFigures(await measureDialToPaint());
    return [...dial, ...(await startUpFigures())];
  },
};
