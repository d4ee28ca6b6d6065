/**
 * Calls during an outage, over real sockets against the demo server: the server goes away for longer
 * than the grace, live calls show that their state is unknown, and the catch-up after the server
 * returns resolves each one. The grace is short here; the default is a few seconds.
 */
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../../src-main/demo-server';
import type { IsymphonyEvent, Segment } from '../../../src-main/protocol/events';
import { cleanupsAfterEach } from '../../support/cleanup';
import { eventually } from '../../support/eventually';
import { extensionId, newPipeline, startServer } from './support';

const cleanups = cleanupsAfterEach();

const GRACE_MS = 150;

function external(id: string, name: string, number: string): Segment {
  return {
    callSegmentId: id,
    callerIdName: name,
    callerIdNumber: number,
    did: '+15555550100',
    extensionId: null,
    extensionNumber: null,
    userId: null,
    username: null,
  };
}

/** My phone's segment on this server (the demo server's extension ids are new on every start). */
async function mine(server: DemoServer, id: string): Promise<Segment> {
  return {
    callSegmentId: id,
    callerIdName: 'Michael Young',
    callerIdNumber: '4224',
    did: null,
    extensionId: await extensionId(server, '4224'),
    extensionNumber: '4224',
    userId: null,
    username: '4224',
  };
}

function send(server: DemoServer, kind: 'dial' | 'link', caller: Segment, callee: Segment): void {
  const event: IsymphonyEvent = {
    kind,
    type: kind,
    time: null,
    coreServerId: server.coreServerId,
    caller,
    callee,
  };
  server.emitEvent(event);
}

describe('calls during an outage (demo server)', () => {
  it('shows ringing and answered calls as unknown once the server is gone past the grace, and resolves them on its return', async () => {
    let server = await startServer();
    const port = server.port;
    cleanups.push(() => server.stop());
    const p = newPipeline(port, { connectionLostGraceMs: GRACE_MS });
    cleanups.push(() => p.pipeline.stop());
    p.pipeline.start();
    await eventually(() => p.lives() === 1, 'live');
    await eventually(() => server.clients().some((c) => c.filters.length > 0), 'the filter');

    const stays = external('caller-stays', 'Ada Stays', '+15555550111');
    const goes = external('caller-goes', 'Bo Goes', '+15555550122');
    const talks = external('caller-talks', 'Cy Talks', '+15555550133');
    send(server, 'dial', stays, await mine(server, 'mine-stays'));
    send(server, 'dial', goes, await mine(server, 'mine-goes'));
    send(server, 'dial', talks, await mine(server, 'mine-talks'));
    send(server, 'link', talks, await mine(server, 'mine-talks'));
    await eventually(
      () =>
        p
          .records()
          .map((r) => r.state)
          .join() === 'ringing,ringing,answered',
      'two ringing calls and one answered',
    );
    const popsBefore = p.pops().length;

    await server.stop();
    await eventually(
      () => p.pipeline.liveCalls().every((c) => c.state === 'unknown'),
      'the calls to turn unknown',
    );
    // Still followed: live, with the state each had when last seen, and the reason in words.
    expect(
      p.pipeline.liveCalls().map((c) => [c.callerName, c.lastKnownState, c.unknownReason?.code]),
    ).toEqual([
      ['Ada Stays', 'ringing', 'connection-lost'],
      ['Bo Goes', 'ringing', 'connection-lost'],
      ['Cy Talks', 'answered', 'connection-lost'],
    ]);
    expect(p.pipeline.state.kind).not.toBe('live');
    const unknownChanges = p.changes.filter((c) => c.call.state === 'unknown');
    expect(unknownChanges.map((c) => c.change)).toEqual(['updated', 'updated', 'updated']);

    // The server returns still holding two of the calls (as a PBX that kept running would).
    server = await startServer({ port });
    send(server, 'dial', stays, await mine(server, 'mine-stays'));
    send(server, 'dial', talks, await mine(server, 'mine-talks'));
    send(server, 'link', talks, await mine(server, 'mine-talks'));
    await eventually(() => p.catchUps.length === 1, 'the catch-up');
    expect(p.catchUps[0]).toMatchObject({ outcome: 'listed' });

    const byName = new Map(p.records().map((r) => [r.callerName, r]));
    expect(byName.get('Ada Stays')).toMatchObject({
      state: 'ringing',
      lastKnownState: null,
      unknownReason: null,
    });
    expect(byName.get('Cy Talks')).toMatchObject({
      state: 'answered',
      lastKnownState: null,
      unknownReason: null,
    });
    expect(byName.get('Bo Goes')).toMatchObject({
      state: 'unknown',
      lastKnownState: null,
      unknownReason: { code: 'connection-lost' },
    });
    expect(p.changes.filter((c) => c.change === 'ended').map((c) => c.call.callerName)).toEqual(['Bo Goes']);
    expect(p.pipeline.liveCalls().map((c) => [c.callerName, c.state])).toEqual([
      ['Ada Stays', 'ringing'],
      ['Cy Talks', 'answered'],
    ]);
    // Nothing popped again.
    expect(p.pops()).toHaveLength(popsBefore);
  });
});
