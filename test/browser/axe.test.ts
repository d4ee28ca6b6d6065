/**
 * axe-core over every screen and state the screenshots show (scripts/screenshots.ts lists them), in
 * the light and the dark theme: no serious or critical violation, colour contrast included; and no
 * two form fields or landmarks with the same name where nothing else tells them apart.
 * The figures of the run go to .tmp/reliability/accessibility.json (docs/accessibility.md).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { MORE_STATES, SHOTS } from '../../scripts/screenshots';
import { duplicateNames, namedControls, runAxe, type AxeRun } from '../support/axe';
import { recordFigures } from '../support/figures';
import type { PageWindow } from '../support/page-globals';
import { ScriptedBackend, sampleState } from '../support/scripted-backend';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();

interface Figures {
  screens: number;
  rulesPassed: number;
  contrastChecked: number;
  blocking: number;
  lesser: Record<string, number>;
}
const figures: Record<'light' | 'dark', Figures> = {
  light: { screens: 0, rulesPassed: 0, contrastChecked: 0, blocking: 0, lesser: {} },
  dark: { screens: 0, rulesPassed: 0, contrastChecked: 0, blocking: 0, lesser: {} },
};

afterAll(async () => {
  if (figures.light.screens + figures.dark.screens > 0)
    await recordFigures('accessibility', { axe: figures });
});

/** Adds one run's findings to a theme's figures. */
function tally(scheme: 'light' | 'dark', run: AxeRun): void {
  const figure = figures[scheme];
  figure.screens++;
  figure.rulesPassed += run.passes;
  figure.contrastChecked += run.contrastChecked;
  figure.blocking += run.blocking.length;
  for (const finding of run.all.filter((f) => f.impact !== 'serious' && f.impact !== 'critical')) {
    const key = `${finding.rule} (${finding.impact})`;
    figure.lesser[key] = (figure.lesser[key] ?? 0) + 1;
  }
}

describe('the checks themselves', () => {
  it('find low-contrast text and two fields with one name where nothing tells them apart', async () => {
    const view = await browser.open(new ScriptedBackend(sampleState({ mode: 'setup' })));
    await view.page.locator('#app > *').first().waitFor();
    await view.page.evaluate(() => {
      interface Made {
        textContent: string;
        readonly style: Record<string, string>;
        append(...nodes: unknown[]): void;
      }
      const w = globalThis as unknown as {
        document: { createElement(tag: string): Made; body: { append(node: unknown): void } };
      };
      // Grey on white (2.3:1), set through CSSOM as the CSP allows; and two "Name" fields side by side.
      const faint = w.document.createElement('p');
      faint.textContent = 'Faint words';
      Object.assign(faint.style, { color: '#aaaaaa', background: '#ffffff' });
      const fields = [0, 1].map(() => {
        const label = w.document.createElement('label');
        label.append('Name ', w.document.createElement('input'));
        return label;
      });
      w.document.body.append(faint);
      for (const field of fields) w.document.body.append(field);
    });
    const run = await runAxe(view.page);
    expect(run.blocking.map((finding) => finding.rule)).toContain('color-contrast');
    expect(duplicateNames(await namedControls(view.page))).toEqual(['text "Name" in "" ×2']);
  });
});

describe('axe over every screen', () => {
  it.each([...SHOTS, ...MORE_STATES].map((shot) => [shot.name, shot] as const))(
    '%s, light then dark: no serious or critical violation, no duplicate label',
    async (_name, shot) => {
      const backend = new ScriptedBackend(shot.state);
      shot.prepare?.(backend);
      const view = await browser.open(backend, { page: shot.page, viewport: shot.viewport });
      await view.page
        .locator(shot.page === 'pop' ? '.pop-card' : '#app > *')
        .first()
        .waitFor();
      await shot.act?.(view.page);
      await view.settled();

      // Every rule in the light theme; the dark theme changes only colours, so contrast again there.
      const light = await runAxe(view.page);
      tally('light', light);
      expect(light.blocking).toEqual([]);
      // axe saw the screen: its text was checked for contrast.
      expect(light.contrastChecked).toBeGreaterThan(0);
      expect(duplicateNames(await namedControls(view.page))).toEqual([]);

      const background = () =>
        view.page.evaluate(() => {
          const w = globalThis as unknown as PageWindow;
          return w.getComputedStyle(w.document.body).backgroundColor;
        });
      const lightBackground = await background();
      await view.page.emulateMedia({ colorScheme: 'dark' });
      // The page really is dark now (the theme follows the system's preference).
      expect(await background()).not.toBe(lightBackground);
      const dark = await runAxe(view.page, ['color-contrast']);
      tally('dark', dark);
      expect(dark.blocking).toEqual([]);
      expect(dark.contrastChecked).toBeGreaterThan(0);
    },
    90_000,
  );
});
