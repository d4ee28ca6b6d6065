/**
 * The user's iSymphony status in the Companion, over real sockets against the demo server: read on
 * connect, changed optimistically and confirmed by the server's event, rolled back with the
 * reason on each kind of failure, changed elsewhere, followed as do-not-disturb, in the tray, and
 * in demo mode.
 */
import { describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../../src-main/demo-server';
import type { Answer, AppState, PresenceView } from '../../../src-main/ipc/contract';
import { MemorySecretStore } from '../../../src-main/storage/secret-store';
import { MANAGER, ME, startCompanionBackend, type CompanionBackend } from '../../support/companion-backend';
import { eventually } from '../../support/eventually';
import { recordingPorts, startCompanion, tempDir } from '../../support/companion-harness';
import { cleanupsAfterEach } from '../../support/cleanup';

const cleanups = cleanupsAfterEach();

async function backend(
  settings: Parameters<typeof startCompanionBackend>[0] = {},
): Promise<CompanionBackend> {
  const real = await startCompanionBackend(settings);
  cleanups.push(() => real.close());
  return real;
}

type Known = Extract<PresenceView, { kind: 'known' }>;

function known(state: AppState): Known | null {
  return state.presence.kind === 'known' ? state.presence : null;
}

const confirmedAs = (type: string) => (s: AppState) =>
  known(s)?.status.type === type && known(s)?.pending === null;

/** Stops the backend's demo server and starts another on the same port, as if the server changed under the app. */
async function replaceServer(real: CompanionBackend, options: { password?: string; users?: [] }) {
  const port = real.demoServer.port;
  await real.demoServer.stop();
  const next: DemoServer = await startDemoServer({
    username: MANAGER,
    password: options.password ?? real.serverPassword,
    port,
    ...(options.users
      ? { users: [{ username: 'someone-else', displayName: 'Other', extension: '4299' }] }
      : {}),
  });
  cleanups.push(() => next.stop());
  return next;
}

describe('presence in the Companion', () => {
  it('reads the status when the connection goes live, and offers the eleven statuses', async () => {
    const real = await backend();
    await real.until(confirmedAs('available'), 'the status to be read');
    const presence = known(real.latest())!;
    expect(presence.status).toMatchObject({
      type: 'available',
      name: 'Available',
      label: 'Available',
      colourName: 'green',
      colour: expect.stringMatching(/^#[0-9a-f]{6}$/),
    });
    expect(presence.problem).toBeNull();
    expect(real.latest().statusChoices.map((c) => c.type)).toHaveLength(11);
    expect(new Set(real.latest().statusChoices.map((c) => c.colour)).size).toBeGreaterThan(5);
  });

  it('shows a change at once as pending, and as the status once the server’s event confirms it', async () => {
    const real = await backend();
    await real.until(confirmedAs('available'), 'the status to be read');
    const answering = real.companion.invoke('setStatus', { type: 'away', note: 'Lunch, back at two' });
    // Asked at once, before the server answered: the old status is still the status, the new one pending.
    const meanwhile = known((await real.companion.invoke('getState', null)) as AppState);
    expect(meanwhile).toMatchObject({
      status: { type: 'available' },
      pending: { type: 'away', name: 'Away', note: 'Lunch, back at two' },
    });
    expect(await answering).toEqual({ ok: true, value: null });
    await real.until(confirmedAs('away'), 'the away status to be confirmed');
    expect(known(real.latest())!.status).toMatchObject({ name: 'Away', note: 'Lunch, back at two' });
    // The tray's first line follows it, with the type's colour.
    await eventually(
      () => real.ports.tray.at(-1)?.status?.label === 'Status: Away: Lunch, back at two',
      'the tray',
    );
    const tray = real.ports.tray.at(-1)!;
    expect(tray.status!.colour).toBe(known(real.latest())!.status.colour);
    expect(tray.statusChoices.filter((c) => c.checked).map((c) => c.type)).toEqual(['away']);
  });

  it('shows a change made elsewhere (the iSymphony web client) at once', async () => {
    const real = await backend();
    await real.until(confirmedAs('available'), 'the status to be read');
    await real.demoServer.scenarios.userStatus({
      user: ME,
      name: 'Out of Office',
      type: 'xa',
      note: 'Conference',
    });
    await real.until(confirmedAs('xa'), 'the status changed elsewhere');
    expect(known(real.latest())!.status).toMatchObject({ label: 'Out of Office', note: 'Conference' });
    // Someone else's change is not mine.
    await real.demoServer.scenarios.userStatus({ user: '4225', name: 'Away', type: 'away' });
    await real.demoServer.scenarios.userStatus({ user: ME, name: 'Free for Chat', type: 'chat' });
    await real.until(confirmedAs('chat'), 'my next change');
    expect(real.states.some((s) => known(s)?.status.type === 'away')).toBe(false);
  });

  it('rolls back with the sentence when the server refuses the manager login (401)', async () => {
    const real = await backend();
    await real.until(confirmedAs('available'), 'the status to be read');
    await replaceServer(real, { password: 'a-different-password-now' });
    await real.until((s) => s.connection.state === 'failed', 'the connection to fail on the new password');
    const answer = (await real.companion.invoke('setStatus', { type: 'dnd' })) as Answer<null>;
    expect(answer).toMatchObject({ ok: false, error: { code: 'credentials-rejected' } });
    await real.until((s) => s.presence.problem !== null, 'the problem in the state');
    const presence = known(real.latest())!;
    expect(presence.status.type).toBe('available');
    expect(presence.pending).toBeNull();
    expect(presence.problem).toEqual(answer.ok ? null : answer.error);
    expect(presence.problem!.message.length).toBeGreaterThan(20);
  });

  it('rolls back with a sentence naming the user when the server has no such user (404)', async () => {
    const real = await backend();
    await real.until(confirmedAs('available'), 'the status to be read');
    await replaceServer(real, { users: [] });
    // Back live on the new server: its read fails, and the last known status stays.
    await real.until((s) => s.presence.problem?.code === 'not-found', 'the read on the new server to fail');
    const answer = (await real.companion.invoke('setStatus', { type: 'away' })) as Answer<null>;
    expect(answer).toMatchObject({ ok: false, error: { code: 'not-found' } });
    // The answer can come before the state that shows the rollback; wait for that state.
    await real.until((s) => known(s)?.pending === null, 'the rollback to show');
    const presence = known(real.latest())!;
    expect(presence.status.type).toBe('available');
    expect(presence.pending).toBeNull();
    expect(presence.problem!.message).toContain(`"${ME}"`);
  });

  it('says why when a change cannot be sent at all, and sends nothing', async () => {
    const real = await backend({ storedPassword: null });
    const answer = (await real.companion.invoke('setStatus', { type: 'away' })) as Answer<null>;
    expect(answer).toMatchObject({ ok: false, error: { code: 'presence-unavailable' } });
    await real.until((s) => s.presence.problem?.code === 'presence-unavailable', 'the reason in the state');
    expect(real.latest().presence.kind).toBe('unknown');
  });

  it('holds pops while my status is Do Not Disturb, still records the calls, and pops again once it is not', async () => {
    const real = await backend();
    await real.until(confirmedAs('available'), 'the status to be read');
    await real.demoServer.scenarios.userStatus({ user: ME, name: 'Do Not Disturb', type: 'dnd' });
    await real.until((s) => s.presence.dndFromPresence, 'do-not-disturb from presence');
    expect(real.latest().doNotDisturb).toBe(false);
    await eventually(() => real.ports.tray.at(-1)?.icon === 'dnd', 'the tray to show do-not-disturb');

    const held = real.ring({ name: 'Held Caller', number: '+442079460001' });
    await real.until((s) => s.liveCalls.length === 1, 'the call to be seen');
    const version = real.latest().historyVersion;
    held.hangup();
    await real.until((s) => s.historyVersion > version, 'the held call in the history');
    expect(real.ports.shown).toEqual([]);
    expect(real.states.every((s) => s.pops.length === 0)).toBe(true);
    const page = (await real.companion.invoke('queryHistory', { offset: 0, limit: 5 })) as Answer<{
      calls: { callerName: string | null; popped: boolean }[];
    }>;
    expect(page.ok && page.value.calls[0]).toMatchObject({ callerName: 'Held Caller', popped: false });

    await real.demoServer.scenarios.userStatus({ user: ME, name: 'Available', type: 'available' });
    await real.until((s) => !s.presence.dndFromPresence, 'do-not-disturb from presence to end');
    real.ring({ name: 'Popped Caller', number: '+442079460002' });
    await real.until((s) => s.pops.length === 1, 'a pop for the next call');
    expect(real.ports.shown.map((n) => n.title).join(' ')).toContain('Popped Caller');
  });

  it('does not hold pops for a Do Not Disturb status when the settings do not follow it', async () => {
    const real = await backend({ settings: { followPresenceDnd: false } });
    await real.until(confirmedAs('available'), 'the status to be read');
    await real.demoServer.scenarios.userStatus({ user: ME, name: 'Do Not Disturb', type: 'dnd' });
    await real.until(confirmedAs('dnd'), 'the dnd status');
    expect(real.latest().presence.dndFromPresence).toBe(false);
    real.ring({ name: 'Still Popped', number: '+442079460003' });
    await real.until((s) => s.pops.length === 1, 'the pop');
  });

  it('gives the demo user a status in demo mode, and changes it on the demo server', async () => {
    const data = await tempDir();
    const { ports } = recordingPorts();
    const running = await startCompanion({
      dataDir: data.dir,
      ports,
      secretStore: new MemorySecretStore(),
      demoTraffic: { users: ['demo'], callsPerMinute: 0.001 },
    });
    cleanups.push(async () => {
      await running.companion.stop();
      await data.remove();
    });
    await eventually(() => confirmedAs('available')(running.latest()), 'the demo user’s status');
    const answer = await running.companion.setStatus({ type: 'xa', note: 'Trying the demo' });
    expect(answer).toEqual({ ok: true, value: null });
    await eventually(() => confirmedAs('xa')(running.latest()), 'the demo status change');
  });
});
