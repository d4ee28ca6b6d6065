/**
 * What the screenshot list (scripts/screenshots.ts) draws its screens with: the shape of one screen
 * (`Shot`), a history, settings, main's own views of connection problems, contacts and missed calls.
 */
import type { Page } from 'playwright-core';
import type { Answer, AppState, ConnectionView, PhonebookPage, Settings } from '../../src-main/ipc/contract';
import { popWindowBounds } from '../../src-main/electron/pop-placement';
import { viewOfSession } from '../../src-main/app/connection-view';
import { problemSaid } from '../../src-main/i18n/english';
import { classifyFailure } from '../../src-main/session/classify';
import { backoffState, failedState } from '../../src-main/session/states';
import { exportText } from '../../src-main/storage/settings-transfer';
import {
  type ScriptedBackend,
  T0,
  historyCalls,
  sampleCall,
  sampleState,
} from '../../test/support/scripted-backend';

export const NAMES = [
  'Ada Lovelace',
  'Grace Hopper',
  'Linus Pauling',
  'محمد الأحمد',
  '',
  'Katherine Johnson',
  'Alan Turing',
];

export function history(): AppState['liveCalls'][number][] {
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
export function daysOfHistory(): AppState['liveCalls'][number][] {
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

export function settings(): Settings {
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
export function popViewport(cards: number): { width: number; height: number } {
  const { width, height } = popWindowBounds({ x: 0, y: 0, width: 1920, height: 1040 }, cards);
  return { width, height };
}

/** The server dropped the socket; the app waits 8 s for its third try (main's view, references and all). */
export const WHERE = { host: 'pbx.example.com', port: 55050 };
export const retrying = viewOfSession(
  backoffState(3, T0 + 8_000, 8_000, classifyFailure({ kind: 'closed', closeCode: 1006 }, WHERE)),
);
/** The server's allow-list refused this computer's address (HTTP 403): retrying cannot help. */
export const refusedAddress = viewOfSession(
  failedState(classifyFailure({ kind: 'http-status', status: 403, localAddress: '192.0.2.15' }, WHERE)),
);

/** A settings file with three problems: a port out of range, a ring volume too loud, a password in it. */
export const BAD_IMPORT = exportText({
  ...settings(),
  ringVolume: 150,
  server: { ...settings().server, port: 70000 },
}).replace('"settings": {', '"settings": {\n    "managerPassword": "not here",');

export const ringing = sampleCall({ ringingSince: T0 - 12_000, transferredFrom: 'Reception (4200)' });
export const connection = (c: ConnectionView): Partial<AppState> => ({ connection: c });

/** A caller the PBX only knew as "WIRELESS CALLER", named by the phonebook. */
export const lookedUp = sampleCall({
  callerName: 'WIRELESS CALLER',
  callerNumber: '020 7946 0018',
  ringingSince: T0 - 4_000,
  lookup: { kind: 'found', source: 'phonebook', name: 'Ada Lovelace', company: 'Analytical Engines Ltd' },
});

export const CONTACTS = [
  ['Ada Lovelace', 'Analytical Engines Ltd', ['+44 20 7946 0018', '+44 7700 900123']],
  ['Grace Hopper', 'US Navy', ['+1 212 555 0100']],
  ['Katherine Johnson', 'NASA Langley', ['+1 757 555 0142']],
  ['محمد الأحمد', 'شركة المثال', ['+971 4 555 0199']],
  ['Alan Turing', null, ['+44 161 496 0000']],
  [null, 'Reception, Example Ltd', ['0800 123 456']],
] as const;

/** The phonebook's answer to the screen's query: every contact of CONTACTS. */
export function contactsPage(): Answer<PhonebookPage> {
  return {
    ok: true,
    value: {
      total: CONTACTS.length,
      offset: 0,
      contacts: CONTACTS.map(([name, company, numbers], i) => ({ id: `c${i + 1}`, name, company, numbers })),
    },
  };
}

/** The phonebook file's notice when entries could not be read and no copy could be made: changes are refused. */
export const PHONEBOOK_LOCKED = problemSaid(
  'phonebook-partly-unreadable',
  'phonebookStore.someUnreadNoCopy',
  {
    bad: 2,
    folder: '/home/reception/.config/iSymphony Companion',
  },
);

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

/** The main window with two missed calls not seen yet above the history: the "missed" screens. */
export function missedScreen(name: string): Shot {
  return {
    name,
    page: 'index',
    viewport: { width: 1000, height: 640 },
    state: sampleState({ missed: { count: 2, calls: missedCalls() } }),
    prepare: withMissedHistory,
  };
}
