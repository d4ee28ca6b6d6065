/**
 * The CRM lookup over real HTTP, end to end in real Chromium (issue 17): the demo server rings over
 * a real socket, the real Companion asks a CRM served on 127.0.0.1 through its saved lookup template
 * (token from the keychain stand-in, sent in its header), and the built pop page names the caller
 * "from CRM". Hostile answers (markup, 10 kB strings, control characters, a web page instead of JSON)
 * stay text, capped, or leave the caller ID. Settings → Caller lookup → "Test lookup" asks the same
 * server for a typed number.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CrmLookupTemplate } from '../../src-main/lookup/crm-lookup-template';
import { quick } from '../support/browser-backends';
import { startCompanionBackend, type CompanionBackend } from '../support/companion-backend';
import {
  startCrmLookupServer,
  type CrmLookupServer,
  type CrmReply,
  type SeenRequest,
} from '../support/crm-lookup-server';
import type { PageWindow } from '../support/page-globals';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();
const POP_VIEWPORT = { width: 380, height: 560 };
const TOKEN = 'live-crm-tok-8e1f-PLANTED';
const LONG = 'A'.repeat(10_000);
const HOSTILE = {
  name: `<img src=x onerror="window.__pwned = 1">\u0007\u001b[31mMallory${LONG}`,
  company: '<script>window.__pwned = 2</script>\u0000\u202E',
};
// eslint-disable-next-line no-control-regex -- the test looks for control characters on purpose
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** What the CRM answers, per number asked (the E.164 key in the query). */
const RECORDS: Record<string, CrmReply> = {
  '+12125550101': {
    kind: 'json',
    value: { results: [{ id: 'c-101', name: 'Grace Hopper', company: 'US Navy' }] },
  },
  '+12125550102': { kind: 'json', value: { results: [{ id: 'c-102', ...HOSTILE }] } },
  '+12125550103': { kind: 'text', status: 200, text: '<html><body><h1>Sign in</h1></body></html>' },
  '+12125550104': { kind: 'text', status: 401, text: '<html>denied</html>' },
};

function numberOf(request: SeenRequest): string {
  return new URL(request.url, 'http://127.0.0.1').searchParams.get('phone') ?? '';
}

function template(origin: string): CrmLookupTemplate {
  return {
    preset: 'custom',
    method: 'GET',
    url: `${origin}/contacts/search?phone={e164}`,
    body: null,
    tokenHeader: 'Authorization',
    tokenPrefix: 'Bearer ',
    namePaths: ['results.0.name'],
    companyPath: 'results.0.company',
    recordUrlPath: null,
    idPath: 'results.0.id',
    recordLink: `${origin}/contacts/{id}`,
    allowedOrigins: [],
    // A loaded test machine must not turn a local answer into a timeout.
    timeoutMs: 10_000,
  };
}

let crm: CrmLookupServer;
let real: CompanionBackend;

beforeAll(async () => {
  crm = await startCrmLookupServer();
  crm.answer((request) => RECORDS[numberOf(request)] ?? { kind: 'json', value: { results: [] } });
  real = await startCompanionBackend({
    settings: { popStyle: 'window', popAfterCall: 0, crmLookup: template(crm.origin) },
    popOutcomeMs: 0,
    phonebook: 'Name,Company,Phone\nAda Lovelace,Analytical Engines Ltd,+44 20 7946 0018',
    // The CRM answers at once; a budget this long keeps a loaded machine from deciding the test.
    lookupBudgetMs: 60_000,
  });
  const stored = await real.ask('setCrmToken', { token: TOKEN });
  if (!stored.ok) throw new Error(stored.error.message);
});
afterAll(async () => {
  await real?.close();
  await crm?.close();
});

async function endCall(call: { hangup(): void }): Promise<void> {
  call.hangup();
  await real.companion.invoke('dismissAllPops', null);
  await real.until((s) => s.pops.length === 0 && s.liveCalls.length === 0, 'no call and no pop left');
}

describe('a CRM lookup over real HTTP', () => {
  it('names the caller on the pop card, "from CRM", with the token in its header only', async () => {
    const view = await quick(browser.open(real.backend, { page: 'pop', viewport: POP_VIEWPORT }));
    const call = real.ring({ name: 'WIRELESS CALLER', number: '+1 212 555 0101', did: '0800 123 456' });
    const card = view.page.locator('.pop-card');
    await card.waitFor();
    await expect.poll(() => card.getByTestId('source').textContent()).toBe('from CRM');
    expect(await card.locator('h2').textContent()).toBe('Grace Hopper');
    expect(await card.getByTestId('company').textContent()).toBe('US Navy');
    await expect
      .poll(() => view.page.getByTestId('lookup-announcer').textContent())
      .toMatch(/^\s*Caller is Grace Hopper, US Navy, from CRM\s*$/);

    const asked = crm.seen.filter((r) => numberOf(r) === '+12125550101');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(asked[0]!.url).not.toContain(TOKEN);
    expect(JSON.stringify(real.states)).not.toContain(TOKEN);
    await endCall(call);
  });

  it('a hostile answer stays text: no markup runs, control characters are gone, 10 kB is capped', async () => {
    const view = await quick(browser.open(real.backend, { page: 'pop', viewport: POP_VIEWPORT }));
    const call = real.ring({ name: 'WIRELESS CALLER', number: '+1 212 555 0102', did: '0800 123 456' });
    const card = view.page.locator('.pop-card');
    await card.waitFor();
    await expect.poll(() => card.getByTestId('source').textContent()).toBe('from CRM');
    const facts = await view.page.evaluate(() => {
      const w = globalThis as unknown as PageWindow;
      const found = w.document.querySelector('.pop-card');
      return {
        pwned: w.__pwned ?? null,
        heading: found?.querySelector('h2')?.textContent ?? '',
        company: found?.querySelector('[data-testid="company"]')?.textContent ?? '',
        elements: found?.querySelectorAll('img, script').length ?? -1,
      };
    });
    expect(facts.pwned).toBeNull();
    expect(facts.elements).toBe(0);
    // Shown as the characters they are, without the controls and the escape sequence.
    expect(facts.heading.startsWith('<img src=x onerror="window.__pwned = 1">Mallory')).toBe(true);
    expect(facts.heading.endsWith('…')).toBe(true);
    expect(facts.heading.length).toBeLessThanOrEqual(128);
    expect(facts.company).toBe('<script>window.__pwned = 2</script>');
    expect(CONTROL.test(facts.heading + facts.company)).toBe(false);
    await endCall(call);
  });

  it('a web page instead of JSON leaves the caller ID on the card, and the status says why', async () => {
    const view = await quick(browser.open(real.backend, { page: 'pop', viewport: POP_VIEWPORT }));
    const call = real.ring({ name: 'WIRELESS CALLER', number: '+1 212 555 0103', did: '0800 123 456' });
    const card = view.page.locator('.pop-card');
    await card.waitFor();
    await expect.poll(() => card.getByTestId('source').textContent()).toBe('caller ID');
    expect(await card.locator('h2').textContent()).toBe('WIRELESS CALLER');
    expect(await card.locator('h2').locator('*').count()).toBe(0);
    await real.until(
      (s) => s.crmLookup.status.kind === 'failed' && s.crmLookup.status.code === 'answer-not-json',
      'the lookup status to say the answer was not JSON',
    );
    await endCall(call);
  });

  it('Settings → Test lookup: a typed number shows the name, company and source, or why not', async () => {
    const view = await quick(browser.open(real.backend, { viewport: { width: 900, height: 900 } }));
    const page = view.page;
    await page.getByRole('button', { name: 'Settings' }).click();
    const section = page.locator('#crm-lookup');
    await section.waitFor();
    const number = section.getByLabel('Number to test');
    const result = section.getByTestId('crm-lookup-test-result');
    const run = async (typed: string): Promise<void> => {
      await number.fill(typed);
      await section.getByRole('button', { name: 'Test lookup' }).click();
      await expect.poll(() => result.textContent()).not.toBe('');
    };

    const before = crm.seen.length;
    await run('+1 212 555 0101');
    await expect.poll(() => result.getByTestId('test-source').textContent()).toBe('from CRM');
    expect(await result.getByTestId('test-name').textContent()).toBe('Grace Hopper');
    expect(await result.getByTestId('test-company').textContent()).toBe('US Navy');
    expect(await result.textContent()).toContain(`Open contact goes to ${crm.origin}/contacts/c-101`);
    expect(crm.seen.length).toBe(before + 1);

    // The phonebook answers first, as it does for calls, and the CRM is not asked.
    await run('020 7946 0018');
    await expect.poll(() => result.getByTestId('test-source').textContent()).toBe('from phonebook');
    expect(await result.getByTestId('test-name').textContent()).toBe('Ada Lovelace');
    expect(crm.seen.length).toBe(before + 1);

    await run('+1 212 555 0104');
    await expect.poll(() => result.textContent()).toMatch(/refused the lookup \(HTTP 401\); check the token/);

    await run('+1 212 555 0199');
    await expect.poll(() => result.textContent()).toMatch(/found no one/);

    // Hostile answer text stays text in the settings page too.
    await run('+1 212 555 0102');
    await expect.poll(() => result.getByTestId('test-source').textContent()).toBe('from CRM');
    expect(await result.locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as PageWindow).__pwned ?? null)).toBeNull();

    // A letter is refused by main in plain words, nothing asked.
    const asked = crm.seen.length;
    await run('call me 0101');
    await expect.poll(() => result.textContent()).toMatch(/Type a phone number/);
    expect(crm.seen.length).toBe(asked);
  });
});
