/**
 * The status area names a configured user the server does not have (issue 11 §3), in real
 * Chromium, backed by the real Companion connected to the demo server over a real socket.
 */
import { describe, expect, it } from 'vitest';
import { backendForFile } from '../support/browser-backends';
import type { CompanionBackend } from '../support/companion-backend';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();
let real: CompanionBackend;

backendForFile(
  { settings: { isymphonyUser: 'nobody', extensions: ['4224'] } },
  (started) => (real = started),
);

describe('the missing-user warning in the main window', () => {
  it('shows, as text in the status bar, that there is no such user and calls will never pop', async () => {
    await real.until((s) => s.identityWarnings.length > 0, 'the identity check to answer');
    const view = await browser.open(real.backend, { viewport: { width: 900, height: 700 } });
    // A missing element names itself within seconds instead of running into the test timeout.
    view.page.setDefaultTimeout(10_000);
    const bar = view.page.getByTestId('status-bar');
    const warning = bar.getByTestId('identity-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toBe(
      'There is no iSymphony user \'nobody\' on this server; calls for them will never pop. Check "iSymphony username" in Settings.',
    );
    expect(await bar.getAttribute('data-state')).toBe('live');

    // Corrected in settings: the warning goes, and the bar says Connected without one.
    const settings = { ...real.latest().settings, isymphonyUser: '4224' };
    expect(await real.ask('saveSettings', { settings })).toEqual({ ok: true, value: null });
    await warning.waitFor({ state: 'detached' });
    expect(await bar.getByRole('status').textContent()).toBe('Connected to 127.0.0.1 as 4224');
  });
});
