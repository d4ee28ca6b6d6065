/** decodeFrame on the payloads the protocol notes document (§3.1) and the events the tracker models (§3.2). */
import { describe, expect, it } from 'vitest';
import { resolveProfile, type ProtocolProfile } from '../../../src-main/protocol/profile';
import {
  decoded,
  USER_LOGIN,
  USER_STATUS,
  HANGUP,
  LINK_END,
  CONF_ROOM_CALL_LEAVE,
  AGENT_LOGIN,
} from '../../support/decoding';

function swappedProfile(): ProtocolProfile {
  const r = resolveProfile({ callerSuffix: '2' });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

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
