import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../support/random';
import { connect, ManualClock, withServer } from './support';

describe('demo server traffic', () => {
  it('starts a scenario at once and then one per interval, only for the given users, until stopped', async () => {
    const clock = new ManualClock();
    await withServer({ clock, random: seededRandom(1) }, async (server) => {
      const client = await connect(server);
      const traffic = server.startTraffic({ callsPerMinute: 60, users: ['4225'], stepMs: 0 });
      const first = await client.drain();
      expect(first.length).toBeGreaterThan(0);
      await clock.advance(1000);
      const second = await client.drain();
      expect(second.length).toBeGreaterThan(0);
      for (const event of [...first, ...second]) {
        const users = [event['username'], event['username1'], event['username2']].filter(
          (u) => typeof u === 'string',
        );
        expect(users.length === 0 || users.every((u) => u === '4225')).toBe(true);
      }
      traffic.stop();
      await clock.advance(5000);
      expect(await client.drain()).toEqual([]);
      client.close();
    });
  });

  it('settles once every call it started has ended, so a stopped traffic can be waited on until it is quiet', async () => {
    const clock = new ManualClock();
    await withServer({ clock, random: seededRandom(3) }, async (server) => {
      const client = await connect(server);
      const traffic = server.startTraffic({
        callsPerMinute: 1,
        users: ['4225'],
        presenceUsers: [],
        stepMs: 1000,
      });
      traffic.stop();
      let settled = false;
      const quiet = traffic.settled().then(() => (settled = true));
      const first = await client.drain();
      expect(first.length).toBeGreaterThan(0);
      // One step in, the call is still under way: not settled.
      await clock.advance(1000);
      expect(settled).toBe(false);
      await clock.advance(60_000);
      await quiet;
      expect(settled).toBe(true);
      // It settled because the call ended: its hang-up was sent, and nothing follows.
      const rest = await client.drain();
      expect(rest.map((e) => e['type'])).toContain('hangup');
      await clock.advance(60_000);
      expect(await client.drain()).toEqual([]);
      client.close();
    });
  });

  it('refuses users the server does not have', async () => {
    await withServer({}, async (server) => {
      expect(() => server.startTraffic({ users: ['9999'] })).toThrow(/no user "9999"/);
    });
  });
});
