/**
 * Every screen in the pseudo-locale (en-XA: accented, ~40 % longer, in brackets):
 * - whole: no text cut off, beyond the window's sides, or drawn over other text
 *   (test/support/layout-check.ts says what counts; an ellipsis passes only where a title carries
 *   the whole text);
 * - translated: every word a person reads or hears (text, visually hidden text, <option>s, labels,
 *   tooltips, placeholders, the window's title) is the catalogue's, so plain English is a string
 *   that skipped it (test/support/untranslated.ts, with its small allow-list of data).
 * The screens are the screenshot script's list and the states it does not photograph (dialogs,
 * menus, the pop window for two cards), opened at their sizes (the pop window at the exact bounds
 * main gives it) and in their states, with main's own problems (their catalogue references);
 * the language is switched live once a screen is in its state, as saving Settings does, so what
 * was said before the switch is checked too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, PSEUDO_LANGUAGE, resolveLocale } from '../../src-main/i18n/languages';
import { EVENT_KINDS } from '../../src-main/ipc/views';
import { MORE_STATES, openShot, SHOTS, type Shot } from '../../scripts/screenshots';
import { findLayoutProblems } from '../support/layout-check';
import { startRendererHarness, type RendererHarness, type RendererPage } from '../support/renderer-harness';
import type { ScriptedBackend } from '../support/scripted-backend';
import { dataStrings, findUntranslated, type Untranslated } from '../support/untranslated';

const PSEUDO = resolveLocale('system', 'locale', [PSEUDO_LANGUAGE]);
const PRODUCT = 'iSymphony Companion';
const SCREENS = [...SHOTS, ...MORE_STATES];
let harness: RendererHarness;

/**
 * Words still English on main, each with its owner (docs/i18n.md, "Not yet translated" says the
 * same): a leak passes only where an entry names its screen and matches its text, and an entry
 * that matches nothing on its screen fails, so the list can only shrink. Empty when all is done.
 */
interface KnownLeak {
  readonly screen: string;
  readonly text: RegExp;
  readonly owner: string;
}
const KNOWN_LEAKS: readonly KnownLeak[] = [];

beforeAll(async () => {
  harness = await startRendererHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** Records every state and answer the page is given: their data fields are what may stay plain. */
function recordGiven(given: unknown[]): (backend: ScriptedBackend) => void {
  return (backend) => {
    given.push(backend.state, backend.history);
    backend.onState((state) => given.push(state));
    const invoke = backend.invoke.bind(backend);
    backend.invoke = async (channel, request) => {
      const answer = await invoke(channel, request);
      given.push(answer);
      return answer;
    };
  };
}

/** Opens a screen in the pseudo-locale, recording what it was given. */
async function openPseudo(
  shot: Shot,
): Promise<{ view: RendererPage; untranslated: () => Promise<Untranslated[]> }> {
  const given: unknown[] = [];
  const view = await openShot(harness, shot, {
    scheme: 'light',
    locale: PSEUDO,
    observe: recordGiven(given),
  });
  const untranslated = () =>
    view.page.evaluate(findUntranslated, {
      // The protocol's event names ("linkEnd") are the placeholders of their fields: identifiers.
      data: [...dataStrings(given), ...EVENT_KINDS],
      formatLocale: PSEUDO.formatLocale,
      product: PRODUCT,
      languages: [...LANGUAGES],
    });
  return { view, untranslated };
}

describe('every screen in the pseudo-locale', () => {
  it.each(SCREENS.map((shot) => [shot.name, shot] as const))(
    '%s: whole (nothing clipped or overlapping) and every word from the catalogue',
    async (name, shot) => {
      const { view, untranslated } = await openPseudo(shot);
      try {
        // The screen speaks the pseudo-locale (its words accented and bracketed), or it proves nothing.
        const body = await view.page.evaluate(() => {
          const d = (globalThis as unknown as { document: { body: { innerText: string } } }).document;
          return d.body.innerText;
        });
        expect(body).toMatch(/\[[^\]]*[áéîöû]/);
        // Soft: a screen's clipped text and its untranslated words are both reported in one run.
        expect.soft(await view.page.evaluate(findLayoutProblems), 'clipped or overlapping').toEqual([]);
        const found = await untranslated();
        const known = KNOWN_LEAKS.filter((leak) => leak.screen === name);
        const allowed = (u: Untranslated) => known.some((leak) => leak.text.test(u.text));
        expect
          .soft(
            found.filter((u) => !allowed(u)),
            'not from the catalogue',
          )
          .toEqual([]);
        for (const leak of known) {
          expect
            .soft(
              found.some((u) => leak.text.test(u.text)),
              `allow-list entry ${leak.text} (${leak.owner}) is stale`,
            )
            .toBe(true);
        }
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

  it('find plain English in text, in a label and in a tooltip, and let data, Intl and key caps pass', async () => {
    const { view, untranslated } = await openPseudo(firstRun);
    try {
      expect(await untranslated()).toEqual([]);
      await view.page.evaluate(() => {
        type Made = { textContent: string; setAttribute(n: string, v: string): void };
        const doc = (
          globalThis as unknown as {
            document: { createElement(tag: string): Made; body: { append(...nodes: unknown[]): void } };
          }
        ).document;
        const english = doc.createElement('p');
        english.textContent = 'Call back';
        const labelled = doc.createElement('button');
        labelled.textContent = '✕';
        labelled.setAttribute('aria-label', 'Dismiss');
        const tip = doc.createElement('span');
        tip.textContent = '[Ðîšɱîšš ŀöŕéɱ]';
        tip.setAttribute('title', 'Press Escape');
        const hidden = doc.createElement('span');
        hidden.setAttribute('class', 'visually-hidden');
        hidden.textContent = 'Number copied.';
        // Intl's words, a number, a key cap and the product's name: all plain, all fine.
        const fine = doc.createElement('p');
        fine.textContent = 'Yesterday · 14:05 · 3 Mar · [Çţŕĺ]+K · iSymphony Companion';
        doc.body.append(english, labelled, tip, hidden, fine);
      });
      expect((await untranslated()).map((f) => f.words)).toEqual([
        'Call back',
        'Number copied',
        'Dismiss',
        'Press Escape',
      ]);
    } finally {
      await view.close();
    }
  });

  it('find a problem from main that has no catalogue sentence (its English message shows)', async () => {
    // The failed connection as main sends it, less its catalogue reference: the English is all that is left.
    const failed = SHOTS.find((s) => s.name === 'status-failed')!;
    const { text: _reference, ...english } = failed.state.connection;
    expect(_reference).toBeDefined();
    const { view, untranslated } = await openPseudo({
      ...failed,
      state: { ...failed.state, connection: english },
    });
    try {
      const found = await untranslated();
      expect(found.map((f) => f.where)).toEqual(['<span.visually-hidden>', '<p.detail data-testid=reason>']);
      expect(found[1]!.text).toBe(english.message.slice(0, 100));
    } finally {
      await view.close();
    }
  });
});
