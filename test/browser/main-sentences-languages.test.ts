/**
 * Sentences main makes, shown in the windows in the chosen language: which way a call back went
 * (on the pop card and above the history), said from main's catalogue reference, so a switch of
 * language changes a sentence already on screen; the caller lookup's problems in Settings, from
 * the real Companion asking a real (local) CRM; and the note under Host after an address is pasted.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CallView, DialView, LocaleView } from '../../src-main/ipc/contract';
import { english } from '../../src-main/i18n/english';
import type { MessageRef } from '../../src-main/i18n/message-ref';
import { startCompanionBackend, type CompanionBackend } from '../support/companion-backend';
import { customLookup, startCrmLookupServer, type CrmLookupServer } from '../support/crm-lookup-server';
import { ScriptedBackend, T0, sampleCall, sampleState } from '../support/scripted-backend';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();
let real: CompanionBackend | undefined;
let crm: CrmLookupServer | undefined;
afterEach(async () => {
  await real?.close();
  await crm?.close();
  real = undefined;
  crm = undefined;
});
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

  it('the caller lookup’s problems in Settings, in German: a refused lookup and a template refusal', async () => {
    crm = await startCrmLookupServer();
    crm.answer(() => ({ kind: 'json', status: 401, value: { error: 'bad token' } }));
    const template = customLookup(crm.origin, { timeoutMs: 10_000 });
    real = await startCompanionBackend({ settings: { language: 'de', crmLookup: template } });
    const { page } = await browser.open(real.backend, { viewport: { width: 960, height: 900 } });
    await page.getByRole('button', { name: 'Einstellungen', exact: true }).click();
    const lookup = page.locator('#crm-lookup');
    await lookup.waitFor();
    const result = lookup.getByTestId('crm-lookup-test-result');

    await lookup.getByLabel('Zu testende Nummer').fill('+44 20 7946 0018');
    await lookup.getByRole('button', { name: 'Suche testen' }).click();
    await expect
      .poll(() => result.textContent())
      .toMatch(
        /^\s*✕ Das CRM hat die Suche abgelehnt \(HTTP 401\); prüfen Sie das Token und seine Berechtigungen\.\s*$/,
      );
    expect(crm.seen).toHaveLength(1);

    // Main's check of the template as typed, beside nothing but the test: its own sentence, in German.
    await lookup.getByLabel('Suchadresse', { exact: true }).fill('http://crm.example/search?q={e164}');
    await lookup.getByRole('button', { name: 'Suche testen' }).click();
    await expect
      .poll(() => result.textContent())
      .toMatch(
        /^\s*✕ Die Suchadresse muss mit https:\/\/ beginnen \(einfaches http ist nur zu diesem Computer/,
      );
    expect(crm.seen).toHaveLength(1);
  });

  it('the note under Host after an address is pasted, in German, then in Arabic after a live switch', async () => {
    const backend = new ScriptedBackend(sampleState({ locale: GERMAN }));
    const { page } = await browser.open(backend, { viewport: { width: 960, height: 900 } });
    page.setDefaultTimeout(5_000);
    await page.getByRole('button', { name: 'Einstellungen', exact: true }).click();
    await page.locator('#server').waitFor();
    const host = page.locator('[data-path="server.host"] input');
    await host.fill('wss://manager:pw@pbx.example.com/');
    await host.press('Tab');
    const note = page.getByTestId('host-note');
    await expect
      .poll(() => note.textContent())
      .toMatch(
        /^\s*Aus der Adresse übernommen: Server pbx\.example\.com, Port 55050 \(der SSL-Port von iSymphony\), TLS an\. Benutzername und Passwort darin wurden weggelassen: Manager-Benutzer und Passwort haben eigene Felder\.\s*$/,
      );

    backend.setState({ locale: ARABIC });
    await expect
      .poll(() => note.textContent())
      .toMatch(/مُلئ من العنوان: الخادم pbx\.example\.com، المنفذ 55050/);

    // A refusal too: the text stays in the field, the note says why, in the language now chosen.
    await host.fill('ftp://files.example.com/');
    await host.press('Tab');
    await expect.poll(() => note.textContent()).toMatch(/لا يمكن استخدام عنوان يبدأ بـ "ftp:\/\/"/);
  });
});
