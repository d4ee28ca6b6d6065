/** decodeFrame against hostile frames (size, nesting, text, JavaScript's own key names), decodeValue, and renamed party fields. */
import { describe, expect, it } from 'vitest';
import {
  decodeFrame,
  decodeValue,
  exceedsUtf8Bytes,
  nestedDeeperThan,
} from '../../../src-main/protocol/decode';
import { DEFAULT_LIMITS } from '../../../src-main/protocol/limits';
import { DEFAULT_PROFILE, resolveProfile } from '../../../src-main/protocol/profile';
import { decoded, rejection, USER_STATUS, HANGUP, AGENT_LOGIN } from '../../support/decoding';

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
