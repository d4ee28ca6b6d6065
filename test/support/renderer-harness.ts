import { resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import {
  REQUEST_CHANNELS,
  popStateOf,
  type AppState,
  type RequestChannel,
} from '../../src-main/ipc/contract';
import type { PageWindow } from './page-globals';
import { startStaticServer, type StaticServer } from './static-server';

/**
 * Runs the built renderer in Debian's Chromium with `window.companion` backed by a Node-side
 * backend: the real Companion, or a scripted one in tests of the screens alone. The harness does not
 * care which: it forwards every request to `invoke` and every state to the page.
 */
export interface RendererBackend {
  invoke(channel: RequestChannel, request: unknown): Promise<unknown>;
  onState(listener: (state: AppState) => void): () => void;
}

export interface CspViolation {
  readonly directive: string;
  readonly blockedURI: string;
  readonly sample: string;
}

export interface RendererPageOptions {
  readonly page?: 'index' | 'pop';
  readonly colorScheme?: 'light' | 'dark';
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Extra scripts run in the page before its own (e.g. a benchmark's observers). */
  readonly initScripts?: readonly string[];
  /** Tests see reduced motion unless they ask for motion (to prove it stops when reduced). */
  readonly reducedMotion?: 'reduce' | 'no-preference';
  /** 2 with half the window's size: the page as Chromium zooms it to 200 % (Ctrl + or the text size). */
  readonly deviceScaleFactor?: number;
  /** `active`: Windows' high-contrast themes, as Chromium emulates them. */
  readonly forcedColors?: 'active' | 'none';
}

export interface RendererPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Uncaught page errors and console errors, in order. */
  readonly errors: string[];
  /** Messages of every alert/confirm/prompt the page tried to open (there should be none). */
  readonly dialogs: string[];
  /** CSP violations the page reported through `securitypolicyviolation` events. */
  cspViolations(): Promise<CspViolation[]>;
  /** Resolves once every state pushed so far has been handed to the page. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export interface RendererHarness {
  readonly origin: string;
  readonly browser: Browser;
  open(backend: RendererBackend, options?: RendererPageOptions): Promise<RendererPage>;
  close(): Promise<void>;
}

/**
 * Console errors that are not the page's fault. The mandated CSP names frame-ancestors, which only
 * works as a header (the static server sends it as one too), so Chromium notes that the meta copy is ignored.
 */
const EXPECTED_CONSOLE = [/'frame-ancestors' is ignored when delivered via a <meta> element/];

const RENDERER_OUT = resolve(import.meta.dirname, '../../out/renderer');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  // As in Electron, whose windows may play sound without a click first (the pop window's ring).
  '--autoplay-policy=no-user-gesture-required',
];

/** The CSP of the built page, read from its meta tag, so the header is exactly the same policy. */
async function builtCsp(): Promise<string> {
  const html = await readFile(resolve(RENDERER_OUT, 'index.html'), 'utf8');
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('out/renderer/index.html has no CSP meta tag; build the renderer first.');
  return match[1];
}

/** Runs in the page before any of its scripts: the same shape the preload exposes. */
function installCompanion(channels: readonly string[]): void {
  type Listener = (state: unknown) => void;
  const listeners = new Set<Listener>();
  const popListeners = new Set<Listener>();
  const w = globalThis as unknown as PageWindow & Record<string, unknown>;
  const invoke = w.__companionInvoke as (channel: string, request: unknown) => Promise<unknown>;
  const api: Record<string, unknown> = {};
  for (const channel of channels) api[channel] = (request?: unknown) => invoke(channel, request ?? null);
  api.onState = (listener: Listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  api.onPopState = (listener: Listener) => {
    popListeners.add(listener);
    return () => popListeners.delete(listener);
  };
  Object.defineProperty(w, 'companion', { value: Object.freeze(api), enumerable: true });
  Object.defineProperty(w, '__companionPushState', {
    value: (state: unknown, popState: unknown) => {
      if (state !== null) for (const listener of listeners) listener(state);
      if (popState !== null) for (const listener of popListeners) listener(popState);
    },
  });
  const violations: CspViolation[] = [];
  Object.defineProperty(w, '__cspViolations', { value: violations });
  w.document.addEventListener(
    'securitypolicyviolation',
    (event: { violatedDirective: string; blockedURI: string; sample: string }) => {
      violations.push({
        directive: event.violatedDirective,
        blockedURI: event.blockedURI,
        sample: event.sample,
      });
    },
  );
}

export async function startRendererHarness(): Promise<RendererHarness> {
  const csp = await builtCsp();
  const server: StaticServer = await startStaticServer({
    root: RENDERER_OUT,
    headers: { 'content-security-policy': csp },
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });

  async function open(backend: RendererBackend, options: RendererPageOptions = {}): Promise<RendererPage> {
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 960, height: 720 },
      colorScheme: options.colorScheme ?? 'light',
      reducedMotion: options.reducedMotion ?? 'reduce',
      forcedColors: options.forcedColors ?? 'none',
      deviceScaleFactor: options.deviceScaleFactor ?? 1,
      locale: 'en-GB',
      timezoneId: 'UTC',
    });
    const errors: string[] = [];
    const dialogs: string[] = [];
    await context.exposeBinding('__companionInvoke', (_source, channel: RequestChannel, request: unknown) =>
      backend.invoke(channel, request),
    );
    // Under tsx (esbuild keepNames) functions sent to the page call a `__name` helper that only exists in Node.
    await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    await context.addInitScript(installCompanion, [...REQUEST_CHANNELS]);
    for (const content of options.initScripts ?? []) await context.addInitScript({ content });
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !EXPECTED_CONSOLE.some((known) => known.test(message.text()))) {
        errors.push(`console: ${message.text()}`);
      }
    });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    let pending: Promise<void> = Promise.resolve();
    const unsubscribe = backend.onState((state) => {
      // Chained so states reach the page in the order they were pushed. Each page hears both, as
      // main would send them: the whole state (the main window's) and its pop part (the pop window's).
      const pushed = { state, pop: popStateOf(state) };
      pending = pending.then(() =>
        page
          .evaluate(
            (next) => (globalThis as unknown as PageWindow).__companionPushState(next.state, next.pop),
            pushed,
          )
          .catch(() => undefined),
      );
    });

    await page.goto(`${server.origin}/${options.page === 'pop' ? 'pop' : 'index'}.html`);

    return {
      page,
      context,
      errors,
      dialogs,
      cspViolations: () =>
        page.evaluate(() => [...(globalThis as unknown as PageWindow).__cspViolations] as CspViolation[]),
      settled: async () => {
        await pending;
        // Let Svelte flush the update before the caller looks at the DOM.
        await page.evaluate(
          () =>
            new Promise<void>((done) =>
              (globalThis as unknown as PageWindow).requestAnimationFrame(() => done()),
            ),
        );
      },
      close: async () => {
        unsubscribe();
        await context.close();
      },
    };
  }

  return {
    origin: server.origin,
    browser,
    open,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
