import { describe, expect, it } from 'vitest';
import { connect, fetchRaw, getJson, ManualClock, restPath, withServer } from './support';

interface UserJson {
  id: string;
  configurationId: string;
  userName: string;
  displayedName: string;
  permissionId: string;
}

interface ExtensionJson {
  id: string;
  extensionNumber: string;
  displayName: string;
  configurationId: string;
  permissionId: string;
}

describe('demo server Live REST: users and extensions', () => {
  it('lists users with the documented fields, under the id and under getByName/default', async () => {
    await withServer({}, async (server) => {
      const users = (await getJson(server, 'users')) as UserJson[];
      expect(users.map((u) => u.userName)).toEqual(['4224', '4225', '4226', '4227']);
      expect(Object.keys(users[0]!).sort()).toEqual(
        ['configurationId', 'displayedName', 'id', 'permissionId', 'userName'].sort(),
      );
      const byId = await fetchRaw(server, restPath(server, 'users', server.coreServerId));
      expect(byId.status).toBe(200);
      expect(byId.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(byId.body)).toEqual(users);
    });
  });

  it('finds one user by id and by name, and agrees with the ids in events', async () => {
    await withServer({}, async (server) => {
      const login = (await server.scenarios.userLogin({ user: '4225' })).events[0]!;
      const byName = (await getJson(server, 'users/getByName/4225')) as UserJson;
      expect(byName).toMatchObject({ userName: '4225', displayedName: 'Dana Scott', id: login['userId'] });
      expect(await getJson(server, `users/${byName.id}`)).toEqual(byName);
    });
  });

  it('lists extensions and finds one by id and by number', async () => {
    await withServer({}, async (server) => {
      const extensions = (await getJson(server, 'extensions')) as ExtensionJson[];
      expect(extensions.map((e) => e.extensionNumber)).toEqual(['4224', '4225', '4226', '4227']);
      expect(Object.keys(extensions[0]!).sort()).toEqual(
        ['configurationId', 'displayName', 'extensionNumber', 'id', 'permissionId'].sort(),
      );
      const one = (await getJson(server, 'extensions/getByName/4226')) as ExtensionJson;
      expect(one.displayName).toBe('Priya Natarajan');
      expect(await getJson(server, `extensions/${one.id}`)).toEqual(one);
    });
  });

  it('answers 404 for unknown users, extensions, core servers and resources', async () => {
    await withServer({}, async (server) => {
      for (const path of [
        restPath(server, 'users/getByName/9999'),
        restPath(server, 'users/00000000-0000-4000-8000-000000000000'),
        restPath(server, 'extensions/getByName/1'),
        restPath(server, 'users/getByName/9999/status'),
        restPath(server, 'users', 'getByName/other'),
        restPath(server, 'users', '00000000-0000-4000-8000-000000000000'),
        restPath(server, 'queues/nope'),
        restPath(server, 'users/getByName/4224/nothing'),
        '/communication_manager/rest/live/elsewhere',
      ]) {
        const reply = await fetchRaw(server, path);
        expect({ path, status: reply.status }).toEqual({ path, status: 404 });
      }
    });
  });

  it('answers 405 to a write on a read-only resource', async () => {
    await withServer({}, async (server) => {
      const reply = await fetchRaw(server, restPath(server, 'users'), { method: 'POST', body: '{}' });
      expect(reply.status).toBe(405);
      expect(reply.headers.allow).toBe('GET');
    });
  });
});

describe('demo server Live REST: status', () => {
  it("reads a user's status with the documented fields (Available by default)", async () => {
    await withServer({}, async (server) => {
      const status = await getJson(server, 'users/getByName/4224/status');
      expect(status).toMatchObject({
        name: 'Available',
        type: 'available',
        note: '',
        returnTime: -1,
        userCreated: false,
      });
      expect(Object.keys(status as object).sort()).toEqual(
        ['configurationId', 'id', 'name', 'note', 'returnTime', 'type', 'userCreated'].sort(),
      );
    });
  });

  it('sets a status: 204, then a userStatus event to the websocket clients, then the new status reads back', async () => {
    await withServer({}, async (server) => {
      const client = await connect(server);
      await client.filter([{ property: 'type', value: 'userStatus' }]);
      const user = (await getJson(server, 'users/getByName/4224')) as UserJson;
      const reply = await fetchRaw(server, restPath(server, `users/${user.id}/status/set`), {
        method: 'POST',
        body: JSON.stringify({
          name: 'Do Not Disturb',
          type: 'dnd',
          note: 'In a meeting',
          returnTime: 1_800_000_000_000,
        }),
      });
      expect(reply.status).toBe(204);
      expect(reply.body).toBe('');
      const [event] = await client.take(1);
      expect(event).toMatchObject({
        type: 'userStatus',
        coreServerId: server.coreServerId,
        userId: user.id,
        username: '4224',
        name: 'Do Not Disturb',
        statusType: 'dnd',
        note: 'In a meeting',
        returnTime: 1_800_000_000_000,
        userCreated: false,
      });
      expect(await getJson(server, 'users/getByName/4224/status')).toMatchObject({
        name: 'Do Not Disturb',
        type: 'dnd',
        note: 'In a meeting',
        returnTime: 1_800_000_000_000,
      });
      client.close();
    });
  });

  it('takes note and returnTime as optional, and marks a typed status as user-created', async () => {
    await withServer({}, async (server) => {
      const reply = await fetchRaw(server, restPath(server, 'users/getByName/4225/status/set'), {
        method: 'POST',
        body: JSON.stringify({ name: 'Gone fishing', type: 'away' }),
      });
      expect(reply.status).toBe(204);
      expect(await getJson(server, 'users/getByName/4225/status')).toMatchObject({
        name: 'Gone fishing',
        type: 'away',
        note: '',
        returnTime: -1,
        userCreated: true,
      });
    });
  });

  const badBodies: [string, string, RegExp][] = [
    ['not JSON', '{name', /JSON object/],
    ['an array', '[]', /JSON object/],
    ['a missing name', '{"type":"away"}', /"name"/],
    ['an empty name', '{"name":"  ","type":"away"}', /"name"/],
    ['an unknown type', '{"name":"Away","type":"busy"}', /"type" must be one of available/],
    ['a number as note', '{"name":"Away","type":"away","note":5}', /"note"/],
    ['a text returnTime', '{"name":"Away","type":"away","returnTime":"soon"}', /"returnTime"/],
    ['a returnTime below -1', '{"name":"Away","type":"away","returnTime":-5}', /"returnTime"/],
  ];

  for (const [what, body, sentence] of badBodies) {
    it(`answers 400 with a sentence to a status body with ${what}, and changes nothing`, async () => {
      await withServer({}, async (server) => {
        const client = await connect(server);
        const reply = await fetchRaw(server, restPath(server, 'users/getByName/4224/status/set'), {
          method: 'POST',
          body,
        });
        expect(reply.status).toBe(400);
        expect(reply.body).toMatch(sentence);
        expect(reply.body.trim()).toMatch(/\.$/);
        expect(await getJson(server, 'users/getByName/4224/status')).toMatchObject({ name: 'Available' });
        expect(await client.drain()).toEqual([]);
        client.close();
      });
    });
  }

  it('refuses a status body larger than 16 KiB with 413', async () => {
    await withServer({}, async (server) => {
      const reply = await fetchRaw(server, restPath(server, 'users/getByName/4224/status/set'), {
        method: 'POST',
        body: JSON.stringify({ name: 'Away', type: 'away', note: 'x'.repeat(20_000) }),
      });
      expect(reply.status).toBe(413);
    });
  });

  it('answers 405 to a GET of the set action', async () => {
    await withServer({}, async (server) => {
      const reply = await fetchRaw(server, restPath(server, 'users/getByName/4224/status/set'));
      expect(reply.status).toBe(405);
      expect(reply.headers.allow).toBe('POST');
    });
  });
});

describe('demo server Live REST: call segments', () => {
  it('reports a ringing call as incoming, answered as not, and nothing once it ended', async () => {
    const clock = new ManualClock();
    await withServer({ clock }, async (server) => {
      const from = { name: 'Ada Lovelace', number: '+445555550123' };
      const running = server.scenarios.inboundAnswered({
        to: '4224',
        from,
        did: '+445555550100',
        stepMs: 1000,
      });
      await Promise.resolve();
      const [callerId, calleeId] = (await segmentIdsSoon(server)) as [string, string];
      const ringing = (await getJson(server, 'extensions/getByName/4224/callSegments')) as Record<
        string,
        unknown
      >[];
      expect(ringing).toEqual([
        {
          id: calleeId,
          type: 'EXTERNAL',
          callerId: { id: expect.any(String), name: 'Ada Lovelace', number: '+445555550123' },
          did: '+445555550100',
          onHold: false,
          recording: false,
          incoming: true,
        },
      ]);
      const all = (await getJson(server, 'callSegments')) as { id: string; incoming: boolean }[];
      expect(all.map((s) => [s.id, s.incoming])).toEqual([
        [callerId, false],
        [calleeId, true],
      ]);
      expect(await getJson(server, 'extensions/getByName/4225/callSegments')).toEqual([]);

      await clock.advance(1000); // link
      const answered = (await getJson(server, 'extensions/getByName/4224/callSegments')) as {
        incoming: boolean;
      }[];
      expect(answered.map((s) => s.incoming)).toEqual([false]);

      await clock.advance(3000);
      await running;
      expect(await getJson(server, 'callSegments')).toEqual([]);
      expect(await getJson(server, 'extensions/getByName/4224/callSegments')).toEqual([]);
    });
  });

  it("marks an internal call's segments INTERNAL", async () => {
    const clock = new ManualClock();
    await withServer({ clock }, async (server) => {
      void server.scenarios.internal({ from: '4225', to: '4224', stepMs: 1000 });
      await segmentIdsSoon(server);
      const segments = (await getJson(server, 'callSegments')) as {
        type: string;
        callerId: { number: string };
      }[];
      expect(segments.map((s) => [s.type, s.callerId.number])).toEqual([
        ['INTERNAL', '4225'],
        ['INTERNAL', '4225'],
      ]);
      await clock.advance(10_000);
    });
  });
});

/** The two segment ids of the first dial, read back from the REST API. */
async function segmentIdsSoon(server: Parameters<typeof getJson>[0]): Promise<string[]> {
  const segments = (await getJson(server, 'callSegments')) as { id: string }[];
  return segments.map((s) => s.id);
}
