/**
 * Every screen in the pseudo-locale (en-XA: accented, ~40 % longer, in brackets) whole: no text
 * cut off, beyond the window's sides, or drawn over other text (test/support/layout-check.ts says
 * what counts; an ellipsis passes only where a title carries the whole text).
 * The screens are the screenshot script's list and the states it does not photograph (dialogs,
 * menus, the pop window for two cards), opened at their sizes (the pop window at the exact bounds
 * main gives it) and in their states; the language is switched live once a screen is in its state,
 * as saving Settings does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PSEUDO_LANGUAGE, resolveLocale } from '../../src-main/i18n/languages';
import { MORE_STATES, openShot, SHOTS } from '../../scripts/screenshots';
import { findLayoutProblems } from '../support/layout-check';
import { startRendererHarness, type RendererHarness } from '../support/renderer-harness';

const PSEUDO = resolveLocale('system', 'locale', [PSEUDO_LANGUAGE]);
const SCREENS = [...SHOTS, ...MORE_STATES];
let harness: RendererHarness;

beforeAll(async () => {
  harness = await startRendererHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('every screen in the pseudo-locale', () => {
  it.each(SCREENS.map((shot) => [shot.name, shot] as const))(
    '%s: nothing clipped, beyond the window or drawn over other text',
    async (_name, shot) => {
      const view = await openShot(harness, shot, { scheme: 'light', locale: PSEUDO });
      try {
        // The screen speaks the pseudo-locale (its words accented and bracketed), or it proves nothing.
        const body = await view.page.evaluate(() => {
          const d = (globalThis as unknown as { document: { body: { innerText: string } } }).document;
          return d.body.innerText;
        });
        expect(body).toMatch(/\[[^\]]*[áéîöû]/);
        expect(await view.page.evaluate(findLayoutProblems)).toEqual([]);
        expect(await view.cspViolations()).toEqual([]);
        expect(view.errors).toEqual([]);
      } finally {
        await view.close();
      }
    },
    60_000,
  );
});

describe('the checks themselves', () => {
  const firstRun = SHOTS.find((s) => s.name === 'first-run')!;

  it('find text cut off by its box, text drawn over other text, and a page that scrolls sideways', async () => {
    const view = await openShot(harness, firstRun, { scheme: 'light', locale: PSEUDO });
    try {
      expect(await view.page.evaluate(findLayoutProblems)).toEqual([]);
      // A button squeezed to 40 px hides most of its words; a heading moved onto the lead paragraph;
      // a paragraph wider than the window.
      await view.page.evaluate(() => {
        type Styled = { style: Record<string, string>; title: string };
        const doc = (globalThis as unknown as { document: { querySelector(s: string): Styled | null } })
          .document;
        Object.assign(doc.querySelector('.choice .title')!.style, {
          display: 'block',
          width: '40px',
          overflow: 'hidden',
          whiteSpace: 'nowrap',
        });
        Object.assign(doc.querySelector('#welcome-title')!.style, { position: 'relative', top: '30px' });
        Object.assign(doc.querySelector('#welcome-title + p')!.style, { width: '3000px' });
      });
      const kinds = (await view.page.evaluate(findLayoutProblems)).map((p) => p.kind);
      expect(kinds).toContain('clipped');
      expect(kinds).toContain('overlap');
      expect(kinds).toContain('sideways');
    } finally {
      await view.close();
    }
  });

  it('let an ellipsis pass only where a title carries the whole text', async () => {
    const view = await openShot(harness, firstRun, { scheme: 'light', locale: PSEUDO });
    try {
      const cut = () =>
        view.page.evaluate(() => {
          type Styled = { style: Record<string, string>; title: string; textContent: string | null };
          const doc = (globalThis as unknown as { document: { querySelector(s: string): Styled | null } })
            .document;
          const title = doc.querySelector('.choice .title')!;
          Object.assign(title.style, {
            display: 'block',
            width: '40px',
            overflow: 'hidden',
            whiteSpace: 'nowrap',
            textOverflow: 'ellipsis',
          });
          return title;
        });
      await cut();
      expect((await view.page.evaluate(findLayoutProblems)).map((p) => p.kind)).toEqual(['clipped']);
      await view.page.evaluate(() => {
        type Titled = { title: string; textContent: string | null };
        const doc = (globalThis as unknown as { document: { querySelector(s: string): Titled | null } })
          .document;
        const title = doc.querySelector('.choice .title')!;
        title.title = title.textContent ?? '';
      });
      expect(await view.page.evaluate(findLayoutProblems)).toEqual([]);
    } finally {
      await view.close();
    }
  });
});
