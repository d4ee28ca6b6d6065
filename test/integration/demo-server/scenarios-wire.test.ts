/** The scenarios as a client sees them: over the socket, under a renamed profile, in the foreign dialect. */
import { describe, expect, it } from 'vitest';
import { dialectProfile } from '../../../src-main/demo-server/dialects';
import { decodeValue } from '../../../src-main/protocol/decode';
import { resolveProfile } from '../../../src-main/protocol/profile';
import { DEFAULT_DID } from '../../../src-main/demo-server/index';
import { CALLER, connect, ManualClock, shape, start, withServer } from './support';

describe('demo server scenarios: on the wire', () => {
  it('sends a client exactly the events of the run, in order', async () => {
    await withServer({}, async (server) => {
      const client = await connect(server);
      const run = await server.scenarios.blindTransfer({ to: '4224', transferTo: '4225' });
      expect(await client.take(run.events.length)).toEqual(run.events);
      client.close();
    });
  });

  it('spaces the steps by stepMs on the injected clock', async () => {
    const clock = new ManualClock();
    await withServer({ clock }, async (server) => {
      const client = await connect(server);
      const start = clock.now();
      const running = server.scenarios.inboundAnswered({ to: '4224', stepMs: 1000 });
      expect((await client.take(1)).map((e) => e['type'])).toEqual(['dial']);
      expect(await client.drain(50)).toEqual([]);
      await clock.advance(1000);
      expect((await client.take(1)).map((e) => [e['type'], e['time']])).toEqual([['link', start + 1000]]);
      await clock.advance(3000);
      const run = await running;
      expect(run.events.map((e) => e['time'])).toEqual([
        start,
        start + 1000,
        start + 2000,
        start + 3000,
        start + 4000,
      ]);
      expect((await client.take(3)).map((e) => e['type'])).toEqual(['linkEnd', 'hangup', 'hangup']);
      client.close();
    });
  });

  it('ends a stepped scenario when the server stops, marking it incomplete', async () => {
    const clock = new ManualClock();
    const server = await start({ clock });
    const running = server.scenarios.missed({ to: '4224', stepMs: 5000 });
    await server.stop();
    const run = await running;
    expect(run.completed).toBe(false);
    expect(run.events.map((e) => e['type'])).toEqual(['dial']);
    expect(clock.pending).toBe(0);
  });
});

describe('demo server scenarios: a renamed profile renames the wire', () => {
  it("uses the profile's type names and puts the caller under its suffix", async () => {
    const profile = resolveProfile({
      eventTypes: { dial: 'callDial', link: 'callLink', hangup: 'callHangup' },
      callerSuffix: '2',
    });
    if (!profile.ok) throw new Error(profile.error.message);
    await withServer({ profile: profile.value }, async (server) => {
      const client = await connect(server);
      expect(await client.filter([{ property: 'type', value: 'callDial' }])).toMatchObject({ success: true });
      const run = await server.scenarios.inboundAnswered({ to: '4224', from: CALLER });
      expect(shape(run, '2')).toEqual([
        'callDial ext#0 4224#1',
        'callLink ext#0 4224#1',
        'linkEnd ext#0 4224#1',
        'callHangup ext#0',
        'callHangup 4224#1',
      ]);
      expect(run.events[0]).toMatchObject({
        callerIdNumber2: '+445555550123',
        username2: null,
        did2: DEFAULT_DID,
        username1: '4224',
        did1: null,
      });
      const received = await client.drain();
      expect(received).toEqual([run.events[0]]);
      client.close();
    });
  });
});

describe('demo server scenarios: the foreign dialect', () => {
  it('renames every type and party field and puts the caller in suffix 2, and decodes back under its profile', async () => {
    await withServer({ dialect: 'foreign' }, async (server) => {
      const client = await connect(server);
      expect(await client.filter([])).toMatchObject({ success: true });
      const run = await server.scenarios.inboundAnswered({ to: '4224', from: CALLER });
      expect(run.events.map((e) => e['type'])).toEqual([
        'CallRinging',
        'CallConnected',
        'CallDisconnected',
        'ChannelClosed',
        'ChannelClosed',
      ]);
      const dial = run.events[0]!;
      expect(dial).toMatchObject({
        cidName2: 'Ada Lovelace',
        cidNum2: '+445555550123',
        user1: '4224',
        exten1: '4224',
      });
      for (const name of ['callerIdName1', 'callerIdNumber2', 'username1', 'did2', 'callSegmentId1']) {
        expect(dial).not.toHaveProperty(name);
      }
      const decoded = decodeValue(dial, dialectProfile('foreign'));
      expect(decoded).toMatchObject({
        ok: true,
        message: {
          kind: 'dial',
          caller: { callerIdName: 'Ada Lovelace', callerIdNumber: '+445555550123', did: DEFAULT_DID },
          callee: { username: '4224' },
        },
      });
      expect(await client.drain()).toHaveLength(5);
    });
  });
});
