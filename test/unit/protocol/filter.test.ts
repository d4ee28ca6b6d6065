import { describe, expect, it } from 'vitest';
import {
  appFilter,
  filterMessage,
  filterResponse,
  matchesFilters,
  MAX_FILTERS,
  parseFilterMessage,
  type Filter,
} from '../../../src-main/protocol/filter';
import { decodeFrame } from '../../../src-main/protocol/decode';
import { DEFAULT_PROFILE, resolveProfile } from '../../../src-main/protocol/profile';

const f = (property: string, value: string): Filter => ({ property, value });

const dial = {
  type: 'dial',
  time: 1436899977271,
  username1: null,
  username2: '4224',
  port: 57042,
  open: true,
};
const hangup = { type: 'hangup', username: '42243', extensionNumber: '42243' };
const login = { type: 'login', username: 'mikey' };
const logout = { type: 'logout', username: 'someone' };

describe('matchesFilters', () => {
  const cases: Array<[string, Readonly<Record<string, unknown>>, Filter[], boolean]> = [
    ['no filters let everything in', hangup, [], true],
    ['a type filter lets its type in', dial, [f('type', 'dial')], true],
    ['a type filter keeps other types out', hangup, [f('type', 'dial')], false],
    [
      'filters on the same property are alternatives (login)',
      login,
      [f('type', 'login'), f('type', 'logout')],
      true,
    ],
    [
      'filters on the same property are alternatives (logout)',
      logout,
      [f('type', 'login'), f('type', 'logout')],
      true,
    ],
    ['alternatives still keep others out', dial, [f('type', 'login'), f('type', 'logout')], false],
    [
      'different properties must all hold (both do)',
      login,
      [f('type', 'login'), f('type', 'logout'), f('username', 'mikey')],
      true,
    ],
    [
      'different properties must all hold (user differs)',
      logout,
      [f('type', 'login'), f('type', 'logout'), f('username', 'mikey')],
      false,
    ],
    [
      'order of filters does not matter',
      login,
      [f('username', 'mikey'), f('type', 'logout'), f('type', 'login')],
      true,
    ],
    ['a wildcard lets in any value of a present property', hangup, [f('username', '*')], true],
    ['a wildcard needs the property present', dial, [f('username', '*')], false],
    ['a missing property excludes the event', dial, [f('type', 'dial'), f('queue', 'IncomingQ')], false],
    ['a null property counts as missing, even for the wildcard', dial, [f('username1', '*')], false],
    ['a null property does not match the text "null"', dial, [f('username1', 'null')], false],
    ['strings compare exactly (case)', dial, [f('type', 'Dial')], false],
    ['strings compare exactly (spaces)', dial, [f('type', 'dial ')], false],
    ['numbers compare by their JSON text', dial, [f('port', '57042')], true],
    ['numbers do not match another spelling', dial, [f('port', '57042.0')], false],
    ['large numbers compare by their JSON text', dial, [f('time', '1436899977271')], true],
    ['booleans compare by their JSON text', dial, [f('open', 'true')], true],
    ['booleans do not match the other value', dial, [f('open', 'false')], false],
    [
      'objects are matched only by the wildcard',
      { type: 'x', o: { a: 1 } },
      [f('o', '[object Object]')],
      false,
    ],
    ['objects are present for the wildcard', { type: 'x', o: { a: 1 } }, [f('o', '*')], true],
    [
      'inherited properties do not count',
      Object.create({ username: 'mikey' }) as Record<string, unknown>,
      [f('username', 'mikey')],
      false,
    ],
    ['the wildcard also matches the text "*"', { type: '*' }, [f('type', '*')], true],
  ];

  it.each(cases)('%s', (_rule, wire, filters, expected) => {
    expect(matchesFilters(wire as Readonly<Record<string, unknown>>, filters)).toBe(expected);
  });

  it('works on the wire objects of the encoder, which may have no prototype', () => {
    const wire = Object.assign(Object.create(null) as Record<string, unknown>, { type: 'x', a: '1' });
    expect(matchesFilters(wire, [f('a', '1')])).toBe(true);
  });
});

describe('filterMessage', () => {
  it('writes the documented message shape', () => {
    expect(JSON.parse(filterMessage([f('type', 'dial'), f('username2', '4224')]))).toEqual({
      type: 'filter',
      filters: [
        { property: 'type', value: 'dial' },
        { property: 'username2', value: '4224' },
      ],
    });
  });

  it('writes only property and value, whatever else the objects carry', () => {
    const extra = { property: 'type', value: 'dial', secret: 'x' } as Filter;
    expect(filterMessage([extra])).toBe('{"type":"filter","filters":[{"property":"type","value":"dial"}]}');
  });

  it('is read back by parseFilterMessage', () => {
    const filters = [f('type', 'dial'), f('type', 'hangup'), f('username', '*')];
    expect(parseFilterMessage(filterMessage(filters))).toEqual({ ok: true, value: filters });
  });
});

describe('parseFilterMessage', () => {
  it('reads the example of protocol notes §2', () => {
    const text =
      '{"type": "filter", "filters": [{"property": "type", "value": "dial"}, {"property": "username2", "value": "4224"}]}';
    expect(parseFilterMessage(text)).toEqual({
      ok: true,
      value: [f('type', 'dial'), f('username2', '4224')],
    });
  });

  it('reads an empty list as "everything"', () => {
    expect(parseFilterMessage('{"type":"filter","filters":[]}')).toEqual({ ok: true, value: [] });
  });

  it.each([
    ['text that is not JSON', 'filter me', 'not valid JSON'],
    [
      "the page's misprinted template",
      '{"type":"filter","filters":[{"property":"type":"value":"dial"}]}',
      'not valid JSON',
    ],
    ['an array', '[]', 'must be a JSON object'],
    ['another type', '{"type":"subscribe","filters":[]}', '"type" must be "filter"'],
    ['no type', '{"filters":[]}', '"type" must be "filter"'],
    [
      'filters that are not an array',
      '{"type":"filter","filters":{"property":"type","value":"dial"}}',
      '"filters" array',
    ],
    ['missing filters', '{"type":"filter"}', '"filters" array'],
    [
      'an entry that is not an object',
      '{"type":"filter","filters":["type=dial"]}',
      'Filter 1 must be an object',
    ],
    [
      'an entry without a value',
      '{"type":"filter","filters":[{"property":"type","value":"dial"},{"property":"type"}]}',
      'Filter 2',
    ],
    [
      'an entry with a numeric value',
      '{"type":"filter","filters":[{"property":"port","value":57042}]}',
      'Filter 1',
    ],
    [
      'an entry with a null property',
      '{"type":"filter","filters":[{"property":null,"value":"x"}]}',
      'Filter 1',
    ],
    ['an entry that is an array', '{"type":"filter","filters":[["type","dial"]]}', 'Filter 1'],
    [
      'an empty property name',
      '{"type":"filter","filters":[{"property":"","value":"x"}]}',
      'property name of 1',
    ],
  ])('refuses %s with a sentence that says what to send', (_what, text, fragment) => {
    const r = parseFilterMessage(text);
    if (r.ok) throw new Error('expected a refusal');
    expect(r.error.code).toBe('filter-invalid');
    expect(r.error.message).toContain(fragment);
    expect(r.error.message).toMatch(/\.$/);
  });

  it('refuses more than MAX_FILTERS entries', () => {
    const many = Array.from({ length: MAX_FILTERS + 1 }, (_, i) => f('type', `t${i}`));
    const r = parseFilterMessage(filterMessage(many));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(`at most ${MAX_FILTERS}`);
    expect(parseFilterMessage(filterMessage(many.slice(0, MAX_FILTERS))).ok).toBe(true);
  });

  it('refuses an enormous message without parsing it', () => {
    const r = parseFilterMessage(`{"type":"filter","filters":[],"pad":"${'x'.repeat(100_000)}"}`);
    expect(r.ok).toBe(false);
  });
});

describe('appFilter', () => {
  it('asks for the wire types of the kinds the app uses, as alternatives on "type"', () => {
    expect(appFilter(DEFAULT_PROFILE, ['dial', 'link', 'hangup'])).toEqual([
      f('type', 'dial'),
      f('type', 'link'),
      f('type', 'hangup'),
    ]);
  });

  it('follows renamed types and lists each once', () => {
    const r = resolveProfile({ eventTypes: { dial: 'ring' } });
    if (!r.ok) throw new Error(r.error.message);
    expect(appFilter(r.value, ['dial', 'dial', 'hangup'])).toEqual([f('type', 'ring'), f('type', 'hangup')]);
  });

  it('lets in events of every asked kind whatever their user fields, and keeps the rest out', () => {
    const filters = appFilter(DEFAULT_PROFILE, ['dial', 'hangup']);
    expect(matchesFilters(dial, filters)).toBe(true);
    expect(matchesFilters(hangup, filters)).toBe(true);
    expect(matchesFilters(login, filters)).toBe(false);
  });
});

describe('filterResponse', () => {
  it('answers success, and failure with the refusal sentence, in a shape the client decodes', () => {
    const good = filterResponse(parseFilterMessage('{"type":"filter","filters":[]}'));
    const bad = filterResponse(parseFilterMessage('nope'));
    expect(decodeFrame(JSON.stringify(good), DEFAULT_PROFILE)).toMatchObject({
      ok: true,
      message: { kind: 'filterResponse', success: true, message: null },
    });
    expect(decodeFrame(JSON.stringify(bad), DEFAULT_PROFILE)).toMatchObject({
      ok: true,
      message: { kind: 'filterResponse', success: false, message: expect.stringContaining('JSON') },
    });
  });
});
