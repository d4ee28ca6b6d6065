import { describe, expect, it } from 'vitest';
import {
  decodeFrame,
  decodeValue,
  exceedsUtf8Bytes,
  nestedDeeperThan,
} from '../../../src-main/protocol/decode';
import { DEFAULT_LIMITS, type DecodeLimits } from '../../../src-main/protocol/limits';
import { DEFAULT_PROFILE, resolveProfile, type ProtocolProfile } from '../../../src-main/protocol/profile';
import type { InboundMessage } from '../../../src-main/protocol/events';

function decoded(
  text: string,
  profile: ProtocolProfile = DEFAULT_PROFILE,
  limits?: DecodeLimits,
): InboundMessage {
  const result = decodeFrame(text, profile, limits);
  if (!result.ok)
    throw new Error(`expected a message, got ${result.rejection.code}: ${result.rejection.message}`);
  return result.message;
}

function rejection(text: string, profile: ProtocolProfile = DEFAULT_PROFILE, limits?: DecodeLimits) {
  const result = decodeFrame(text, profile, limits);
  if (result.ok) throw new Error(`expected a rejection, got ${JSON.stringify(result.message)}`);
  return result.rejection;
}

function swappedProfile(): ProtocolProfile {
  const r = resolveProfile({ callerSuffix: '2' });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

// The payloads of protocol notes §3.1, verbatim.
const USER_LOGIN = `{"type":"userLogin","time":1436889915953,"coreServerId":"e5c01703-3c6d-429a-8712-66c826064e65",
 "userId":"e7577c7b-5d58-46a5-a834-386f52401c19","username":"4224",
 "userLoginId":"0c51236d-5f93-4379-8997-8a840a511497","ip":"127.0.0.1","port":57042}`;

const USER_STATUS = `{"type":"userStatus","time":1436892834943,"coreServerId":"e5c01703-3c6d-429a-8712-66c826064e65",
 "userId":"e7577c7b-5d58-46a5-a834-386f52401c19","username":"4224","name":"Out of Office",
 "statusType":"xa","note":"","returnTime":-1,"userCreated":false}`;

const HANGUP = `{"type":"hangup","time":1436899978590,"coreServerId":"e5c01703-3c6d-429a-8712-66c826064e65",
 "callSegmentId":"4fff719a-5186-4691-a64b-b9d22472cb76","callerIdName":"Michael Y","callerIdNumber":"42243",
 "did":"4224","extensionId":"dc5975a9-e438-4634-85f2-6a75c34574c9","extensionNumber":"42243",
 "userId":"580169b8-4341-42d9-9f44-973659fc770d","username":"42243"}`;

const LINK_END = `{"type":"linkEnd","time":1436899977271,"coreServerId":"e5c01703-3c6d-429a-8712-66c826064e65",
 "callSegmentId1":"4fff719a-5186-4691-a64b-b9d22472cb76","callerIdName1":"Michael Y (alt)","callerIdNumber1":"42243",
 "did1":"4224","extensionId1":"dc5975a9-e438-4634-85f2-6a75c34574c9","extensionNumber1":"42243",
 "userId1":"580169b8-4341-42d9-9f44-973659fc770d","username1":"42243",
 "callSegmentId2":"1e86fb60-b674-4fa3-946a-6ea033221877","callerIdName2":"Michael Y (desk)","callerIdNumber2":"4224",
 "did2":"s","extensionId2":"d72ac658-cd19-4c88-9cf8-2e7bdcf222b5","extensionNumber2":"4224",
 "userId2":"e7577c7b-5d58-46a5-a834-386f52401c19","username2":"4224"}`;

const CONF_ROOM_CALL_LEAVE = `{"type":"confRoomCallLeave","time":1452209797341,"coreServerId":"f3e42a1f-24dd-483c-ab3f-cf54bd6d0978",
 "callSegmentId":"5544a32d-061e-4c73-a6c9-e146e0d47b59","conferenceRoomId":"fc9d562d-4f1f-49ae-9216-628f2f499e9a",
 "conferenceRoomName":"Bob","callerIdName":"Colin (Desk)","callerIdNumber":"4228","did":"432113",
 "extensionId":"f503e48e-009a-4820-bc6d-cbd4f9a51103","extensionNumber":"4228",
 "userId":"6a16398e-8b3f-48f2-9b7e-3fc79ce2add7","username":"4228"}`;

const AGENT_LOGIN = `{"type":"agentLogin","time":1436898801706,"coreServerId":"e5c01703-3c6d-429a-8712-66c826064e65",
 "agentId":"b82ecd05-a6d0-49a3-a4b6-2ab0816d2278","agent":"Michael Y","state":"NOT_INUSE",
 "queueId":"d84b6349-099b-48c5-bc8c-2aecd5de2b45","queue":"IncomingQ",
 "extensionId":"d72ac658-cd19-4c88-9cf8-2e7bdcf222b5","extensionNumber":"100",
 "userId":"e7577c7b-5d58-46a5-a834-386f52401c19","username":"4224"}`;

describe('decodeFrame: the documented payloads (protocol notes §3.1)', () => {
  it('reads userLogin with every field', () => {
    expect(decoded(USER_LOGIN)).toEqual({
      kind: 'userLogin',
      type: 'userLogin',
      time: 1436889915953,
      coreServerId: 'e5c01703-3c6d-429a-8712-66c826064e65',
      userId: 'e7577c7b-5d58-46a5-a834-386f52401c19',
      username: '4224',
      userLoginId: '0c51236d-5f93-4379-8997-8a840a511497',
      ip: '127.0.0.1',
      port: 57042,
    });
  });

  it('reads userLogout, whose published example has an empty ip', () => {
    const text = USER_LOGIN.replace('"userLogin"', '"userLogout"').replace('"127.0.0.1"', '""');
    expect(decoded(text)).toMatchObject({ kind: 'userLogout', ip: '', port: 57042, username: '4224' });
  });

  it('reads userStatus, keeping an empty note as empty text', () => {
    expect(decoded(USER_STATUS)).toEqual({
      kind: 'userStatus',
      type: 'userStatus',
      time: 1436892834943,
      coreServerId: 'e5c01703-3c6d-429a-8712-66c826064e65',
      userId: 'e7577c7b-5d58-46a5-a834-386f52401c19',
      username: '4224',
      name: 'Out of Office',
      statusType: 'xa',
      note: '',
      returnTime: -1,
      userCreated: false,
    });
  });

  it('reads hangup as one segment', () => {
    expect(decoded(HANGUP)).toEqual({
      kind: 'hangup',
      type: 'hangup',
      time: 1436899978590,
      coreServerId: 'e5c01703-3c6d-429a-8712-66c826064e65',
      segment: {
        callSegmentId: '4fff719a-5186-4691-a64b-b9d22472cb76',
        callerIdName: 'Michael Y',
        callerIdNumber: '42243',
        did: '4224',
        extensionId: 'dc5975a9-e438-4634-85f2-6a75c34574c9',
        extensionNumber: '42243',
        userId: '580169b8-4341-42d9-9f44-973659fc770d',
        username: '42243',
      },
    });
  });

  const side1 = {
    callSegmentId: '4fff719a-5186-4691-a64b-b9d22472cb76',
    callerIdName: 'Michael Y (alt)',
    callerIdNumber: '42243',
    did: '4224',
    extensionId: 'dc5975a9-e438-4634-85f2-6a75c34574c9',
    extensionNumber: '42243',
    userId: '580169b8-4341-42d9-9f44-973659fc770d',
    username: '42243',
  };
  const side2 = {
    callSegmentId: '1e86fb60-b674-4fa3-946a-6ea033221877',
    callerIdName: 'Michael Y (desk)',
    callerIdNumber: '4224',
    did: 's',
    extensionId: 'd72ac658-cd19-4c88-9cf8-2e7bdcf222b5',
    extensionNumber: '4224',
    userId: 'e7577c7b-5d58-46a5-a834-386f52401c19',
    username: '4224',
  };

  it('reads linkEnd with suffix 1 as the caller under the default profile', () => {
    expect(decoded(LINK_END)).toEqual({
      kind: 'linkEnd',
      type: 'linkEnd',
      time: 1436899977271,
      coreServerId: 'e5c01703-3c6d-429a-8712-66c826064e65',
      caller: side1,
      callee: side2,
    });
  });

  it('reads linkEnd with suffix 2 as the caller when the profile says so', () => {
    expect(decoded(LINK_END, swappedProfile())).toMatchObject({ caller: side2, callee: side1 });
  });

  it('reads confRoomCallLeave with its room fields', () => {
    expect(decoded(CONF_ROOM_CALL_LEAVE)).toEqual({
      kind: 'confRoomCallLeave',
      type: 'confRoomCallLeave',
      time: 1452209797341,
      coreServerId: 'f3e42a1f-24dd-483c-ab3f-cf54bd6d0978',
      conferenceRoomId: 'fc9d562d-4f1f-49ae-9216-628f2f499e9a',
      conferenceRoomName: 'Bob',
      segment: {
        callSegmentId: '5544a32d-061e-4c73-a6c9-e146e0d47b59',
        callerIdName: 'Colin (Desk)',
        callerIdNumber: '4228',
        did: '432113',
        extensionId: 'f503e48e-009a-4820-bc6d-cbd4f9a51103',
        extensionNumber: '4228',
        userId: '6a16398e-8b3f-48f2-9b7e-3fc79ce2add7',
        username: '4228',
      },
    });
  });

  it('reads agentLogin, and agentLogout with the same fields', () => {
    const expected = {
      type: 'agentLogin',
      time: 1436898801706,
      coreServerId: 'e5c01703-3c6d-429a-8712-66c826064e65',
      agentId: 'b82ecd05-a6d0-49a3-a4b6-2ab0816d2278',
      agent: 'Michael Y',
      state: 'NOT_INUSE',
      queueId: 'd84b6349-099b-48c5-bc8c-2aecd5de2b45',
      queue: 'IncomingQ',
      extensionId: 'd72ac658-cd19-4c88-9cf8-2e7bdcf222b5',
      extensionNumber: '100',
      userId: 'e7577c7b-5d58-46a5-a834-386f52401c19',
      username: '4224',
    };
    expect(decoded(AGENT_LOGIN)).toEqual({ kind: 'agentLogin', ...expected });
    expect(decoded(AGENT_LOGIN.replace('"agentLogin"', '"agentLogout"'))).toEqual({
      kind: 'agentLogout',
      ...expected,
      type: 'agentLogout',
    });
  });
});

describe('decodeFrame: the modelled dial and link events (protocol notes §3.2)', () => {
  const dialText = LINK_END.replace('"linkEnd"', '"dial"');
  const linkText = LINK_END.replace('"linkEnd"', '"link"');

  it('reads dial and link with the two-party field set', () => {
    expect(decoded(dialText)).toMatchObject({
      kind: 'dial',
      caller: { did: '4224' },
      callee: { username: '4224' },
    });
    expect(decoded(linkText)).toMatchObject({ kind: 'link', caller: { username: '42243' } });
  });

  it('reads an external caller with absent user fields as nulls', () => {
    const text =
      '{"type":"dial","time":1,"coreServerId":"c","callSegmentId1":"a","callerIdName1":"ACME","callerIdNumber1":"+441234",' +
      '"did1":"0800","callSegmentId2":"b","callerIdName2":null,"extensionNumber2":"200","username2":"200"}';
    expect(decoded(text)).toEqual({
      kind: 'dial',
      type: 'dial',
      time: 1,
      coreServerId: 'c',
      caller: {
        callSegmentId: 'a',
        callerIdName: 'ACME',
        callerIdNumber: '+441234',
        did: '0800',
        extensionId: null,
        extensionNumber: null,
        userId: null,
        username: null,
      },
      callee: {
        callSegmentId: 'b',
        callerIdName: null,
        callerIdNumber: null,
        did: null,
        extensionId: null,
        extensionNumber: '200',
        userId: null,
        username: '200',
      },
    });
  });

  it('follows renamed types from the profile, and reads the default name as unknown then', () => {
    const r = resolveProfile({ eventTypes: { dial: 'callDial' } });
    if (!r.ok) throw new Error(r.error.message);
    expect(decoded(LINK_END.replace('"linkEnd"', '"callDial"'), r.value)).toMatchObject({
      kind: 'dial',
      type: 'callDial',
    });
    expect(decoded(dialText, r.value)).toMatchObject({ kind: 'other', type: 'dial' });
  });
});

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

describe('decodeFrame: size, nesting and hostile text', () => {
  it('refuses a frame over maxFrameBytes, counted in UTF-8 bytes', () => {
    const limits = { ...DEFAULT_LIMITS, maxFrameBytes: 100 };
    const ascii = `{"type":"x","a":"${'a'.repeat(60)}"}`; // 79 bytes
    expect(decodeFrame(ascii, DEFAULT_PROFILE, limits).ok).toBe(true);
    const euro = `{"type":"x","a":"${'€'.repeat(30)}"}`; // 49 UTF-16 units, 109 UTF-8 bytes
    expect(euro.length).toBeLessThan(100);
    expect(rejection(euro, DEFAULT_PROFILE, limits).code).toBe('frame-too-large');
  });

  it('refuses an oversized frame before parsing it, so even invalid JSON is reported as too large', () => {
    const text = '{'.repeat(DEFAULT_LIMITS.maxFrameBytes + 1);
    expect(rejection(text).code).toBe('frame-too-large');
  });

  it('counts UTF-8 bytes exactly as Buffer does, surrogate pairs and lone surrogates included', () => {
    for (const text of ['abc', 'é', '€', '😀', 'a😀b', '\ud800', '\udc00x', 'x\ud83d', '€'.repeat(40)]) {
      const bytes = Buffer.byteLength(text, 'utf8');
      expect(exceedsUtf8Bytes(text, bytes)).toBe(false);
      expect(exceedsUtf8Bytes(text, bytes - 1)).toBe(true);
    }
  });

  it('refuses nesting deeper than maxDepth without parsing, and does not count brackets inside strings', () => {
    const deep = `{"type":"x","a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(rejection(deep).code).toBe('too-deep');
    const bracketsInText = `{"type":"x","name":"${'[{'.repeat(50)}\\"[[[","n":1}`;
    expect(decoded(bracketsInText)).toMatchObject({ kind: 'other', fields: { n: 1 } });
    expect(nestedDeeperThan('{"a":{"b":{"c":1}}}', 3)).toBe(false);
    expect(nestedDeeperThan('{"a":{"b":{"c":[1]}}}', 3)).toBe(true);
  });

  it('reads a nested value within maxDepth in a known field as an unreadable field, not as a crash', () => {
    expect(decodeFrame('{"type":"hangup","username":{"a":{"b":[1,[2]]}}}', DEFAULT_PROFILE)).toMatchObject({
      ok: true,
      unreadable: ['username'],
    });
  });

  it('caps overlong strings instead of refusing them, each to its own cap', () => {
    const long = 'x'.repeat(10_000);
    const message = decoded(
      JSON.stringify({ type: 'hangup', callerIdName: long, callerIdNumber: long, did: long, username: long }),
    );
    if (message.kind !== 'hangup') throw new Error('expected hangup');
    expect(message.segment.callerIdName).toHaveLength(DEFAULT_LIMITS.maxCallerIdNameLength);
    expect(message.segment.callerIdNumber).toHaveLength(DEFAULT_LIMITS.maxCallerIdNumberLength);
    expect(message.segment.did).toHaveLength(DEFAULT_LIMITS.maxCallerIdNumberLength);
    expect(message.segment.username).toHaveLength(DEFAULT_LIMITS.maxStringLength);
  });

  it('caps the type and fields of unknown events too', () => {
    const long = 'y'.repeat(5000);
    const message = decoded(JSON.stringify({ type: long, note: long }));
    if (message.kind !== 'other') throw new Error('expected other');
    expect(message.type).toHaveLength(DEFAULT_LIMITS.maxStringLength);
    expect(message.fields.note).toHaveLength(DEFAULT_LIMITS.maxStringLength);
  });

  it('honours caps passed in by the caller', () => {
    const limits = { ...DEFAULT_LIMITS, maxCallerIdNameLength: 5 };
    expect(decoded('{"type":"hangup","callerIdName":"Alexandra"}', DEFAULT_PROFILE, limits)).toMatchObject({
      segment: { callerIdName: 'Alex…' },
    });
  });

  it('replaces lone surrogates with U+FFFD so the text can be percent-encoded later', () => {
    const message = decoded('{"type":"hangup","callerIdName":"A\\ud800B","callerIdNumber":"\\udc001"}');
    if (message.kind !== 'hangup') throw new Error('expected hangup');
    expect(message.segment.callerIdName).toBe('A\ufffdB');
    expect(message.segment.callerIdNumber).toBe('\ufffd1');
    expect(() => encodeURIComponent(message.segment.callerIdName ?? '')).not.toThrow();
  });

  it('replaces lone surrogates that arrive raw in the text, not escaped', () => {
    const message = decoded(`{"type":"hangup","callerIdName":"A\ud800B","username":"\udfff"}`);
    expect(message).toMatchObject({ segment: { callerIdName: 'A\ufffdB', username: '\ufffd' } });
  });

  it('keeps well-formed escapes and emoji as they are', () => {
    const message = decoded('{"type":"hangup","callerIdName":"Jos\\u00e9 \\ud83d\\ude00","username":"😀"}');
    expect(message).toMatchObject({ segment: { callerIdName: 'José 😀', username: '😀' } });
  });

  it('never splits an emoji when capping a caller-ID name', () => {
    const limits = { ...DEFAULT_LIMITS, maxCallerIdNameLength: 4 };
    const message = decoded('{"type":"hangup","callerIdName":"abc😀def"}', DEFAULT_PROFILE, limits);
    expect(message).toMatchObject({ segment: { callerIdName: 'abc…' } });
  });

  it('keeps control and bidi characters as data: the decoder caps, it does not interpret', () => {
    const message = decoded('{"type":"hangup","callerIdName":"\\u202eevil\\u0007"}');
    expect(message).toMatchObject({ segment: { callerIdName: '\u202eevil\u0007' } });
  });
});

describe('decodeFrame: keys that name JavaScript internals', () => {
  it('lets "__proto__", "constructor" and "prototype" pollute nothing', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const message = decoded(
      '{"type":"sneaky","__proto__":"p","constructor":"c","prototype":"q","toString":"t","hasOwnProperty":1,' +
        '"x":{"__proto__":{"polluted":true}}}',
    );
    const again = decoded('{"type":"hangup","__proto__":{"username":"evil","polluted":true}}');
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (message.kind !== 'other' || again.kind !== 'hangup') throw new Error('unexpected kinds');
    expect(Object.getPrototypeOf(message.fields)).toBeNull();
    expect(Object.keys(message.fields).sort()).toEqual([
      '__proto__',
      'constructor',
      'hasOwnProperty',
      'prototype',
      'toString',
    ]);
    expect(message.fields.__proto__).toBe('p');
    expect(message.fields.constructor).toBe('c');
    expect('polluted' in message.fields).toBe(false);
    expect(again.segment.username).toBeNull();
    expect('polluted' in again).toBe(false);
  });
});

describe('decodeValue', () => {
  it('reads an already parsed plain object like decodeFrame', () => {
    expect(decodeValue(JSON.parse(HANGUP), DEFAULT_PROFILE)).toEqual(decodeFrame(HANGUP, DEFAULT_PROFILE));
  });

  it('reads an object without a prototype', () => {
    const wire = Object.assign(Object.create(null) as Record<string, unknown>, {
      type: 'hangup',
      username: 'u',
    });
    expect(decodeValue(wire, DEFAULT_PROFILE)).toMatchObject({
      ok: true,
      message: { segment: { username: 'u' } },
    });
  });

  it('refuses objects with another prototype, so inherited fields cannot sneak in', () => {
    const wire = Object.create({ username: 'inherited' }) as Record<string, unknown>;
    wire.type = 'hangup';
    expect(decodeValue(wire, DEFAULT_PROFILE)).toMatchObject({
      ok: false,
      rejection: { code: 'not-object' },
    });
    expect(decodeValue(new Date(), DEFAULT_PROFILE)).toMatchObject({
      ok: false,
      rejection: { code: 'not-object' },
    });
  });

  it('reads NaN and infinities where numbers belong as unreadable', () => {
    for (const time of [Number.NaN, Infinity, -Infinity]) {
      expect(decodeValue({ type: 'hangup', time }, DEFAULT_PROFILE)).toMatchObject({
        ok: true,
        message: { time: null },
        unreadable: ['time'],
      });
    }
    expect(decodeValue({ type: 'userLogin', port: Number.NaN }, DEFAULT_PROFILE)).toMatchObject({
      unreadable: ['port'],
    });
    expect(
      decodeValue({ type: 'userStatus', statusType: 'xa', returnTime: Infinity }, DEFAULT_PROFILE),
    ).toMatchObject({ message: { returnTime: -1 }, unreadable: ['returnTime'] });
  });

  it('drops NaN, functions and symbols from unknown events instead of keeping them', () => {
    const result = decodeValue(
      { type: 'other', a: Number.NaN, b: () => 1, c: Symbol('s'), d: 1n, e: 'ok' },
      DEFAULT_PROFILE,
    );
    if (!result.ok || result.message.kind !== 'other') throw new Error('expected other');
    expect({ ...result.message.fields }).toEqual({ e: 'ok' });
  });

  it('turns a getter that throws into a rejection, never an exception', () => {
    const wire = {
      type: 'hangup',
      get username(): string {
        throw new Error('boom');
      },
    };
    expect(decodeValue(wire, DEFAULT_PROFILE)).toMatchObject({
      ok: false,
      rejection: { code: 'field-invalid' },
    });
  });

  it('refuses undefined, functions and primitives', () => {
    for (const value of [undefined, () => 1, 1, 'x', Symbol('s'), 1n]) {
      expect(decodeValue(value, DEFAULT_PROFILE)).toMatchObject({
        ok: false,
        rejection: { code: 'not-object' },
      });
    }
  });
});

describe('renamed party fields also name the user in presence and agent events', () => {
  const renamed = (() => {
    const r = resolveProfile({ fieldNames: { username: 'user', extensionNumber: 'exten' } });
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  })();

  it('reads a userStatus and an agentLogin under the renamed user and extension fields', () => {
    const status = decoded(USER_STATUS.replace('"username"', '"user"'), renamed);
    expect(status).toMatchObject({ kind: 'userStatus', username: '4224' });
    const agent = decoded(
      AGENT_LOGIN.replace('"username"', '"user"').replace('"extensionNumber"', '"exten"'),
      renamed,
    );
    expect(agent).toMatchObject({ kind: 'agentLogin', username: '4224', extensionNumber: '100' });
  });

  it('no longer reads the default names under that profile, and the defaults read as before', () => {
    expect(decoded(USER_STATUS, renamed)).toMatchObject({ kind: 'userStatus', username: null });
    expect(decoded(USER_STATUS)).toMatchObject({ kind: 'userStatus', username: '4224' });
    expect(decoded(AGENT_LOGIN)).toMatchObject({
      kind: 'agentLogin',
      username: '4224',
      extensionNumber: '100',
    });
  });
});
