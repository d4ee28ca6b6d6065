/**
 * "Detect call events…" as a user meets it, in real Chromium against the real Companion and the
 * demo server speaking a dialect the app does not know (renamed events and fields, the caller in
 * suffix 2), over real sockets. Before detection its calls do not pop; the user clicks Detect,
 * rings their extension, reads what was found in words, confirms, and the next call pops with the
 * right caller. Cancel changes nothing; nothing seen is one plain sentence; the first run offers it.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../src-main/protocol/profile';
import { encodeEvent } from '../../src-main/protocol/encode';
import { cleanupsAfterEach } from '../support/cleanup';
import { ME, startCompanionBackend, type CompanionBackend } from '../support/companion-backend';
import { serverSettings } from '../support/companion-harness';
import type { RendererPage } from '../support/renderer-harness';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();
const cleanups = cleanupsAfterEach();
const ADA = { name: 'Ada Lovelace', number: '+442079460018' };
const GRACE = { name: 'Grace Hopper', number: '+15555550123' };

async function backend(options: Parameters<typeof startCompanionBackend>[0] = {}): Promise<CompanionBackend> {
  const real = await startCompanionBackend({ dialect: 'foreign', ...options });
  cleanups.push(() => real.close());
  return real;
}

async function openMain(real: CompanionBackend): Promise<RendererPage> {
  const view = await browser.open(real.backend, { viewport: { width: 900, height: 800 } });
  view.page.setDefaultTimeout(5_000);
  return view;
}

/** Settings → Server → "Detect call events…", then wait until it listens. */
async function startDetecting(view: RendererPage): Promise<void> {
  await view.page.getByRole('button', { name: 'Settings', exact: true }).click();
  await view.page.getByRole('button', { name: 'Detect call events…' }).click();
  const dialog = view.page.getByTestId('detection-dialog');
  await dialog.getByText(/^Listening\. Now ring your own extension/).waitFor();
}

describe('detect call events, in the window', () => {
  it('finds the foreign dialect from a test call, shows it in words, applies it on confirmation, and the next call pops', async () => {
    const real = await backend();
    const view = await openMain(real);
    const page = view.page;

    // Before: a call in the server's words does not pop. A call in the standard words after it
    // does, on the same socket, so the app had read everything before it.
    const before = real.ring(ADA);
    const marker = real.events.external({ name: 'Marker', number: '+15555550199' });
    const desk = real.events.phone({ username: ME, extension: ME });
    real.demoServer.emitRaw(encodeEvent(real.events.dial(marker, desk), DEFAULT_PROFILE));
    await page.getByText('Marker').first().waitFor();
    expect(real.latest().liveCalls.map((c) => c.callerName)).toEqual(['Marker']);
    expect(await page.getByText(ADA.name).count()).toBe(0);
    before.hangup();
    real.demoServer.emitRaw(encodeEvent(real.events.hangup(marker), DEFAULT_PROFILE));
    real.demoServer.emitRaw(encodeEvent(real.events.hangup(desk), DEFAULT_PROFILE));
    await real.until((s) => s.liveCalls.length === 0, 'the marker call to end');
    await real.ask('dismissAllPops');

    await startDetecting(view);
    await real.demoServer.scenarios.inboundAnswered({ to: ME, from: ADA });
    const dialog = page.getByTestId('detection-dialog');
    await dialog.getByTestId('detection-headline').waitFor();
    expect(await dialog.getByTestId('detection-headline').textContent()).toContain(
      'Found how your server reports calls, with high confidence.',
    );
    const lines = await dialog
      .locator('.line')
      .evaluateAll((rows) => rows.map((r) => (r.textContent ?? '').replace(/\s+/g, ' ').trim()));
    expect(lines).toEqual([
      'Ringing “CallRinging”',
      'Answered “CallConnected”',
      'Answer ended “CallDisconnected”',
      'Hung up “ChannelClosed”',
      'The caller in the fields ending in 2',
      'Caller details name “cidName”, number “cidNum”, dialled number “dialedNumber”, extension “exten”, user “user”, call id “channelId”',
    ]);
    // Nothing is saved before the user confirms.
    expect(real.latest().settings.protocolProfile).toEqual({});

    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    await dialog.getByTestId('detection-applied').waitFor();
    expect(real.latest().settings.protocolProfile).toMatchObject({
      eventTypes: { dial: 'CallRinging', hangup: 'ChannelClosed' },
      callerSuffix: '2',
    });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await real.until(
      (s) =>
        s.connection.state === 'live' &&
        real.demoServer.clients().some((c) => JSON.stringify(c.filters).includes('CallRinging')),
      'the connection to ask for the server’s own event names',
    );

    // After: the next call in the server's words pops, with the caller from suffix 2.
    await page.getByRole('button', { name: 'Calls', exact: true }).click();
    const shown = real.ports.shown.length;
    const after = real.ring(GRACE);
    await page.getByText(GRACE.name).first().waitFor();
    expect(await page.getByText(GRACE.number).count()).toBeGreaterThan(0);
    await real.until((s) => s.pops.some((p) => p.callerName === GRACE.name), 'the pop');
    expect(real.latest().pops[0]).toMatchObject({ callerName: GRACE.name, callerNumber: GRACE.number });
    expect(real.ports.shown.slice(shown).map((n) => n.title)).toEqual([GRACE.name]);
    after.hangup();
  });

  it('Cancel stops listening and changes nothing', async () => {
    const real = await backend();
    const view = await openMain(real);
    await startDetecting(view);
    expect(real.demoServer.clients()).toHaveLength(2);
    const dialog = view.page.getByTestId('detection-dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await real.until(() => real.demoServer.clients().length === 1, 'the detection socket to close');
    expect(real.latest().detection).toEqual({ kind: 'idle', offer: false });
    expect(real.latest().settings.protocolProfile).toEqual({});
  });

  it('nothing about the user seen: one plain sentence, and nothing to apply', async () => {
    const real = await backend();
    const view = await openMain(real);
    await startDetecting(view);
    const dialog = view.page.getByTestId('detection-dialog');
    // Someone else's call: detection sees every event of it, none of them about the user.
    const run = await real.demoServer.scenarios.inboundAnswered({ to: '4225', from: ADA });
    await dialog
      .getByTestId('detection-progress')
      .getByText(`${run.events.length} events seen, 0 about you.`)
      .waitFor();
    await dialog.getByRole('button', { name: 'Stop and show what was seen' }).click();
    await dialog.getByTestId('detection-headline').waitFor();
    expect((await dialog.getByTestId('detection-headline').textContent())?.trim()).toBe(
      `Could not decide: the server sent ${run.events.length} events, but none named you (user “4224”, extension 4224). Check your user name and extensions under “Your calls”, then ring your own extension while detection listens.`,
    );
    expect(await dialog.getByRole('button', { name: 'Apply', exact: true }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('the first run offers "Check that calls pop" once the user’s own server is live; Skip puts it away', async () => {
    const real = await backend({ settings: null });
    const view = await openMain(real);
    await view.page.getByRole('heading', { name: 'Welcome to iSymphony Companion' }).waitFor();
    expect(await view.page.getByTestId('call-check-offer').count()).toBe(0);
    // The user's first save of their server, as the Settings screen sends it.
    await real.ask('chooseMode', { mode: 'server' });
    await real.ask('saveSettings', { settings: serverSettings(real.demoServer.port) });
    await real.ask('setPassword', { password: real.serverPassword });
    const offer = view.page.getByTestId('call-check-offer');
    await offer.getByRole('heading', { name: 'Check that calls pop' }).waitFor();
    expect(real.latest().connection.state).toBe('live');
    await offer.getByRole('button', { name: 'Skip' }).click();
    await offer.waitFor({ state: 'detached' });
    expect(real.latest().detection).toEqual({ kind: 'idle', offer: false });
  });

  it('"Check now…" in the offer opens the detection', async () => {
    const real = await backend({ settings: null });
    const view = await openMain(real);
    await real.ask('chooseMode', { mode: 'server' });
    await real.ask('saveSettings', { settings: serverSettings(real.demoServer.port) });
    await real.ask('setPassword', { password: real.serverPassword });
    await view.page.getByTestId('call-check-offer').getByRole('button', { name: 'Check now…' }).click();
    await view.page
      .getByTestId('detection-dialog')
      .getByText(/^Listening\./)
      .waitFor();
    await view.page.getByTestId('detection-dialog').getByRole('button', { name: 'Cancel' }).click();
    await view.page.getByTestId('detection-dialog').waitFor({ state: 'hidden' });
  });
});
