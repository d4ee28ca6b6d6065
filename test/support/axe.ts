/**
 * axe-core in the browser harness: the rules a screen breaks, as short lines a failing test can
 * print, and the accessible names of its controls (axe's own name computation, so the explicit
 * "no duplicate labels" check and axe agree on what a screen reader hears).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** What a serious or critical finding is reported as: the rule, then each element it found. */
export interface AxeFinding {
  readonly rule: string;
  readonly impact: string;
  readonly targets: readonly string[];
  readonly summary: string;
}

export interface AxeRun {
  /** Serious and critical violations: the ones a test fails on. */
  readonly blocking: readonly AxeFinding[];
  /** Every violation's rule id and impact (minor and moderate ones included), for the figures. */
  readonly all: readonly { readonly rule: string; readonly impact: string }[];
  /** How many rules passed on this screen (a screen axe saw nothing of would pass few). */
  readonly passes: number;
  /** Elements axe checked for contrast, so a run that skipped every text cannot pass unseen. */
  readonly contrastChecked: number;
}

const BLOCKING = new Set(['serious', 'critical']);

/**
 * Runs every axe rule (WCAG 2.x A and AA and best practice) over the whole page as it is now, or
 * only the rules named (e.g. colour contrast again after a theme change).
 */
export async function runAxe(page: Page, only?: readonly string[]): Promise<AxeRun> {
  const builder = new AxeBuilder({ page });
  const results = await (only ? builder.withRules([...only]) : builder).analyze();
  const contrast = [...results.passes, ...results.violations, ...results.incomplete].filter(
    (rule) => rule.id === 'color-contrast',
  );
  return {
    blocking: results.violations
      .filter((violation) => BLOCKING.has(violation.impact ?? ''))
      .map((violation) => ({
        rule: violation.id,
        impact: violation.impact ?? 'unknown',
        targets: violation.nodes.map((node) => node.target.join(' ')),
        summary: violation.nodes[0]?.failureSummary?.replace(/\s+/g, ' ').trim() ?? violation.help,
      })),
    all: results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
    })),
    passes: results.passes.length,
    contrastChecked: contrast.reduce((sum, rule) => sum + rule.nodes.length, 0),
  };
}

export interface NamedControl {
  readonly role: string;
  readonly name: string;
  /** The name of the closest named group (a fieldset, a card, a dialog), which tells two same-named fields apart. */
  readonly within: string;
}

/**
 * The accessible name of every visible form field and landmark, computed by axe (injected by a
 * previous runAxe). Buttons are left out: "Open CRM" on each of three cards is told apart by the card.
 */
export async function namedControls(page: Page): Promise<NamedControl[]> {
  return page.evaluate(() => {
    interface El {
      readonly tagName: string;
      readonly type?: string;
      getAttribute(name: string): string | null;
      closest(selector: string): El | null;
      getClientRects(): ArrayLike<unknown>;
    }
    const w = globalThis as unknown as {
      axe: {
        setup(): unknown;
        teardown(): void;
        commons: { text: { accessibleText(element: El): string } };
      };
      document: { querySelectorAll(selector: string): ArrayLike<El> };
    };
    // The name computation reads axe's own copy of the page, made here and dropped after.
    w.axe.setup();
    const name = (element: El): string =>
      w.axe.commons.text.accessibleText(element).replace(/\s+/g, ' ').trim();
    const fields = 'input:not([type="hidden"]), select, textarea';
    const landmarks = 'main, nav, aside, [role="region"], [role="list"], dialog[open], [role="dialog"]';
    const groups = 'fieldset, [role="group"], dialog, [role="dialog"], article, li';
    try {
      return Array.from(w.document.querySelectorAll(`${fields}, ${landmarks}`))
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => {
          const group = element.closest(groups);
          return {
            role: element.getAttribute('role') ?? element.type ?? element.tagName.toLowerCase(),
            name: name(element),
            within: group && group !== element ? name(group) || group.tagName.toLowerCase() : '',
          };
        });
    } finally {
      w.axe.teardown();
    }
  });
}

/** Names that occur more than once in the same group: each a line such as `text "Name" ×2 in ""`. */
export function duplicateNames(controls: readonly NamedControl[]): string[] {
  const counts = new Map<string, number>();
  for (const control of controls) {
    if (control.name === '') continue;
    const key = `${control.role} "${control.name}" in "${control.within}"`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].filter(([, count]) => count > 1).map(([key, count]) => `${key} ×${count}`);
}
