/**
 * "Detect call events…" in German and in Arabic, against the real Companion and the demo server
 * speaking a dialect the app does not know, over real sockets: what it says while it listens, the
 * verdict, each line and the evidence come from main as message references and are said in the
 * chosen language, with the server's names (CallRinging, cidName) kept as they are inside the
 * sentences; nothing seen about the user is one plain sentence in the language too.
 */
import { describe, expect, it } from 'vitest';
import { backendsPerTest, quick } from '../support/browser-backends';
import { ME, type CompanionBackend } from '../support/companion-backend';
import type { RendererPage } from '../support/renderer-harness';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();
const started = backendsPerTest();
const ADA = { name: 'Ada Lovelace', number: '+442079460018' };

const WORDS = {
  de: { settings: 'Einstellungen', detect: 'Anrufereignisse erkennen…', listening: /^Es wird mitgehört\./ },
  ar: { settings: 'الإعدادات', detect: 'اكتشاف أحداث المكالمات…', listening: /^جارٍ الاستماع\./ },
} as const;

/** Settings → "Detect call events…" in `language`, until it says it listens. */
async function detecting(language: 'de' | 'ar'): Promise<{ real: CompanionBackend; view: RendererPage }> {
  const real = await started({ dialect: 'foreign', settings: { language } });
  const view = await quick(browser.open(real.backend, { viewport: { width: 900, height: 800 } }));
  const words = WORDS[language];
  await view.page.getByRole('button', { name: words.settings, exact: true }).click();
  await view.page.getByRole('button', { name: words.detect }).click();
  await view.page.getByTestId('detection-dialog').getByText(words.listening).waitFor();
  return { real, view };
}

/** The dialog's lines and evidence as read, whitespace folded. */
async function read(view: RendererPage) {
  const dialog = view.page.getByTestId('detection-dialog');
  await dialog.getByTestId('detection-headline').waitFor();
  const fold = (rows: string[]) => rows.map((r) => r.replace(/\s+/g, ' ').trim());
  return {
    headline: ((await dialog.getByTestId('detection-headline').textContent()) ?? '').trim(),
    lines: fold(await dialog.locator('.line').allTextContents()),
    evidence: fold(await dialog.locator('.evidence li').allTextContents()),
  };
}

describe('detect call events in German', () => {
  it('says what it found in German, keeping the server’s names as they are', async () => {
    const { real, view } = await detecting('de');
    await real.demoServer.scenarios.inboundAnswered({ to: ME, from: ADA });
    const found = await read(view);
    expect(found.headline).toBe('Gefunden, wie Ihr Server Anrufe meldet – mit hoher Sicherheit.');
    expect(found.lines).toEqual([
      'Klingeln „CallRinging“',
      'Angenommen „CallConnected“',
      'Gespräch beendet „CallDisconnected“',
      'Aufgelegt „ChannelClosed“',
      'Der Anrufer in den Feldern mit der Endung 2',
      'Anruferangaben Name „cidName“, Nummer „cidNum“, gewählte Nummer „dialedNumber“, Nebenstelle „exten“, Benutzer „user“, Anruf-ID „channelId“',
    ]);
    expect(found.evidence[0]).toMatch(/^\d+ Ereignisse von \d+ Typen gesehen; \d+ nannten den Benutzer\.$/);
    expect(found.evidence.join('\n')).toContain(
      '"CallRinging" kam als erstes in 1 Anruf von 1 an den Benutzer',
    );
    expect(found.evidence.join('\n')).not.toMatch(/\b(?:Saw|came|named the user|means)\b/);
    await view.page
      .getByTestId('detection-dialog')
      .getByRole('button', { name: 'Übernehmen', exact: true })
      .click();
    await view.page.getByTestId('detection-applied').waitFor();
    expect(real.latest().settings.protocolProfile).toMatchObject({ callerSuffix: '2' });
  });

  it('nothing about the user seen: one plain German sentence naming the user and extension', async () => {
    const { real, view } = await detecting('de');
    const run = await real.demoServer.scenarios.inboundAnswered({ to: '4225', from: ADA });
    const dialog = view.page.getByTestId('detection-dialog');
    await dialog
      .getByTestId('detection-progress')
      .getByText(`${run.events.length} Ereignisse gesehen, 0 davon über Sie.`)
      .waitFor();
    await dialog.getByRole('button', { name: 'Beenden und Ergebnis zeigen' }).click();
    expect((await read(view)).headline).toBe(
      `Keine Entscheidung möglich: Der Server hat ${run.events.length} Ereignisse gesendet, aber keines nannte Sie (Benutzer „${ME}“, Nebenstelle ${ME}). Prüfen Sie Ihren Benutzernamen und Ihre Nebenstellen unter „Ihre Anrufe“ und rufen Sie dann Ihre eigene Nebenstelle an, während die Erkennung mithört.`,
    );
  });
});

describe('detect call events in Arabic', () => {
  it('says what it found in Arabic, right to left, keeping the server’s names as they are', async () => {
    const { real, view } = await detecting('ar');
    expect(await view.page.locator('html').getAttribute('dir')).toBe('rtl');
    await real.demoServer.scenarios.inboundAnswered({ to: ME, from: ADA });
    const found = await read(view);
    expect(found.headline).toBe('تم التعرّف على طريقة إبلاغ خادمك عن المكالمات، بثقة عالية.');
    expect(found.lines).toEqual([
      'الرنين «CallRinging»',
      'الرد «CallConnected»',
      'انتهاء المحادثة «CallDisconnected»',
      'إنهاء المكالمة «ChannelClosed»',
      'المتصل في الحقول المنتهية بـ 2',
      'بيانات المتصل الاسم «cidName»، الرقم «cidNum»، الرقم المطلوب «dialedNumber»، التحويلة «exten»، المستخدم «user»، معرّف المكالمة «channelId»',
    ]);
    expect(found.evidence[0]).toMatch(/^رُصد \d+ (?:أحداث|حدثًا|حدث) من \d+ أنواع؛ ذكر \d+ منها المستخدم\.$/);
    expect(found.evidence.join('\n')).not.toMatch(/\b(?:Saw|came|named the user|means)\b/);
  });
});
