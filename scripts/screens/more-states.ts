/**
 * States the screenshots do not show but a person meets: the axe, pseudo-locale and 200 % tests
 * walk them after SHOTS (never photographed).
 */
import { failSaid } from '../../src-main/app/answers';
import { T0, historyCalls, sampleCall, sampleState } from '../../test/support/scripted-backend';
import { popViewport, CONTACTS, contactsPage, PHONEBOOK_LOCKED, missedScreen, type Shot } from './fixtures';

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
      backend.handlers.openCrm = () => failSaid('open-failed', 'open.noBrowser');
    },
    act: async (page) => {
      await page.getByRole('button', { name: 'Open CRM', exact: true }).click();
      await page.locator('.pop-card .problem').waitFor();
    },
  },
  {
    // A Missed row's menu, opened from the keyboard (the section is one Tab stop, as the history is).
    ...missedScreen('missed-menu'),
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
