/**
 * The desktop's refusals in every language: Open CRM and Copy number with no call or number, opening
 * a link, Copy diagnostics, the demo server, start at login and the call links handler. Each is made
 * to happen for real by its module (and a status request or a window's request main refuses); English stays in `message`, `text` is said from the catalogue.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CrmActions } from '../../../src-main/app/crm-actions';
import { AppDiagnostics } from '../../../src-main/app/app-diagnostics';
import { startDemo } from '../../../src-main/app/demo-mode';
import { parseRequest } from '../../../src-main/app/request-parsing';
import { systemClock, type Clock } from '../../../src-main/common/clock';
import { silentLogger } from '../../../src-main/common/log';
import type { LogRing } from '../../../src-main/common/log-ring';
import type { DiagnosticsRecorder } from '../../../src-main/diagnostics/recorder';
import { createLoginItemSetting } from '../../../src-main/electron/login-item';
import { createCallLinkRegistration } from '../../../src-main/electron/protocol-client';
import { createUrlOpener } from '../../../src-main/electron/url-opener';
import { checkStatusRequest, type StatusRequest } from '../../../src-main/presence/status-request';
import { STATUS_TYPE_LIST } from '../../../src-main/presence/status-types';
import { defaultSettings } from '../../../src-main/storage/settings-schema';
import { CALL_T0, callRecord } from '../../support/call-record';
import { LANGUAGES, resolveLocale } from '../../../src-main/i18n/languages';
import { translatorFor } from '../../../src-main/i18n/translator';
import { refusal, saidEverywhere } from '../../support/said-everywhere';

// A fixed now; nothing here waits, so the timers are the system's.
const clock: Clock = { ...systemClock, now: () => CALL_T0 };

function crmActions(options: { live?: boolean; number?: string | null; templates?: boolean } = {}) {
  const settings = defaultSettings();
  const template = {
    id: 'main',
    label: 'Main CRM',
    url: 'https://crm.example.com/?q={number}',
    autoOpen: 'never',
    rules: {},
  } as const;
  const call = callRecord({ callerNumber: options.number === undefined ? '+442079460018' : options.number });
  return new CrmActions({
    live: new Map(options.live === false ? [] : [[call.id, call]]),
    ended: () => undefined,
    endedShowing: () => [],
    clock,
    history: { query: () => ({ entries: [], total: 0 }) } as never,
    settings: () => ({
      ...settings,
      crm: { ...settings.crm, templates: options.templates === false ? [] : [template] },
    }),
    username: () => null,
    urlOpener: { open: async () => ({ ok: true, value: null }) },
    clipboard: { writeText: () => undefined },
    logger: silentLogger,
  });
}

describe('Open CRM and Copy number, refused', () => {
  it('a call no longer known, no template that fits, one not offered, no call now', async () => {
    const gone = saidEverywhere(refusal(await crmActions({ live: false }).openCrm('call-1')));
    expect(gone.de).toBe(
      'Dieser Anruf ist nicht mehr bekannt; vielleicht wurde er aus dem Verlauf gelöscht.',
    );
    expect(gone.ar).toContain('السجل');

    const none = saidEverywhere(refusal(await crmActions({ templates: false }).openCrm('call-1')));
    expect(none.de).toContain('CRM-Vorlage');
    expect(none.ar).toContain('قالب CRM');

    const other = saidEverywhere(refusal(await crmActions().openCrm('call-1', 'elsewhere')));
    expect(other.de).toContain('gilt nicht für diesen Anruf');
    expect(other.ar).toContain('لا ينطبق');

    const noCall = saidEverywhere(refusal(await crmActions({ live: false }).openShortcutTarget()));
    expect(noCall.en).toBe('No call is ringing, going on or just ended right now.');
    expect(noCall.de).toContain('klingelt kein Anruf');
    expect(noCall.ar).toContain('لا توجد الآن مكالمة');
  });

  it('Copy number: the call is gone, or its caller sent no number', () => {
    const gone = saidEverywhere(refusal(crmActions({ live: false }).copyNumber('call-1')));
    expect(gone.en).toBe('That call is no longer known.');
    expect(gone.de).toBe('Dieser Anruf ist nicht mehr bekannt.');

    const noNumber = saidEverywhere(refusal(crmActions({ number: null }).copyNumber('call-1')));
    expect(noNumber.de).toContain('keine Nummer');
    expect(noNumber.ar).toContain('رقمًا');
  });
});

describe('opening a link, refused', () => {
  const refusing = createUrlOpener(
    {
      openExternal: async () => {
        throw new Error('nothing answered');
      },
    },
    silentLogger,
  );

  it('not a web link, no browser, no phone app', async () => {
    const notWeb = saidEverywhere(refusal(await refusing.open('file:///etc/passwd')));
    expect(notWeb.de).toContain('Nur http- und https-Links');
    expect(notWeb.ar).toContain('http وhttps');

    const noBrowser = saidEverywhere(refusal(await refusing.open('https://crm.example.com/')));
    expect(noBrowser.de).toContain('Kein Webbrowser');
    expect(noBrowser.ar).toContain('متصفح');

    const noPhoneApp = saidEverywhere(refusal(await refusing.open('tel:+442079460018')));
    expect(noPhoneApp.de).toContain('Telefon-App');
    expect(noPhoneApp.ar).toContain('tel:');
  });
});

describe('Copy diagnostics, the demo server, start at login, call links: refused', () => {
  it('the diagnostics report could not be made', () => {
    const diagnostics = new AppDiagnostics({
      appVersion: '1.0.0',
      clock,
      snapshot: () => {
        throw new Error('no state');
      },
      recorder: {} as DiagnosticsRecorder,
      ring: {} as LogRing,
      eventsUnreadable: () => null,
      restUnreadable: () => null,
      secrets: () => [],
      clipboard: { writeText: () => undefined },
      logger: silentLogger,
    });
    const words = saidEverywhere(refusal(diagnostics.copy()));
    expect(words.en).toBe('The diagnostics report could not be made; see the log.');
    expect(words.de).toContain('Diagnosedaten');
    expect(words.ar).toContain('التشخيص');
  });

  it('the demo server could not start', async () => {
    const started = await startDemo({
      startDemoServer: async () => {
        throw new Error('EADDRINUSE');
      },
      clock,
      random: () => 0.5,
      logger: silentLogger,
    });
    const words = saidEverywhere(refusal(started));
    expect(words.de).toContain('Demo-Server');
    expect(words.ar).toContain('الخادم التجريبي');
  });

  it('start at login could not be changed: by the system, or its folder is not writable', async () => {
    const refusingSystem = createLoginItemSetting({
      platform: 'win32',
      app: {
        setLoginItemSettings: () => {
          throw new Error('denied');
        },
      },
      env: {},
      execPath: 'C:\\App\\app.exe',
      home: 'C:\\Users\\ada',
      fs: { mkdir: async () => undefined, writeFile: async () => undefined, rm: async () => undefined },
    });
    const system = saidEverywhere(refusal(await refusingSystem.set(true)));
    expect(system.de).toContain('„Bei der Anmeldung starten“');
    expect(system.ar).toContain('«التشغيل عند تسجيل الدخول»');

    const readOnly = createLoginItemSetting({
      platform: 'linux',
      app: { setLoginItemSettings: () => undefined },
      env: { XDG_CONFIG_HOME: '/home/ada/.config' },
      execPath: '/opt/app/app',
      home: '/home/ada',
      fs: {
        mkdir: async () => {
          throw new Error('EACCES');
        },
        writeFile: async () => undefined,
        rm: async () => undefined,
      },
    });
    const folder = saidEverywhere(refusal(await readOnly.set(true)));
    expect(folder.en).toBe(
      'Start at login could not be changed: /home/ada/.config/autostart is not writable.',
    );
    expect(folder.de).toContain('In /home/ada/.config/autostart kann nicht geschrieben werden');
    expect(folder.ar).toContain('/home/ada/.config/autostart');
  });

  it('the system kept the call links from this app, or kept them with it', () => {
    const refuse = ['callto', 'sip'];
    const set = createCallLinkRegistration(
      {
        setAsDefaultProtocolClient: (scheme: string) => !refuse.includes(scheme),
        removeAsDefaultProtocolClient: (scheme: string) => !refuse.includes(scheme),
      },
      { defaultApp: false, execPath: '/opt/app', script: undefined },
    );
    const handle = saidEverywhere(refusal(set(true)));
    expect(handle.en).toContain('handle callto:, sip: links');
    expect(handle.de).toContain('Links vom Typ callto:, sip: zu übernehmen');
    // Arabic joins the schemes with its own comma.
    expect(handle.ar).toContain('callto:، sip:');

    const release = saidEverywhere(refusal(set(false)));
    expect(release.de).toContain('wieder abzugeben');
    expect(release.ar).toContain('بالتوقف عن معالجة');
  });
});

describe('a status request main refuses', () => {
  const NOW = 1_800_000_000_000;
  const refused = (request: StatusRequest) => saidEverywhere(refusal(checkStatusRequest(request, NOW)));

  it('an unknown type, echoed or not, with the types listed in each language', () => {
    const sleepy = refused({ type: 'sleepy' });
    expect(sleepy.en).toBe(`There is no status type "sleepy"; the types are ${STATUS_TYPE_LIST}.`);
    expect(sleepy.de).toBe(`Einen Statustyp „sleepy“ gibt es nicht; die Typen sind ${STATUS_TYPE_LIST}.`);
    expect(sleepy.ar).toContain('available، unavailable، away');

    const hidden = refused({ type: 'away\u001b[2J' });
    expect(hidden.en).toBe(`There is no status type that; the types are ${STATUS_TYPE_LIST}.`);
    for (const sentence of Object.values(hidden)) expect(sentence).not.toContain('\u001b');
    expect(hidden.de).toContain('Diesen Statustyp gibt es nicht');
  });

  it('a name or note too long: the limit, and the default name as the windows say it', () => {
    const name = refused({ type: 'xa', name: 'n'.repeat(129) });
    expect(name.en).toBe(
      'A status name must be at most 128 printable characters (or left out for "Out of Office").',
    );
    expect(name.de).toContain('„Außer Haus“');
    expect(name.ar).toContain('«خارج المكتب»');

    const note = refused({ type: 'away', note: 'n'.repeat(513) });
    expect(note.en).toBe('A status note must be text of at most 512 characters.');
    expect(note.de).toContain('Statusnotiz');
  });

  it('a return time that is not a time, or not in the future', () => {
    const sentences = {
      notDate: refused({ type: 'away', returnTime: new Date(Number.NaN) }),
      notMs: refused({ type: 'away', returnTime: -2 }),
      notTime: refused({ type: 'away', returnTime: 'soon' as unknown as number }),
      past: refused({ type: 'away', returnTime: NOW }),
    };
    expect(sentences.notDate.en).toBe('The return time is not a valid date and time.');
    expect(sentences.notMs.en).toBe(
      'The return time must be -1 (none) or a time in milliseconds since the epoch.',
    );
    expect(sentences.notTime.en).toBe(
      'The return time must be -1 (none), a time in milliseconds since the epoch, or a date.',
    );
    expect(sentences.past.en).toBe('The return time must be in the future; leave it out for none.');
    for (const said of Object.values(sentences)) {
      expect(said.de).toContain('Rückkehrzeit');
      expect(said.ar).toContain('وقت العودة');
    }
  });
});

describe("a window's request main cannot take", () => {
  /** The request's problem and its fields' (the test fails if it was taken). */
  function refusedRequest(parsed: ReturnType<typeof parseRequest>) {
    if (parsed.ok) throw new Error('expected a refusal');
    return parsed.error;
  }

  it('a field that is not part of the request: the field and the request say it in each language', () => {
    const refused = refusedRequest(
      parseRequest('openCrm', { callId: 'call-1', url: 'https://evil.example/' }),
    );
    const whole = saidEverywhere(refused.error);
    expect(whole.en).toBe(
      'The openCrm request was not valid. url: "url" is not part of the openCrm request.',
    );
    expect(whole.de).toBe('Die Anfrage openCrm war ungültig. url: „url“ gehört nicht zur Anfrage openCrm.');
    expect(whole.ar).toContain('ليس جزءًا من الطلب openCrm');
    const [field] = refused.fields;
    expect(field && saidEverywhere(field).de).toBe('„url“ gehört nicht zur Anfrage openCrm.');
  });

  it('a payload that throws when read', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
        get: () => {
          throw new Error('no');
        },
      },
    );
    const words = saidEverywhere(refusedRequest(parseRequest('openCrm', hostile)).error);
    expect(words.en).toBe('The openCrm request could not be read.');
    expect(words.de).toBe('Die Anfrage openCrm ließ sich nicht lesen.');
  });

  it("a number a person types in Test lookup, refused by the contract, is said in their language, the request's sentence too", () => {
    const refused = refusedRequest(parseRequest('testCrmLookup', { settings: {}, number: 'call me 0101' }));
    const [field] = refused.fields;
    expect(field?.path).toBe('number');
    const words = saidEverywhere(field!);
    expect(words.en).toBe('Type a phone number: digits, with +, spaces, ( ) - . / if you like.');
    expect(words.de).toBe(
      'Geben Sie eine Telefonnummer ein: Ziffern, auf Wunsch mit +, Leerzeichen, ( ) - . /.',
    );
    expect(words.ar).toContain('اكتب رقم هاتف');
    const whole = saidEverywhere(refused.error);
    expect(whole.en).toBe(
      'The testCrmLookup request was not valid. number: Type a phone number: digits, with +, spaces, ( ) - . / if you like.',
    );
    expect(whole.de).toContain('Geben Sie eine Telefonnummer ein');
    // No digit at all, and too long: each its own sentence, the limit from the contract.
    const noDigit = refusedRequest(parseRequest('testCrmLookup', { settings: {}, number: '+ ( )' }))
      .fields[0];
    expect(saidEverywhere(noDigit!).fr).toBe('Saisissez un numéro de téléphone à rechercher.');
    const long = refusedRequest(parseRequest('testCrmLookup', { settings: {}, number: '1'.repeat(65) }))
      .fields[0];
    expect(saidEverywhere(long!).en).toBe('A number can have at most 64 characters.');
    expect(saidEverywhere(long!).it).toBe('Un numero può avere al massimo 64 caratteri.');
  });

  it('a phonebook contact with a number too long or too many numbers is refused in the chosen language', () => {
    const tooLong = refusedRequest(
      parseRequest('savePhonebookContact', { name: 'Ada', company: null, numbers: ['1'.repeat(65)] }),
    );
    expect(tooLong.fields[0]?.path).toBe('numbers[0]');
    expect(saidEverywhere(tooLong.fields[0]!).de).toBe('Eine Nummer hat höchstens 64 Zeichen.');
    const tooMany = refusedRequest(
      parseRequest('savePhonebookContact', {
        name: 'Ada',
        company: null,
        numbers: Array.from({ length: 17 }, (_, i) => `0101 ${i}`),
      }),
    );
    expect(saidEverywhere(tooMany.fields[0]!).en).toBe('A contact has at most 16 numbers.');
    expect(saidEverywhere(tooMany.fields[0]!).es).toBe('Un contacto tiene como máximo 16 números.');
  });

  it("a field only a broken page sends wrong keeps the contract's English, and so does the request's sentence", () => {
    const refused = refusedRequest(parseRequest('testCrmLookup', { settings: {}, number: 42 }));
    expect(refused.fields[0]).toEqual({ path: 'number', message: 'The number must be text.' });
    expect(refused.error).toEqual({
      code: 'invalid-request',
      message: 'The testCrmLookup request was not valid. number: The number must be text.',
    });
  });
});

describe("the pop window's title before main's first state", () => {
  it('is the product name, which every language writes the same, not an English sentence', () => {
    const html = readFileSync('src-renderer/pop.html', 'utf8');
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
    for (const language of LANGUAGES) {
      expect(title, language).toBe(translatorFor(resolveLocale(language, 'locale', [])).t('app.title'));
    }
  });
});
