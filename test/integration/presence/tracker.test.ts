import { describe, expect, it } from 'vitest';
import { Secret } from '../../../src-main/common/secret';
import type { StatusApi } from '../../../src-main/presence/presence-tracker';
import { seededRandom } from '../../support/random';
import { eventually } from '../../support/eventually';
import { reaches } from '../session/support';
import {
  acceptingButIgnoringServer,
  cleanups,
  knownAs,
  PASSWORD,
  presenceMatching,
  presenceOn,
  restClient,
  serve,
  silentServer,
  startServer,
  targetOf,
} from './support';

const WRONG = 'Wr0ng-pass-presence-5c2e';

/** Reads from one client, sets through another: for failures that only the set meets. */
function splitApi(reads: StatusApi, sets: StatusApi): StatusApi {
  return {
    getUserStatus: (u) => reads.getUserStatus(u),
    setUserStatus: (u, update) => sets.setUserStatus(u, update),
  };
}

describe('PresenceTracker against the demo server', () => {
  it('reads the status once the event socket is live', async () => {
    const server = await serve();
    const { tracker } = presenceOn(server);
    expect(tracker.state.kind).toBe('unknown');
    const state = await knownAs(tracker, 'available');
    expect(state).toMatchObject({
      kind: 'known',
      username: '4224',
      status: { type: 'available', name: 'Available', note: '', returnTime: null, userCreated: false },
      dndFromPresence: false,
    });
  });

  it('shows a set at once as pending, then as confirmed when its userStatus event arrives', async () => {
    const server = await serve();
    const { tracker, states } = presenceOn(server);
    await knownAs(tracker, 'available');
    const returnTime = Date.now() + 3_600_000;
    const result = await tracker.set({ type: 'xa', note: 'at the conference', returnTime });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({
      type: 'xa',
      name: 'Out of Office',
      note: 'at the conference',
      returnTime,
    });
    // Pending first (the old status still confirmed), then confirmed without pending.
    const pendingAt = states.findIndex((s) => s.kind === 'known' && s.pending?.type === 'xa');
    expect(pendingAt).toBeGreaterThanOrEqual(0);
    expect(states[pendingAt]).toMatchObject({ status: { type: 'available' } });
    expect(states.at(-1)).toMatchObject({ kind: 'known', status: { type: 'xa' } });
    expect(states.at(-1)).not.toHaveProperty('pending');
    const reread = await restClient(targetOf(server)).getUserStatus('4224');
    expect(reread.ok && reread.value).toMatchObject({ type: 'xa', note: 'at the conference', returnTime });
  });

  it('confirms by a re-read when the event never comes (the filter lacks userStatus)', async () => {
    const server = await serve();
    const { tracker, session } = presenceOn(server, { kinds: ['dial'], confirmTimeoutMs: 150 });
    await reaches(session, 'live');
    await knownAs(tracker, 'available');
    const result = await tracker.set({ type: 'away', name: 'Lunch' });
    expect(result.ok && result.value).toMatchObject({ type: 'away', name: 'Lunch', userCreated: true });
  });

  it('follows a change made elsewhere: another client setting it, or the server scenario', async () => {
    const server = await serve();
    const { tracker } = presenceOn(server);
    await knownAs(tracker, 'available');
    const other = await restClient(targetOf(server)).setUserStatus('4224', {
      name: 'In a meeting',
      type: 'away',
      note: 'until 3',
      returnTime: -1,
    });
    expect(other.ok).toBe(true);
    const state = await knownAs(tracker, 'away');
    expect(state).toMatchObject({ status: { name: 'In a meeting', note: 'until 3' } });
    await server.scenarios.userStatus({ user: '4224', name: 'Free for Chat', type: 'chat' });
    await knownAs(tracker, 'chat');
  });

  it("ignores other users' changes", async () => {
    const server = await serve();
    const { tracker, states } = presenceOn(server);
    await knownAs(tracker, 'available');
    await server.scenarios.userStatus({ user: '4225', name: 'Do Not Disturb', type: 'dnd' });
    await server.scenarios.userStatus({ user: '4224', name: 'Away', type: 'away' });
    await knownAs(tracker, 'away');
    // Both events came on the same socket, in order: the other user's was seen and passed over.
    expect(states.some((s) => s.kind === 'known' && s.status.type === 'dnd')).toBe(false);
  });

  it('reads again on every return to live, so a change missed while away shows', async () => {
    const first = await startServer();
    const port = first.port;
    const { tracker, session } = presenceOn(first);
    await knownAs(tracker, 'available');
    expect((await tracker.set({ type: 'away' })).ok).toBe(true);
    // A restarted server starts from its presets: the tracker must learn that by reading.
    await first.stop();
    const second = await startServer({ port });
    cleanups.push(() => second.stop());
    await reaches(session, 'live', 10_000);
    await knownAs(tracker, 'available');
  });

  it('with followDnd, reports dndFromPresence while the status is dnd', async () => {
    const server = await serve();
    const { tracker } = presenceOn(server, { followDnd: true });
    const flags: boolean[] = [];
    tracker.on('dnd', (on) => flags.push(on));
    await knownAs(tracker, 'available');
    expect(tracker.dndFromPresence).toBe(false);
    expect((await tracker.set({ type: 'dnd' })).ok).toBe(true);
    expect(tracker.state).toMatchObject({ kind: 'known', dndFromPresence: true });
    await server.scenarios.userStatus({ user: '4224', name: 'Available', type: 'available' });
    await knownAs(tracker, 'available');
    expect(flags).toEqual([true, false]);
  });

  it('without followDnd, a dnd status does not ask to hold pops', async () => {
    const server = await serve();
    const { tracker } = presenceOn(server);
    await knownAs(tracker, 'available');
    expect((await tracker.set({ type: 'dnd' })).ok).toBe(true);
    expect(tracker.state).toMatchObject({ kind: 'known', status: { type: 'dnd' }, dndFromPresence: false });
  });
});

describe('PresenceTracker failures, each in words', () => {
  it('401 on the read: unknown, with the sentence about the manager password', async () => {
    const server = await serve();
    const api = restClient(targetOf(server), { password: new Secret(WRONG) });
    const { tracker, logger } = presenceOn(server, { api });
    const state = await presenceMatching(tracker, (s) => s.problem !== undefined, 'a problem');
    expect(state).toMatchObject({ kind: 'unknown', problem: { code: 'credentials-rejected' } });
    expect(state.problem?.message).toMatch(/password/);
    expect(JSON.stringify(state) + logger.lines.join('\n')).not.toContain(WRONG);
    expect(JSON.stringify(state) + logger.lines.join('\n')).not.toContain(PASSWORD);
  });

  it('403 on the read while the event socket is let in names the licence or permission, not the allow-list', async () => {
    const server = await serve({ restRefusal: 403 });
    const { tracker, session } = presenceOn(server);
    const state = await presenceMatching(tracker, (s) => s.problem !== undefined, 'a problem');
    expect(session.state.kind).toBe('live');
    expect(state.problem).toMatchObject({ code: 'rest-refused' });
    expect(state.problem?.message).toMatch(/licence/);
    expect(state.problem?.message).toMatch(/permission/);
    expect(state.problem?.message).not.toMatch(/allow-list/);
  });

  it('a read the server refuses for a while (503) is retried with backoff on the same live socket until it is read', async () => {
    const server = await serve({ restRefusal: 503 });
    const { tracker, session, logger } = presenceOn(server, {
      readBackoff: { baseMs: 40, capMs: 160, floorMs: 10, stableAfterMs: 10_000 },
      random: seededRandom(18),
    });
    const failedReads = () => logger.lines.filter((l) => l.includes('Could not read the presence status'));
    await presenceMatching(tracker, (s) => s.problem?.code === 'unexpected-status', 'the refused read');
    // Two refused reads in a row prove the retry runs by itself, without a reconnect.
    await eventually(() => failedReads().length >= 2, 'a second, retried read');
    expect(failedReads()[1]).toContain('"attempt":2');
    server.refuseRest(null);
    const state = await knownAs(tracker, 'available');
    expect(state.problem).toBeUndefined();
    expect(session.stats.connects).toBe(1);
  });

  it('404 for an unknown user names the user', async () => {
    const server = await serve();
    const { tracker } = presenceOn(server, { username: 'nobody-here' });
    const state = await presenceMatching(tracker, (s) => s.problem !== undefined, 'a problem');
    expect(state).toMatchObject({ kind: 'unknown', problem: { code: 'not-found' } });
    expect(state.problem?.message).toContain('"nobody-here"');
  });

  it('a read that times out leaves the status unknown and says so', async () => {
    const server = await serve();
    const silent = await silentServer();
    const { tracker } = presenceOn(server, { api: restClient(targetOf(silent), { timeoutMs: 150 }) });
    const state = await presenceMatching(tracker, (s) => s.problem !== undefined, 'a problem');
    expect(state).toMatchObject({ kind: 'unknown', problem: { code: 'timeout' } });
  });

  it.each([
    ['401', 'credentials-rejected'],
    ['403', 'rest-refused'],
    ['404', 'not-found'],
    ['timeout', 'timeout'],
  ])('rolls a set back on %s, to the last confirmed status, with the reason', async (kind, code) => {
    const server = await serve();
    const good = restClient(targetOf(server));
    let sets: StatusApi;
    if (kind === '401') sets = restClient(targetOf(server), { password: new Secret(WRONG) });
    else if (kind === '403') sets = restClient(targetOf(await serve({ allowList: ['192.0.2.1'] })));
    // A server whose users do not include 4224.
    else if (kind === '404')
      sets = restClient(
        targetOf(await serve({ users: [{ username: '9000', displayName: 'X', extension: '9000' }] })),
      );
    else sets = restClient(targetOf(await silentServer()), { timeoutMs: 150 });
    const { tracker, states } = presenceOn(server, { api: splitApi(good, sets) });
    await knownAs(tracker, 'available');
    const result = await tracker.set({ type: 'dnd', note: 'focus time' });
    expect(result.ok === false && result.error.code).toBe(code);
    expect(states.some((s) => s.kind === 'known' && s.pending?.type === 'dnd')).toBe(true);
    expect(tracker.state).toMatchObject({ kind: 'known', status: { type: 'available' }, problem: { code } });
    expect(tracker.state).not.toHaveProperty('pending');
    expect(tracker.state.problem?.message.length).toBeGreaterThan(20);
    const reread = await good.getUserStatus('4224');
    expect(reread.ok && reread.value.type).toBe('available');
  });

  it('rolls back when the server takes the set (204) but never applies it', async () => {
    const server = await serve();
    const ignoring = await acceptingButIgnoringServer();
    const api = splitApi(restClient(targetOf(server)), restClient(targetOf(ignoring)));
    const { tracker } = presenceOn(server, { api, confirmTimeoutMs: 150 });
    await knownAs(tracker, 'available');
    const result = await tracker.set({ type: 'away' });
    expect(ignoring.posts()).toBe(1);
    expect(result.ok === false && result.error.code).toBe('not-confirmed');
    expect(tracker.state).toMatchObject({ kind: 'known', status: { type: 'available' } });
    expect(tracker.state.problem?.message).toMatch(/did not confirm it within 0.15 s/);
  });
});
