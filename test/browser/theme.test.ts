import { describe, expect, it } from 'vitest';
import type { AppState } from '../../src-main/ipc/contract';
import { DEFAULT_SETTINGS } from '../../src-main/storage/settings-schema';
import type { PageWindow } from '../support/page-globals';
import type { RendererPage } from '../support/renderer-harness';
import { ScriptedBackend, sampleCall, sampleState } from '../support/scripted-backend';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();

function stateWithTheme(theme: AppState['settings']['theme']): AppState {
  return sampleState({ settings: { ...structuredClone(DEFAULT_SETTINGS), theme }, pops: [sampleCall()] });
}

/** Relative luminance (0 black … 1 white) of the page background. */
async function backgroundLuminance(view: RendererPage): Promise<number> {
  const colour = await view.page.evaluate(() => {
    const w = globalThis as unknown as PageWindow;
    return w.getComputedStyle(w.document.body).backgroundColor;
  });
  const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((c) => c / 255);
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

async function open(
  theme: AppState['settings']['theme'],
  colorScheme: 'light' | 'dark',
  page: 'index' | 'pop' = 'index',
) {
  const view = await browser.open(new ScriptedBackend(stateWithTheme(theme)), { colorScheme, page });
  await view.page.locator(page === 'pop' ? '.pop-card' : '[data-testid="status-bar"]').waitFor();
  return view;
}

describe('themes', () => {
  it('follow the system’s dark preference when the setting is "system"', async () => {
    expect(await backgroundLuminance(await open('system', 'dark'))).toBeLessThan(0.2);
  });

  it('follow the system’s light preference when the setting is "system"', async () => {
    expect(await backgroundLuminance(await open('system', 'light'))).toBeGreaterThan(0.8);
  });

  it('apply a pinned dark theme on a light system, in the pop window too', async () => {
    const view = await open('dark', 'light', 'pop');
    expect(await view.page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await backgroundLuminance(view)).toBeLessThan(0.2);
  });

  it('apply a pinned light theme on a dark system', async () => {
    expect(await backgroundLuminance(await open('light', 'dark'))).toBeGreaterThan(0.8);
  });

  it('switch when the setting changes', async () => {
    const backend = new ScriptedBackend(stateWithTheme('light'));
    const view = await browser.open(backend, { colorScheme: 'light' });
    await view.page.getByTestId('status-bar').waitFor();
    backend.setState({ settings: { ...backend.state.settings, theme: 'dark' } });
    await view.settled();
    await expect.poll(() => backgroundLuminance(view)).toBeLessThan(0.2);
  });

  it('show a visible focus ring on keyboard focus', async () => {
    const view = await open('system', 'light', 'pop');
    await view.page.keyboard.press('Tab');
    const outline = await view.page.evaluate(() => {
      const w = globalThis as unknown as PageWindow & {
        getComputedStyle(e: unknown): { outlineStyle: string; outlineWidth: string };
      };
      const style = w.getComputedStyle(w.document.activeElement);
      return { style: style.outlineStyle, width: style.outlineWidth };
    });
    expect(outline.style).toBe('solid');
    expect(parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
  });
});
