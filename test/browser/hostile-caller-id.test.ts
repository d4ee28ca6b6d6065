import { describe, expect, it } from 'vitest';
import type { CallView } from '../../src-main/ipc/contract';
import type { PageWindow } from '../support/page-globals';
import { ScriptedBackend, sampleCall, sampleState } from '../support/scripted-backend';
import type { RendererPage } from '../support/renderer-harness';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();

/** Caller-ID text as whoever places a call may type it. Each must show as the same text, and do nothing. */
const HOSTILE: readonly string[] = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '<svg onload="window.__pwned = 3"><circle r="9"/></svg>',
  '<a href="javascript:window.__pwned = 4">call me</a>',
  'javascript:window.__pwned = 5',
  "{{constructor.constructor('window.__pwned = 6')()}}",
  '{@html "<b>bold</b>"}',
  '"><iframe src="javascript:window.__pwned = 7"></iframe>',
  '<style>body{display:none}</style>',
  'X'.repeat(10_240),
  `${'<b>'.repeat(500)}${'😀'.repeat(2000)}`,
  'ctl\u0000\u0007\u001b[31mred\u007f\u0085end',
  '\u202Eevil.exe\u202C \u2066isolate\u2069 \u200Fmark',
  'محمد الأحمد — שלום',
  '',
  ' ',
];

function hostileCall(text: string): CallView {
  return sampleCall({
    callerName: text,
    callerNumber: text,
    did: text,
    transferredFrom: text,
    crm: {
      defaultId: 'a',
      options: [
        { id: 'a', label: text },
        { id: 'b', label: text },
      ],
    },
  });
}

async function domFacts(view: RendererPage) {
  return view.page.evaluate(() => {
    const w = globalThis as unknown as PageWindow;
    const card = w.document.querySelector('.pop-card');
    return {
      elements: w.document.querySelectorAll('*').length,
      pwned: w.__pwned ?? null,
      heading: card?.querySelector('h2')?.textContent ?? null,
      overflow: card ? card.scrollWidth - card.clientWidth : null,
      bodyOverflow: w.document.body.scrollWidth - w.document.body.clientWidth,
    };
  });
}

interface LayoutNode {
  readonly textContent: string | null;
  readonly firstChild: LayoutNode | null;
  readonly nodeType: number;
}
interface LayoutDocument {
  querySelector(selector: string): LayoutNode | null;
  createRange(): {
    setStart(node: LayoutNode, offset: number): void;
    setEnd(node: LayoutNode, offset: number): void;
    getBoundingClientRect(): { readonly left: number; readonly width: number };
  };
}

/**
 * Where each character of an element's text is drawn: in order when every next character lies to
 * the right of the one before (how a left-to-right reader meets them is how they are stored).
 */
async function visualOrder(
  view: RendererPage,
  selector: string,
): Promise<{ text: string; inOrder: boolean }> {
  return view.page.evaluate((sel) => {
    const doc = (globalThis as unknown as { document: LayoutDocument }).document;
    const element = doc.querySelector(sel);
    let node = element?.firstChild ?? null;
    while (node && node.nodeType !== 3) node = node.firstChild;
    if (!element || !node) return { text: `no text at ${sel}`, inOrder: false };
    const text = node.textContent ?? '';
    const range = doc.createRange();
    const lefts: number[] = [];
    for (let i = 0; i < text.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const box = range.getBoundingClientRect();
      if (box.width > 0) lefts.push(box.left);
    }
    return { text: element.textContent ?? '', inOrder: lefts.every((x, i) => i === 0 || x > lefts[i - 1]!) };
  }, selector);
}

describe('hostile caller IDs', () => {
  it('render as plain text in the pop card: no new element, no script, no layout break', async () => {
    const backend = new ScriptedBackend(sampleState({ pops: [hostileCall('Ada Lovelace')] }));
    const view = await browser.open(backend, { page: 'pop', viewport: { width: 380, height: 520 } });
    await view.page.locator('.pop-card h2').waitFor();
    const baseline = await domFacts(view);

    for (const text of HOSTILE) {
      backend.setState({ pops: [hostileCall(text)] });
      await view.settled();
      const facts = await domFacts(view);
      const label = JSON.stringify(text.slice(0, 40));
      expect(facts.pwned, label).toBeNull();
      if (text.trim()) {
        expect(facts.elements, label).toBe(baseline.elements);
        expect(facts.heading, label).toBe(text);
      } else {
        // Empty fields leave their lines out: fewer elements, never more.
        expect(facts.elements, label).toBeLessThanOrEqual(baseline.elements);
        expect(facts.heading, label).toBe('Unknown caller');
      }
      expect(facts.overflow, label).toBeLessThanOrEqual(0);
      expect(facts.bodyOverflow, label).toBeLessThanOrEqual(0);
      // The CRM menu shows the hostile template label as text too.
      await view.page.getByRole('button', { name: 'Other CRM links' }).click();
      expect(await view.page.getByRole('menuitem').textContent(), label).toBe(text);
      await view.page.keyboard.press('Escape');
      await view.page.getByRole('menu').waitFor({ state: 'detached' });
    }
  });

  it('render as plain text in the history list and the live calls of the main window', async () => {
    const backend = new ScriptedBackend(sampleState());
    backend.history = HOSTILE.map((text, i) => ({
      ...hostileCall(text),
      id: `h-${i}`,
      state: 'missed',
      popped: false,
    }));
    const view = await browser.open(backend, { viewport: { width: 800, height: 900 } });
    await view.page.locator('[data-call-id="h-0"]').waitFor();
    const before = await domFacts(view);
    expect(before.pwned).toBeNull();
    expect(before.bodyOverflow).toBeLessThanOrEqual(0);
    const names = await view.page.locator('[data-call-id] .name').allTextContents();
    expect(names.slice(0, 5)).toEqual(HOSTILE.slice(0, 5));

    backend.setState({
      liveCalls: [hostileCall(HOSTILE[1]!), hostileCall(HOSTILE[9]!)].map((c, i) => ({ ...c, id: `l-${i}` })),
    });
    await view.settled();
    await view.page.locator('.live .pop-card').nth(1).waitFor();
    const after = await domFacts(view);
    expect(after.pwned).toBeNull();
    expect(after.bodyOverflow).toBeLessThanOrEqual(0);
    // Two cards of the same shape: no element came from the strings themselves.
    const perCard = await view.page
      .locator('.live .pop-card')
      .evaluateAll((cards) =>
        cards.map(
          (card) =>
            (card as unknown as { querySelectorAll(s: string): ArrayLike<unknown> }).querySelectorAll('*')
              .length,
        ),
      );
    expect(perCard[0]).toBe(perCard[1]);
  });

  it('lay numbers out left to right, in the order their characters came, even with a right-to-left letter inside', async () => {
    // As main sends it: marked, because the number holds a Hebrew geresh (U+05F3).
    const spoof = '⚠ \u05F30100 555 212 1+';
    const dialled = '\u06400800 123 456';
    const backend = new ScriptedBackend(
      sampleState({ pops: [sampleCall({ callerName: null, callerNumber: spoof, did: dialled })] }),
    );
    backend.history = [
      sampleCall({ id: 'h-1', state: 'missed', popped: false, callerName: 'שלום', callerNumber: spoof }),
    ];
    const pop = await browser.open(backend, { page: 'pop', viewport: { width: 380, height: 520 } });
    await pop.page.locator('.pop-card h2').waitFor();
    expect(await visualOrder(pop, '.pop-card h2')).toEqual({ text: spoof, inOrder: true });
    expect(await visualOrder(pop, '[data-testid="line"] .number-text')).toEqual({
      text: dialled,
      inOrder: true,
    });

    const main = await browser.open(backend, { viewport: { width: 800, height: 900 } });
    await main.page.locator('[data-call-id="h-1"]').waitFor();
    expect(await visualOrder(main, '[data-call-id="h-1"] .number-text')).toEqual({
      text: spoof,
      inOrder: true,
    });
    backend.setState({
      pops: [],
      liveCalls: [sampleCall({ id: 'l-1', callerName: 'שלום', callerNumber: spoof })],
    });
    await main.page.locator('.live [data-testid="caller-number"]').waitFor();
    expect(await visualOrder(main, '.live [data-testid="caller-number"]')).toEqual({
      text: spoof,
      inOrder: true,
    });
  });

  it('(the check itself works) a blocked inline style is reported as a CSP violation', async () => {
    const view = await browser.open(new ScriptedBackend(sampleState()));
    await view.page.getByTestId('status-bar').waitFor();
    await view.page.evaluate(() => {
      const w = globalThis as unknown as PageWindow & {
        document: { body: { setAttribute(n: string, v: string): void } };
      };
      w.document.body.setAttribute('style', 'color: red');
    });
    await expect
      .poll(() => view.cspViolations().then((v) => v.map((x) => x.directive)))
      .toContain('style-src-attr');
    await expect.poll(() => view.errors.some((e) => e.includes('Content Security Policy'))).toBe(true);
    // Forget it, so the after-test check (which must find none) stays meaningful for every other test.
    await view.page.evaluate(() => {
      (globalThis as unknown as PageWindow).__cspViolations.length = 0;
    });
    view.errors.length = 0;
  });
});
