/**
 * What a window said before a language switch follows the switch: a live region's announcement of
 * a call that still rings, the history's notice for screen readers, "password saved", an import's
 * result. Each keeps the message, not its words, so nothing stays in the old language; and a call
 * that is over is not announced again by the switch. Each check reads the line in English first,
 * so it would see the old words if they stayed.
 */
import { describe, expect, it } from 'vitest';
import type { AppState, LocaleView } from '../../src-main/ipc/contract';
import { resolveLocale } from '../../src-main/i18n/languages';
import type { MessageKey } from '../../src-main/i18n/catalogues';
import type { MessageValues } from '../../src-main/i18n/message-ref';
import { translatorFor } from '../../src-main/i18n/translator';
import type { RendererPage } from '../support/renderer-harness';
import { ScriptedBackend, historyCalls, sampleCall, sampleState } from '../support/scripted-backend';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();
const GERMAN = resolveLocale('de', 'locale', []);
const ARABIC = resolveLocale('ar', 'locale', []);
const ENGLISH = resolveLocale('en', 'locale', []);

/** A message in a language, as the window should say it. */
const inLanguage = (locale: LocaleView, key: MessageKey, values?: MessageValues) =>
  translatorFor(locale).t(key, values);

async function switchTo(backend: ScriptedBackend, view: RendererPage, locale: LocaleView): Promise<void> {
  backend.setState({ locale });
  await view.settled();
}

const folded = async (view: RendererPage, testId: string) =>
  ((await view.page.getByTestId(testId).textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('said before a language switch, said in the new language after it', () => {
  it('the pop window announces a ringing call again in the new language, and a call that is over not at all', async () => {
    const ringing = sampleCall();
    const backend = new ScriptedBackend(sampleState({ pops: [ringing] }));
    const view = await browser.open(backend, { page: 'pop' });
    const region = view.page.getByTestId('announcer');
    const announced = (locale: LocaleView) =>
      inLanguage(locale, 'call.announce.incomingWithNumber', {
        from: 'Ada Lovelace',
        number: '+44 20 7946 0018',
      });
    await expect.poll(() => region.textContent()).toBe(announced(ENGLISH));

    await switchTo(backend, view, GERMAN);
    await expect.poll(() => region.textContent()).toBe(announced(GERMAN));
    expect(announced(GERMAN)).not.toBe(announced(ENGLISH));

    // Answered: the card stays, the announcement of its ringing goes (silently: nothing is added).
    const answered: AppState['pops'] = [
      { ...ringing, state: 'answered', answeredAt: ringing.ringingSince + 5_000 },
    ];
    backend.setState({ pops: answered });
    await view.settled();
    await expect.poll(() => region.textContent()).toBe('');
    // A switch now has nothing to say again: the region stays empty while the card shows, in Arabic.
    await switchTo(backend, view, ARABIC);
    await expect.poll(() => view.page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await region.textContent()).toBe('');
    expect(await view.page.locator('.pop-card').count()).toBe(1);
  });

  it('the history’s notice for screen readers (a number copied) follows the language', async () => {
    const backend = new ScriptedBackend(sampleState());
    backend.history = historyCalls(3);
    const view = await browser.open(backend);
    await view.page
      .getByRole('button', { name: /^Actions for/ })
      .first()
      .click();
    await view.page.getByRole('menuitem', { name: 'Copy number' }).click();
    const notice = view.page.locator('.history p.visually-hidden[role="status"]');
    await expect.poll(() => notice.textContent()).toBe(inLanguage(ENGLISH, 'history.numberCopied'));

    await switchTo(backend, view, GERMAN);
    await expect.poll(() => notice.textContent()).toBe(inLanguage(GERMAN, 'history.numberCopied'));
    expect(inLanguage(GERMAN, 'history.numberCopied')).not.toBe(inLanguage(ENGLISH, 'history.numberCopied'));
  });

  it('"password saved" and an import’s result lines follow the language', async () => {
    const backend = new ScriptedBackend(sampleState());
    const settings = backend.state.settings;
    backend.handlers.importSettings = () => ({
      ok: true,
      value: {
        fileName: 'desk-12.json',
        settings: { ...settings, ringVolume: 40 },
        given: ['ringVolume', 'theme'],
        keptLocked: ['theme'],
      },
    });
    const view = await browser.open(backend, { viewport: { width: 960, height: 900 } });
    await view.page.getByRole('button', { name: 'Settings', exact: true }).click();
    await view.page.getByLabel('Manager password').fill('s3cret');
    await view.page.getByRole('button', { name: 'Save password' }).click();
    await view.page.getByRole('button', { name: 'Import settings…' }).click();

    const passwordLine = (locale: LocaleView) => inLanguage(locale, 'settings.password.savedKeychain');
    const importLines = (locale: LocaleView) =>
      [
        inLanguage(locale, 'settings.transfer.read', { count: 2, file: 'desk-12.json' }),
        inLanguage(locale, 'settings.transfer.keptLocked', { count: 1, keys: 'theme' }),
      ].join(' ');
    await expect.poll(() => folded(view, 'password-saved')).toBe(passwordLine(ENGLISH));
    await expect.poll(() => folded(view, 'transfer-result')).toBe(importLines(ENGLISH));

    for (const locale of [GERMAN, ARABIC]) {
      await switchTo(backend, view, locale);
      await expect.poll(() => folded(view, 'password-saved')).toBe(passwordLine(locale));
      expect(await folded(view, 'transfer-result')).toBe(importLines(locale));
      expect(passwordLine(locale)).not.toBe(passwordLine(ENGLISH));
    }
  });
});
