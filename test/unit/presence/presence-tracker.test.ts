import { describe, expect, it } from 'vitest';
import { err, ok, type Result } from '../../../src-main/common/result';
import type { LiveApiProblem } from '../../../src-main/live-api/client';
import type { LiveUserStatus, StatusUpdate } from '../../../src-main/live-api/shapes';
import type { UserStatusEvent } from '../../../src-main/protocol/events';
import {
  PresenceTracker,
  type PresenceState,
  type StatusApi,
} from '../../../src-main/presence/presence-tracker';
import type { SessionState } from '../../../src-main/session/states';
import { backoffDelay } from '../../../src-main/session/backoff';
import { FakeClock } from '../session/support/fake-clock';
import { seededRandom } from '../../support/random';

/**
 * The tracker's ordering rules, where the answers' order must be chosen by the test: each REST
 * call waits until the test answers it. Behaviour over real sockets is in test/integration/presence.
 */
interface Call<T> {
  readonly username: string;
  readonly update?: StatusUpdate;
  answer(result: Result<T, LiveApiProblem>): void;
}

function scriptedApi() {
  const reads: Call<LiveUserStatus>[] = [];
  const sets: Call<void>[] = [];
  const api: StatusApi = {
    getUserStatus: (username) => new Promise((resolve) => reads.push({ username, answer: resolve })),
    setUserStatus: (username, update) =>
      new Promise((resolve) => sets.push({ username, update, answer: resolve })),
  };
  return { api, reads, sets };
}

const LIVE: SessionState = { kind: 'live', since: 0, code: 'live', message: 'live' };
const DOWN: SessionState = {
  kind: 'stopped',
  code: 'stopped',
  message: 'stopped',
};

function live(type: string, name: string | null = null): LiveUserStatus {
  return { id: 's', configurationId: null, name, type, note: null, returnTime: -1, userCreated: false };
}

function event(username: string, statusType: string, name: string): UserStatusEvent {
  return {
    kind: 'userStatus',
    type: 'userStatus',
    time: 1,
    coreServerId: null,
    userId: null,
    username,
    name,
    statusType,
    note: '',
    returnTime: -1,
    userCreated: false,
  };
}

const flush = () => new Promise((r) => setImmediate(r));

function setup(options: { followDnd?: boolean } = {}) {
  const clock = new FakeClock();
  const script = scriptedApi();
  const tracker = new PresenceTracker({ username: '4224', api: script.api, clock, ...options });
  const states: PresenceState[] = [];
  tracker.on('state', (s) => states.push(s));
  tracker.start();
  return { clock, tracker, states, ...script };
}

async function known(t: ReturnType<typeof setup>, type = 'available') {
  t.tracker.connectionChanged(LIVE);
  t.reads.at(-1)?.answer(ok(live(type)));
  await flush();
}

describe('PresenceTracker ordering', () => {
  it('reads on every transition to live, not while it stays live', async () => {
    const t = setup();
    t.tracker.connectionChanged(LIVE);
    t.tracker.connectionChanged(LIVE);
    expect(t.reads).toHaveLength(1);
    t.tracker.connectionChanged(DOWN);
    t.tracker.connectionChanged(LIVE);
    expect(t.reads).toHaveLength(2);
  });

  it('drops a read answer that an event overtook', async () => {
    const t = setup();
    t.tracker.connectionChanged(LIVE);
    t.tracker.handleEvent(event('4224', 'away', 'Away'));
    t.reads[0]!.answer(ok(live('available')));
    await flush();
    expect(t.tracker.state.kind === 'known' && t.tracker.state.status.type).toBe('away');
  });

  it("ignores other users' events", async () => {
    const t = setup();
    await known(t);
    t.tracker.handleEvent(event('4225', 'dnd', 'Do Not Disturb'));
    expect(t.tracker.state.kind === 'known' && t.tracker.state.status.type).toBe('available');
  });

  it('confirms a set by the event even when it comes before the 204', async () => {
    const t = setup();
    await known(t);
    const result = t.tracker.set({ type: 'away' });
    expect(t.tracker.state.kind === 'known' && t.tracker.state.pending?.type).toBe('away');
    t.tracker.handleEvent(event('4224', 'away', 'Away'));
    const done = await result;
    expect(done.ok && done.value.type).toBe('away');
    t.sets[0]!.answer(ok(undefined));
    await flush();
    expect(t.tracker.state).toMatchObject({ kind: 'known', status: { type: 'away' } });
    expect(t.tracker.state.kind === 'known' && t.tracker.state.pending).toBeUndefined();
    expect(t.clock.pending).toBe(0);
  });

  it('after the 204, waits for the event, then lets a re-read decide', async () => {
    const t = setup();
    await known(t);
    const result = t.tracker.set({ type: 'xa', note: 'conference' });
    t.sets[0]!.answer(ok(undefined));
    await flush();
    expect(t.reads).toHaveLength(1);
    t.clock.advance(4_999);
    expect(t.reads).toHaveLength(1);
    t.clock.advance(1);
    expect(t.reads).toHaveLength(2);
    t.reads[1]!.answer(ok({ ...live('xa', 'Out of Office'), note: 'conference' }));
    const done = await result;
    expect(done.ok && done.value).toMatchObject({ type: 'xa', name: 'Out of Office', note: 'conference' });
  });

  it('rolls back when the re-read shows another status, saying it was not confirmed', async () => {
    const t = setup();
    await known(t);
    const result = t.tracker.set({ type: 'dnd' });
    t.sets[0]!.answer(ok(undefined));
    await flush();
    t.clock.advance(5_000);
    t.reads[1]!.answer(ok(live('available')));
    const done = await result;
    expect(done.ok === false && done.error.code).toBe('not-confirmed');
    expect(t.tracker.state).toMatchObject({ kind: 'known', status: { type: 'available' } });
    expect(t.tracker.state.kind === 'known' && t.tracker.state.problem?.message).toMatch(/did not confirm/);
  });

  it('a newer set supersedes one still waiting', async () => {
    const t = setup();
    await known(t);
    const first = t.tracker.set({ type: 'away' });
    const second = t.tracker.set({ type: 'chat' });
    const superseded = await first;
    expect(superseded.ok === false && superseded.error.code).toBe('superseded');
    t.sets[0]!.answer(err({ code: 'timeout', message: 'late', retryable: true }));
    await flush();
    // The first request's late failure does not roll back the second.
    expect(t.tracker.state.kind === 'known' && t.tracker.state.pending?.type).toBe('chat');
    t.tracker.handleEvent(event('4224', 'chat', 'Free for Chat'));
    expect((await second).ok).toBe(true);
  });

  it('refuses to set before the current status is known', async () => {
    const t = setup();
    const result = await t.tracker.set({ type: 'away' });
    expect(result.ok === false && result.error.code).toBe('status-unknown');
    expect(t.sets).toHaveLength(0);
  });

  it('a change of user forgets the status and reads the new one', async () => {
    const t = setup();
    await known(t, 'away');
    t.tracker.configure({ username: '4225' });
    expect(t.tracker.state).toMatchObject({ kind: 'unknown', username: '4225' });
    expect(t.reads.at(-1)?.username).toBe('4225');
  });

  it('reports dnd from presence only with followDnd, and tells when it changes', async () => {
    const t = setup({ followDnd: true });
    const dnd: boolean[] = [];
    t.tracker.on('dnd', (on) => dnd.push(on));
    await known(t, 'dnd');
    expect(t.tracker.dndFromPresence).toBe(true);
    t.tracker.configure({ followDnd: false });
    expect(t.tracker.dndFromPresence).toBe(false);
    t.tracker.configure({ followDnd: true });
    t.tracker.handleEvent(event('4224', 'available', 'Available'));
    expect(dnd).toEqual([true, false, true, false]);
  });

  it('stop settles a waiting set and leaves no timer behind', async () => {
    const t = setup();
    await known(t);
    const result = t.tracker.set({ type: 'away' });
    t.sets[0]!.answer(ok(undefined));
    await flush();
    expect(t.clock.pending).toBe(1);
    t.tracker.stop();
    expect((await result).ok === false).toBe(true);
    expect(t.clock.pending).toBe(0);
    expect(t.tracker.state.kind === 'known' && t.tracker.state.pending).toBeUndefined();
  });
});

describe('PresenceTracker read retry', () => {
  const POLICY = { baseMs: 500, capMs: 4_000, floorMs: 50, stableAfterMs: 10_000 };
  const BUSY: LiveApiProblem = {
    code: 'unexpected-status',
    message: 'busy',
    retryable: true,
    status: 503,
  };
  const NO_USER: LiveApiProblem = { code: 'not-found', message: 'none', retryable: false, status: 404 };

  function retrying(seed = 18) {
    const clock = new FakeClock();
    const script = scriptedApi();
    const tracker = new PresenceTracker({
      username: '4224',
      api: script.api,
      clock,
      random: seededRandom(seed),
      readBackoff: POLICY,
    });
    tracker.start();
    return { clock, tracker, ...script };
  }

  /** The waits the session's backoff draws from the same seed: what the retries must follow. */
  function expectedWaits(seed: number, count: number): number[] {
    const random = seededRandom(seed);
    return Array.from({ length: count }, (_, i) => backoffDelay(POLICY, i + 1, random));
  }

  it('reads again after each backoff wait, not a moment before, until a read succeeds', async () => {
    const t = retrying();
    const waits = expectedWaits(18, 3);
    t.tracker.connectionChanged(LIVE);
    for (let i = 0; i < 3; i++) {
      t.reads.at(-1)!.answer(err(BUSY));
      await flush();
      expect(t.tracker.state).toMatchObject({ kind: 'unknown', problem: { code: 'unexpected-status' } });
      t.clock.advance(waits[i]! - 1);
      expect(t.reads).toHaveLength(i + 1);
      t.clock.advance(1);
      expect(t.reads).toHaveLength(i + 2);
    }
    t.reads.at(-1)!.answer(ok(live('away')));
    await flush();
    expect(t.tracker.state).toMatchObject({ kind: 'known', status: { type: 'away' } });
    expect(t.tracker.state.problem).toBeUndefined();
    expect(t.clock.pending).toBe(0);
  });

  it('counts from the first wait again after a success', async () => {
    const t = retrying();
    const first = expectedWaits(18, 1)[0]!;
    t.tracker.connectionChanged(LIVE);
    t.reads[0]!.answer(err(BUSY));
    await flush();
    t.clock.advance(first);
    t.reads[1]!.answer(ok(live('available')));
    await flush();
    void t.tracker.refresh();
    t.reads[2]!.answer(err(BUSY));
    await flush();
    // The second draw of the seed, under the first attempt's ceiling (500 ms), not the second's.
    const random = seededRandom(18);
    random();
    const again = backoffDelay(POLICY, 1, random);
    t.clock.advance(again - 1);
    expect(t.reads).toHaveLength(3);
    t.clock.advance(1);
    expect(t.reads).toHaveLength(4);
  });

  it('does not retry what only the settings can fix (no such user), while it does retry a busy server', async () => {
    const busy = retrying();
    const missing = retrying();
    for (const [t, problem] of [
      [busy, BUSY],
      [missing, NO_USER],
    ] as const) {
      t.tracker.connectionChanged(LIVE);
      t.reads[0]!.answer(err(problem));
    }
    await flush();
    busy.clock.advance(POLICY.capMs * 4);
    missing.clock.advance(POLICY.capMs * 4);
    expect(busy.reads.length).toBeGreaterThan(1);
    expect(missing.reads).toHaveLength(1);
    expect(missing.clock.pending).toBe(0);
  });

  it('drops a waiting retry when the socket goes down or the tracker stops', async () => {
    for (const end of ['down', 'stop'] as const) {
      const t = retrying();
      t.tracker.connectionChanged(LIVE);
      t.reads[0]!.answer(err(BUSY));
      await flush();
      expect(t.clock.pending).toBe(1);
      if (end === 'down') t.tracker.connectionChanged(DOWN);
      else t.tracker.stop();
      expect(t.clock.pending).toBe(0);
      t.clock.advance(POLICY.capMs * 4);
      expect(t.reads).toHaveLength(1);
    }
  });
});
