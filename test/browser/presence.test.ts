/**
 * The status control in the status bar, in real Chromium: my status in words and colour, the
 * panel to change it (keyboard first), the wait for the server shown as waiting, the reason on
 * failure; with a scripted backend for the control's behaviour, and with the real Companion
 * against the demo server for the whole way to the server and back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presenceViewOf } from '../../src-main/app/presence-view';
import type { AppState, PresenceView } from '../../src-main/ipc/contract';
import type { PresenceStatus } from '../../src-main/presence/presence-status';
import { Secret } from '../../src-main/common/secret';
import { LiveApiClient } from '../../src-main/live-api/client';
import { EVENT_SOCKET_PATH } from '../../src-main/protocol/target';
import { startCompanionBackend, MANAGER, ME, type CompanionBackend } from '../support/companion-backend';
import type { PageWindow } from '../support/page-globals';
import { ScriptedBackend, T0, sampleState } from '../support/scripted-backend';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();

const status = (over: Partial<PresenceStatus> = {}): PresenceStatus => ({
  type: 'available',
  name: 'Available',
  note: '',
  returnTime: null,
  userCreated: false,
  ...over,
});

function presence(
  current: PresenceStatus,
  more: {
    pending?: PresenceStatus;
    problem?: { code: 'not-confirmed'; message: string };
    dnd?: boolean;
  } = {},
): PresenceView {
  return presenceViewOf({
    kind: 'known',
    username: '4224',
    status: current,
    ...(more.pending ? { pending: more.pending } : {}),
    ...(more.problem ? { problem: more.problem } : {}),
    dndFromPresence: more.dnd ?? false,
  });
}

async function openWith(state: Partial<AppState>) {
  const backend = new ScriptedBackend(sampleState(state));
  const view = await browser.open(backend);
  view.page.setDefaultTimeout(5_000);
  const control = view.page.getByTestId('presence');
  return { backend, view, page: view.page, control };
}

describe('the status control', () => {
  it('shows my status in words with its colour, and a note and return time beside it', async () => {
    const back = T0 + 90 * 60_000;
    const { page } = await openWith({
      presence: presence(status({ type: 'away', name: 'Lunch', note: 'Canteen', returnTime: back })),
    });
    const trigger = page.getByRole('button', { name: /^Your status: Lunch\. Change it$/ });
    await trigger.waitFor();
    expect(await trigger.textContent()).toContain('Lunch');
    expect(await trigger.textContent()).toContain('Canteen · back 16:00');
    const dot = trigger.locator('.status-dot');
    expect(
      await dot.evaluate(
        (el) => (globalThis as unknown as PageWindow).getComputedStyle(el as never).backgroundColor,
      ),
    ).toBe('rgb(242, 166, 13)');
    expect(await dot.getAttribute('aria-hidden')).toBe('true');
  });

  it('shows nothing while the status is unknown and nothing went wrong', async () => {
    const { page } = await openWith({});
    await page.getByTestId('status-bar').waitFor();
    expect(await page.getByTestId('presence').count()).toBe(0);
  });

  it('is changed from the keyboard: open, pick, type a note, set; focus comes back', async () => {
    const { page, backend } = await openWith({ presence: presence(status()) });
    const trigger = page.getByTestId('presence-trigger');
    await trigger.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Change your status' });
    await dialog.waitFor();
    expect(await trigger.getAttribute('aria-expanded')).toBe('true');
    // The current status is the checked radio, and has the focus.
    await expect
      .poll(() =>
        page.evaluate(() =>
          (globalThis as unknown as PageWindow).document.activeElement?.getAttribute('value'),
        ),
      )
      .toBe('available');
    expect(await dialog.getByRole('radio').count()).toBe(11);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await dialog.getByRole('radio', { name: 'Away' }).isChecked()).toBe(true);
    await dialog.getByLabel('Note (optional)').fill('Lunch, back at two');
    await dialog.getByLabel('Note (optional)').press('Enter');
    await expect
      .poll(() => backend.requests('setStatus'))
      .toEqual([{ type: 'away', note: 'Lunch, back at two', returnTime: null }]);
    await expect.poll(() => dialog.count()).toBe(0);
    await expect
      .poll(() =>
        page.evaluate(() =>
          (globalThis as unknown as PageWindow).document.activeElement?.getAttribute('data-testid'),
        ),
      )
      .toBe('presence-trigger');
  });

  it('sends a return time typed as local time, and refuses one in the past without asking main', async () => {
    const { page, backend } = await openWith({ presence: presence(status()) });
    await page.getByTestId('presence-trigger').click();
    const dialog = page.getByRole('dialog', { name: 'Change your status' });
    await dialog.getByRole('radio', { name: 'Out of Office' }).check();
    const back = dialog.getByLabel('Back at (optional)');
    await back.fill('2025-03-12T09:00');
    await dialog.getByRole('button', { name: 'Set status' }).click();
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByRole('alert').textContent()).toContain('must be in the future');
    expect(await back.getAttribute('aria-invalid')).toBe('true');
    expect(backend.requests('setStatus')).toEqual([]);
    await back.fill('2025-03-13T09:30');
    await dialog.getByRole('button', { name: 'Set status' }).click();
    await expect
      .poll(() => backend.requests('setStatus'))
      .toEqual([{ type: 'xa', note: '', returnTime: Date.UTC(2025, 2, 13, 9, 30) }]);
  });

  it('keeps the server’s own name when the type stays, and closes on Escape without sending', async () => {
    const { page, backend } = await openWith({ presence: presence(status({ type: 'away', name: 'Lunch' })) });
    const trigger = page.getByTestId('presence-trigger');
    await trigger.click();
    const dialog = page.getByRole('dialog', { name: 'Change your status' });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(backend.requests('setStatus')).toEqual([]);
    await trigger.click();
    await dialog.getByLabel('Note (optional)').fill('Sandwich');
    await dialog.getByRole('button', { name: 'Set status' }).click();
    await expect
      .poll(() => backend.requests('setStatus'))
      .toEqual([{ type: 'away', name: 'Lunch', note: 'Sandwich', returnTime: null }]);
  });

  it('shows a change waiting for the server as waiting, then the confirmed status', async () => {
    const { page, backend, view } = await openWith({ presence: presence(status()) });
    backend.setState({
      presence: presence(status(), { pending: status({ type: 'dnd', name: 'Do Not Disturb' }) }),
    });
    await view.settled();
    const trigger = page.getByTestId('presence-trigger');
    await expect.poll(() => trigger.getAttribute('data-pending')).toBe('true');
    expect(await trigger.textContent()).toContain('Do Not Disturb');
    expect(await trigger.textContent()).toContain('(waiting for the server…)');
    expect(await trigger.getAttribute('aria-label')).toBe(
      'Your status: Do Not Disturb, waiting for the server. Change it',
    );
    backend.setState({ presence: presence(status({ type: 'dnd', name: 'Do Not Disturb' }), { dnd: true }) });
    await view.settled();
    await expect.poll(() => trigger.getAttribute('data-pending')).toBe(null);
    expect(await trigger.textContent()).not.toContain('waiting');
    expect(await page.getByTestId('presence-dnd').textContent()).toContain('Pops are held');
  });

  it('says why a change was rolled back, as an alert', async () => {
    const message =
      'The server did not confirm the new status within 5 s; try again, or check it in iSymphony.';
    const { page } = await openWith({
      presence: presence(status(), { problem: { code: 'not-confirmed', message } }),
    });
    const alert = page.getByTestId('presence-problem');
    expect(await alert.textContent()).toBe(message);
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await page.getByTestId('presence-trigger').getAttribute('data-type')).toBe('available');
  });

  it('shows the reason even while the status is unknown', async () => {
    const { page } = await openWith({
      presence: {
        kind: 'unknown',
        problem: { code: 'not-found', message: 'No such user "4224".' },
        dndFromPresence: false,
      },
    });
    expect(await page.getByTestId('presence-problem').textContent()).toBe('No such user "4224".');
    expect(await page.getByTestId('presence-trigger').count()).toBe(0);
  });

  it('shows a hostile status name as text', async () => {
    const { page } = await openWith({
      presence: presence(status({ type: 'away', name: '<img src=x onerror=alert(1)>' })),
    });
    const trigger = page.getByTestId('presence-trigger');
    expect(await trigger.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await trigger.locator('img').count()).toBe(0);
  });
});

describe('the status control with the real Companion', () => {
  let real: CompanionBackend;
  beforeAll(async () => {
    real = await startCompanionBackend();
  });
  afterAll(async () => {
    await real?.close();
  });

  it('sets my status on the server and shows it once the server confirmed it', async () => {
    await real.until((s) => s.presence.kind === 'known', 'the status to be read');
    const view = await browser.open(real.backend);
    view.page.setDefaultTimeout(5_000);
    const trigger = view.page.getByTestId('presence-trigger');
    await expect.poll(() => trigger.getAttribute('data-type')).toBe('available');
    await trigger.click();
    const dialog = view.page.getByRole('dialog', { name: 'Change your status' });
    await dialog.getByRole('radio', { name: 'Do Not Disturb' }).check();
    await dialog.getByLabel('Note (optional)').fill('In a meeting');
    await dialog.getByRole('button', { name: 'Set status' }).click();
    await expect.poll(() => trigger.getAttribute('data-type')).toBe('dnd');
    await expect.poll(() => trigger.getAttribute('data-pending')).toBe(null);
    expect(await trigger.textContent()).toContain('In a meeting');
    // What colleagues see: the server's own record of my status.
    const rest = new LiveApiClient({
      target: { host: '127.0.0.1', port: real.demoServer.port, tls: false, path: EVENT_SOCKET_PATH },
      username: MANAGER,
      password: new Secret(real.serverPassword),
    });
    const onServer = await rest.getUserStatus(ME);
    expect(onServer.ok && onServer.value).toMatchObject({
      type: 'dnd',
      name: 'Do Not Disturb',
      note: 'In a meeting',
    });
    await view.page.getByTestId('presence-dnd').waitFor();

    // A change made elsewhere shows without a click.
    await real.demoServer.scenarios.userStatus({ user: ME, name: 'Available', type: 'available' });
    await expect.poll(() => trigger.getAttribute('data-type')).toBe('available');
  });
});
