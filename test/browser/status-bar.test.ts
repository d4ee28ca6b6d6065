import { describe, expect, it } from 'vitest';
import type { ConnectionView } from '../../src-main/ipc/contract';
import { viewOfSession } from '../../src-main/app/connection-view';
import { resolveLocale } from '../../src-main/i18n/languages';
import { translatorFor } from '../../src-main/i18n/translator';
import { classifyFailure } from '../../src-main/session/classify';
import { failedState } from '../../src-main/session/states';
import { ScriptedBackend, T0, sampleState } from '../support/scripted-backend';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();

async function openWith(connection: ConnectionView, mode: 'server' | 'demo' = 'server') {
  const backend = new ScriptedBackend(sampleState({ connection, mode }));
  const view = await browser.open(backend);
  const bar = view.page.getByTestId('status-bar');
  await bar.waitFor();
  return { backend, view, bar };
}

describe('the status bar', () => {
  it('says which server and which user it is connected as when the session is live', async () => {
    const settings = {
      ...sampleState().settings,
      server: { host: 'pbx.example.com', port: 58080, tls: false, trustedCertificateSha256: null },
      isymphonyUser: '4224',
    };
    const backend = new ScriptedBackend(
      sampleState({
        connection: { state: 'live', code: 'live', message: 'Connected.', since: T0 },
        settings,
      }),
    );
    const view = await browser.open(backend);
    const bar = view.page.getByTestId('status-bar');
    await bar.waitFor();
    expect(await bar.getAttribute('data-state')).toBe('live');
    expect(await bar.getByRole('status').textContent()).toBe('Connected to pbx.example.com as 4224');
    expect(await bar.getByRole('button').count()).toBe(0);

    // No username: the extensions whose calls pop stand for the user.
    backend.setState({ settings: { ...settings, isymphonyUser: '', extensions: ['4224', '4225'] } });
    await view.settled();
    await expect
      .poll(() => bar.getByRole('status').textContent())
      .toBe('Connected to pbx.example.com as 4224, 4225');
  });

  it('says Connecting with the attempt number after the first', async () => {
    const { bar, backend, view } = await openWith({
      state: 'connecting',
      code: 'connecting',
      message: '',
      attempt: 1,
    });
    expect(await bar.getByRole('status').textContent()).toBe('Connecting…');
    backend.setState({ connection: { state: 'connecting', code: 'connecting', message: '', attempt: 3 } });
    await view.settled();
    await expect.poll(() => bar.getByRole('status').textContent()).toBe('Connecting… (attempt 3)');
  });

  it('counts down to the next attempt from nextAttemptAt on main’s clock, and Retry now asks main', async () => {
    const { bar, backend } = await openWith({
      state: 'backoff',
      code: 'socket-closed',
      message: 'The server closed the connection.',
      attempt: 2,
      nextAttemptAt: T0 + 8_000,
    });
    const countdown = bar.getByTestId('countdown');
    expect(await countdown.textContent()).toMatch(/Retrying in [78] s — The server closed the connection\./);
    await expect.poll(() => countdown.textContent(), { timeout: 4_000 }).toMatch(/Retrying in [56] s/);
    // Announced: the state and why; the countdown's ticks are not (they would interrupt every second).
    expect(await bar.getByRole('status').textContent()).toBe(
      'Connection lost: The server closed the connection.',
    );
    await bar.getByRole('button', { name: 'Retry now' }).click();
    await expect.poll(() => backend.requests('retryNow').length).toBe(1);
  });

  it('shows a failure with its plain reason and fix, and offers settings and another try', async () => {
    const message =
      "This computer's address 192.0.2.7 is not on the server's allow-list: ask the administrator to add it in security.xml.";
    const { bar, backend } = await openWith({ state: 'failed', code: 'forbidden', message });
    // The live region says the reason and the fix with the state, not only "Not connected".
    expect(await bar.getByRole('status').textContent()).toBe(`Not connected: ${message}`);
    expect(await bar.getByTestId('reason').textContent()).toBe(message);
    await bar.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => backend.requests('retryNow').length).toBe(1);
    await bar.getByRole('button', { name: 'Open settings' }).click();
    await bar.page().locator('#server').waitFor();
  });

  it('says the reason and fix in the chosen language, in the live region too, and follows a switch', async () => {
    // Main's own view of a refused address: English in `message`, the catalogue's sentence in `text`.
    const refused = viewOfSession(
      failedState(
        classifyFailure(
          { kind: 'http-status', status: 403, localAddress: '192.0.2.7' },
          { host: 'pbx.example.com', port: 58080 },
        ),
      ),
    );
    const { bar, backend, view } = await openWith(refused);
    expect(await bar.getByRole('status').textContent()).toBe(`Not connected: ${refused.message}`);
    for (const language of ['de', 'ar'] as const) {
      const locale = resolveLocale(language, 'locale', []);
      const said = translatorFor(locale);
      backend.setState({ locale });
      await view.settled();
      const reason = said.problem(refused);
      expect(reason).not.toBe(refused.message);
      await expect.poll(() => bar.getByTestId('reason').textContent()).toBe(reason);
      // What a screen reader hears: the state and the reason, both in the new language.
      expect(await bar.getByRole('status').textContent()).toBe(said.t('status.notConnected') + ': ' + reason);
    }
  });

  it('labels demo mode and offers to connect to a real server', async () => {
    const { bar, backend, view } = await openWith(
      { state: 'live', code: 'live', message: '', since: T0 },
      'demo',
    );
    expect(await bar.getByRole('status').textContent()).toBe('Demo — calls are simulated');
    await bar.getByRole('button', { name: 'Connect to my server' }).click();
    await expect.poll(() => backend.requests('chooseMode')).toEqual([{ mode: 'server' }]);
    await view.page.locator('#server').waitFor();
  });

  it('shows idle and stopped states with their message', async () => {
    const { bar, backend, view } = await openWith({
      state: 'idle',
      code: 'idle',
      message: 'Enter your server in Settings.',
    });
    expect(await bar.getByTestId('reason').textContent()).toBe('Enter your server in Settings.');
    backend.setState({
      connection: { state: 'stopped', code: 'stopped', message: 'Stopped while the computer sleeps.' },
    });
    await view.settled();
    await expect
      .poll(() => bar.getByRole('status').textContent())
      .toBe('Disconnected: Stopped while the computer sleeps.');
    expect(await bar.getByTestId('reason').textContent()).toBe('Stopped while the computer sleeps.');
  });
});
