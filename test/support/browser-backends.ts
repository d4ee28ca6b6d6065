/**
 * What the browser tests share around the real Companion: a backend for the whole file or one per
 * test (closed after), pages whose waits fail within seconds, and the main window opened at Settings.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  startCompanionBackend,
  type CompanionBackend,
  type CompanionBackendOptions,
} from './companion-backend';
import type { RendererBackend, RendererPage, RendererPageOptions } from './renderer-harness';

/** `useRendererBrowser()`'s opener (test/browser/browser-fixture.ts). */
export interface PageOpener {
  open(backend: RendererBackend, options?: RendererPageOptions): Promise<RendererPage>;
}

/** One backend for the file: started before its first test, closed after its last. */
export function backendForFile(
  options: CompanionBackendOptions,
  use: (real: CompanionBackend) => void,
): void {
  let real: CompanionBackend | undefined;
  beforeAll(async () => {
    real = await startCompanionBackend(options);
    use(real);
  });
  afterAll(async () => {
    await real?.close();
  });
}

/** After each test, every pop dismissed and gone, so the next test starts with an empty pop window. */
export function popsClearedAfterEach(real: () => CompanionBackend): void {
  afterEach(async () => {
    await real().companion.invoke('dismissAllPops', null);
    await real().until((s) => s.pops.length === 0, 'the pops to be cleared');
  });
}

/** Backends a test starts (each its own Companion and demo server), closed after the test. */
export function backendsPerTest(): (options?: CompanionBackendOptions) => Promise<CompanionBackend> {
  let backends: CompanionBackend[] = [];
  afterEach(async () => {
    for (const backend of backends) await backend.close();
    backends = [];
  });
  return async (options) => {
    const real = await startCompanionBackend(options);
    backends.push(real);
    return real;
  };
}

/** Pages whose waits fail within seconds, so a missing element names itself instead of running into the test timeout. */
export async function quick(opening: Promise<RendererPage>): Promise<RendererPage> {
  const view = await opening;
  view.page.setDefaultTimeout(5_000);
  return view;
}

/** The main window (960 × 900) switched to Settings, its form shown. */
export async function openSettingsScreen(browser: PageOpener, real: CompanionBackend): Promise<RendererPage> {
  const view = await quick(browser.open(real.backend, { viewport: { width: 960, height: 900 } }));
  await view.page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Settings' })
    .click();
  await view.page.locator('#server').waitFor();
  return view;
}
