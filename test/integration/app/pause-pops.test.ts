/**
 * A pause of pops ends by itself on the Companion's clock: with the injected clock moved past the
 * end, the next call from the server pops again, and no pause timer is left behind. Real sockets to
 * the demo server; the clock is the only fake.
 */
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../../src-main/demo-server';
import type { AppState, PauseView } from '../../../src-main/ipc/contract';
import { cleanupsAfterEach } from '../../support/cleanup';
import { FAST_TIMINGS } from '../../support/companion-backend';
import { builtServerCompanion } from '../../support/companion-harness';
import { eventFactory } from '../../support/events';
import { demoServerPerFile } from '../../support/demo-server-per-file';
import { FakeClock } from '../../unit/session/support/fake-clock';

const PASSWORD = 'pause-pops-Pa55word-9c1e';
const DAY = 86_400_000;
let server: DemoServer;

demoServerPerFile(PASSWORD, (started) => (server = started));
const cleanups = cleanupsAfterEach();

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('pausing pops', () => {
  it('ends by itself when its time comes: the next call pops again', async () => {
    const fake = new FakeClock(Date.now());
    // Nothing else on the clock falls due while it jumps a quarter of an hour.
    const { companion, recorded } = await builtServerCompanion({
      port: server.port,
      password: PASSWORD,
      cleanups,
      overrides: { popStyle: 'notification' },
      options: {
        clock: fake,
        pipeline: {
          sessionTimings: { ...FAST_TIMINGS, heartbeat: { intervalMs: DAY, timeoutMs: DAY } },
          sweepIntervalMs: DAY,
        },
      },
    });
    const state = async (): Promise<AppState> => (await companion.invoke('getState', undefined)) as AppState;
    /** Moves the clock in small steps (state pushes, reconnects) until the check holds. */
    const until = async (check: (s: AppState) => boolean, what: string): Promise<AppState> => {
      for (let i = 0; i < 2000; i++) {
        const now = await state();
        if (check(now)) return now;
        fake.advance(10);
        await tick();
      }
      throw new Error(`Waited in vain for ${what}.`);
    };
    const ev = eventFactory({ prefix: 'pause-' });
    const me = () => ev.phone({ username: '4224', extension: '4224' });
    await companion.start();
    await until((s) => s.connection.state === 'live', 'the connection to go live');

    const paused = (await companion.invoke('pausePops', { for: '15m' })) as { ok: true; value: PauseView };
    expect(paused).toEqual({ ok: true, value: { choice: '15m', until: fake.now() + 15 * 60_000 } });
    const quiet = ev.external({ name: 'Quiet Caller' });
    server.emitEvent(ev.dial(quiet, me()));
    await until((s) => s.liveCalls.length === 1, 'the call while paused to be followed');
    expect(recorded.shown).toEqual([]);
    server.emitEvent(ev.hangup(quiet));
    await until((s) => s.liveCalls.length === 0, 'the call to end');

    fake.advance(15 * 60_000);
    const resumed = await until((s) => s.popsPaused === null, 'the pause to end');
    expect(resumed.popsPaused).toBeNull();

    server.emitEvent(ev.dial(ev.external({ name: 'Loud Caller' }), me()));
    await until((s) => s.pops.length === 1, 'the next call to pop');
    expect(recorded.shown.map((n) => n.title)).toEqual(['Loud Caller']);
  });
});
