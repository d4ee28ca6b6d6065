/**
 * The line a caller dialled, by its name, and the caller's number as the user's country writes it:
 * named in the Settings screen, saved by the real Companion, and shown on the card a call from the
 * demo server pops (real sockets, real Chromium).
 */
import { describe, expect, it } from 'vitest';
import { backendForFile, popsClearedAfterEach, quick } from '../support/browser-backends';
import type { CompanionBackend } from '../support/companion-backend';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();
let real: CompanionBackend;

backendForFile(
  {
    settings: {
      popStyle: 'window',
      popAfterCall: 0,
      didLabels: [{ did: '0800 123 456', label: 'Acme – Sales' }],
    },
    popOutcomeMs: 0,
  },
  (started) => (real = started),
);
popsClearedAfterEach(() => real);

describe('the dialled number by its name', () => {
  it('shows the line’s name above the caller, and the number written the home way with the received one a click away', async () => {
    const view = await quick(
      browser.open(real.backend, { page: 'pop', viewport: { width: 380, height: 560 } }),
    );
    const call = real.ring({ name: 'Ada Lovelace', number: '+44 20 7946 0018', did: '0800123456' });
    const card = view.page.locator('.pop-card');
    await card.waitFor();
    const label = card.getByTestId('did-label');
    expect(await label.locator('.label-text').textContent()).toBe('Acme – Sales');
    // The name comes before the caller in the card, as it is read.
    const order = await card.evaluate((node) =>
      [...node.querySelectorAll('[data-testid="did-label"], h2')].map((e) => e.tagName),
    );
    expect(order).toEqual(['P', 'H2']);
    expect(await card.getByTestId('line').count()).toBe(0);

    const number = card.getByTestId('caller-number');
    expect(await number.textContent()).toBe('020 7946 0018');
    await number.getByTestId('number-toggle').click();
    expect(await number.textContent()).toBe('+44 20 7946 0018');
    await number.getByTestId('number-toggle').click();
    expect(await number.textContent()).toBe('020 7946 0018');
    // Copy copies the number as received, whatever is shown.
    await card.getByRole('button', { name: 'Copy number' }).click();
    await expect.poll(() => real.ports.clipboard.at(-1)).toBe('+44 20 7946 0018');
    call.hangup();
    await real.until((s) => s.liveCalls.length === 0, 'the call to end');
  });

  it('keeps a number with a letter in it exactly as received, marked, with nothing to click', async () => {
    const view = await quick(
      browser.open(real.backend, { page: 'pop', viewport: { width: 380, height: 560 } }),
    );
    const call = real.ring({ name: 'Mallory', number: '+44 20 7946 0018\u05F3', did: '0800 999' });
    const card = view.page.locator('.pop-card');
    await card.waitFor();
    expect(await card.getByTestId('caller-number').textContent()).toBe('⚠ +44 20 7946 0018\u05F3');
    expect(await card.getByTestId('number-toggle').count()).toBe(0);
    // Another line has no name: the card says the number dialled, as before.
    expect(await card.getByTestId('did-label').count()).toBe(0);
    expect(await card.getByTestId('line').textContent()).toBe('Dialled 0800 999');
    call.hangup();
    await real.until((s) => s.liveCalls.length === 0, 'the call to end');
  });

  it('is named in Settings → Your calls: a bad number is marked beside its field, a good one saved and shown on the next call', async () => {
    const main = await quick(browser.open(real.backend, { viewport: { width: 900, height: 900 } }));
    await main.page.getByRole('button', { name: 'Settings' }).click();
    await main.page.getByRole('button', { name: 'Name a dialled number' }).click();
    const row = main.page.getByTestId('did-label-row').last();
    await row.getByLabel('Dialled number', { exact: true }).fill('support line');
    await row.getByLabel('Name on the card').fill('Acme – Support');
    await main.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => row.getByTestId('field-error').textContent()).toMatch(/with digits/);
    expect(real.latest().settings.didLabels).toEqual([{ did: '0800 123 456', label: 'Acme – Sales' }]);

    await row.getByLabel('Dialled number', { exact: true }).fill('+44 20 7946 0000');
    await main.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => main.page.getByTestId('save-result').textContent()).toBe('Settings saved.');
    expect(real.latest().settings.didLabels).toEqual([
      { did: '0800 123 456', label: 'Acme – Sales' },
      { did: '+44 20 7946 0000', label: 'Acme – Support' },
    ]);

    const pop = await quick(
      browser.open(real.backend, { page: 'pop', viewport: { width: 380, height: 560 } }),
    );
    // The PBX writes the dialled number nationally; it is the same number.
    const call = real.ring({ name: 'Grace Hopper', number: '+1 212 555 0100', did: '020 7946 0000' });
    const card = pop.page.locator('.pop-card');
    await card.waitFor();
    expect(await card.getByTestId('did-label').locator('.label-text').textContent()).toBe('Acme – Support');
    // From abroad: written internationally.
    expect(await card.getByTestId('caller-number').textContent()).toBe('+1 212 555 0100');
    call.hangup();
    await real.until((s) => s.liveCalls.length === 0, 'the call to end');
  });
});
