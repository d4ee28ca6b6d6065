/**
 * Writes a PNG of each screen, light and dark, to docs/screenshots/ (npm run screenshots): the
 * built renderer in Debian's Chromium, fed by the scripted backend with realistic made-up calls.
 * A few screens are also taken in German and in Arabic (right to left). The same list of screens
 * is what the axe, pseudo-locale and 200 % tests walk (test/browser/axe.test.ts,
 * pseudo-locale.test.ts, zoom-200.test.ts), with MORE_STATES.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  Answer,
  AppState,
  ConnectionView,
  LocaleView,
  PhonebookPage,
  Settings,
} from '../src-main/ipc/contract';
import { resolveLocale } from '../src-main/i18n/languages';
import { refList } from '../src-main/i18n/message-ref';
import type { RendererPage } from '../test/support/renderer-harness';
import { popWindowBounds } from '../src-main/electron/pop-placement';
import { DEMO_CONTACTS, demoCrmTemplateUrl, startDemoServer } from '../src-main/demo-server';
import { ensureRendererBuilt } from '../test/support/renderer-build';
import { failFields, failSaid } from '../src-main/app/answers';
import { viewOfSession } from '../src-main/app/connection-view';
import { problemSaid } from '../src-main/i18n/english';
import { classifyFailure } from '../src-main/session/classify';
import { backoffState, failedState } from '../src-main/session/states';
import { validateSettings } from '../src-main/storage/settings-schema';
import { exportText, readImport } from '../src-main/storage/settings-transfer';
import { startRendererHarness, type RendererHarness } from '../test/support/renderer-harness';
import { ScriptedBackend, T0, historyCalls, sampleCall, sampleState } from '../test/support/scripted-backend';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');

const NAMES = [
  'Ada Lovelace',
  'Grace Hopper',
  'Linus Pauling',
  'محمد الأحمد',
  '',
  'Katherine Johnson',
  'Alan Turing',
];

function history(): AppState['liveCalls'][number][] {
  return historyCalls(240).map((call, i) => ({
    ...call,
    callerName: NAMES[i % NAMES.length] || null,
    internal: i % 6 === 3,
    did: i % 6 === 3 ? null : call.did,
    direction: i % 7 === 4 ? 'outbound' : 'inbound',
    state: i % 5 === 0 ? 'missed' : i % 9 === 2 ? 'answered-elsewhere' : 'ended',
  }));
}

/** The history over several days (a call every 3 hours 10 minutes), one missed call called back: the day groups show. */
function daysOfHistory(): AppState['liveCalls'][number][] {
  return history().map((call, i) => {
    const ringingSince = T0 - (i + 1) * 190 * 60_000;
    const shifted = {
      ...call,
      ringingSince,
      answeredAt: call.answeredAt === null ? null : ringingSince + 8_000,
      endedAt: ringingSince + (call.talkMs ?? 0) + (call.ringMs ?? 0),
    };
    return i === 5 ? { ...shifted, calledBackAt: ringingSince + 40 * 60_000 } : shifted;
  });
}

function settings(): Settings {
  const base = sampleState().settings;
  return {
    ...base,
    mode: 'server',
    server: { host: 'pbx.example.com', port: 55050, tls: true, trustedCertificateSha256: null },
    isymphonyUser: 'ada',
    extensions: ['4224', '4225'],
    popStyle: 'both',
    crm: {
      defaultCountry: 'GB',
      templates: [
        {
          id: 'hubspot',
          label: 'HubSpot',
          url: 'https://crm.example.com/contacts?q={e164}',
          autoOpen: 'answer',
          rules: {},
        },
        {
          id: 'tickets',
          label: 'Helpdesk tickets',
          url: 'https://help.example.com/new?caller={number}&line={did}',
          autoOpen: 'never',
          rules: { caller: 'external', dids: ['0800 123 456'] },
        },
      ],
    },
  };
}

export interface Shot {
  readonly name: string;
  readonly page: 'index' | 'pop';
  readonly viewport: { width: number; height: number };
  readonly state: AppState;
  /** Optional: a selector to photograph instead of the whole window. */
  readonly element?: string;
  readonly prepare?: (backend: ScriptedBackend) => void;
  readonly act?: (page: Page) => Promise<void>;
}

/** The pop window's real size for n cards, as main computes it on a 1920×1040 work area. */
function popViewport(cards: number): { width: number; height: number } {
  const { width, height } = popWindowBounds({ x: 0, y: 0, width: 1920, height: 1040 }, cards);
  return { width, height };
}

/** The server dropped the socket; the app waits 8 s for its third try (main's view, references and all). */
const WHERE = { host: 'pbx.example.com', port: 55050 };
const retrying = viewOfSession(
  backoffState(3, T0 + 8_000, 8_000, classifyFailure({ kind: 'closed', closeCode: 1006 }, WHERE)),
);
/** The server's allow-list refused this computer's address (HTTP 403): retrying cannot help. */
const refusedAddress = viewOfSession(
  failedState(classifyFailure({ kind: 'http-status', status: 403, localAddress: '192.0.2.15' }, WHERE)),
);

/** A settings file with three problems: a port out of range, a ring volume too loud, a password in it. */
const BAD_IMPORT = exportText({
  ...settings(),
  ringVolume: 150,
  server: { ...settings().server, port: 70000 },
}).replace('"settings": {', '"settings": {\n    "managerPassword": "not here",');

const ringing = sampleCall({ ringingSince: T0 - 12_000, transferredFrom: 'Reception (4200)' });
const connection = (c: ConnectionView): Partial<AppState> => ({ connection: c });

/** A caller the PBX only knew as "WIRELESS CALLER", named by the phonebook. */
const lookedUp = sampleCall({
  callerName: 'WIRELESS CALLER',
  callerNumber: '020 7946 0018',
  ringingSince: T0 - 4_000,
  lookup: { kind: 'found', source: 'phonebook', name: 'Ada Lovelace', company: 'Analytical Engines Ltd' },
});

const CONTACTS = [
  ['Ada Lovelace', 'Analytical Engines Ltd', ['+44 20 7946 0018', '+44 7700 900123']],
  ['Grace Hopper', 'US Navy', ['+1 212 555 0100']],
  ['Katherine Johnson', 'NASA Langley', ['+1 757 555 0142']],
  ['محمد الأحمد', 'شركة المثال', ['+971 4 555 0199']],
  ['Alan Turing', null, ['+44 161 496 0000']],
  [null, 'Reception, Example Ltd', ['0800 123 456']],
] as const;

/** Every screen and state; the accessibility test (test/browser/axe.test.ts) walks the same list. */
/** The phonebook's answer to the screen's query: every contact of CONTACTS. */
function contactsPage(): Answer<PhonebookPage> {
  return {
    ok: true,
    value: {
      total: CONTACTS.length,
      offset: 0,
      contacts: CONTACTS.map(([name, company, numbers], i) => ({ id: `c${i + 1}`, name, company, numbers })),
    },
  };
}

export const SHOTS: readonly Shot[] = [
  {
    name: 'pop-card',
    page: 'pop',
    viewport: popViewport(1),
    state: sampleState({ pops: [ringing] }),
  },
  {
    name: 'pop-card-lookup',
    page: 'pop',
    viewport: popViewport(1),
    state: sampleState({ pops: [lookedUp] }),
  },
  {
    name: 'phonebook',
    page: 'index',
    viewport: { width: 1000, height: 620 },
    state: sampleState({ phonebook: { contacts: CONTACTS.length, version: 1, notice: null } }),
    prepare: (backend) => {
      backend.handlers.queryPhonebook = contactsPage;
    },
    act: async (page) => {
      await page.getByRole('button', { name: 'Phonebook' }).click();
      await page.locator('.contact').first().waitFor();
    },
  },
  {
    name: 'pop-card-labelled',
    page: 'pop',
    viewport: popViewport(1),
    state: sampleState({
      pops: [
        sampleCall({
          ringingSince: T0 - 4_000,
          didLabel: 'Acme – Sales',
          callerNumber: '+442079460018',
          callerNumberFormatted: '020 7946 0018',
          did: '0800 123 456',
        }),
      ],
    }),
  },
  {
    // Answered at this desk: the card stays with its CRM actions while the caller is on the line (issue 14).
    name: 'pop-card-answered',
    page: 'pop',
    viewport: popViewport(1),
    state: sampleState({
      pops: [
        sampleCall({ state: 'answered', ringingSince: T0 - 92_000, answeredAt: T0 - 83_000, ringMs: 9_000 }),
      ],
    }),
  },
  {
    name: 'pop-cards-several',
    page: 'pop',
    viewport: popViewport(3),
    state: sampleState({
      pops: [
        sampleCall({
          id: 'p3',
          callerName: null,
          callerNumber: '+1 212 555 0147',
          did: '0800 999 000',
          ringingSince: T0 - 3_000,
        }),
        sampleCall({
          id: 'p2',
          callerName: 'Grace Hopper',
          internal: true,
          did: null,
          state: 'answered-elsewhere',
          answeredBy: 'Sam (4225)',
          ringMs: 9_000,
        }),
        sampleCall({ id: 'p1', callerName: 'X'.repeat(200), state: 'missed', ringMs: 30_000 }),
      ],
    }),
  },
  {
    // "Call back" clicked on a card: the card says which way the call went (issue 14).
    name: 'call-back-card',
    page: 'pop',
    viewport: popViewport(1),
    state: sampleState({ pops: [sampleCall({ state: 'missed', ringMs: 30_000 })] }),
    act: async (page) => {
      await page.locator('.pop-card .call-back').click();
      await page.getByText('through the PBX').waitFor();
    },
  },
  {
    name: 'call-back-history',
    page: 'index',
    viewport: { width: 1000, height: 520 },
    state: sampleState(),
    prepare: (backend) => (backend.history = history()),
    act: async (page) => {
      await page
        .getByRole('button', { name: /^Actions for/ })
        .first()
        .click();
      await page.getByRole('menuitem', { name: 'Call back' }).click();
      await page.getByText('through the PBX').waitFor();
    },
  },
  {
    name: 'history',
    page: 'index',
    viewport: { width: 1000, height: 720 },
    state: sampleState({ liveCalls: [sampleCall({ popped: false, ringingSince: T0 - 7_000 })] }),
    prepare: (backend) => (backend.history = daysOfHistory()),
    // A number just copied: the row says so.
    act: async (page) => {
      await page
        .getByRole('button', { name: /^Actions for/ })
        .nth(1)
        .click();
      await page.getByRole('menuitem', { name: 'Copy number' }).click();
      await page.getByTestId('copied').waitFor();
    },
  },
  {
    // The narrowest main window: the dialled number folds under the caller.
    name: 'history-480',
    page: 'index',
    viewport: { width: 480, height: 720 },
    state: sampleState(),
    prepare: (backend) => (backend.history = daysOfHistory()),
  },
  {
    // A row's one menu, opened from the keyboard.
    name: 'history-menu',
    page: 'index',
    viewport: { width: 1000, height: 520 },
    state: sampleState(),
    prepare: (backend) => (backend.history = daysOfHistory()),
    act: async (page) => {
      await page.locator('[data-row="2"]').focus();
      await page.keyboard.press('Enter');
      await page.getByRole('menuitem', { name: 'Open CRM' }).waitFor();
    },
  },
  ...(
    [
      ['status-live', { state: 'live', code: 'live', message: '', since: T0 }, 'server'],
      ['status-connecting', { state: 'connecting', code: 'connecting', message: '', attempt: 2 }, 'server'],
      // Main's own views of these states (session/states.ts, classify.ts): their catalogue references too.
      ['status-retrying', retrying, 'server'],
      ['status-failed', refusedAddress, 'server'],
      ['status-demo', { state: 'live', code: 'live', message: '', since: T0 }, 'demo'],
    ] as const
  ).map(([name, c, mode]): Shot => ({
    name,
    page: 'index',
    viewport: { width: 900, height: 400 },
    state: sampleState({ ...connection(c as ConnectionView), mode }),
    element: '[data-testid="status-bar"]',
  })),
  {
    name: 'settings',
    page: 'index',
    viewport: { width: 1000, height: 1800 },
    state: sampleState({ settings: settings() }),
    act: async (page) => {
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByTestId('crm-preview').first().waitFor();
      await page.waitForTimeout(400);
    },
  },
  {
    name: 'pause-menu',
    page: 'index',
    viewport: { width: 900, height: 260 },
    state: sampleState(),
    act: async (page) => {
      await page.getByTestId('pause-pops').getByRole('button', { name: 'Pause pops' }).click();
      await page.getByRole('menu').waitFor();
    },
  },
  {
    name: 'paused',
    page: 'index',
    viewport: { width: 900, height: 200 },
    state: sampleState({ popsPaused: { choice: '1h', until: T0 + 47 * 60_000 } }),
    element: 'header.top',
  },
  {
    name: 'settings-address',
    page: 'index',
    viewport: { width: 1000, height: 1000 },
    state: sampleState({
      settings: {
        ...settings(),
        server: { host: '', port: 58080, tls: false, trustedCertificateSha256: null },
      },
    }),
    element: '#server',
    act: async (page) => {
      await page.getByRole('button', { name: 'Settings' }).click();
      // A paste, as the page sees one.
      await page.getByLabel('Host', { exact: true }).evaluate((input) => {
        const field = input as unknown as { value: string; dispatchEvent(event: unknown): boolean };
        field.value = 'wss://pbx.example.com:55050/';
        const Input = (globalThis as unknown as { InputEvent: new (t: string, i: object) => unknown })
          .InputEvent;
        field.dispatchEvent(new Input('input', { inputType: 'insertFromPaste', bubbles: true }));
      });
      await page.getByTestId('host-note').waitFor();
    },
  },
  {
    name: 'settings-pops',
    page: 'index',
    viewport: { width: 1000, height: 1400 },
    state: sampleState({
      settings: { ...settings(), popDisplay: 9, popCorner: 'top-right' },
      displays: [
        { id: 7, place: 1, name: 'DELL U2719D', width: 2560, height: 1440, primary: false },
        { id: 9, place: 2, name: 'Built-in display', width: 1920, height: 1080, primary: true },
      ],
    }),
    element: '#pops',
    act: async (page) => {
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.locator('#pops').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'settings-shortcut',
    page: 'index',
    viewport: { width: 1000, height: 1400 },
    state: sampleState({
      settings: settings(),
      // As main's shortcut registry says it (electron/shortcuts.ts).
      shortcutProblem: problemSaid('shortcut-taken', 'problem.shortcutTaken', {
        accelerator: 'CommandOrControl+Shift+K',
      }),
    }),
    element: '#general',
    act: async (page) => {
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.locator('#general').scrollIntoViewIfNeeded();
      await page.getByTestId('shortcut-recorder').click();
      await page.keyboard.down('Control');
      await page.keyboard.down('Alt');
    },
  },
  {
    name: 'settings-sound',
    page: 'index',
    viewport: { width: 1000, height: 1400 },
    state: sampleState({ settings: { ...settings(), ringSound: 'chime', ringVolume: 60 } }),
    element: '#sound',
    act: async (page) => {
      await page.getByRole('button', { name: 'Settings' }).click();
      // Scrolled to, not chosen in the section nav: the nav is hidden below 640 px (the 200 % test).
      await page.locator('#sound').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'settings-transfer',
    page: 'index',
    viewport: { width: 1000, height: 1400 },
    state: sampleState({ settings: settings() }),
    element: '#transfer',
    prepare: (backend) => {
      // A file with three problems: each said in plain words, nothing changed.
      backend.handlers.importSettings = async () => {
        const read = readImport(BAD_IMPORT, settings());
        return read.ok ? { ok: true, value: null } : failFields(read.error);
      };
    },
    act: async (page) => {
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.locator('#transfer').scrollIntoViewIfNeeded();
      await page.getByRole('button', { name: 'Import settings…' }).click();
      await page.getByTestId('transfer-result').getByRole('listitem').first().waitFor();
    },
  },
  {
    name: 'settings-lines',
    page: 'index',
    viewport: { width: 1000, height: 1400 },
    state: sampleState({
      settings: {
        ...settings(),
        didLabels: [
          { did: '0800 123 456', label: 'Acme – Sales' },
          { did: '020 7946 0000', label: 'Acme – Support' },
        ],
      },
    }),
    element: '#identity',
    act: async (page) => {
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.locator('#identity').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'settings-invalid',
    page: 'index',
    viewport: { width: 1000, height: 800 },
    state: sampleState({
      settings: settings(),
      keychain: {
        passwordStored: false,
        where: 'none',
        // As main's secret store says it on Linux without a Secret Service.
        problem: problemSaid('keychain-unavailable', 'problem.keychainUnavailableLinux'),
      },
    }),
    prepare: (backend) => {
      // Main's answer to a host with a space and a port out of range (storage/settings-schema.ts).
      const server = { ...settings().server, host: 'pbx example.com', port: 0 };
      const valid = validateSettings({ ...settings(), server });
      backend.handlers.saveSettings = () => (valid.ok ? { ok: true, value: null } : failFields(valid.error));
    },
    act: async (page) => {
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByLabel('Host', { exact: true }).fill('pbx example.com');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByTestId('field-error').first().waitFor();
      await page.locator('.sections').evaluate((el) => (el.scrollTop = 0));
    },
  },
  {
    name: 'detect-calls',
    page: 'index',
    viewport: { width: 900, height: 700 },
    state: sampleState({
      detection: {
        kind: 'result',
        confidence: 'high',
        headline: { key: 'detection.headline.high' },
        lines: [
          ...(
            [
              ['dial', 'CallRinging'],
              ['link', 'CallConnected'],
              ['linkEnd', 'CallDisconnected'],
              ['hangup', 'ChannelClosed'],
            ] as const
          ).map(([kind, name]) => ({
            label: { key: `detection.line.${kind}` } as const,
            value: { key: 'detection.value.event', values: { name } } as const,
            decided: true,
          })),
          {
            label: { key: 'detection.line.caller' },
            value: { key: 'detection.value.caller', values: { suffix: '2' } },
            decided: true,
          },
          {
            label: { key: 'detection.line.fields' },
            value: refList(
              { key: 'detection.value.field', values: { field: 'callerIdName', name: 'cidName' } },
              { key: 'detection.value.field', values: { field: 'callerIdNumber', name: 'cidNum' } },
              { key: 'detection.value.field', values: { field: 'did', name: 'dialedNumber' } },
              { key: 'detection.value.field', values: { field: 'extensionNumber', name: 'exten' } },
            ),
            decided: true,
          },
        ],
        evidence: [{ key: 'detection.evidence.seen', values: { events: 12, types: 6, mentions: 5 } }],
        canApply: true,
        applied: false,
      },
    }),
    act: async (page) => {
      await page
        .getByTestId('detection-dialog')
        .getByRole('button', { name: 'Apply', exact: true })
        .waitFor();
    },
  },
  {
    name: 'call-check',
    page: 'index',
    viewport: { width: 900, height: 420 },
    state: sampleState({ detection: { kind: 'idle', offer: true } }),
  },
  {
    name: 'first-run',
    page: 'index',
    viewport: { width: 900, height: 560 },
    state: sampleState({ mode: 'setup' }),
  },
  {
    name: 'missed',
    page: 'index',
    viewport: { width: 1000, height: 640 },
    state: sampleState({ missed: { count: 2, calls: missedCalls() } }),
    prepare: withMissedHistory,
  },
];

/**
 * States the screenshots do not show but a person meets: the axe, pseudo-locale and 200 % tests
 * walk them after SHOTS (never photographed).
 */
/** The phonebook file's notice when entries could not be read and no copy could be made: changes are refused. */
const PHONEBOOK_LOCKED = problemSaid('phonebook-partly-unreadable', 'phonebookStore.someUnreadNoCopy', {
  bad: 2,
  folder: '/home/reception/.config/iSymphony Companion',
});

export const MORE_STATES: readonly Shot[] = [
  {
    // The phonebook's notice, and main's refusal of a change that quotes it.
    name: 'phonebook-read-only',
    page: 'index',
    viewport: { width: 1000, height: 620 },
    state: sampleState({ phonebook: { contacts: CONTACTS.length, version: 1, notice: PHONEBOOK_LOCKED } }),
    prepare: (backend) => {
      backend.handlers.queryPhonebook = contactsPage;
      backend.handlers.deletePhonebookContact = () =>
        failSaid('phonebook-read-only', 'phonebook.refused.readOnly', { reason: PHONEBOOK_LOCKED.text });
    },
    act: async (page) => {
      await page.getByRole('button', { name: 'Phonebook' }).click();
      await page.getByRole('button', { name: 'Delete Ada Lovelace' }).click();
      await page.locator('.phonebook .problem').waitFor();
    },
  },
  {
    name: 'clear-history-dialog',
    page: 'index',
    viewport: { width: 1000, height: 640 },
    state: sampleState(),
    prepare: (backend) => (backend.history = historyCalls(5)),
    act: async (page) => {
      await page.getByRole('button', { name: 'Clear history…' }).click();
      await page.getByRole('dialog').waitFor();
    },
  },
  {
    name: 'crm-menu-open',
    page: 'pop',
    viewport: popViewport(1),
    state: sampleState({ pops: [sampleCall()] }),
    act: async (page) => {
      await page.getByRole('button', { name: 'Other CRM links' }).click();
      await page.getByRole('menu').waitFor();
    },
  },
  {
    // Main's refusal of Open CRM in the card's line (no web browser took the link), as the URL opener says it.
    name: 'pop-open-crm-refused',
    page: 'pop',
    viewport: popViewport(1),
    state: sampleState({ pops: [sampleCall()] }),
    prepare: (backend) => {
      backend.handlers.openCrm = () => ({ ok: false, error: problemSaid('open-failed', 'open.noBrowser') });
    },
    act: async (page) => {
      await page.getByRole('button', { name: 'Open CRM', exact: true }).click();
      await page.locator('.pop-card .problem').waitFor();
    },
  },
  {
    // A Missed row's menu, opened from the keyboard (the section is one Tab stop, as the history is).
    name: 'missed-menu',
    page: 'index',
    viewport: { width: 1000, height: 640 },
    state: sampleState({ missed: { count: 2, calls: missedCalls() } }),
    prepare: withMissedHistory,
    act: async (page) => {
      await page.locator('[data-testid="missed-section"] li').first().focus();
      await page.keyboard.press('Enter');
      await page
        .locator('[data-testid="missed-section"]')
        .getByRole('menuitem', { name: 'Open CRM' })
        .waitFor();
    },
  },
  {
    name: 'missed-pop-in-main-window',
    page: 'index',
    viewport: { width: 1000, height: 640 },
    state: sampleState({ pops: [sampleCall({ id: 'gone', state: 'missed', ringMs: 30_000 })] }),
  },
  {
    // The pop window for two cards (SHOTS has one and three).
    name: 'pop-cards-two',
    page: 'pop',
    viewport: popViewport(2),
    state: sampleState({
      pops: [
        sampleCall({ id: 'p2', callerName: 'Grace Hopper', transferredFrom: 'Reception (4200)' }),
        sampleCall({ id: 'p1', state: 'answered', answeredAt: T0 - 60_000, ringMs: 9_000 }),
      ],
    }),
  },
];

/** The history below the Missed section: the two missed calls on top, and an older one already called back. */
function withMissedHistory(backend: ScriptedBackend): void {
  const older = history().map((call, i) =>
    i === 1
      ? {
          ...call,
          state: 'missed' as const,
          answeredAt: null,
          talkMs: null,
          ringMs: 24_000,
          calledBackAt: call.ringingSince + 900_000,
        }
      : call,
  );
  backend.history = [...missedCalls(), ...older];
}

/** Two missed calls the user has not seen yet, newest first. */
function missedCalls(): AppState['liveCalls'][number][] {
  return [
    sampleCall({
      id: 'missed-2',
      callerName: 'Katherine Johnson',
      callerNumber: '+44 20 7946 0321',
      state: 'missed',
      ringingSince: T0 - 2 * 60_000,
      answeredAt: null,
      endedAt: T0 - 2 * 60_000 + 25_000,
      ringMs: 25_000,
      talkMs: null,
    }),
    sampleCall({
      id: 'missed-1',
      callerName: null,
      callerNumber: '+1 212 555 0147',
      did: '0800 999 000',
      state: 'missed',
      ringingSince: T0 - 6 * 60_000,
      answeredAt: null,
      endedAt: T0 - 6 * 60_000 + 18_000,
      ringMs: 18_000,
      talkMs: null,
    }),
  ];
}

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
