/**
 * Reduced motion stops every animation (the pulsing dots of "Connecting" and of a ringing card), and
 * forced colours (Windows high contrast) keep every control's edge and the focus ring visible.
 */
import { describe, expect, it } from 'vitest';
import type { AppState } from '../../src-main/ipc/contract';
import type { PageWindow } from '../support/page-globals';
import type { RendererPageOptions } from '../support/renderer-harness';
import { ScriptedBackend, T0, historyCalls, sampleCall, sampleState } from '../support/scripted-backend';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();

/** Connecting, with a ringing call on the calls view: both pulsing dots on one screen. */
function busyState(): AppState {
  return sampleState({
    connection: { state: 'connecting', code: 'connecting', message: '', attempt: 2 },
    liveCalls: [sampleCall({ ringingSince: T0 - 3_000 })],
    pops: [sampleCall({ ringingSince: T0 - 3_000 })],
  });
}

async function open(state: AppState, options: RendererPageOptions) {
  const backend = new ScriptedBackend(state);
  backend.history = historyCalls(20);
  const view = await browser.open(backend, options);
  await view.page.locator(options.page === 'pop' ? '.pop-card' : '[data-testid="status-bar"]').waitFor();
  await view.settled();
  return view;
}

/** The animations running on the page, by the class of the element they move. */
async function runningAnimations(options: RendererPageOptions): Promise<string[]> {
  const view = await open(busyState(), options);
  return view.page.evaluate(() => {
    interface Animated {
      readonly playState: string;
      readonly effect: { readonly target: { readonly className: unknown } | null } | null;
    }
    const doc = (globalThis as unknown as { document: { getAnimations(): Animated[] } }).document;
    return doc
      .getAnimations()
      .filter((animation) => animation.playState === 'running')
      .map((animation) => String(animation.effect?.target?.className ?? '?'));
  });
}

describe('reduced motion', () => {
  it('without the preference the "Connecting" and ringing dots pulse (what the next test must not see)', async () => {
    const moving = await runningAnimations({ reducedMotion: 'no-preference' });
    expect(moving.some((name) => name.includes('dot'))).toBe(true);
    expect(moving.length).toBeGreaterThanOrEqual(2);
    const pop = await runningAnimations({ reducedMotion: 'no-preference', page: 'pop' });
    expect(pop.length).toBeGreaterThan(0);
  });

  it('with "reduce" nothing moves, in the main window or the pop window', async () => {
    expect(await runningAnimations({ reducedMotion: 'reduce' })).toEqual([]);
    expect(await runningAnimations({ reducedMotion: 'reduce', page: 'pop' })).toEqual([]);
  });
});

/** Border and outline of an element as computed: style, width in px, colour. */
interface Edge {
  readonly style: string;
  readonly width: number;
  readonly colour: string;
  readonly background: string;
}

describe('forced colours (high contrast)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`keep every button's edge and the keyboard focus ring visible (${scheme})`, async () => {
      const view = await open(busyState(), { forcedColors: 'active', colorScheme: scheme });
      const { page } = view;
      const forced = await page.evaluate(
        () =>
          (globalThis as unknown as { matchMedia(q: string): { matches: boolean } }).matchMedia(
            '(forced-colors: active)',
          ).matches,
      );
      expect(forced).toBe(true);

      const edges = await page.evaluate(() => {
        const w = globalThis as unknown as {
          document: { querySelectorAll(s: string): ArrayLike<{ getClientRects(): ArrayLike<unknown> }> };
          getComputedStyle(e: unknown): Record<string, string | undefined>;
        };
        return Array.from(w.document.querySelectorAll('button'))
          .filter((button) => button.getClientRects().length > 0)
          .map((button) => {
            const css = w.getComputedStyle(button);
            return {
              style: css.borderTopStyle ?? '',
              width: parseFloat(css.borderTopWidth ?? '0'),
              colour: css.borderTopColor ?? '',
              background: css.backgroundColor ?? '',
            };
          });
      });
      expect(edges.length).toBeGreaterThan(3);
      for (const edge of edges satisfies Edge[]) {
        expect(edge.style).not.toBe('none');
        expect(edge.width).toBeGreaterThanOrEqual(1);
        expect(edge.colour).not.toBe(edge.background);
        expect(edge.colour).not.toMatch(/rgba\(.*, 0\)$|transparent/);
      }

      // The keyboard reaches a button; its ring is drawn, thick and not the colour behind it.
      for (let i = 0; i < 10; i++) {
        await page.keyboard.press('Tab');
        const tag = await page.evaluate(
          () => (globalThis as unknown as PageWindow).document.activeElement?.tagName ?? '',
        );
        if (tag === 'BUTTON') break;
      }
      const ring = await page.evaluate(() => {
        const w = globalThis as unknown as {
          document: { activeElement: { tagName: string } | null; body: unknown };
          getComputedStyle(e: unknown): Record<string, string | undefined>;
        };
        const active = w.document.activeElement;
        if (!active) return null;
        const css = w.getComputedStyle(active);
        return {
          tag: active.tagName,
          style: css.outlineStyle ?? '',
          width: parseFloat(css.outlineWidth ?? '0'),
          colour: css.outlineColor ?? '',
          page: w.getComputedStyle(w.document.body).backgroundColor ?? '',
        };
      });
      expect(ring).toMatchObject({ tag: 'BUTTON', style: 'solid' });
      expect(ring?.width).toBeGreaterThanOrEqual(2);
      expect(ring?.colour).not.toBe(ring?.page);
    });
  }
});
