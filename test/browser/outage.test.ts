/**
 * A call during an outage, in real Chromium against the real Companion and the demo server: the
 * server goes away for longer than the grace, and the pop card, the main window's Now list and the
 * tray say "connection lost" instead of ringing on; the server returns without the call, and the
 * catch-up ends it (the card shows that a moment and leaves, the history keeps it as unknown).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../src-main/demo-server';
import { MANAGER, startCompanionBackend, type CompanionBackend } from '../support/companion-backend';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function backend(): Promise<CompanionBackend> {
  const real = await startCompanionBackend({
    settings: { popStyle: 'window' },
    connectionLostGraceMs: 200,
    popOutcomeMs: 300,
  });
  cleanups.push(() => real.close());
  return real;
}

describe('a call while the connection is lost', () => {
  it('shows "connection lost" on the card, in the Now list and the tray, and leaves once the catch-up ends it', async () => {
    const real = await backend();
    const pop = await browser.open(real.backend, { page: 'pop', viewport: { width: 380, height: 560 } });
    const main = await browser.open(real.backend, { viewport: { width: 900, height: 800 } });
    pop.page.setDefaultTimeout(5_000);
    main.page.setDefaultTimeout(5_000);

    real.ring({ name: 'Ada Outage', number: '+44 20 7946 0018', did: '0800 123 456' });
    const card = pop.page.locator('.pop-card');
    const nowCard = main.page.locator('.live .pop-card');
    await expect.poll(() => card.getByTestId('state').textContent()).toMatch(/Ringing/);
    await expect.poll(() => nowCard.getByTestId('state').textContent()).toMatch(/Ringing/);

    const port = real.demoServer.port;
    await real.demoServer.stop();
    await real.until((s) => s.liveCalls[0]?.state === 'unknown', 'the call to turn unknown');
    expect(real.latest().liveCalls[0]).toMatchObject({
      lastKnownState: 'ringing',
      stateReason: expect.stringMatching(/Connection lost/),
    });
    // The card stays, saying so; so does the Now list; neither claims it still rings.
    await expect
      .poll(() => card.getByTestId('state').textContent())
      .toMatch(/Connection lost: state unknown/);
    expect(await card.getByTestId('state').getAttribute('title')).toMatch(
      /whether this call is still ringing/,
    );
    expect(await card.getAttribute('class')).toContain('state-unknown');
    await expect
      .poll(() => nowCard.getByTestId('state').textContent())
      .toMatch(/Connection lost: state unknown/);
    expect(real.ports.popWindow.at(-1)?.map((c) => [c.callerName, c.state])).toEqual([
      ['Ada Outage', 'unknown'],
    ]);
    expect(real.ports.tray.at(-1)?.recentCalls[0]?.label).toMatch(/Ada Outage.*: connection lost$/);

    // The server returns without the call: the catch-up says it ended while nobody could see it.
    const back: DemoServer = await startDemoServer({
      username: MANAGER,
      password: real.serverPassword,
      port,
    });
    cleanups.push(() => back.stop());
    await real.until((s) => s.liveCalls.length === 0, 'the catch-up to end the call');
    // The card shows that outcome a moment (popOutcomeMs), then leaves.
    await expect.poll(() => card.count()).toBe(0);
    await expect.poll(() => nowCard.count()).toBe(0);
    await expect
      .poll(() => real.ports.tray.at(-1)?.recentCalls[0]?.label)
      .toMatch(/Ada Outage.*: ended \(unknown\)$/);
    expect(real.latest().connection.state).toBe('live');
  });
});
