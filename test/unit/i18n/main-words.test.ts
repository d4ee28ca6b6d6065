/**
 * What main says to a person, in the chosen language: the tray menu and tooltip, call and missed-call
 * notifications, the native dialogs, connection problems and settings validation. English stays in
 * `message` (the command line and logs); `text` is said in the app's language. Untrusted caller text
 * stays display-safe, capped and escaped whatever the language.
 */
import { describe, expect, it } from 'vitest';
import { viewOfSession } from '../../../src-main/app/connection-view';
import { DISPLAY_NAME_MAX } from '../../../src-main/app/display-text';
import { missedNotice } from '../../../src-main/app/missed-calls';
import { popNotice } from '../../../src-main/app/pop-notice';
import { dialNoticeTitle } from '../../../src-main/app/shell-dialing';
import { trayView, type TrayInput } from '../../../src-main/app/tray-view';
import type { CallRecord } from '../../../src-main/calls/types';
import { dialConfirmOptions } from '../../../src-main/electron/dial-dialogs';
import { escapeNotificationMarkup, notificationText } from '../../../src-main/electron/notification-text';
import { missedNotificationOptions } from '../../../src-main/electron/notifications';
import { passwordMoveDialogOptions } from '../../../src-main/electron/password-move-dialog';
import { menuLabel, trayMenuTemplate } from '../../../src-main/electron/tray-menu';
import type { desktop as englishDesktop } from '../../../src-main/i18n/messages/en/desktop';
import type { Messages } from '../../../src-main/i18n/messages/types';
import {
  LANGUAGES,
  PSEUDO_LANGUAGE,
  resolveLocale,
  type AppLanguage,
  type LocaleView,
} from '../../../src-main/i18n/languages';
import { translatorFor } from '../../../src-main/i18n/translator';
import type { CallView } from '../../../src-main/ipc/contract';
import { classifyFailure } from '../../../src-main/session/classify';
import { backoffState, failedState, liveState } from '../../../src-main/session/states';
import { validateSettings, defaultSettings } from '../../../src-main/storage/settings-schema';
import { updateMenuView } from '../../../src-main/updates/update-view';
import { HOSTILE_CALLER_IDS } from '../../support/hostile-corpus';
import { sampleEntry } from '../../integration/storage/history-fixtures';
import { callRecord } from '../../support/call-record';
import { noTrayActions, trayInput } from '../../support/tray';

const T0 = Date.UTC(2026, 11, 2, 13, 20);
const DE = resolveLocale('de', '24', ['de-DE']);
const AR = resolveLocale('ar', 'locale', ['ar-EG']);
const EN = resolveLocale('en', 'locale', ['en-GB']);
const localeOf = (language: AppLanguage): LocaleView =>
  language === PSEUDO_LANGUAGE
    ? resolveLocale('system', 'locale', [PSEUDO_LANGUAGE])
    : resolveLocale(language, 'locale', []);
const unescapeMarkup = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const EVERY_LOCALE: readonly LocaleView[] = ([...LANGUAGES, PSEUDO_LANGUAGE] as AppLanguage[]).map(localeOf);

const record = (overrides: Parameters<typeof callRecord>[0] = {}): CallRecord =>
  callRecord({ ringingSince: T0, ...overrides });

const missedCall = {
  id: 'c1',
  callerName: 'Ada Lovelace',
  callerNumber: '+442079460018',
  direction: 'inbound',
  state: 'missed',
  lastKnownState: null,
} as unknown as CallView;

function input(locale: LocaleView, overrides: Partial<TrayInput> = {}): TrayInput {
  return trayInput({
    connection: viewOfSession(liveState(T0, 'pbx.example.com:58080')),
    doNotDisturb: true,
    calls: [missedCall],
    missed: 3,
    locale,
    ...overrides,
  });
}

type Item = { label?: string; submenu?: Item[]; type?: string };
const labels = (items: readonly Item[]): string[] => items.flatMap((i) => (i.label ? [i.label] : []));

describe('the tray speaks the chosen language', () => {
  it('German: tooltip, status line, recent call, every fixed item and submenu', () => {
    const view = trayView(input(DE, { popsPaused: { choice: '15m', until: T0 + 15 * 60_000 } }));
    expect(view.tooltip).toBe('iSymphony Companion: verbunden, 3 verpasste Anrufe');
    expect(view.statusLine).toBe(
      'Verbunden mit pbx.example.com:58080: Anrufe erscheinen, sobald sie klingeln. „Nicht stören“ ist an.',
    );
    expect(view.recentCalls[0]!.label).toMatch(/Ada Lovelace.*: verpasst$/);
    expect(view.pausedLine).toMatch(/^Pop-ups pausiert bis \d\d:\d\d$/);
    const menu = trayMenuTemplate(view, noTrayActions) as Item[];
    expect(labels(menu)).toEqual(
      expect.arrayContaining([
        'Letzte Anrufe',
        'Status',
        'Nicht stören',
        'Pop-ups fortsetzen',
        'iSymphony Companion öffnen',
        'Einstellungen …',
        'Bei der Anmeldung starten',
        'Beenden',
      ]),
    );
    const recent = menu.find((i) => i.label === view.recentCalls[0]!.label)!;
    expect(labels(recent.submenu!)).toEqual(['CRM-Eintrag öffnen', 'Zurückrufen']);
    const unpaused = trayMenuTemplate(trayView(input(DE)), noTrayActions) as Item[];
    const pause = unpaused.find((i) => i.label === 'Pop-ups pausieren')!;
    expect(labels(pause.submenu!)).toEqual(['Für 15 Minuten', 'Für 1 Stunde', 'Bis morgen']);
    expect(labels(trayMenuTemplate(trayView(input(DE, { calls: [] })), noTrayActions) as Item[])).toContain(
      'Keine letzten Anrufe',
    );
  });

  it('Arabic: right to left, with Arabic plural forms for the missed calls', () => {
    const view = trayView(input(AR));
    expect(view.locale?.dir).toBe('rtl');
    const count = (n: number) => trayView(input(AR, { missed: n })).tooltip;
    expect(count(1)).toContain('مكالمة فائتة واحدة');
    expect(count(2)).toContain('مكالمتان فائتتان');
    expect(count(3)).toMatch(/مكالمات فائتة$/);
    expect(count(11)).toMatch(/مكالمة فائتة$/);
    expect(count(0)).toBe('iSymphony Companion: متصل');
    expect(view.statusLine).toContain('وضع عدم الإزعاج مفعّل');
    expect(view.recentCalls[0]!.label).toMatch(/: فائتة$/);
    expect(labels(trayMenuTemplate(view, noTrayActions) as Item[])).toEqual(
      expect.arrayContaining(['المكالمات الحديثة', 'الحالة', 'الإعدادات…', 'إنهاء']),
    );
  });

  it('a language change changes the view, so the tray host re-renders the menu', () => {
    const english = trayView(input(EN));
    const german = trayView(input(DE));
    expect(JSON.stringify(english)).not.toBe(JSON.stringify(german));
    expect(labels(trayMenuTemplate(english, noTrayActions) as Item[])).toContain('Quit');
    expect(labels(trayMenuTemplate(german, noTrayActions) as Item[])).toContain('Beenden');
  });

  it('the updates item and line follow the language, the failure reason included', () => {
    const failed = updateMenuView(
      {
        kind: 'failed',
        problem: { code: 'no-release', message: 'x', text: { key: 'problem.updateNoRelease' } },
        checkedAt: 0,
      },
      '0.1.0',
    );
    const menu = trayMenuTemplate(trayView(input(DE)), noTrayActions, {
      update: { view: failed, onClick: () => {} },
    }) as Item[];
    expect(labels(menu)).toEqual(
      expect.arrayContaining([
        'Suche nach Updates fehlgeschlagen: Der Update-Server bietet noch keine Version an.',
        'Nach Updates suchen …',
      ]),
    );
  });
});

describe('notifications speak the chosen language', () => {
  it('German and Arabic pops: a number, a dialled line, an internal call, a transfer, a withheld number', () => {
    const de = translatorFor(DE).t;
    const ar = translatorFor(AR).t;
    expect(popNotice(record(), null, undefined, de).body).toMatch(
      /^.*\+442079460018.* hat .*\+442079460000.* angerufen$/,
    );
    expect(popNotice(record({ internal: true }), null, undefined, de).body).toMatch(/, interner Anruf$/);
    expect(
      popNotice(
        record({ transferredFrom: { name: 'Dana Scott', extension: '4225', username: '4225' } }),
        null,
        undefined,
        de,
      ).body,
    ).toMatch(/, weitergeleitet von .*Dana Scott/);
    expect(
      popNotice(record({ callerName: null, callerNumber: null, did: null }), null, undefined, de),
    ).toMatchObject({
      title: 'Unbekannter Anrufer',
      body: 'Rufnummer unterdrückt',
    });
    expect(popNotice(record(), null, undefined, ar).body).toMatch(
      /^اتصل .*\+442079460018.* بـ .*\+442079460000/,
    );
    expect(
      popNotice(record({ callerName: null, callerNumber: null, did: null }), null, undefined, ar),
    ).toMatchObject({
      title: 'متصل غير معروف',
      body: 'الرقم محجوب',
    });
  });

  it('missed calls: the title names the caller or says unknown, and the Call back button is in the language', () => {
    const de = translatorFor(DE).t;
    const entry = sampleEntry(0, {
      id: 'm1',
      state: 'missed',
      callerName: 'Ada Lovelace',
      callerNumber: '+442079460018',
    });
    expect(missedNotice(entry, de).title).toMatch(/^Verpasster Anruf von .*Ada Lovelace/);
    const unknown = sampleEntry(0, { id: 'm2', state: 'missed', callerName: null, callerNumber: null });
    expect(missedNotice(unknown, de)).toMatchObject({
      title: 'Verpasster Anruf von einem unbekannten Anrufer',
      body: 'Rufnummer unterdrückt',
    });
    expect(missedNotice(unknown, translatorFor(AR).t).title).toBe('مكالمة فائتة من متصل غير معروف');
    expect(missedNotificationOptions({ title: 't', body: 'b' }, 'darwin', DE).actions).toEqual([
      { type: 'button', text: 'Zurückrufen' },
    ]);
    expect(missedNotificationOptions({ title: 't', body: 'b' }, 'darwin', AR).actions).toEqual([
      { type: 'button', text: 'معاودة الاتصال' },
    ]);
  });

  it('untrusted caller text stays display-safe, capped and escaped for Linux in every locale', () => {
    for (const locale of EVERY_LOCALE) {
      const say = translatorFor(locale).t;
      for (const { label, text } of HOSTILE_CALLER_IDS) {
        const where = `${locale.language}: ${label}`;
        const notice = popNotice(record({ callerName: text, callerNumber: text }), null, undefined, say);
        const linux = notificationText(notice, 'linux');
        expect(linux.body, where).not.toMatch(/[<>]/);
        expect(linux.body.replace(/&(amp|lt|gt);/g, ''), where).not.toContain('&');
        expect(linux.title, where).toBe(notice.title);
        // The name is capped before the words go round it: the title is the name alone.
        expect([...new Intl.Segmenter().segment(notice.title)].length, where).toBeLessThanOrEqual(
          DISPLAY_NAME_MAX + 2,
        );
        const missedNotice_ = missedNotice(
          sampleEntry(0, { id: 'm', state: 'missed', callerName: text, callerNumber: text }),
          say,
        );
        const missed = notificationText(missedNotice_, 'linux');
        expect(missed.body, where).not.toMatch(/[<>]/);
        // Escaped once, exactly: unescaping gives the words and the caller's text back.
        expect(unescapeMarkup(missed.body), where).toBe(missedNotice_.body);
        expect(escapeNotificationMarkup(unescapeMarkup(missed.body)), where).toBe(missed.body);
        expect(unescapeMarkup(linux.body), where).toBe(notice.body);
      }
      // A menu label doubles "&" in every language (a Windows mnemonic otherwise).
      const view = trayView(input(locale, { calls: [{ ...missedCall, callerName: 'R&D' }] }));
      expect(menuLabel(view.recentCalls[0]!.label)).toContain('R&&D');
    }
  });
});

describe('dialogs and dial notices speak the chosen language', () => {
  it('the clipboard dial question and the password move question, in German', () => {
    expect(dialConfirmOptions('\u2066+44 20\u2069', DE)).toMatchObject({
      title: 'Diese Nummer anrufen?',
      message: '\u2066+44 20\u2069 anrufen?',
      buttons: ['Anrufen', 'Abbrechen'],
      defaultId: 0,
      cancelId: 1,
    });
    const move = passwordMoveDialogOptions('old.example.com', 'new.example.com', DE);
    expect(move.message).toBe('Ihr Manager-Passwort an new.example.com senden?');
    expect(move.detail).toContain('für old.example.com eingegeben');
    expect(move.buttons).toEqual(['Für new.example.com verwenden', 'Entfernen – ich gebe es erneut ein']);
    // The safe answer stays the default in every language.
    expect(move.defaultId).toBe(1);
    expect(move.cancelId).toBe(1);
  });

  it('the dial notice says a problem in the language when it carries a message', () => {
    const de = translatorFor(DE).t;
    expect(dialNoticeTitle({ ok: false, error: { code: 'x', message: 'x' } }, de)).toBe('Nicht gewählt');
    const text = { key: 'dial.viaPbx', values: { number: '12', extension: '4224' } } as const;
    expect(dialNoticeTitle({ ok: true, value: { via: 'pbx', number: '12', message: 'm', text } }, de)).toBe(
      'Anruf über die Telefonanlage',
    );
  });
});

describe('connection problems: English for the command line, the chosen language in the app', () => {
  const where = { host: 'pbx.example.com', port: 58080 };

  it('a refused connection keeps its English sentence and says it in German and Arabic', () => {
    const refused = classifyFailure({ kind: 'error', errorCode: 'ECONNREFUSED' }, where);
    expect(refused.message).toBe(
      'Nothing accepts connections at pbx.example.com:58080; check that iSymphony is running there and that the port is right (58080, or 55050 with SSL).',
    );
    expect(translatorFor(DE).problem(refused)).toBe(
      'Unter pbx.example.com:58080 nimmt nichts Verbindungen an; prüfen Sie, ob iSymphony dort läuft und ob der Port stimmt (58080, mit SSL 55050).',
    );
    expect(translatorFor(AR).problem(refused)).toContain('pbx.example.com:58080');
  });

  it('nested values (a wait, an unknown error) are said in the same language', () => {
    const timeout = classifyFailure({ kind: 'timeout', ms: 5000 }, where);
    expect(timeout.message).toContain('within 5 seconds');
    expect(translatorFor(DE).problem(timeout)).toContain('innerhalb von 5 Sekunden');
    expect(classifyFailure({ kind: 'timeout', ms: 150 }, where).message).toContain('within 150 ms');
    const odd = classifyFailure({ kind: 'error', errorCode: 'some free text' }, where);
    expect(odd.message).toContain('(unknown error)');
    expect(translatorFor(DE).problem(odd)).toContain('(unbekannter Fehler)');
  });

  it('while waiting to retry, the English sentence names the next try and the app text is the reason alone', () => {
    const problem = classifyFailure({ kind: 'http-status', status: 401 }, where);
    const state = backoffState(2, T0 + 5000, 5000, problem);
    expect(state.message).toMatch(/\(next try in 5 s\)\.$/);
    const view = viewOfSession(state);
    expect(view.text).toEqual(problem.text);
    expect(translatorFor(DE).problem(view)).toMatch(/Manager-Benutzernamen oder das Passwort abgelehnt/);
    expect(viewOfSession(failedState(problem)).message).toBe(problem.message);
  });
});

describe('settings validation', () => {
  it('an unknown key and a secret in the file are said in the language; the summary counts in it', () => {
    const checked = validateSettings({ ...defaultSettings(), colour: 'red', apiToken: 'x' });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const de = translatorFor(DE);
    expect(checked.error.message).toBe('2 settings are not valid; each is marked beside its field.');
    expect(de.problem(checked.error)).toBe(
      '2 Einstellungen sind ungültig; jede ist neben ihrem Feld markiert.',
    );
    const said = checked.error.fields.map((f) => de.problem(f));
    expect(said).toContain(
      '„colour“ ist keine Einstellung, die diese Version von iSymphony Companion kennt.',
    );
    expect(said).toContain(
      'Passwörter und andere Geheimnisse werden im Schlüsselbund des Systems aufbewahrt, nie in der Einstellungsdatei.',
    );
  });
});

describe('a translation must have every key', () => {
  it('a catalogue part without a key of the English part does not compile', () => {
    // @ts-expect-error: 'tray.quit' and the others are missing, so this is a compile error (npm run typecheck).
    const partial: Messages<typeof englishDesktop> = { 'tray.noRecentCalls': 'Keine letzten Anrufe' };
    expect(Object.keys(partial)).toHaveLength(1);
  });
});
