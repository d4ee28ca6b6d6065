import { describe, expect, it } from 'vitest';
import { connect, withServer } from './support';

const dialFilter = [{ property: 'type', value: 'dial' }];

describe('demo server filters', () => {
  it('sends every event to a connection that has sent no filter', async () => {
    await withServer({}, async (server) => {
      const client = await connect(server);
      const run = await server.scenarios.inboundAnswered({ to: '4224' });
      await server.scenarios.userStatus({ user: '4225', name: 'Away', type: 'away' });
      const got = await client.take(6);
      expect(got.map((e) => e['type'])).toEqual([
        'dial',
        'link',
        'linkEnd',
        'hangup',
        'hangup',
        'userStatus',
      ]);
      expect(got.slice(0, 5)).toEqual(run.events);
      client.close();
    });
  });

  it('answers a valid filter message with success and then sends only what it selects', async () => {
    await withServer({}, async (server) => {
      const client = await connect(server);
      expect(await client.filter(dialFilter)).toEqual({ type: 'filterResponse', success: true });
      await server.scenarios.inboundAnswered({ to: '4224' });
      await server.scenarios.missed({ to: '4225' });
      const got = await client.drain();
      expect(got.map((e) => e['type'])).toEqual(['dial', 'dial']);
      expect(got.map((e) => e['username2'])).toEqual(['4224', '4225']);
      client.close();
    });
  });

  it('ORs filters on one property and ANDs different properties', async () => {
    await withServer({}, async (server) => {
      const client = await connect(server);
      await client.filter([
        { property: 'type', value: 'dial' },
        { property: 'type', value: 'hangup' },
        { property: 'username2', value: '4225' },
      ]);
      await server.scenarios.inboundAnswered({ to: '4224' });
      await server.scenarios.inboundAnswered({ to: '4225' });
      const got = await client.drain();
      // hangup has no username2, so the AND drops it; only the dial to 4225 remains.
      expect(got.map((e) => [e['type'], e['username2']])).toEqual([['dial', '4225']]);
      client.close();
    });
  });

  it('matches "*" on any present, non-null value of the property', async () => {
    await withServer({}, async (server) => {
      const client = await connect(server);
      await client.filter([{ property: 'username', value: '*' }]);
      await server.scenarios.inboundAnswered({ to: '4224' });
      await server.scenarios.userLogin({ user: '4226' });
      const got = await client.drain();
      // The external caller's hangup has username null; the user's hangup and the login carry one.
      expect(got.map((e) => [e['type'], e['username']])).toEqual([
        ['hangup', '4224'],
        ['userLogin', '4226'],
      ]);
      client.close();
    });
  });

  it('replaces the previous filters with a new filter message', async () => {
    await withServer({}, async (server) => {
      const client = await connect(server);
      await client.filter(dialFilter);
      await client.filter([{ property: 'type', value: 'userStatus' }]);
      expect(server.clients()[0]?.filters).toEqual([{ property: 'type', value: 'userStatus' }]);
      await server.scenarios.inboundAnswered({ to: '4224' });
      await server.scenarios.userStatus({ user: '4224', name: 'Away', type: 'away' });
      expect((await client.drain()).map((e) => e['type'])).toEqual(['userStatus']);
      client.close();
    });
  });

  it('reads an empty filter list as "everything" again', async () => {
    await withServer({}, async (server) => {
      const client = await connect(server);
      await client.filter(dialFilter);
      await client.filter([]);
      await server.scenarios.missed({ to: '4224' });
      expect((await client.drain()).map((e) => e['type'])).toEqual(['dial', 'hangup', 'hangup']);
      client.close();
    });
  });

  const malformed: [string, string][] = [
    ['text that is not JSON', '{"type":"filter",'],
    ['a filter message without a filters array', '{"type":"filter"}'],
    ['filters that are not an array', '{"type":"filter","filters":{"property":"type","value":"dial"}}'],
    ['an entry that is not an object', '{"type":"filter","filters":["dial"]}'],
    ['an entry without a value', '{"type":"filter","filters":[{"property":"type"}]}'],
    ['an entry with a number value', '{"type":"filter","filters":[{"property":"type","value":3}]}'],
    ['an entry with an empty property', '{"type":"filter","filters":[{"property":"","value":"dial"}]}'],
    ["the page's misprinted template", '{"type":"filter","filters":[{"property":"type":"value":"dial"}]}'],
    [
      'too many filters',
      JSON.stringify({
        type: 'filter',
        filters: Array.from({ length: 65 }, () => ({ property: 'type', value: 'x' })),
      }),
    ],
  ];

  for (const [what, text] of malformed) {
    it(`answers ${what} with success false and a sentence, and keeps the previous filters`, async () => {
      await withServer({}, async (server) => {
        const client = await connect(server);
        await client.filter(dialFilter);
        client.ws.send(text);
        const [response] = await client.take(1);
        expect(response).toMatchObject({ type: 'filterResponse', success: false });
        expect(typeof response!['message']).toBe('string');
        expect(String(response!['message']).length).toBeGreaterThan(10);
        expect(server.clients()[0]?.filters).toEqual(dialFilter);
        await server.scenarios.missed({ to: '4224' });
        expect((await client.drain()).map((e) => e['type'])).toEqual(['dial']);
        client.close();
      });
    });
  }

  it('ignores client messages that are not filter messages, and binary messages', async () => {
    await withServer({}, async (server) => {
      const client = await connect(server);
      await client.filter(dialFilter);
      client.ws.send(JSON.stringify({ type: 'hello' }));
      client.ws.send('[1,2,3]');
      client.ws.send(JSON.stringify({ filters: [] }));
      client.ws.send(Buffer.from('{"type":"filter","filters":[]}'), { binary: true });
      await server.scenarios.missed({ to: '4224' });
      // No answers to any of them, and the dial filter still holds.
      expect((await client.drain()).map((e) => e['type'])).toEqual(['dial']);
      expect(server.clients()[0]?.filters).toEqual(dialFilter);
      client.close();
    });
  });

  it("keeps each connection's filters to itself", async () => {
    await withServer({}, async (server) => {
      const dials = await connect(server);
      const everything = await connect(server);
      await dials.filter(dialFilter);
      await server.scenarios.missed({ to: '4224' });
      expect((await dials.drain()).map((e) => e['type'])).toEqual(['dial']);
      expect((await everything.drain(0)).map((e) => e['type'])).toEqual(['dial', 'hangup', 'hangup']);
      dials.close();
      everything.close();
    });
  });

  it('filters emitRaw objects unless told to bypass, and always passes frames that are not JSON objects', async () => {
    await withServer({}, async (server) => {
      const client = await connect(server);
      await client.filter(dialFilter);
      server.emitRaw({ type: 'hangup', n: 1 });
      server.emitRaw({ type: 'hangup', n: 2 }, { bypassFilters: true });
      server.emitRaw('{"type":"dial","n":3}');
      server.emitRaw('[4]');
      const got = await client.drain();
      expect(got).toEqual([{ type: 'hangup', n: 2 }, { type: 'dial', n: 3 }, [4]]);
      client.close();
    });
  });
});
