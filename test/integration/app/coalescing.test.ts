/**
 * A storm cannot flood the renderer: a thousand call events in a burst give one state push, sent
 * when the coalescing interval of the injected clock has passed, carrying the newest state.
 */
import { describe, expect, it } from 'vitest';
import { STATE_PUSH_INTERVAL_MS } from '../../../src-main/app/state-publisher';
import type { DemoServer } from '../../../src-main/demo-server';
import type { AppState } from '../../../src-main/ipc/contract';
import type { Settings } from '../../../src-main/storage/settings-schema';
import { cleanupsAfterEach } from '../../support/cleanup';
import { builtServerCompanion } from '../../support/companion-harness';
import { eventFactory } from '../../support/events';
import { demoServerPerFile } from '../../support/demo-server-per-file';
import { FakeClock } from '../../unit/session/support/fake-clock';

const PASSWORD = 'coalescing-Pa55word-44f0';
let server: DemoServer;

demoServerPerFile(PASSWORD, (started) => (server = started));
const cleanups = cleanupsAfterEach();

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

type Built = Awaited<ReturnType<typeof builtServerCompanion>>;

/**
 * A Companion against the demo server on a fake clock, listened to by `listen` before it starts,
 * and live: the clock is moved one push interval at a time until a push says so.
 */
async function liveOnFakeClock(
  popStyle: Settings['popStyle'],
  listen: (companion: Built['companion']) => void,
): Promise<Built & { clock: FakeClock }> {
  const clock = new FakeClock(Date.now());
  const built = await builtServerCompanion({
    port: server.port,
    password: PASSWORD,
    cleanups,
    overrides: { popStyle },
    options: { clock },
  });
  let latest: AppState | null = null;
  built.companion.onState((state) => (latest = state), 'paced');
  listen(built.companion);
  await built.companion.start();
  for (let i = 0; (latest as AppState | null)?.connection.state !== 'live'; i++) {
    if (i > 1000) throw new Error('The connection never went live.');
    clock.advance(STATE_PUSH_INTERVAL_MS);
    await tick();
  }
  return { ...built, clock };
}

describe('state pushes', () => {
  it('1,000 call events in a burst give a single push, once the interval has passed', async () => {
    const pushes: AppState[] = [];
    const { clock, companion, recorded } = await liveOnFakeClock('off', (companion) => {
      companion.onState((state) => pushes.push(state));
      expect(pushes).toHaveLength(1);
    });
    const before = pushes.length;
    const traysBefore = recorded.tray.length;

    const ev = eventFactory({ prefix: 'storm-' });
    for (let i = 0; i < 1000; i++) {
      server.emitEvent(
        ev.dial(ev.external({ name: `Caller ${i}` }), ev.phone({ username: '4224', extension: '4224' })),
      );
    }
    for (let i = 0; ; i++) {
      const state = (await companion.invoke('getState', undefined)) as AppState;
      if (state.liveCalls.length === 1000) break;
      if (i > 2000) throw new Error(`Only ${state.liveCalls.length} calls arrived.`);
      await tick();
    }
    // The clock has not moved: every change waits for the one pending push.
    expect(pushes.length).toBe(before);
    clock.advance(STATE_PUSH_INTERVAL_MS);
    expect(pushes.length).toBe(before + 1);
    expect(pushes.at(-1)!.liveCalls).toHaveLength(1000);
    expect(pushes.at(-1)!.liveCalls[0]!.callerName).toBe('Caller 999');
    expect(recorded.tray.length).toBe(traysBefore + 1);
    clock.advance(10 * STATE_PUSH_INTERVAL_MS);
    expect(pushes.length).toBe(before + 1);
  });

  it('a new pop reaches the pop window on the next turn; the tray and the paced listeners one interval later', async () => {
    const atOnce: AppState[] = [];
    const paced: AppState[] = [];
    const { clock, recorded } = await liveOnFakeClock('window', (companion) => {
      companion.onState((state) => atOnce.push(state));
      companion.onState((state) => paced.push(state), 'paced');
    });
    clock.advance(10 * STATE_PUSH_INTERVAL_MS);
    const [traysBefore, pacedBefore] = [recorded.tray.length, paced.length];

    const ev = eventFactory({ prefix: 'pace-' });
    server.emitEvent(
      ev.dial(ev.external({ name: 'Grace Hopper' }), ev.phone({ username: '4224', extension: '4224' })),
    );
    // The clock stands still, so only a push on the next turn can bring the card.
    for (let i = 0; recorded.popWindow.at(-1)?.[0]?.callerName !== 'Grace Hopper'; i++) {
      if (i > 2000) throw new Error('The pop never reached the pop window.');
      clock.advance(0);
      await tick();
    }
    expect(atOnce.at(-1)!.pops.map((pop) => pop.callerName)).toEqual(['Grace Hopper']);
    expect(recorded.tray.length).toBe(traysBefore);
    expect(paced.length).toBe(pacedBefore);
    clock.advance(STATE_PUSH_INTERVAL_MS);
    expect(paced.length).toBe(pacedBefore + 1);
    expect(paced.at(-1)!.pops.map((pop) => pop.callerName)).toEqual(['Grace Hopper']);
    expect(recorded.tray.length).toBe(traysBefore + 1);
  });
});
