import { describe, expect, it } from 'vitest';
import { CALLER, ManualClock, shape, withServer } from './support';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('demo server scenarios: exact event sequences', () => {
  it('inbound call answered: dial, link, linkEnd, hangup caller, hangup callee', async () => {
    const clock = new ManualClock();
    await withServer({ clock }, async (server) => {
      const run = await server.scenarios.inboundAnswered({ to: '4224', from: CALLER, did: '+445555550100' });
      expect(shape(run)).toEqual([
        'dial ext#0 4224#1',
        'link ext#0 4224#1',
        'linkEnd ext#0 4224#1',
        'hangup ext#0',
        'hangup 4224#1',
      ]);
      const [dial] = run.events;
      expect(dial).toMatchObject({
        type: 'dial',
        time: clock.now(),
        coreServerId: server.coreServerId,
        callerIdName1: 'Ada Lovelace',
        callerIdNumber1: '+445555550123',
        did1: '+445555550100',
        extensionId1: null,
        extensionNumber1: null,
        userId1: null,
        username1: null,
        callerIdName2: 'Michael Young',
        callerIdNumber2: '4224',
        did2: null,
        extensionNumber2: '4224',
        username2: '4224',
      });
      expect(dial!['userId2']).toMatch(UUID);
      expect(dial!['extensionId2']).toMatch(UUID);
      expect(run).toMatchObject({
        callerSegmentId: run.segmentIds[0],
        answeredSegmentId: run.segmentIds[1],
        transferringSegmentId: null,
        completed: true,
      });
    });
  });

  it('gives every call fresh segment ids, all UUIDs', async () => {
    await withServer({}, async (server) => {
      const a = await server.scenarios.inboundAnswered({ to: '4224' });
      const b = await server.scenarios.inboundAnswered({ to: '4224' });
      const ids = [...a.segmentIds, ...b.segmentIds];
      expect(ids).toHaveLength(4);
      for (const id of ids) expect(id).toMatch(UUID);
      expect(new Set(ids).size).toBe(4);
      expect(a.events[0]!['callSegmentId1']).toBe(a.segmentIds[0]);
      expect(a.events[0]!['callSegmentId2']).toBe(a.segmentIds[1]);
    });
  });

  it('a new server has a new core server id and new user ids', async () => {
    const first = await withServer({}, async (s) => [
      s.coreServerId,
      (await s.scenarios.userLogin({ user: '4224' })).events[0]!['userId'],
    ]);
    const second = await withServer({}, async (s) => [
      s.coreServerId,
      (await s.scenarios.userLogin({ user: '4224' })).events[0]!['userId'],
    ]);
    expect(first[0]).toMatch(UUID);
    expect(first[0]).not.toBe(second[0]);
    expect(first[1]).not.toBe(second[1]);
  });

  it('missed call: the caller hangs up while it rings, no link', async () => {
    await withServer({}, async (server) => {
      const run = await server.scenarios.missed({ to: '4225', from: CALLER });
      expect(shape(run)).toEqual(['dial ext#0 4225#1', 'hangup ext#0', 'hangup 4225#1']);
      expect(run.answeredSegmentId).toBeNull();
    });
  });

  it('ring group: every extension rings from one caller segment, one answers, the others stop ringing', async () => {
    await withServer({}, async (server) => {
      const run = await server.scenarios.ringGroup({ to: ['4224', '4225', '4226'], answeredBy: '4225' });
      expect(shape(run)).toEqual([
        'dial ext#0 4224#1',
        'dial ext#0 4225#2',
        'dial ext#0 4226#3',
        'link ext#0 4225#2',
        'hangup 4224#1',
        'hangup 4226#3',
        'linkEnd ext#0 4225#2',
        'hangup ext#0',
        'hangup 4225#2',
      ]);
      expect(run.answeredSegmentId).toBe(run.segmentIds[2]);
    });
  });

  it('ring group nobody answers: the caller gives up, every ringing extension stops', async () => {
    await withServer({}, async (server) => {
      const run = await server.scenarios.ringGroup({ to: ['4224', '4225'], answeredBy: null });
      expect(shape(run)).toEqual([
        'dial ext#0 4224#1',
        'dial ext#0 4225#2',
        'hangup ext#0',
        'hangup 4224#1',
        'hangup 4225#2',
      ]);
    });
  });

  it('queue call: agents log in, are rung in rounds (repeated dials, new segments), one answers, agents log out', async () => {
    await withServer({}, async (server) => {
      const run = await server.scenarios.queue({
        agents: ['4224', '4225'],
        answeredBy: '4225',
        rounds: 2,
        agentEvents: true,
        queue: 'Support',
      });
      expect(shape(run)).toEqual([
        'agentLogin 4224',
        'agentLogin 4225',
        'dial ext#0 4224#1',
        'dial ext#0 4225#2',
        'hangup 4224#1',
        'hangup 4225#2',
        'dial ext#0 4224#3',
        'dial ext#0 4225#4',
        'link ext#0 4225#4',
        'hangup 4224#3',
        'linkEnd ext#0 4225#4',
        'hangup ext#0',
        'hangup 4225#4',
        'agentLogout 4224',
        'agentLogout 4225',
      ]);
      const login = run.events[0]!;
      expect(login).toMatchObject({
        agent: 'Michael Young',
        state: 'NOT_INUSE',
        queue: 'Support',
        extensionNumber: '4224',
      });
      expect(login['agentId']).toMatch(UUID);
      expect(run.events[13]!['agentId']).toBe(login['agentId']);
      expect(run.events[0]!['queueId']).toBe(run.events[1]!['queueId']);
    });
  });

  it('queue call without agent events rings once per round', async () => {
    await withServer({}, async (server) => {
      const run = await server.scenarios.queue({ agents: ['4224'], rounds: 3 });
      expect(shape(run).filter((line) => line.startsWith('dial'))).toEqual([
        'dial ext#0 4224#1',
        'dial ext#0 4224#2',
        'dial ext#0 4224#3',
      ]);
      expect(shape(run).some((line) => line.startsWith('agent'))).toBe(false);
    });
  });

  it('internal call: both sides carry user fields, no DID', async () => {
    await withServer({}, async (server) => {
      const run = await server.scenarios.internal({ from: '4225', to: '4224' });
      expect(shape(run)).toEqual([
        'dial 4225#0 4224#1',
        'link 4225#0 4224#1',
        'linkEnd 4225#0 4224#1',
        'hangup 4225#0',
        'hangup 4224#1',
      ]);
      expect(run.events[0]).toMatchObject({
        callerIdName1: 'Dana Scott',
        callerIdNumber1: '4225',
        did1: null,
        extensionNumber1: '4225',
        username2: '4224',
      });
      expect(run.events[0]!['userId1']).toMatch(UUID);
    });
  });

  it('outbound call: the user dials an outside number, which has no user fields', async () => {
    await withServer({}, async (server) => {
      const run = await server.scenarios.outbound({
        from: '4224',
        to: { name: 'Acme', number: '+15555550199' },
      });
      expect(shape(run)).toEqual([
        'dial 4224#0 ext#1',
        'link 4224#0 ext#1',
        'linkEnd 4224#0 ext#1',
        'hangup 4224#0',
        'hangup ext#1',
      ]);
      expect(run.events[0]).toMatchObject({
        username1: '4224',
        did1: null,
        callerIdName2: 'Acme',
        callerIdNumber2: '+15555550199',
        userId2: null,
        extensionId2: null,
        username2: null,
      });
    });
  });

  it('blind transfer: linkEnd with the transferring user, then a new dial and link to the target', async () => {
    await withServer({}, async (server) => {
      const run = await server.scenarios.blindTransfer({ to: '4225', transferTo: '4224', from: CALLER });
      expect(shape(run)).toEqual([
        'dial ext#0 4225#1',
        'link ext#0 4225#1',
        'linkEnd ext#0 4225#1',
        'hangup 4225#1',
        'dial ext#0 4224#2',
        'link ext#0 4224#2',
        'linkEnd ext#0 4224#2',
        'hangup ext#0',
        'hangup 4224#2',
      ]);
      expect(run.transferringSegmentId).toBe(run.segmentIds[1]);
      expect(run.answeredSegmentId).toBe(run.segmentIds[2]);
      expect(run.events[2]).toMatchObject({ username2: '4225', callSegmentId2: run.transferringSegmentId });
      // The caller keeps one segment and its caller ID across the transfer.
      expect(run.events[4]).toMatchObject({
        callSegmentId1: run.segmentIds[0],
        callerIdName1: 'Ada Lovelace',
      });
    });
  });

  it('caller without a caller-ID name: the name is null, the number is there', async () => {
    await withServer({}, async (server) => {
      const run = await server.scenarios.noCallerName({ to: '4224', from: { number: '+15555550111' } });
      expect(shape(run)).toEqual([
        'dial ext#0 4224#1',
        'link ext#0 4224#1',
        'linkEnd ext#0 4224#1',
        'hangup ext#0',
        'hangup 4224#1',
      ]);
      for (const event of run.events.slice(0, 3)) {
        expect(event).toMatchObject({ callerIdName1: null, callerIdNumber1: '+15555550111' });
      }
      expect(run.events[3]).toMatchObject({ callerIdName: null, callerIdNumber: '+15555550111' });
    });
  });

  it('user login and logout share a login id; logout carries an empty address as published', async () => {
    await withServer({}, async (server) => {
      const login = (await server.scenarios.userLogin({ user: '4224', ip: '127.0.0.1', port: 50000 }))
        .events[0]!;
      const logout = (await server.scenarios.userLogout({ user: '4224' })).events[0]!;
      expect(login).toMatchObject({ type: 'userLogin', username: '4224', ip: '127.0.0.1', port: 50000 });
      expect(login['userLoginId']).toMatch(UUID);
      expect(logout).toMatchObject({
        type: 'userLogout',
        username: '4224',
        ip: '',
        userLoginId: login['userLoginId'],
      });
      expect(logout['userId']).toBe(login['userId']);
    });
  });

  it('user status: presets are not user-created, typed statuses are', async () => {
    await withServer({}, async (server) => {
      const preset = (await server.scenarios.userStatus({ user: '4224', name: 'Out of Office', type: 'xa' }))
        .events[0];
      const typed = (
        await server.scenarios.userStatus({ user: '4224', name: 'At lunch', type: 'away', note: 'back 2pm' })
      ).events[0];
      expect(preset).toMatchObject({
        type: 'userStatus',
        username: '4224',
        statusType: 'xa',
        note: '',
        returnTime: -1,
        userCreated: false,
      });
      expect(typed).toMatchObject({
        name: 'At lunch',
        statusType: 'away',
        note: 'back 2pm',
        userCreated: true,
      });
    });
  });

  it('agent login and logout name the agent, queue and extension', async () => {
    await withServer({}, async (server) => {
      const run = await server.scenarios.agentLogin({ user: '4226', queue: 'Sales', state: 'INUSE' });
      expect(run.events[0]).toMatchObject({
        type: 'agentLogin',
        agent: 'Priya Natarajan',
        queue: 'Sales',
        state: 'INUSE',
        username: '4226',
      });
      const out = await server.scenarios.agentLogout({ user: '4226', queue: 'Sales' });
      expect(out.events[0]).toMatchObject({ type: 'agentLogout', agentId: run.events[0]!['agentId'] });
    });
  });

  it('refuses a scenario for a user the server does not have, with a sentence', async () => {
    await withServer({}, async (server) => {
      await expect(server.scenarios.inboundAnswered({ to: '9999' })).rejects.toThrow(
        /no user or extension "9999"/,
      );
      await expect(server.scenarios.internal({ from: '4224', to: '4224' })).rejects.toThrow(
        /two different users/,
      );
      await expect(server.scenarios.ringGroup({ to: ['4224'], answeredBy: '4225' })).rejects.toThrow(
        /cannot answer/,
      );
    });
  });

  it('finds users by extension number as well as user name', async () => {
    await withServer(
      { users: [{ username: 'mike', displayName: 'Mike', extension: '201' }] },
      async (server) => {
        const run = await server.scenarios.missed({ to: '201' });
        expect(run.events[0]).toMatchObject({ username2: 'mike', extensionNumber2: '201' });
      },
    );
  });
});
