import { describe, expect, it } from 'vitest';
import { ScriptedBackend, T0, sampleCall, sampleState } from '../support/scripted-backend';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();

function popping(...calls: ReturnType<typeof sampleCall>[]): ScriptedBackend {
  return new ScriptedBackend(sampleState({ pops: calls, liveCalls: calls }));
}

async function openPop(backend: ScriptedBackend) {
  const view = await browser.open(backend, { page: 'pop', viewport: { width: 380, height: 520 } });
  await view.page.locator('.pop-card').first().waitFor();
  return view;
}

describe('the pop card', () => {
  it('shows the caller name large, the number below, the dialled number and who transferred it', async () => {
    const backend = popping(sampleCall({ transferredFrom: 'Reception (4200)' }));
    const { page } = await openPop(backend);
    const card = page.locator('.pop-card');
    await expect.poll(() => card.locator('h2').textContent()).toBe('Ada Lovelace');
    expect(await card.getByTestId('caller-number').textContent()).toBe('+44 20 7946 0018');
    expect(await card.getByTestId('line').textContent()).toBe('Dialled 0800 123 456');
    expect(await card.getByTestId('transferred').textContent()).toBe('Transferred from Reception (4200)');
  });

  it('says "Internal call" instead of a dialled number for an internal call', async () => {
    const { page } = await openPop(popping(sampleCall({ internal: true, did: null })));
    expect(await page.getByTestId('line').textContent()).toBe('Internal call');
    expect(await page.getByTestId('transferred').count()).toBe(0);
  });

  it('shows the number large when the caller has no name', async () => {
    const { page } = await openPop(popping(sampleCall({ callerName: null })));
    expect(await page.locator('.pop-card h2').textContent()).toBe('+44 20 7946 0018');
    expect(await page.getByTestId('caller-number').count()).toBe(0);
  });

  it('counts the ringing time from ringingSince against main’s clock, and ticks every second', async () => {
    const backend = popping(sampleCall({ ringingSince: T0 - 65_000 }));
    const { page } = await openPop(backend);
    const state = page.getByTestId('state');
    expect(await state.textContent()).toMatch(/Ringing 1:0[56]/);
    await expect.poll(() => state.textContent(), { timeout: 4_000 }).toMatch(/Ringing 1:0[7-9]/);
  });

  it('follows the call through answered here, answered elsewhere, missed and ended', async () => {
    const backend = popping(sampleCall());
    const view = await openPop(backend);
    const state = view.page.getByTestId('state');
    const cases: Array<[Partial<ReturnType<typeof sampleCall>>, RegExp]> = [
      [{ state: 'answered', answeredAt: T0 - 83_000, ringMs: 5_000 }, /On the call 1:2[3-5].*Rang 0:05/],
      [
        { state: 'answered-elsewhere', answeredBy: 'Sam (4225)', ringMs: 5_000 },
        /Answered elsewhere by Sam \(4225\)/,
      ],
      [{ state: 'missed', ringMs: 30_000 }, /Missed.*Rang 0:30/],
      [{ state: 'ended', ringMs: 5_000, talkMs: 65_000 }, /Call ended.*talked 1:05/],
      [{ state: 'unknown', stateReason: 'Connection lost while ringing' }, /Connection lost while ringing/],
    ];
    for (const [patch, expected] of cases) {
      const call = sampleCall(patch);
      backend.setState({ pops: [call], liveCalls: [call] });
      await view.settled();
      await expect.poll(() => state.textContent()).toMatch(expected);
    }
  });

  it('while I am on the call: counts the talk time from the answer, every second, and keeps the CRM actions', async () => {
    const call = sampleCall({ state: 'answered', answeredAt: T0 - 83_000, ringMs: 4_000 });
    const backend = popping(call);
    const { page } = await openPop(backend);
    const state = page.getByTestId('state');
    expect(await state.textContent()).toMatch(/On the call 1:2[34]/);
    await expect.poll(() => state.textContent(), { timeout: 4_000 }).toMatch(/On the call 1:2[5-7]/);
    await page.getByRole('button', { name: 'Open CRM' }).click();
    await expect.poll(() => backend.requests('openCrm')).toEqual([{ callId: 'call-1' }]);
  });

  it('asks main to open the default CRM template with the call id, never a URL', async () => {
    const backend = popping(sampleCall());
    const { page } = await openPop(backend);
    await page.getByRole('button', { name: 'Open CRM' }).click();
    await expect.poll(() => backend.requests('openCrm')).toEqual([{ callId: 'call-1' }]);
    expect(JSON.stringify(backend.invocations)).not.toMatch(/https?:/);
  });

  it('offers the other templates in a menu and sends the chosen template id', async () => {
    const backend = popping(sampleCall());
    const { page } = await openPop(backend);
    await page.getByRole('button', { name: 'Other CRM links' }).click();
    const items = page.getByRole('menuitem');
    expect(await items.allTextContents()).toEqual(['Helpdesk tickets']);
    await items.first().click();
    await expect
      .poll(() => backend.requests('openCrm'))
      .toEqual([{ callId: 'call-1', templateId: 'crm-tickets' }]);
    expect(await page.getByRole('menu').count()).toBe(0);
  });

  it('closes an open CRM menu with Escape on its button without dismissing the card', async () => {
    const backend = popping(sampleCall());
    const { page } = await openPop(backend);
    const trigger = page.getByRole('button', { name: 'Other CRM links' });
    await trigger.click();
    await page.getByRole('menu').waitFor();
    await trigger.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
    expect(backend.requests('dismissPop')).toEqual([]);
    await trigger.press('Escape');
    await expect.poll(() => backend.requests('dismissPop')).toEqual([{ callId: 'call-1' }]);
  });

  it('disables Open CRM when no template fits the call', async () => {
    const { page } = await openPop(popping(sampleCall({ crm: { defaultId: null, options: [] } })));
    expect(await page.getByRole('button', { name: 'Open CRM' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Other CRM links' }).count()).toBe(0);
  });

  it('calls back by call id only, never a number, and says which way the call went', async () => {
    const backend = popping(sampleCall());
    const { page } = await openPop(backend);
    await page.getByRole('button', { name: 'Call back' }).click();
    await expect.poll(() => backend.requests('callBack')).toEqual([{ callId: 'call-1' }]);
    await expect
      .poll(() => page.getByTestId('dialled').textContent())
      .toMatch(/through the PBX: your phone \(4224\) rings first/);
    expect(JSON.stringify(backend.invocations)).not.toMatch(/7946|tel:/);
  });

  it('says in words when the fallback handed the number to the phone app, and disables call back without a number', async () => {
    const backend = popping(sampleCall());
    backend.handlers.callBack = () => ({
      ok: true,
      value: {
        via: 'tel',
        number: '+442079460018',
        message: 'Handed +442079460018 to your phone app (tel: link) instead of the PBX. …',
        text: {
          key: 'dial.viaTel',
          values: { number: '+442079460018', reason: { key: 'dial.noPbx.notConnected' } },
        },
      },
    });
    const view = await openPop(backend);
    await view.page.getByRole('button', { name: 'Call back' }).click();
    await expect
      .poll(() => view.page.getByTestId('dialled').textContent())
      .toMatch(/phone app \(tel: link\)/);
    const anonymous = sampleCall({ callerNumber: null });
    backend.setState({ pops: [anonymous], liveCalls: [anonymous] });
    await view.settled();
    await expect.poll(() => view.page.getByRole('button', { name: 'Call back' }).isDisabled()).toBe(true);
  });

  it('asks main to copy the number and says it did', async () => {
    const backend = popping(sampleCall());
    const { page } = await openPop(backend);
    await page.getByRole('button', { name: 'Copy number' }).click();
    await expect.poll(() => backend.requests('copyNumber')).toEqual([{ callId: 'call-1' }]);
    await expect.poll(() => page.locator('.pop-card .actions').textContent()).toContain('Copied');
  });

  it('shows main’s refusal in words when an action fails', async () => {
    const backend = popping(sampleCall());
    backend.handlers.openCrm = () => ({
      ok: false,
      error: { code: 'crm-refused', message: 'The link leaves the template’s site, so it was not opened.' },
    });
    const { page } = await openPop(backend);
    await page.getByRole('button', { name: 'Open CRM' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('The link leaves the template’s site, so it was not opened.');
  });

  it('dismisses with the Dismiss button and with Escape', async () => {
    const backend = popping(sampleCall());
    const { page } = await openPop(backend);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => backend.requests('dismissPop')).toEqual([{ callId: 'call-1' }]);
    await page.getByRole('button', { name: 'Copy number' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => backend.requests('dismissPop').length).toBe(2);
  });

  it('can be worked with the keyboard alone: Tab through every action, Enter, Space, arrows, Escape', async () => {
    const backend = popping(sampleCall());
    const { page } = await openPop(backend);
    const focused = () =>
      page.evaluate(() => {
        const active = (
          globalThis as unknown as {
            document: {
              activeElement: { textContent: string | null; getAttribute(n: string): string | null } | null;
            };
          }
        ).document.activeElement;
        return active?.getAttribute('aria-label') ?? active?.textContent?.trim() ?? null;
      });

    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Open CRM');
    await page.keyboard.press('Enter');
    await expect.poll(() => backend.requests('openCrm').length).toBe(1);

    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Other CRM links');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Helpdesk tickets');
    await page.keyboard.press('ArrowDown'); // wraps round the one-item menu
    expect(await focused()).toBe('Helpdesk tickets');
    await page.keyboard.press('Escape'); // closes the menu only
    await expect.poll(focused).toBe('Other CRM links');
    expect(backend.requests('dismissPop')).toEqual([]);
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe('Helpdesk tickets');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => backend.requests('openCrm').at(-1))
      .toEqual({ callId: 'call-1', templateId: 'crm-tickets' });
    expect(await focused()).toBe('Other CRM links');

    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Copy number');
    await page.keyboard.press('Space');
    await expect.poll(() => backend.requests('copyNumber').length).toBe(1);

    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Call back');
    await page.keyboard.press('Enter');
    await expect.poll(() => backend.requests('callBack')).toEqual([{ callId: 'call-1' }]);

    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Add caller to phonebook');
    await page.keyboard.press('Enter');
    await expect.poll(() => backend.requests('addCallerToPhonebook')).toEqual([{ callId: 'call-1' }]);

    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Dismiss');
    await page.keyboard.press('Escape');
    await expect.poll(() => backend.requests('dismissPop')).toEqual([{ callId: 'call-1' }]);
  });

  it('offers "Close all" only when more than one call is popping', async () => {
    const backend = popping(sampleCall());
    const view = await openPop(backend);
    expect(await view.page.getByRole('button', { name: 'Close all' }).count()).toBe(0);
    const second = sampleCall({ id: 'call-2', callerName: 'Grace Hopper' });
    backend.setState({ pops: [second, sampleCall()] });
    await view.settled();
    await expect.poll(() => view.page.locator('.pop-card').count()).toBe(2);
    await view.page.getByRole('button', { name: 'Close all' }).click();
    await expect.poll(() => backend.requests('dismissAllPops').length).toBe(1);
  });

  it('announces each new pop once to screen readers in an assertive live region', async () => {
    const backend = popping(sampleCall());
    const view = await openPop(backend);
    const region = view.page.getByTestId('announcer');
    expect(await region.getAttribute('aria-live')).toBe('assertive');
    await expect.poll(() => region.textContent()).toBe('Incoming call from Ada Lovelace, +44 20 7946 0018');
    const second = sampleCall({ id: 'call-2', callerName: null, callerNumber: '4225' });
    backend.setState({ pops: [second, sampleCall()] });
    await view.settled();
    await expect.poll(() => region.textContent()).toBe('Incoming call from 4225');
  });
});
