/**
 * The pipeline's presence option against the demo server: with it on, the filter asks for
 * `userStatus` and the pipeline emits those events; it can be switched at runtime without a
 * reconnect; status events never reach the call tracker.
 */
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../../src-main/demo-server';
import type { UserStatusEvent } from '../../../src-main/protocol/events';
import { eventually } from '../../support/eventually';
import { newPipeline, startServer } from './support';
import { cleanupsAfterEach } from '../../support/cleanup';

const cleanups = cleanupsAfterEach();

async function pipelineWith(presence: boolean | undefined) {
  const server = await startServer();
  cleanups.push(() => server.stop());
  const p = newPipeline(server.port, presence === undefined ? {} : { presence });
  cleanups.push(() => p.pipeline.stop());
  const statuses: UserStatusEvent[] = [];
  p.pipeline.on('userStatus', (e) => statuses.push(e));
  p.pipeline.start();
  await eventually(() => p.lives() === 1, 'the first live state');
  await eventually(() => server.clients().some((c) => c.filters.length > 0), 'the filter to arrive');
  return { server, statuses, ...p };
}

const kindsAsked = (server: DemoServer): string[] =>
  server
    .clients()[0]!
    .filters.map((f) => f.value)
    .sort();

describe('presence in the call pipeline', () => {
  it('asks for userStatus too when presence is on, and emits each status event', async () => {
    const p = await pipelineWith(true);
    expect(kindsAsked(p.server)).toContain('userStatus');
    const run = await p.server.scenarios.userStatus({
      user: '4224',
      name: 'Lunch',
      type: 'away',
      note: 'back at 2',
    });
    expect(run.completed).toBe(true);
    await eventually(() => p.statuses.length === 1, 'the userStatus event');
    expect(p.statuses[0]).toMatchObject({
      kind: 'userStatus',
      username: '4224',
      statusType: 'away',
      name: 'Lunch',
      note: 'back at 2',
    });
    // A status is not a call: the tracker never saw it.
    expect(p.pipeline.stats.events).toBe(0);
    expect(p.changes).toEqual([]);
  });

  it('asks for call events only when presence is off (the default), so no status event arrives', async () => {
    const p = await pipelineWith(undefined);
    expect(kindsAsked(p.server)).not.toContain('userStatus');
    await p.server.scenarios.userStatus({ user: '4224', name: 'Away', type: 'away' });
    // A call after the status shows the socket delivered everything it was going to.
    await p.server.scenarios.missed({ to: '4224' });
    await eventually(() => p.changes.some((c) => c.change === 'ended'), 'the missed call to end');
    expect(p.statuses).toEqual([]);
  });

  it('turns presence on and off at runtime with a new filter on the same connection', async () => {
    const p = await pipelineWith(false);
    const connection = p.server.clients()[0]!.id;
    await p.pipeline.configure({ presence: true });
    await eventually(() => kindsAsked(p.server).includes('userStatus'), 'the filter with userStatus');
    await p.server.scenarios.userStatus({ user: '4225', name: 'Do Not Disturb', type: 'dnd' });
    await eventually(() => p.statuses.length === 1, 'the status event after turning presence on');
    expect(p.statuses[0]!.username).toBe('4225');

    await p.pipeline.configure({ presence: false });
    await eventually(() => !kindsAsked(p.server).includes('userStatus'), 'the filter without userStatus');
    await p.server.scenarios.userStatus({ user: '4225', name: 'Available', type: 'available' });
    await p.server.scenarios.missed({ to: '4224' });
    await eventually(() => p.changes.some((c) => c.change === 'ended'), 'the missed call to end');
    expect(p.statuses).toHaveLength(1);
    expect(p.lives()).toBe(1);
    expect(p.server.clients().map((c) => c.id)).toEqual([connection]);
  });
});
