import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFrame, decodeValue } from '../../../src-main/protocol/decode';
import { encodeEvent } from '../../../src-main/protocol/encode';
import type { IsymphonyEvent, Segment } from '../../../src-main/protocol/events';
import { STATUS_TYPES } from '../../../src-main/protocol/events';
import { DEFAULT_PROFILE, resolveProfile, type ProtocolProfile } from '../../../src-main/protocol/profile';

function profile(overrides: Parameters<typeof resolveProfile>[0]): ProtocolProfile {
  const r = resolveProfile(overrides);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const PROFILES: ReadonlyArray<[string, ProtocolProfile]> = [
  ['default', DEFAULT_PROFILE],
  ['caller suffix 2', profile({ callerSuffix: '2' })],
  [
    'renamed types',
    profile({
      callerSuffix: '2',
      eventTypes: {
        dial: 'call.dial',
        link: 'callLink',
        linkEnd: 'call-unlink',
        hangup: 'segmentEnd',
        userLogin: 'login',
      },
    }),
  ],
  [
    'renamed fields, caller per kind',
    profile({
      callerSuffix: '2',
      callerSuffixByKind: { link: '1' },
      fieldNames: { callerIdName: 'cidName', username: 'user', callSegmentId: 'channel' },
    }),
  ],
];

// Strings the decoder gives back unchanged: within the smallest cap (64) and well-formed.
const text = fc.string({ maxLength: 64, unit: 'grapheme' }).filter((s) => s.length <= 64);
const nullableText = fc.option(text, { nil: null });
const time = fc.option(fc.integer({ min: 0, max: 2 ** 42 }), { nil: null });

const segment: fc.Arbitrary<Segment> = fc.record({
  callSegmentId: nullableText,
  callerIdName: nullableText,
  callerIdNumber: nullableText,
  did: nullableText,
  extensionId: nullableText,
  extensionNumber: nullableText,
  userId: nullableText,
  username: nullableText,
});

function events(p: ProtocolProfile): fc.Arbitrary<IsymphonyEvent> {
  const base = { time, coreServerId: nullableText };
  const knownTypes = new Set([...Object.values(p.eventTypes), 'filterResponse']);
  const scalar = fc.oneof(
    text,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
  );
  return fc.oneof(
    fc
      .record({
        kind: fc.constantFrom('dial' as const, 'link' as const, 'linkEnd' as const),
        ...base,
        caller: segment,
        callee: segment,
      })
      .map((e) => ({ ...e, type: p.eventTypes[e.kind] })),
    fc
      .record({ ...base, segment })
      .map((e) => ({ ...e, kind: 'hangup' as const, type: p.eventTypes.hangup })),
    fc
      .record({ ...base, segment, conferenceRoomId: nullableText, conferenceRoomName: nullableText })
      .map((e) => ({ ...e, kind: 'confRoomCallLeave' as const, type: p.eventTypes.confRoomCallLeave })),
    fc
      .record({
        kind: fc.constantFrom('userLogin' as const, 'userLogout' as const),
        ...base,
        userId: nullableText,
        username: nullableText,
        userLoginId: nullableText,
        ip: nullableText,
        port: fc.option(fc.integer({ min: 0, max: 65535 }), { nil: null }),
      })
      .map((e) => ({ ...e, type: p.eventTypes[e.kind] })),
    fc
      .record({
        ...base,
        userId: nullableText,
        username: nullableText,
        name: nullableText,
        statusType: fc.oneof(fc.constantFrom(...STATUS_TYPES), text),
        note: nullableText,
        returnTime: fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 2 ** 42 })),
        userCreated: fc.boolean(),
      })
      .map((e) => ({ ...e, kind: 'userStatus' as const, type: p.eventTypes.userStatus })),
    fc
      .record({
        kind: fc.constantFrom('agentLogin' as const, 'agentLogout' as const),
        ...base,
        agentId: nullableText,
        agent: nullableText,
        state: nullableText,
        queueId: nullableText,
        queue: nullableText,
        extensionId: nullableText,
        extensionNumber: nullableText,
        userId: nullableText,
        username: nullableText,
      })
      .map((e) => ({ ...e, type: p.eventTypes[e.kind] })),
    fc
      .record({
        ...base,
        type: text.filter((t) => t.length > 0 && !knownTypes.has(t)),
        fields: fc.dictionary(
          fc
            .oneof(text, fc.constantFrom('__proto__', 'constructor', 'prototype'))
            .filter((k) => k !== 'type' && k !== 'time' && k !== 'coreServerId'),
          scalar,
          { maxKeys: 20, noNullPrototype: true },
        ),
      })
      .map((e) => {
        const fields = Object.create(null) as Record<string, string | number | boolean | null>;
        for (const [k, v] of Object.entries(e.fields)) fields[k] = Object.is(v, -0) ? 0 : v;
        return { ...e, kind: 'other' as const, fields };
      }),
  );
}

describe('encodeEvent', () => {
  it.each(PROFILES)('round-trips through decodeValue under the %s profile', (_name, p) => {
    fc.assert(
      fc.property(events(p), (event) => {
        const result = decodeValue(encodeEvent(event, p), p);
        expect(result).toEqual({ ok: true, message: event });
      }),
      { numRuns: 400 },
    );
  });

  it.each(PROFILES)('round-trips through JSON text and decodeFrame under the %s profile', (_name, p) => {
    fc.assert(
      fc.property(events(p), (event) => {
        expect(decodeFrame(JSON.stringify(encodeEvent(event, p)), p)).toEqual({ ok: true, message: event });
      }),
      { numRuns: 200 },
    );
  });

  const caller: Segment = {
    callSegmentId: 'seg-a',
    callerIdName: 'ACME Ltd',
    callerIdNumber: '+441234567890',
    did: '08001234',
    extensionId: null,
    extensionNumber: null,
    userId: null,
    username: null,
  };
  const callee: Segment = {
    callSegmentId: 'seg-b',
    callerIdName: 'Desk',
    callerIdNumber: '200',
    did: 's',
    extensionId: 'ext-b',
    extensionNumber: '200',
    userId: 'user-b',
    username: '4224',
  };
  const dial: IsymphonyEvent = { kind: 'dial', type: 'dial', time: 1, coreServerId: 'core', caller, callee };

  it('writes the caller under suffix 1 and the callee under suffix 2 by default', () => {
    const wire = encodeEvent(dial, DEFAULT_PROFILE);
    expect(wire).toMatchObject({
      type: 'dial',
      callerIdName1: 'ACME Ltd',
      username2: '4224',
      did1: '08001234',
    });
  });

  it('swaps the suffixes when the profile names 2 as the calling side, and uses renamed types', () => {
    const p = profile({ callerSuffix: '2', eventTypes: { dial: 'ring' } });
    const wire = encodeEvent(dial, p);
    expect(wire).toMatchObject({
      type: 'ring',
      callerIdName2: 'ACME Ltd',
      username1: '4224',
      did2: '08001234',
    });
  });

  it('writes the published field order, with null fields present and an absent time left out', () => {
    const wire = encodeEvent({ ...dial, time: null }, DEFAULT_PROFILE);
    expect(Object.keys(wire).slice(0, 4)).toEqual([
      'type',
      'coreServerId',
      'callSegmentId1',
      'callerIdName1',
    ]);
    expect(wire.extensionId1).toBeNull();
    expect('time' in wire).toBe(false);
  });

  it('keeps a field named "__proto__" of an unknown event as a field', () => {
    const fields = Object.create(null) as Record<string, string>;
    fields.__proto__ = 'data';
    const wire = encodeEvent(
      { kind: 'other', type: 'x', time: null, coreServerId: null, fields },
      DEFAULT_PROFILE,
    );
    expect(Object.hasOwn(wire, '__proto__')).toBe(true);
    expect(JSON.parse(JSON.stringify(wire))).toEqual(
      JSON.parse('{"type":"x","coreServerId":null,"__proto__":"data"}'),
    );
  });
});
