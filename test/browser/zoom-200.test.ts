/**
 * 200 %: the main window at its opening size (960 × 680) zoomed to 200 % (Ctrl + or the text size),
 * as Chromium lays it out: 480 × 340 CSS pixels at two device pixels each. On every screen of the
 * main window nothing is cut off and nothing needs a sideways scroll.
 */
import { describe, expect, it } from 'vitest';
import { SHOTS } from '../../scripts/screenshots';
import { MAIN_WINDOW_OPTIONS } from '../../src-main/electron/windows/main-window';
import { clippedText } from '../support/clipping';
import { ScriptedBackend, sampleState } from '../support/scripted-backend';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();
/**
 * The history's rows do not fit 480 px yet (times and durations are cut): the history's own layout
 * for 480 px up is on its way (issue 15), and these screens join the list when it lands.
 */
const WAITING_FOR_HISTORY_LAYOUT = new Set(['history', 'call-back-history', 'missed']);
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
    expect((await clippedText(view.page)).join('\n')).toMatch(/cut at its right edge/);
  });

  it.each(
    SHOTS.filter((shot) => shot.page === 'index' && !WAITING_FOR_HISTORY_LAYOUT.has(shot.name)).map(
      (shot) => [shot.name, shot] as const,
    ),
  )('%s: no text cut off, no sideways scrolling', async (_name, shot) => {
    const backend = new ScriptedBackend(shot.state);
    shot.prepare?.(backend);
    const view = await browser.open(backend, { viewport: VIEWPORT, deviceScaleFactor: ZOOM });
    await view.page.locator('#app > *').first().waitFor();
    await shot.act?.(view.page);
    await view.settled();
    expect(await clippedText(view.page)).toEqual([]);
  });
});
