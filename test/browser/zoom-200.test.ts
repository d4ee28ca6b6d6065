/**
 * 200 %: the main window at its opening size (960 × 680) zoomed to 200 % (Ctrl + or the text size),
 * as Chromium lays it out: 480 × 340 CSS pixels at two device pixels each. On every screen of the
 * main window nothing is cut off, drawn over other text or needs a sideways scroll
 * (test/support/layout-check.ts, the pseudo-locale test's check).
 */
import { describe, expect, it } from 'vitest';
import { MORE_STATES, SHOTS } from '../../scripts/screenshots';
import { MAIN_WINDOW_OPTIONS } from '../../src-main/electron/windows/main-window';
import { findLayoutProblems, type LayoutProblem } from '../support/layout-check';
import { ScriptedBackend, sampleState } from '../support/scripted-backend';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();
const ZOOM = 2;
const VIEWPORT = {
  width: Math.round((MAIN_WINDOW_OPTIONS.width ?? 960) / ZOOM),
  height: Math.round((MAIN_WINDOW_OPTIONS.height ?? 680) / ZOOM),
};

describe('the main window at 200 %', () => {
  it('the check finds cut text (a label squeezed into a box too small for it)', async () => {
    const view = await browser.open(new ScriptedBackend(sampleState()), {
      viewport: VIEWPORT,
      deviceScaleFactor: ZOOM,
    });
    await view.page.getByTestId('status-bar').waitFor();
    await view.page.evaluate(() => {
      const w = globalThis as unknown as {
        document: { querySelector(s: string): { style: Record<string, string> } | null };
      };
      const label = w.document.querySelector('[data-testid="status-bar"] .label');
      if (label) Object.assign(label.style, { width: '30px', overflow: 'hidden', whiteSpace: 'nowrap' });
    });
    const problems = await view.page.evaluate(findLayoutProblems);
    expect(problems.map((p: LayoutProblem) => p.kind)).toContain('clipped');
  });

  it.each(
    [...SHOTS, ...MORE_STATES]
      .filter((shot) => shot.page === 'index')
      .map((shot) => [shot.name, shot] as const),
  )('%s: no text cut off or drawn over other text, no sideways scrolling', async (_name, shot) => {
    const backend = new ScriptedBackend(shot.state);
    shot.prepare?.(backend);
    const view = await browser.open(backend, { viewport: VIEWPORT, deviceScaleFactor: ZOOM });
    await view.page.locator('#app > *').first().waitFor();
    await shot.act?.(view.page);
    await view.settled();
    expect(await view.page.evaluate(findLayoutProblems)).toEqual([]);
  });
});
