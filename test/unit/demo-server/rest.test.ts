import { describe, expect, it } from 'vitest';
import { answerRest, parseStatusUpdate, type StatusUpdate } from '../../../src-main/demo-server/rest';
import { World, type WorldUser } from '../../../src-main/demo-server/world';

function world(): World {
  let n = 0;
  return new World([{ username: 'amy', displayName: 'Amy', extension: '100' }], () => `id-${++n}`);
}

describe('the status/set body', () => {
  it('takes name and type, with note and returnTime optional', () => {
    expect(parseStatusUpdate('{"name":"Away","type":"away"}')).toEqual({
      ok: true,
      value: { name: 'Away', type: 'away', note: '', returnTime: -1 },
    });
    expect(
      parseStatusUpdate('{"name":"Out","type":"xa","note":"hols","returnTime":1800000000000,"extra":1}'),
    ).toEqual({
      ok: true,
      value: { name: 'Out', type: 'xa', note: 'hols', returnTime: 1800000000000 },
    });
  });

  it('reads a null note or returnTime as left out', () => {
    expect(parseStatusUpdate('{"name":"A","type":"dnd","note":null,"returnTime":null}')).toEqual({
      ok: true,
      value: { name: 'A', type: 'dnd', note: '', returnTime: -1 },
    });
  });

  it('refuses each bad field with a sentence naming it', () => {
    const cases: [string, RegExp][] = [
      ['', /JSON object/],
      ['null', /JSON object/],
      ['{"type":"away"}', /"name"/],
      [JSON.stringify({ name: 'x'.repeat(129), type: 'away' }), /"name"/],
      ['{"name":"A","type":"AWAY"}', /"type"/],
      ['{"name":"A","type":"away","note":["x"]}', /"note"/],
      ['{"name":"A","type":"away","returnTime":1.5}', /"returnTime"/],
    ];
    for (const [body, sentence] of cases) {
      const result = parseStatusUpdate(body);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(sentence);
    }
  });
});

describe('REST routing', () => {
  it('mixes core-server ids and names, and ignores a trailing slash', () => {
    const w = world();
    const actions = { setStatus: () => {}, originate: () => {} };
    const byName = answerRest(
      { method: 'GET', path: 'coreServers/getByName/default/users/', body: null },
      w,
      actions,
    );
    const byId = answerRest(
      { method: 'GET', path: `coreServers/${w.coreServerId}/users`, body: null },
      w,
      actions,
    );
    expect(byName).toEqual(byId);
    expect(byName).toMatchObject({ status: 200, json: [{ userName: 'amy', displayedName: 'Amy' }] });
  });

  it('hands a valid status to the action and answers 204', () => {
    const w = world();
    const seen: [WorldUser, StatusUpdate][] = [];
    const answer = answerRest(
      {
        method: 'POST',
        path: 'coreServers/getByName/default/users/getByName/amy/status/set',
        body: '{"name":"Away","type":"away"}',
      },
      w,
      { setStatus: (user, update) => seen.push([user, update]), originate: () => {} },
    );
    expect(answer).toEqual({ status: 204 });
    expect(seen.map(([u, s]) => [u.username, s.type])).toEqual([['amy', 'away']]);
  });

  it('originates from an extension: a dialable destination goes to the action (204), anything else is refused', () => {
    const w = world();
    const placed: [string, string][] = [];
    const actions = {
      setStatus: () => {},
      originate: (e: { number: string }, n: string) => placed.push([e.number, n]),
    };
    const path = `coreServers/getByName/default/extensions/getByName/${w.extensions()[0]!.number}/originate`;
    const ask = (body: string, method = 'POST') => answerRest({ method, path, body }, w, actions);
    expect(ask('{"destination":"+442079460018"}')).toEqual({ status: 204 });
    expect(placed).toEqual([[w.extensions()[0]!.number, '+442079460018']]);
    for (const body of ['{"destination":"123; rm -rf /"}', '{"destination":12}', '[]', 'nope', '{}']) {
      expect(ask(body).status).toBe(400);
    }
    expect(ask('', 'GET').status).toBe(405);
    expect(placed).toHaveLength(1);
  });

  it('answers 404 for a malformed percent-encoding rather than throwing', () => {
    const answer = answerRest(
      { method: 'GET', path: 'coreServers/getByName/%E0%A4%A/users', body: null },
      world(),
      {
        setStatus: () => {},
        originate: () => {},
      },
    );
    expect(answer.status).toBe(404);
  });
});
