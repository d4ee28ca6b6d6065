/** decodeFrame on what the notes leave open: null and absent fields, messages that are not events, known fields of the wrong type. */
import { describe, expect, it } from 'vitest';
import { decodeFrame } from '../../../src-main/protocol/decode';
import { DEFAULT_LIMITS } from '../../../src-main/protocol/limits';
import { DEFAULT_PROFILE } from '../../../src-main/protocol/profile';
import { decoded, rejection } from '../../support/decoding';

describe('decodeFrame: null and absence', () => {
  it('reads every nullable field sent as null as null', () => {
    const text =
      '{"type":"hangup","time":null,"coreServerId":null,"callSegmentId":null,"callerIdName":null,"callerIdNumber":null,' +
      '"did":null,"extensionId":null,"extensionNumber":null,"userId":null,"username":null}';
    expect(decoded(text)).toEqual({
      kind: 'hangup',
      type: 'hangup',
      time: null,
      coreServerId: null,
      segment: {
        callSegmentId: null,
        callerIdName: null,
        callerIdNumber: null,
        did: null,
        extensionId: null,
        extensionNumber: null,
        userId: null,
        username: null,
      },
    });
  });

  it('reads a bare event of each kind with only its type', () => {
    for (const type of [
      'dial',
      'link',
      'linkEnd',
      'hangup',
      'confRoomCallLeave',
      'userLogin',
      'agentLogout',
    ]) {
      const message = decoded(JSON.stringify({ type }));
      expect(message.type).toBe(type);
      expect(message).toMatchObject({ time: null, coreServerId: null });
    }
  });

  it('fills the documented "none" values of userStatus when returnTime and userCreated are absent', () => {
    expect(decoded('{"type":"userStatus","statusType":"dnd","note":null}')).toMatchObject({
      statusType: 'dnd',
      note: null,
      name: null,
      returnTime: -1,
      userCreated: false,
    });
  });

  it('keeps a status type it does not know, as sent', () => {
    expect(decoded('{"type":"userStatus","statusType":"lunch"}')).toMatchObject({ statusType: 'lunch' });
  });

  it('refuses a userStatus without a status type, which says nothing', () => {
    const r = rejection('{"type":"userStatus","username":"4224"}');
    expect(r.code).toBe('field-invalid');
    expect(r.message).toContain('"statusType"');
  });
});

describe('decodeFrame: messages that are not events', () => {
  it.each([
    ['text that is not JSON', 'not json', 'not-json'],
    ['a truncated object', '{"type":"dial"', 'not-json'],
    ['an empty frame', '', 'not-json'],
    ['an array', '[{"type":"dial"}]', 'not-object'],
    ['a number', '42', 'not-object'],
    ['a string', '"dial"', 'not-object'],
    ['null', 'null', 'not-object'],
    ['true', 'true', 'not-object'],
    ['an object without a type', '{"time":1}', 'type-missing'],
    ['a numeric type', '{"type":7}', 'type-missing'],
    ['a null type', '{"type":null}', 'type-missing'],
    ['an object type', '{"type":{"name":"dial"}}', 'type-missing'],
    ['an empty type', '{"type":""}', 'type-missing'],
  ])('refuses %s', (_what, text, code) => {
    const r = rejection(text);
    expect(r.code).toBe(code);
    expect(r.message.length).toBeGreaterThan(10);
  });

  it("reads the filter answer of this project's server", () => {
    expect(decoded('{"type":"filterResponse","success":true}')).toEqual({
      kind: 'filterResponse',
      type: 'filterResponse',
      success: true,
      message: null,
    });
    expect(decoded('{"type":"filterResponse","success":false,"message":"Filter 1 is wrong."}')).toEqual({
      kind: 'filterResponse',
      type: 'filterResponse',
      success: false,
      message: 'Filter 1 is wrong.',
    });
  });

  it('reads a filter answer of another shape as protocol chatter, not as an error', () => {
    expect(decoded('{"type":"filterResponse","ok":"yes"}')).toMatchObject({
      kind: 'other',
      type: 'filterResponse',
    });
  });

  it('keeps the scalar fields of an unknown type on an object without a prototype', () => {
    const message = decoded(
      '{"type":"conferenceJoin","time":5,"coreServerId":"c","room":"Bob","count":3,"open":true,"gone":null,' +
        '"nested":{"a":1},"list":[1,2]}',
    );
    expect(message).toMatchObject({ kind: 'other', type: 'conferenceJoin', time: 5, coreServerId: 'c' });
    if (message.kind !== 'other') throw new Error('unreachable');
    expect(Object.getPrototypeOf(message.fields)).toBeNull();
    expect({ ...message.fields }).toEqual({ room: 'Bob', count: 3, open: true, gone: null });
  });

  it('keeps at most maxOtherFields fields of an unknown type', () => {
    const wire: Record<string, number> = {};
    for (let i = 0; i < 100; i++) wire[`f${i}`] = i;
    const message = decoded(JSON.stringify({ type: 'many', ...wire }), DEFAULT_PROFILE, {
      ...DEFAULT_LIMITS,
      maxOtherFields: 10,
    });
    if (message.kind !== 'other') throw new Error('expected other');
    expect(Object.keys(message.fields)).toHaveLength(10);
  });
});

describe('decodeFrame: known fields of the wrong type (tolerance)', () => {
  // One case per field: the field named as unreadable, and a value of the wrong type.
  const stringFields: Array<[string, string]> = [
    ['dial', 'callSegmentId1'],
    ['dial', 'callerIdName1'],
    ['dial', 'callerIdNumber1'],
    ['dial', 'did1'],
    ['dial', 'extensionId1'],
    ['dial', 'extensionNumber1'],
    ['dial', 'userId1'],
    ['dial', 'username1'],
    ['link', 'callSegmentId2'],
    ['link', 'callerIdName2'],
    ['link', 'callerIdNumber2'],
    ['link', 'did2'],
    ['link', 'extensionId2'],
    ['link', 'extensionNumber2'],
    ['link', 'userId2'],
    ['linkEnd', 'username2'],
    ['hangup', 'callSegmentId'],
    ['hangup', 'callerIdName'],
    ['hangup', 'callerIdNumber'],
    ['hangup', 'did'],
    ['hangup', 'extensionId'],
    ['hangup', 'extensionNumber'],
    ['hangup', 'userId'],
    ['hangup', 'username'],
    ['hangup', 'coreServerId'],
    ['confRoomCallLeave', 'conferenceRoomId'],
    ['confRoomCallLeave', 'conferenceRoomName'],
    ['userLogin', 'userId'],
    ['userLogin', 'username'],
    ['userLogin', 'userLoginId'],
    ['userLogout', 'ip'],
    ['userStatus', 'name'],
    ['userStatus', 'note'],
    ['userStatus', 'statusType'],
    ['userStatus', 'username'],
    ['agentLogin', 'agentId'],
    ['agentLogin', 'agent'],
    ['agentLogin', 'state'],
    ['agentLogin', 'queueId'],
    ['agentLogin', 'queue'],
    ['agentLogout', 'extensionId'],
    ['agentLogout', 'extensionNumber'],
    ['agentLogout', 'userId'],
    ['agentLogout', 'username'],
  ];

  function tolerated(text: string) {
    const result = decodeFrame(text, DEFAULT_PROFILE);
    if (!result.ok)
      throw new Error(`expected a message, got ${result.rejection.code}: ${result.rejection.message}`);
    return result;
  }

  const optionalFields = stringFields.filter(([, field]) => field !== 'statusType');

  it.each(optionalFields)(
    'keeps %s when "%s" holds an object, an array or a fraction: the field reads as absent and is named',
    (type, field) => {
      for (const bad of [{ a: 1 }, ['x'], 1.5, { nested: { deeper: [1, [2]] } }]) {
        const wire: Record<string, unknown> = { type, statusType: 'xa', username: 'keep', [field]: bad };
        const result = tolerated(JSON.stringify(wire));
        expect(result.unreadable).toEqual([field]);
        expect(JSON.stringify(result.message)).not.toContain('nested');
      }
    },
  );

  it.each(optionalFields)(
    'reads a boolean in %s "%s" as absent, without calling it unreadable',
    (type, field) => {
      const result = tolerated(JSON.stringify({ type, statusType: 'xa', [field]: true }));
      expect(result.unreadable).toBeUndefined();
      expect(JSON.stringify(result.message)).not.toContain('true');
    },
  );

  it('still reads the other fields of an event with one unreadable field', () => {
    const result = tolerated(
      '{"type":"dial","did1":{"x":1},"callerIdNumber1":"+15555550142","username2":"4224","callSegmentId1":"c1"}',
    );
    expect(result.message).toMatchObject({
      kind: 'dial',
      caller: { did: null, callerIdNumber: '+15555550142', callSegmentId: 'c1' },
      callee: { username: '4224' },
    });
    expect(result.unreadable).toEqual(['did1']);
  });

  it.each([
    ['hangup', 'time', '"1436899978590"', 1436899978590],
    ['hangup', 'time', '"1436899978590.5"', 1436899978590.5],
    ['userLogin', 'port', '"57042"', 57042],
    ['userStatus', 'returnTime', '"-1"', -1],
  ])('reads %s %s = %s, a number written as text, as the number', (type, field, json, expected) => {
    const result = tolerated(`{"type":"${type}","statusType":"xa","${field}":${json}}`);
    expect(result.message).toMatchObject({ [field]: expected });
    expect(result.unreadable).toBeUndefined();
  });

  it.each([
    ['hangup', 'time', 'true', 'time', null],
    ['hangup', 'time', '"yesterday"', 'time', null],
    ['hangup', 'time', '1e400', 'time', null],
    ['other.kind', 'time', '{}', 'time', null],
    ['userLogin', 'port', '70000', 'port', null],
    ['userLogin', 'port', '1.5', 'port', null],
    ['userStatus', 'returnTime', '"soon"', 'returnTime', -1],
    ['userStatus', 'userCreated', '"false"', 'userCreated', false],
    ['userStatus', 'userCreated', '0', 'userCreated', false],
  ])('keeps %s with %s = %s, reading it as absent and naming it', (type, field, json, key, expected) => {
    const result = tolerated(`{"type":"${type}","statusType":"xa","${field}":${json}}`);
    expect(result.message).toMatchObject({ [key]: expected });
    expect(result.unreadable).toEqual([field]);
  });

  it('refuses a status whose status type cannot be read: the presence tracker needs it', () => {
    for (const json of ['{}', 'null', 'true', '1.5']) {
      const r = rejection(`{"type":"userStatus","username":"4224","statusType":${json}}`);
      expect(r.code).toBe('field-invalid');
      expect(r.message).toContain('"statusType"');
    }
    expect(rejection('{"type":"userStatus","username":"4224"}').message).toContain('"statusType"');
  });

  it('reads a whole number where text belongs as its digits (servers that serialise numbers as numbers)', () => {
    expect(
      decoded('{"type":"hangup","callerIdNumber":42243,"extensionNumber":100,"userId":7}'),
    ).toMatchObject({
      segment: { callerIdNumber: '42243', extensionNumber: '100', userId: '7' },
    });
  });

  it('reads a number too large to keep its digits where text belongs as absent, and names it', () => {
    const result = tolerated('{"type":"hangup","callerIdNumber":12345678901234567890,"username":"u"}');
    expect(result.message).toMatchObject({ segment: { callerIdNumber: null, username: 'u' } });
    expect(result.unreadable).toEqual(['callerIdNumber']);
  });

  it('accepts huge but finite times as sent', () => {
    expect(decoded('{"type":"hangup","time":1e300}')).toMatchObject({ time: 1e300 });
  });
});
