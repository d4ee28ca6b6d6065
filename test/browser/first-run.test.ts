import { describe, expect, it } from 'vitest';
import { ScriptedBackend, sampleState } from '../support/scripted-backend';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();

describe('the first run screen', () => {
  it('appears in setup mode with the two choices', async () => {
    const { page } = await browser.open(new ScriptedBackend(sampleState({ mode: 'setup' })));
    await page.getByRole('heading', { name: 'Welcome to iSymphony Companion' }).waitFor();
    expect(await page.getByRole('button', { name: /Connect to my iSymphony server/ }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /Try the demo/ }).isVisible()).toBe(true);
    expect(await page.getByTestId('status-bar').count()).toBe(0);
    // Before anyone types a password: without TLS it travels unencrypted.
    expect(await page.getByRole('button', { name: /Connect to my iSymphony server/ }).textContent()).toMatch(
      /unencrypted.*wss|wss.*unencrypted/is,
    );
  });

  it('"Try the demo" chooses demo mode, and the main screen follows main’s new state', async () => {
    const backend = new ScriptedBackend(sampleState({ mode: 'setup' }));
    backend.handlers.chooseMode = (request) => {
      backend.setState({ mode: request.mode });
      return { ok: true, value: null };
    };
    const view = await browser.open(backend);
    await view.page.getByRole('button', { name: /Try the demo/ }).click();
    await expect.poll(() => backend.requests('chooseMode')).toEqual([{ mode: 'demo' }]);
    await view.page.getByTestId('status-bar').waitFor();
    expect(await view.page.getByTestId('status-bar').getByRole('status').textContent()).toBe(
      'Demo — calls are simulated',
    );
  });

  it('"Connect to my iSymphony server" chooses server mode and goes to Settings → Server with the host focused', async () => {
    const backend = new ScriptedBackend(sampleState({ mode: 'setup' }));
    const view = await browser.open(backend);
    await view.page.getByRole('button', { name: /Connect to my iSymphony server/ }).click();
    await expect.poll(() => backend.requests('chooseMode')).toEqual([{ mode: 'server' }]);
    await view.page.locator('#server').waitFor();
    await expect
      .poll(() =>
        view.page.evaluate(
          () =>
            (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document
              .activeElement?.id ?? '',
        ),
      )
      .toMatch(/control$/);
    expect(
      await view.page
        .getByLabel('Host')
        .evaluate(
          (el, _) => el === (el.ownerDocument as unknown as { activeElement: unknown }).activeElement,
          null,
        ),
    ).toBe(true);
  });

  it('says why when main refuses the choice', async () => {
    const backend = new ScriptedBackend(sampleState({ mode: 'setup' }));
    backend.handlers.chooseMode = () => ({
      ok: false,
      error: {
        code: 'demo-port-busy',
        message:
          'The demo server could not start: port 58080 is in use. Close the other program and try again.',
      },
    });
    const { page } = await browser.open(backend);
    await page.getByRole('button', { name: /Try the demo/ }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/port 58080 is in use/);
  });
});
