/**
 * Who is calling (issue 17), end to end in real Chromium: the demo server rings over a real
 * socket, the real Companion looks the caller up in a phonebook it imported from a file (through
 * main's open dialog, the one faked Electron part) and in a CRM lookup stand-in the test answers
 * when it chooses, and the built pop page shows the result.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryPage } from '../../src-main/ipc/contract';
import type { CrmAnswer, CrmLookup } from '../../src-main/lookup/lookup-chain';
import { backendForFile, quick } from '../support/browser-backends';
import type { CompanionBackend } from '../support/companion-backend';
import type { PageWindow } from '../support/page-globals';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();
const POP_VIEWPORT = { width: 380, height: 560 };
const HOSTILE_NAME = '<img src=x onerror="window.__pwned = 1">\u202Egnp.exe';
const HOSTILE_COMPANY = '<script>window.__pwned = 2</script>';
const PHONEBOOK = [
  'First Name;Last Name;Company;Mobile;Fax',
  'Ada;Lovelace;Analytical Engines Ltd;+44 20 7946 0018;+44 20 7946 0019',
  `"${HOSTILE_NAME.replaceAll('"', '""')}";;${HOSTILE_COMPANY};+44 20 7946 0999;`,
].join('\n');

/** The CRM lookup slot, answered by the test: every question waits until `answer`. */
const asked: { number: string; answer: (a: CrmAnswer) => void }[] = [];
const crmLookup: CrmLookup = (number) => new Promise((answer) => asked.push({ number, answer }));

let real: CompanionBackend;

backendForFile(
  {
    settings: { popStyle: 'window', popAfterCall: 0 },
    popOutcomeMs: 0,
    phonebook: PHONEBOOK,
    crmLookup,
    // The test decides when the CRM answers; a budget this long keeps a loaded machine from deciding it.
    lookupBudgetMs: 60_000,
  },
  (started) => (real = started),
);
afterEach(async () => {
  // A question a failed test left open would be answered by the next test in its place.
  for (const open of asked.splice(0)) open.answer({ kind: 'none' });
  await real.companion.invoke('dismissAllPops', null);
  await real.until((s) => s.pops.length === 0 && s.liveCalls.length === 0, 'no call and no pop left');
});
const openPop = () => quick(browser.open(real.backend, { page: 'pop', viewport: POP_VIEWPORT }));

async function history(): Promise<HistoryPage> {
  const answer = await real.ask('queryHistory', { offset: 0, limit: 50 });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

describe('who is calling', () => {
  it('the phonebook was imported with the mapping guessed from its header (names joined, fax left out)', async () => {
    await real.until((s) => s.phonebook.contacts === 2, 'the state to count the imported contacts');
    expect(real.latest().phonebook).toMatchObject({ contacts: 2, notice: null });
  });

  it('a call from a number in the phonebook pops with its name and company, and the CRM is not asked', async () => {
    const view = await openPop();
    const version = real.latest().historyVersion;
    // The PBX sends a national number and a useless caller-ID name.
    const call = real.ring({ name: 'WIRELESS CALLER', number: '020 7946 0018', did: '0800 123 456' });
    const card = view.page.locator('.pop-card');
    await card.waitFor();
    expect(await card.locator('h2').textContent()).toBe('Ada Lovelace');
    expect(await card.getByTestId('company').textContent()).toBe('Analytical Engines Ltd');
    expect(await card.getByTestId('source').textContent()).toBe('from phonebook');
    expect(await card.getByTestId('caller-number').textContent()).toBe('020 7946 0018');
    expect(asked).toEqual([]);
    // Already in the phonebook: no "Add caller to phonebook" on this card.
    expect(await card.getByRole('button', { name: 'Add caller to phonebook' }).count()).toBe(0);

    call.hangup();
    await real.until((s) => s.historyVersion > version, 'the call in the history');
    expect((await history()).calls[0]).toMatchObject({
      callerName: 'WIRELESS CALLER',
      lookup: { kind: 'found', source: 'phonebook', name: 'Ada Lovelace', company: 'Analytical Engines Ltd' },
    });
  });

  it('a slow lookup does not delay the pop: the card shows the PBX name first, then the CRM answer, announced once', async () => {
    const view = await openPop();
    const call = real.ring({ name: 'WIRELESS CALLER', number: '+1 212 555 0100', did: '0800 123 456' });
    const card = view.page.locator('.pop-card');
    await card.waitFor();
    // The card is there while the CRM has been asked and has not answered.
    expect(asked.map((a) => a.number)).toEqual(['+1 212 555 0100']);
    expect(await card.locator('h2').textContent()).toBe('WIRELESS CALLER');
    expect(await card.getByTestId('source').textContent()).toBe('looking up…');
    expect(await view.page.getByTestId('lookup-announcer').textContent()).toBe('');

    asked.shift()!.answer({ kind: 'found', name: 'Grace Hopper', company: 'US Navy', recordUrl: null });
    await expect.poll(() => card.locator('h2').textContent()).toBe('Grace Hopper');
    expect(await card.getByTestId('company').textContent()).toBe('US Navy');
    expect(await card.getByTestId('source').textContent()).toBe('from CRM');
    const announcer = view.page.getByTestId('lookup-announcer');
    await expect
      .poll(() => announcer.textContent())
      .toMatch(/^\s*Caller is Grace Hopper, US Navy, from CRM\s*$/);

    // A later state push (the call answered) says nothing more.
    call.answer();
    await expect.poll(() => card.getByTestId('state').textContent()).toMatch(/On the call/);
    expect(await announcer.textContent()).toMatch(/^\s*Caller is Grace Hopper, US Navy, from CRM\s*$/);
    call.hangup();
  });

  it('a lookup that answers after the call ended still names the caller in the history row', async () => {
    // Looked up by number: the history version also moves for the previous test's call, written when it ended.
    const number = '+1 212 555 0177';
    const entry = async () => (await history()).calls.find((c) => c.callerNumber === number);
    const call = real.ring({ name: null, number, did: '0800 123 456' });
    await real.until(() => asked.length === 1, 'the CRM to be asked');
    call.hangup();
    await real.until((s) => s.liveCalls.length === 0, 'the call to end');
    // Not in the history yet: it waits for the lookup.
    expect(await entry()).toBeUndefined();
    asked.shift()!.answer({ kind: 'found', name: 'Late Larry', company: null, recordUrl: null });
    await expect.poll(entry).toBeDefined();
    expect(await entry()).toMatchObject({
      callerName: null,
      lookup: { kind: 'found', source: 'crm', name: 'Late Larry' },
    });

    const main = await quick(browser.open(real.backend, { viewport: { width: 900, height: 800 } }));
    const row = main.page.locator('.history [data-call-id]').first();
    await row.waitFor();
    expect(await row.locator('.name').textContent()).toBe('Late Larry');
  });

  it('hostile phonebook entries render as text and run nothing', async () => {
    const view = await openPop();
    const call = real.ring({ name: 'WIRELESS CALLER', number: '+442079460999', did: '0800 123 456' });
    const card = view.page.locator('.pop-card');
    await card.waitFor();
    await expect.poll(() => card.getByTestId('source').textContent()).toBe('from phonebook');
    const facts = await view.page.evaluate(() => {
      const w = globalThis as unknown as PageWindow;
      const found = w.document.querySelector('.pop-card');
      return {
        pwned: w.__pwned ?? null,
        heading: found?.querySelector('h2')?.textContent ?? null,
        company: found?.querySelector('[data-testid="company"]')?.textContent ?? null,
        elements: found?.querySelectorAll('img, script').length ?? -1,
      };
    });
    // The bidi override is removed for display; everything else is the text as written.
    expect(facts).toEqual({
      pwned: null,
      heading: HOSTILE_NAME.replace('\u202E', ''),
      company: HOSTILE_COMPANY,
      elements: 0,
    });
    call.hangup();
  });

  it('"Add caller to phonebook" on a card adds the caller by call id, and the card then says so', async () => {
    const view = await openPop();
    const before = real.latest().phonebook.contacts;
    const call = real.ring({ name: 'New Person', number: '+1 212 555 0142', did: '0800 123 456' });
    const card = view.page.locator('.pop-card');
    await card.waitFor();
    asked.shift()!.answer({ kind: 'none' });
    await expect.poll(() => card.getByTestId('source').textContent()).toBe('caller ID');
    await card.getByRole('button', { name: 'Add caller to phonebook' }).click();
    await real.until((s) => s.phonebook.contacts === before + 1, 'the contact to be added');
    await expect.poll(() => card.getByTestId('source').textContent()).toBe('from phonebook');
    const found = await real.ask('queryPhonebook', { search: 'New Person', offset: 0, limit: 10 });
    expect(found).toMatchObject({
      ok: true,
      value: { total: 1, contacts: [{ numbers: ['+1 212 555 0142'] }] },
    });
    call.hangup();
  });
});
