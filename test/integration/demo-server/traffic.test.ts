import { describe, expect, it } from 'vitest';
import { connect, ManualClock, withServer } from './support';

describe('demo server traffic', () => {
  it('starts a scenario at once and then one per interval, only for the given users, until stopped', async () => {
    const clock = new ManualClock();
    let seed = 0;
    const random = (): number => (seed = (seed * 9301 + 49297) % 233280) / 233280;
    await withServer({ clock, random }, async (server) => {
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

  it('refuses users the server does not have', async () => {
    await withServer({}, async (server) => {
      expect(() => server.startTraffic({ users: ['9999'] })).toThrow(/no user "9999"/);
    });
  });
});
