/** The screenshot list's call screens: the pop window, the history, the status bar, pauses, first run, missed calls. */
import type { ConnectionView } from '../../src-main/ipc/contract';
import { T0, sampleCall, sampleState } from '../../test/support/scripted-backend';
import {
  history,
  daysOfHistory,
  type Shot,
  popViewport,
  retrying,
  refusedAddress,
  ringing,
  connection,
  lookedUp,
  CONTACTS,
  contactsPage,
  missedScreen,
} from './fixtures';

export const CALL_SHOTS: readonly Shot[] = [
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
    name: 'first-run',
    page: 'index',
    viewport: { width: 900, height: 560 },
    state: sampleState({ mode: 'setup' }),
  },
  missedScreen('missed'),
];
