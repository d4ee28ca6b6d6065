import { describe, expect, it } from 'vitest';
import { connect, ManualClock, withServer } from './support';

const USER_FIELDS = [
  'username',
  'username1',
  'username2',
  'extensionNumber',
  'extensionNumber1',
  'extensionNumber2',
];

describe('demo server storm', () => {
  it('sends the due number of events in batches, spliced with the current time, then stops by itself', async () => {
    const clock = new ManualClock();
    await withServer({ clock }, async (server) => {
      const client = await connect(server);
      const storm = server.startStorm({ eventsPerSecond: 5000, durationMs: 200 });
      await clock.advance(100);
      expect(storm.sent).toBe(500);
      await clock.advance(500);
      expect(storm.sent).toBe(1000);
      const got = await client.take(1000);
      expect(await client.drain(50)).toEqual([]);
      const types = new Set(got.map((e) => e['type']));
      expect([...types].sort()).toEqual(['dial', 'hangup', 'link', 'linkEnd', 'userStatus']);
      for (const event of got) {
        expect(event['coreServerId']).toBe(server.coreServerId);
        expect(event['time']).toBeGreaterThan(clock.now() - 700);
        expect(event['time']).toBeLessThanOrEqual(clock.now());
      }
      client.close();
    });
  });

  it('never mentions the excluded users', async () => {
    const clock = new ManualClock();
    await withServer({ clock }, async (server) => {
      const client = await connect(server);
      const excluded = Array.from({ length: 20 }, (_, i) => String(6000 + i));
      server.startStorm({ eventsPerSecond: 10_000, excludeUsers: excluded, durationMs: 100 });
      await clock.advance(200);
      const got = await client.take(1000);
      const mentioned = new Set(
        got.flatMap((e) => USER_FIELDS.map((f) => e[f]).filter((v) => typeof v === 'string')),
      );
      expect(mentioned.size).toBeGreaterThan(10);
      for (const user of excluded) expect(mentioned.has(user)).toBe(false);
      client.close();
    });
  });

  it("applies each connection's filters, and follows a filter change", async () => {
    const clock = new ManualClock();
    await withServer({ clock }, async (server) => {
      const dials = await connect(server);
      await dials.filter([{ property: 'type', value: 'dial' }]);
      const storm = server.startStorm({ eventsPerSecond: 1000 });
      await clock.advance(500);
      const first = await dials.drain();
      expect(first.length).toBeGreaterThan(50);
      expect(new Set(first.map((e) => e['type']))).toEqual(new Set(['dial']));
      await dials.filter([{ property: 'type', value: 'userStatus' }]);
      await clock.advance(500);
      const second = await dials.drain();
      expect(second.length).toBeGreaterThan(5);
      expect(new Set(second.map((e) => e['type']))).toEqual(new Set(['userStatus']));
      storm.stop();
      const sent = storm.sent;
      await clock.advance(500);
      expect(storm.sent).toBe(sent);
      dials.close();
    });
  });

  it('skips paused connections and is stopped with the server', async () => {
    const clock = new ManualClock();
    await withServer({ clock }, async (server) => {
      const client = await connect(server);
      server.pause();
      server.startStorm({ eventsPerSecond: 1000 });
      await clock.advance(300);
      server.resume();
      expect(await client.drain()).toEqual([]);
    });
    expect(clock.pending).toBe(0);
  });

  it('refuses a rate that is not positive', async () => {
    await withServer({}, async (server) => {
      expect(() => server.startStorm({ eventsPerSecond: 0 })).toThrow(/positive/);
    });
  });
});
