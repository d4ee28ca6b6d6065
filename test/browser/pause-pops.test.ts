/**
 * "Pause pops" from the main window, against the real Companion and a call from the demo server:
 * while paused the call is followed (it is in the live list) but no card pops; Resume brings pops
 * back. The automatic end on main's clock is test/integration/app/pause-pops.test.ts's subject.
 */
import { describe, expect, it } from 'vitest';
import { backendForFile } from '../support/browser-backends';
import type { CompanionBackend } from '../support/companion-backend';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();
let real: CompanionBackend;

backendForFile(
  { settings: { popStyle: 'both', popAfterCall: 0 }, popOutcomeMs: 0 },
  (started) => (real = started),
);

describe('pausing pops from the window', () => {
  it('holds cards and notifications for 15 minutes, shows the time left, and Resume brings them back', async () => {
    const view = await browser.open(real.backend, { viewport: { width: 900, height: 700 } });
    const { page } = view;
    page.setDefaultTimeout(5_000);
    const pause = page.getByTestId('pause-pops');
    await pause.getByRole('button', { name: 'Pause pops' }).click();
    const items = page.getByRole('menuitem');
    expect(await items.allTextContents()).toEqual(['For 15 minutes', 'For 1 hour', 'Until tomorrow']);
    await items.first().click();
    await real.until((s) => s.popsPaused !== null, 'pops to be paused');
    expect(real.latest().popsPaused).toMatchObject({ choice: '15m' });
    const until = real.latest().popsPaused!.until;
    expect(until - real.latest().now).toBeGreaterThan(14 * 60_000);
    expect(until - real.latest().now).toBeLessThanOrEqual(15 * 60_000);
    await expect
      .poll(() => pause.getByTestId('pause-remaining').textContent())
      .toBe('Pops paused · 15 min left');

    // A call while paused: followed and shown in the live list, but no card and no notification.
    const shown = real.ports.shown.length;
    const quiet = real.ring({ name: 'Quiet Caller', number: '+15555550142', did: '0800' });
    await real.until(
      (s) => s.liveCalls.some((c) => c.callerName === 'Quiet Caller'),
      'the call to be followed',
    );
    expect(real.latest().pops).toEqual([]);
    expect(real.ports.shown.length).toBe(shown);
    expect(real.latest().liveCalls.find((c) => c.callerName === 'Quiet Caller')?.popped).toBe(false);
    quiet.hangup();
    await real.until((s) => s.liveCalls.length === 0, 'the call to end');

    await pause.getByRole('button', { name: 'Resume pops' }).click();
    await real.until((s) => s.popsPaused === null, 'pops to be back');
    await pause.getByRole('button', { name: 'Pause pops' }).waitFor();
    const loud = real.ring({ name: 'Loud Caller', number: '+15555550143', did: '0800' });
    await real.until((s) => s.pops.some((c) => c.callerName === 'Loud Caller'), 'the call to pop');
    expect(real.ports.shown.at(-1)?.title).toBe('Loud Caller');
    loud.hangup();
    await real.until((s) => s.liveCalls.length === 0 && s.pops.length === 0, 'the call to end');
  });

  it('works by keyboard: the menu opens with ArrowDown and closes with Escape without pausing', async () => {
    const view = await browser.open(real.backend, { viewport: { width: 900, height: 700 } });
    const trigger = view.page.getByTestId('pause-pops').getByRole('button', { name: 'Pause pops' });
    await trigger.focus();
    await view.page.keyboard.press('ArrowDown');
    await view.page.getByRole('menu').waitFor();
    await view.page.keyboard.press('Escape');
    await view.page.getByRole('menu').waitFor({ state: 'detached' });
    expect(real.latest().popsPaused).toBeNull();
    // The menu moves focus into itself on the next frame: each key waits for the focus it moves.
    const focused = view.page.locator('[role="menuitem"]:focus');
    await view.page.keyboard.press('ArrowDown');
    await focused.waitFor();
    const first = await focused.textContent();
    await view.page.keyboard.press('ArrowDown');
    await expect.poll(() => focused.textContent()).not.toBe(first);
    await view.page.keyboard.press('Enter');
    await real.until((s) => s.popsPaused?.choice === '1h', 'pops paused for an hour');
    expect(await real.ask('resumePops')).toEqual({ ok: true, value: null });
  });
});
