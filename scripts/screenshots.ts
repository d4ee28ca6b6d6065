/**
 * Writes a PNG of each screen, light and dark, to docs/screenshots/ (npm run screenshots): the
 * built renderer in Debian's Chromium, fed by the scripted backend with realistic made-up calls.
 * A few screens are also taken in German and in Arabic (right to left). The same list of screens
 * is what the axe, pseudo-locale and 200 % tests walk (test/browser/axe.test.ts,
 * pseudo-locale.test.ts, zoom-200.test.ts), with MORE_STATES.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocaleView } from '../src-main/ipc/contract';
import { resolveLocale } from '../src-main/i18n/languages';
import type { RendererPage } from '../test/support/renderer-harness';
import { DEMO_CONTACTS, demoCrmTemplateUrl, startDemoServer } from '../src-main/demo-server';
import { ensureRendererBuilt } from '../test/support/renderer-build';
import { startRendererHarness, type RendererHarness } from '../test/support/renderer-harness';
import { ScriptedBackend } from '../test/support/scripted-backend';
import { CALL_SHOTS } from './screens/call-shots';
import type { Shot } from './screens/fixtures';
import { MORE_STATES } from './screens/more-states';
import { SETTINGS_SHOTS } from './screens/settings-shots';

export { MORE_STATES, type Shot };

const OUT = resolve(import.meta.dirname, '../docs/screenshots');

/** Every screen and state; the accessibility test (test/browser/axe.test.ts) walks the same list. */
export const SHOTS: readonly Shot[] = [...CALL_SHOTS, ...SETTINGS_SHOTS];

/**
 * Opens a screen as its shot describes and acts on it (in English, so the acts can find buttons by
 * name); then, for another locale, switches the language live, as saving Settings does.
 */
export async function openShot(
  harness: RendererHarness,
  shot: Shot,
  options: {
    readonly scheme: 'light' | 'dark';
    readonly locale?: LocaleView;
    /** Sees the backend before the page opens (a test that records what the page was given). */
    readonly observe?: (backend: ScriptedBackend) => void;
  },
): Promise<RendererPage> {
  const backend = new ScriptedBackend(shot.state);
  shot.prepare?.(backend);
  options.observe?.(backend);
  const view = await harness.open(backend, {
    page: shot.page,
    viewport: shot.viewport,
    colorScheme: options.scheme,
  });
  try {
    await view.page
      .locator(shot.page === 'pop' ? '.pop-card' : '#app > *')
      .first()
      .waitFor();
    await shot.act?.(view.page);
    if (options.locale) {
      backend.setState({ locale: options.locale });
      const lang = options.locale.language === 'en-XA' ? 'en' : options.locale.formatLocale;
      await view.page.waitForFunction(
        (want) =>
          (globalThis as unknown as { document: { documentElement: { lang: string } } }).document
            .documentElement.lang === want,
        lang,
      );
    }
    await view.settled();
    await view.page.waitForTimeout(150);
    return view;
  } catch (error) {
    await view.close();
    throw error;
  }
}

/** Screens also taken in German and in Arabic (suffix -de, -ar), light only. */
const TRANSLATED = [
  'pop-card',
  'pop-cards-several',
  'history',
  'settings',
  'first-run',
  'phonebook',
  'missed',
];

async function shoot(
  harness: RendererHarness,
  shot: Shot,
  scheme: 'light' | 'dark',
  language?: 'de' | 'ar',
): Promise<string> {
  const locale = language ? resolveLocale(language, 'locale', []) : undefined;
  const view = await openShot(harness, shot, locale ? { scheme, locale } : { scheme });
  try {
    const path = resolve(OUT, `${shot.name}-${language ? `${language}-` : ''}${scheme}.png`);
    if (shot.element) await view.page.locator(shot.element).screenshot({ path });
    else await view.page.screenshot({ path });
    const problems = [...(await view.cspViolations()).map((v) => `CSP ${v.directive}`), ...view.errors];
    if (problems.length) throw new Error(`${shot.name}: ${problems.join('; ')}`);
    return path;
  } finally {
    await view.close();
  }
}

/** The demo CRM page, as "Open CRM" in the demo opens it: served by a demo server on 127.0.0.1. */
async function shootDemoCrm(harness: RendererHarness): Promise<string> {
  const server = await startDemoServer({ username: 'manager', password: 'screenshots-only', crmPage: true });
  const page = await harness.browser.newPage({ viewport: { width: 900, height: 560 } });
  try {
    const url = demoCrmTemplateUrl('127.0.0.1', server.port)
      .replace('{e164}', encodeURIComponent(DEMO_CONTACTS[1]!.number))
      .replace('{number}', encodeURIComponent(DEMO_CONTACTS[1]!.number))
      .replace('{name}', encodeURIComponent(DEMO_CONTACTS[1]!.name ?? ''));
    await page.goto(url);
    const path = resolve(OUT, 'demo-crm.png');
    await page.screenshot({ path });
    return path;
  } finally {
    await page.close();
    await server.stop();
  }
}

async function main(): Promise<void> {
  await ensureRendererBuilt();
  await mkdir(OUT, { recursive: true });
  const harness = await startRendererHarness();
  try {
    // `npm run screenshots -- call-back pop-card`: only the shots whose names start with these;
    // `settings$`: that shot alone.
    const only = process.argv.slice(2);
    const picked = (name: string) =>
      only.length === 0 || only.some((o) => (o.endsWith('$') ? name === o.slice(0, -1) : name.startsWith(o)));
    for (const shot of SHOTS.filter((s) => picked(s.name))) {
      for (const scheme of ['light', 'dark'] as const)
        process.stdout.write(`${await shoot(harness, shot, scheme)}\n`);
      if (TRANSLATED.includes(shot.name)) {
        for (const language of ['de', 'ar'] as const)
          process.stdout.write(`${await shoot(harness, shot, 'light', language)}\n`);
      }
    }
    if (only.length === 0 || only.includes('demo-crm'))
      process.stdout.write(`${await shootDemoCrm(harness)}\n`);
  } finally {
    await harness.close();
  }
}

// Run as a script only: the accessibility test imports SHOTS from here.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await main();
