import { median, type BenchFigure, type BenchSuite } from './figures';
import type { PageWindow } from '../support/page-globals';
import { ensureRendererBuilt } from '../support/renderer-build';
import { startRendererHarness } from '../support/renderer-harness';
import { ScriptedBackend, historyCalls, sampleCall, sampleState } from '../support/scripted-backend';

/**
 * The screens in real Chromium: how fast 50,000 calls of history first appear (and how few rows
 * that costs), and whether a pop card is on screen within one frame of its state message.
 */
const POPS = 100;

/** Notes performance.now() when the first history row appears (performance.now() starts at navigation). */
const FIRST_ROWS_OBSERVER = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-call-id]')) {
      window.__firstRowsAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;
const HISTORY = 50_000;

export const rendererBench: BenchSuite = {
  name: 'renderer',
  async run(): Promise<readonly BenchFigure[]> {
    await ensureRendererBuilt();
    const harness = await startRendererHarness();
    try {
      const figures: BenchFigure[] = [];

      // History: time from navigation start until the first rows are in the DOM, seen from inside the page.
      const backend = new ScriptedBackend(sampleState());
      backend.history = historyCalls(HISTORY);
      const firstRenders: number[] = [];
      let rowElements = 0;
      for (let run = 0; run < 5; run++) {
        const view = await harness.open(backend, { initScripts: [FIRST_ROWS_OBSERVER] });
        await view.page.waitForFunction(
          () => (globalThis as unknown as { __firstRowsAt?: number }).__firstRowsAt,
        );
        const facts = await view.page.evaluate(() => {
          const w = globalThis as unknown as PageWindow & { __firstRowsAt: number };
          return { at: w.__firstRowsAt, rows: w.document.querySelectorAll('[role="listitem"]').length };
        });
        firstRenders.push(facts.at);
        rowElements = Math.max(rowElements, facts.rows);
        await view.close();
      }
      const firstRender = Math.round(median(firstRenders) * 10) / 10;
      figures.push(
        {
          name: `history first render (${HISTORY.toLocaleString('en')} calls)`,
          value: firstRender,
          unit: 'ms',
          target: '≤ 500 ms',
          meetsTarget: firstRender <= 500,
        },
        {
          name: 'history row elements in the DOM',
          value: rowElements,
          unit: 'rows',
          target: '≤ 100',
          meetsTarget: rowElements <= 100,
        },
      );

      // Pops: push a state with a new pop, time until its card is in the DOM, and whether that beat the next frame.
      const popBackend = new ScriptedBackend(sampleState());
      const view = await harness.open(popBackend, { page: 'pop' });
      await view.page.locator('main').waitFor();
      const states = Array.from({ length: POPS }, (_, i) => ({
        ...popBackend.state,
        pops: [sampleCall({ id: `bench-${i}`, callerName: `Caller ${i}` })],
        now: popBackend.state.now + i,
      }));
      const timings = await view.page.evaluate(async (pushes) => {
        const w = globalThis as unknown as PageWindow;
        const out: { ms: number; withinFrame: boolean }[] = [];
        for (const state of pushes) {
          const id = (state as { pops: { id: string }[] }).pops[0]!.id;
          const selector = `[data-call-id="${id}"]`;
          const result = await new Promise<{ ms: number; withinFrame: boolean }>((done) => {
            let frame = false;
            const start = w.performance.now();
            const observer = new w.MutationObserver(() => {
              if (!w.document.querySelector(selector)) return;
              observer.disconnect();
              done({ ms: w.performance.now() - start, withinFrame: !frame });
            });
            observer.observe(w.document.body, { childList: true, subtree: true });
            w.requestAnimationFrame(() => (frame = true));
            w.__companionPushState(state);
          });
          out.push(result);
          // Let the frame pass before the next pop, as real pops are far apart.
          await new Promise<void>((done) => w.requestAnimationFrame(() => done()));
        }
        return out;
      }, states);
      await view.close();
      const popMs = Math.round(median(timings.map((t) => t.ms)) * 100) / 100;
      const withinFrame = timings.filter((t) => t.withinFrame).length / timings.length;
      figures.push(
        {
          name: `pop card render after its state message (median of ${POPS})`,
          value: popMs,
          unit: 'ms',
          target: '≤ 16.7 ms (one frame)',
          meetsTarget: popMs <= 16.7,
        },
        {
          name: 'pop cards on screen before the next frame',
          value: Math.round(withinFrame * 100),
          unit: '%',
          target: '≥ 95 %',
          meetsTarget: withinFrame >= 0.95,
        },
      );
      return figures;
    } finally {
      await harness.close();
    }
  },
};
