import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import {
  startRendererHarness,
  type RendererHarness,
  type RendererPage,
  type RendererPageOptions,
} from '../support/renderer-harness';
import type { RendererBackend } from '../support/renderer-harness';

/**
 * One browser per test file, a fresh context per test; after each test the page must have reported
 * no CSP violation, no uncaught error and no dialog.
 */
export function useRendererBrowser(): {
  open(backend: RendererBackend, options?: RendererPageOptions): Promise<RendererPage>;
} {
  let harness: RendererHarness | undefined;
  let opened: RendererPage[] = [];

  beforeAll(async () => {
    harness = await startRendererHarness();
  });

  afterEach(async () => {
    const pages = opened;
    opened = [];
    for (const view of pages) {
      const violations = await view.cspViolations().catch(() => []);
      await view.close();
      expect(violations, 'CSP violations').toEqual([]);
      expect(view.errors, 'page errors').toEqual([]);
      expect(view.dialogs, 'dialogs opened').toEqual([]);
    }
  });

  afterAll(async () => {
    await harness?.close();
  });

  return {
    async open(backend, options) {
      if (!harness) throw new Error('The browser is not running (beforeAll failed).');
      const view = await harness.open(backend, options);
      opened.push(view);
      return view;
    },
  };
}
