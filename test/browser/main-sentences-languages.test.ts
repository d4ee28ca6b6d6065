/**
 * Sentences main makes, shown in the windows in the chosen language: which way a call back went
 * (on the pop card and above the history), said from main's catalogue reference, so a switch of
 * language changes a sentence already on screen.
 */
import { describe, expect, it } from 'vitest';
import type { CallView, DialView, LocaleView } from '../../src-main/ipc/contract';
import { english } from '../../src-main/i18n/english';
import type { MessageRef } from '../../src-main/i18n/message-ref';
import { ScriptedBackend, T0, sampleCall, sampleState } from '../support/scripted-backend';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();
const GERMAN: LocaleView = { language: 'de', formatLocale: 'de-DE', dir: 'ltr', hourCycle: null };
const ARABIC: LocaleView = { language: 'ar', formatLocale: 'ar', dir: 'rtl', hourCycle: null };

/** A call back's answer as main gives it: the English sentence and its catalogue reference. */
function dialView(via: DialView['via'], text: MessageRef): DialView {
  return { via, number: '+442079460018', message: english(text.key, text.values), text };
}

describe('main’s sentences in other languages', () => {
  it('the pop card says which way a call back went in German, and in Arabic after a live switch', async () => {
    const call = sampleCall();
    const backend = new ScriptedBackend(sampleState({ locale: GERMAN, pops: [call], liveCalls: [call] }));
    const { page } = await browser.open(backend, { page: 'pop', viewport: { width: 380, height: 520 } });
    await page.locator('.pop-card').waitFor();
    await page.getByRole('button', { name: 'Zurückrufen' }).click();
    const dialled = page.getByTestId('dialled');
    await expect
      .poll(() => dialled.textContent())
      .toMatch(
        /^\s*\+442079460018 wird über die Telefonanlage angerufen: Zuerst klingelt Ihr Telefon \(4224\), dann wird die Nummer gewählt\.\s*$/,
      );
    expect(await dialled.getAttribute('title')).toMatch(/^\+442079460018 wird über die Telefonanlage/);

    backend.setState({ locale: ARABIC });
    await expect
      .poll(() => dialled.textContent())
      .toMatch(/جارٍ الاتصال بـ \+442079460018 عبر المقسم: يرن هاتفك \(4224\) أولًا/);
  });

  it('the history says a tel: fallback and its reason in German', async () => {
    const missed: CallView = sampleCall({
      id: 'h-1',
      state: 'missed',
      callerName: 'Charles Babbage',
      ringingSince: T0 - 600_000,
      endedAt: T0 - 580_000,
      ringMs: 20_000,
      popped: false,
    });
    const backend = new ScriptedBackend(sampleState({ locale: GERMAN }));
    backend.history = [missed];
    backend.handlers.callBack = () => ({
      ok: true,
      value: dialView('tel', {
        key: 'dial.viaTel',
        values: {
          number: '+442079460018',
          reason: { key: 'dial.noPbx.refused', values: { status: '403', why: 'licence' } },
        },
      }),
    });
    const { page } = await browser.open(backend);
    const list = page.locator('.list');
    await list.locator('[data-call-id="h-1"]').waitFor();
    await list.getByRole('button', { name: 'Aktionen für Charles Babbage' }).click();
    await page.getByRole('menuitem', { name: 'Zurückrufen' }).click();
    await expect.poll(() => backend.requests('callBack')).toEqual([{ callId: 'h-1' }]);
    await expect
      .poll(() => page.getByTestId('dialled').textContent())
      .toBe(
        '+442079460018 wurde statt an die Telefonanlage an Ihre Telefon-App übergeben (tel:-Link). Die Telefonanlage hat den Anruf abgelehnt (HTTP 403): Ihre Lizenz oder das Manager-Konto erlaubt es nicht.',
      );
  });
});
