/**
 * The pop window fits its cards: the pop page rendered at EXACTLY the bounds main gives the window
 * (popWindowBounds on a 1920×1040 work area) for 1, 2 and 3 cards in their tallest states: the
 * longest names, a transfer line, a finished call's times, a problem in place of the line, and the
 * CRM menu open. Nothing may overflow, and every button must be whole and clickable where it is.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CallView } from '../../src-main/ipc/contract';
import { popLayoutAt, popWindowBounds } from '../../src-main/electron/pop-placement';
import { ScriptedBackend, T0, sampleCall, sampleState } from '../support/scripted-backend';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();
const WORK_AREA = { x: 0, y: 0, width: 1920, height: 1040 };
const LONGEST = 'W'.repeat(80);

const CRM = {
  defaultId: 'hubspot',
  options: [
    { id: 'hubspot', label: 'HubSpot' },
    { id: 'tickets', label: `Helpdesk tickets ${'W'.repeat(60)}` },
    { id: 'erp', label: 'ERP customer record' },
  ],
} as unknown as CallView['crm'];

/** Which cards a window shows: ringing and finished ones, or calls under way at this desk and just ended. */
type Mix = 'ringing and outcomes' | 'on the call and after';

/** The tallest card of each kind: every line the card can show, filled to the edge. */
function tallest(index: number, mix: Mix = 'ringing and outcomes'): CallView {
  const base = {
    id: `call-${index}`,
    callerName: `${LONGEST}${index}`,
    callerNumber: '+44 20 7946 0018 0018 0018',
    did: '0800 123 456 789 012 345',
    transferredFrom: `Reception desk on the ground floor of the east wing ${'W'.repeat(40)} (4200)`,
    // Every other card names its line (the label line above the caller), the longest name there is.
    didLabel: index % 2 === 1 ? `Acme – ${'W'.repeat(73)}` : null,
    callerNumberFormatted: '+44 20 7946 0018 0018',
    crm: CRM,
    // Every other card named by a lookup, with the longest company beside the number and its source.
    ...(index % 2 === 0
      ? {
          lookup: {
            kind: 'found' as const,
            source: 'phonebook' as const,
            name: `${LONGEST}${index}`,
            company: LONGEST,
          },
        }
      : {}),
  };
  if (mix === 'on the call and after') {
    // "On the call 59:59" while it lasts; afterwards the ended card with both times.
    if (index % 2 === 1) {
      return sampleCall({ ...base, state: 'answered', answeredAt: T0 - 3_599_000, ringMs: 3_599_000 });
    }
    return sampleCall({ ...base, state: 'ended', answeredAt: T0, ringMs: 3_599_000, talkMs: 35_999_000 });
  }
  if (index % 3 === 1) return sampleCall(base);
  if (index % 3 === 2) {
    return sampleCall({
      ...base,
      state: 'answered-elsewhere',
      answeredBy: `Samantha ${'W'.repeat(60)} (4225)`,
      answeredAt: T0,
      ringMs: 65_000,
      talkMs: 3_605_000,
    });
  }
  return sampleCall({ ...base, state: 'missed', ringMs: 3_599_000 });
}

interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

async function layoutOf(page: Page) {
  return page.evaluate(`(() => {
    const box = (e) => { const r = e.getBoundingClientRect(); return { top: r.top, left: r.left, bottom: r.bottom, right: r.right }; };
    const main = document.querySelector('main.pops');
    return {
      viewport: { width: innerWidth, height: innerHeight },
      main: { scrollHeight: main.scrollHeight, clientHeight: main.clientHeight, scrollWidth: main.scrollWidth, clientWidth: main.clientWidth },
      cards: [...document.querySelectorAll('.pop-card')].map((card) => ({
        box: box(card),
        scrollHeight: card.scrollHeight, clientHeight: card.clientHeight,
        scrollWidth: card.scrollWidth, clientWidth: card.clientWidth,
        parts: [...card.querySelectorAll('h2, p, .actions, button, [role=menu]')].map((e) => ({ what: e.className + ' ' + (e.textContent || '').slice(0, 20), box: box(e) })),
      })),
    };
  })()`) as Promise<{
    viewport: { width: number; height: number };
    main: { scrollHeight: number; clientHeight: number; scrollWidth: number; clientWidth: number };
    cards: {
      box: Box;
      scrollHeight: number;
      clientHeight: number;
      scrollWidth: number;
      clientWidth: number;
      parts: { what: string; box: Box }[];
    }[];
  }>;
}

const inside = (inner: Box, outer: Box) =>
  inner.top >= outer.top - 0.5 &&
  inner.left >= outer.left - 0.5 &&
  inner.bottom <= outer.bottom + 0.5 &&
  inner.right <= outer.right + 0.5;

const LAYOUTS: readonly (readonly [Mix, number])[] = [
  ['ringing and outcomes', 1],
  ['ringing and outcomes', 2],
  ['ringing and outcomes', 3],
  ['on the call and after', 1],
  ['on the call and after', 3],
];

describe('the pop window fits its cards', () => {
  for (const [mix, cards] of LAYOUTS) {
    for (const variant of ['closed', 'menu open', 'problem'] as const) {
      it(`${cards} card${cards > 1 ? 's' : ''} (${mix}), ${variant}: nothing overflows and every button is whole and clickable`, async () => {
        const calls = Array.from({ length: cards }, (_, i) => tallest(i + 1, mix));
        const backend = new ScriptedBackend(sampleState({ pops: calls, liveCalls: calls }));
        backend.handlers.openCrm = () => ({
          ok: false,
          error: {
            code: 'open-failed',
            message: `The link could not be opened: no web browser answered. ${'Check your default browser. '.repeat(6)}`,
          },
        });
        const bounds = popWindowBounds(WORK_AREA, cards);
        const view = await browser.open(backend, {
          page: 'pop',
          viewport: { width: bounds.width, height: bounds.height },
        });
        const { page } = view;
        await page
          .locator('.pop-card')
          .nth(cards - 1)
          .waitFor();
        const last = page.locator('.pop-card').last();
        if (variant === 'menu open') {
          await last.locator('.menu-trigger').click();
          await last.locator('[role=menu]').waitFor();
        }
        if (variant === 'problem') {
          for (const card of await page.locator('.pop-card').all()) await card.locator('.open-crm').click();
          await expect.poll(() => page.locator('.pop-card [role=alert]').count()).toBe(cards);
        }

        const layout = await layoutOf(page);
        expect(layout.viewport).toEqual({ width: bounds.width, height: bounds.height });
        expect(layout.main.scrollHeight, 'the stack is taller than the window').toBeLessThanOrEqual(
          layout.main.clientHeight,
        );
        expect(layout.main.scrollWidth).toBeLessThanOrEqual(layout.main.clientWidth);
        const windowBox = { top: 0, left: 0, bottom: bounds.height, right: bounds.width };
        expect(layout.cards).toHaveLength(cards);
        for (const card of layout.cards) {
          expect(card.scrollHeight, 'a card clips its content').toBeLessThanOrEqual(card.clientHeight);
          expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth);
          expect(inside(card.box, windowBox), 'a card leaves the window').toBe(true);
          for (const part of card.parts) expect(inside(part.box, card.box), part.what).toBe(true);
        }
        // Whole, on top and clickable where it is drawn: Playwright's actionability checks, without clicking.
        // An open menu may lie over the caller's number (a click outside closes the menu first); every
        // action button stays whole and clickable.
        const buttons = await page
          .locator(
            variant === 'menu open' ? 'button:visible:not([data-testid="number-toggle"])' : 'button:visible',
          )
          .all();
        expect(buttons.length).toBeGreaterThanOrEqual(cards * 3);
        for (const button of buttons) await button.click({ trial: true, timeout: 5_000 });
        if (variant === 'menu open') {
          const items = await last.locator('[role=menuitem]').all();
          expect(items).toHaveLength(CRM.options.length - 1);
          for (const item of items) {
            const box = await item.boundingBox();
            expect(
              box &&
                inside(
                  { top: box.y, left: box.x, bottom: box.y + box.height, right: box.x + box.width },
                  windowBox,
                ),
            ).toBe(true);
          }
        }
      });
    }
  }
});

describe('the pop window at a larger text size', () => {
  // Main zooms the pop page by the text size and grows the window by the same factor (pop-placement.ts);
  // a page zoomed by z in a window of W × H lays out in W/z × H/z CSS pixels, drawn z times larger.
  for (const [percent, cards, whole] of [
    [150, 1, 1],
    [200, 1, 1],
    [200, 3, 2],
  ] as const) {
    it(`${cards} card${cards > 1 ? 's' : ''} at ${percent} %: ${whole} whole in the window${whole < cards ? ', the rest scrolled to' : ''}, nothing clipped`, async () => {
      const zoom = percent / 100;
      const calls = Array.from({ length: cards }, (_, i) => tallest(i + 1));
      const backend = new ScriptedBackend(sampleState({ pops: calls, liveCalls: calls }));
      const bounds = popWindowBounds(WORK_AREA, cards, popLayoutAt(zoom));
      const css = { width: bounds.width / zoom, height: bounds.height / zoom };
      const { page } = await browser.open(backend, { page: 'pop', viewport: css, deviceScaleFactor: zoom });
      await page
        .locator('.pop-card')
        .nth(cards - 1)
        .waitFor();

      const layout = await layoutOf(page);
      expect(layout.viewport).toEqual(css);
      expect(layout.main.scrollWidth).toBeLessThanOrEqual(layout.main.clientWidth);
      const windowBox = { top: 0, left: 0, bottom: css.height, right: css.width };
      const inWindow = layout.cards.filter((card) => inside(card.box, windowBox));
      expect(inWindow, 'whole cards in the window').toHaveLength(whole);
      for (const card of layout.cards) {
        expect(card.scrollHeight, 'a card clips its content').toBeLessThanOrEqual(card.clientHeight);
        expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth);
        for (const part of card.parts) expect(inside(part.box, card.box), part.what).toBe(true);
      }
      // No card is cut by the window's bottom edge: each is wholly in, or wholly below it.
      for (const card of layout.cards.slice(whole)) expect(card.box.top).toBeGreaterThanOrEqual(css.height);
      if (whole < cards) {
        await page.locator('.pop-card').last().scrollIntoViewIfNeeded();
        const scrolled = await layoutOf(page);
        expect(inside(scrolled.cards.at(-1)!.box, windowBox), 'the last card, scrolled to').toBe(true);
      }
      for (const button of await page.locator('.pop-card').first().locator('button:visible').all()) {
        await button.click({ trial: true, timeout: 5_000 });
      }
    });
  }
});
