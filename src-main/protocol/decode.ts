/**
 * Turns one inbound websocket frame into a typed message, or says in one sentence why it cannot.
 * This sits on the hot path, so it reads fields by name from the parsed object, keeps key names in
 * constant tables, and allocates nothing per event beyond the result itself. It never throws.
 */
import { problem, type Problem } from '../common/result';
import type {
  AgentEvent,
  ConfRoomCallLeaveEvent,
  FilterResponseMessage,
  HangupEvent,
  InboundMessage,
  OtherEvent,
  Segment,
  TwoPartyEvent,
  UserSessionEvent,
  UserStatusEvent,
} from './events';
import {
  capString,
  cleanString,
  DEFAULT_LIMITS,
  DEFAULT_MAX_OTHER_FIELDS,
  wellFormed,
  type DecodeLimits,
} from './limits';
import { calleeSuffix, kindOfType, type ProtocolProfile } from './profile';

export type DecodeRejectionCode =
  'frame-too-large' | 'too-deep' | 'not-json' | 'not-object' | 'type-missing' | 'field-invalid';

export type DecodeResult =
  | { readonly ok: true; readonly message: InboundMessage }
  | { readonly ok: false; readonly rejection: Problem<DecodeRejectionCode> };

/** The type this project's server gives its answer to a filter message (protocol notes §2). */
export const FILTER_RESPONSE_TYPE = 'filterResponse';

type WireRecord = Readonly<Record<string, unknown>>;
type WellFormedString = string & { isWellFormed(): boolean };

function reject(code: DecodeRejectionCode, message: string): DecodeResult {
  return { ok: false, rejection: problem(code, message) };
}

/** Decodes the text of one frame. Size and nesting are checked before the text is parsed. */
export function decodeFrame(
  text: string,
  profile: ProtocolProfile,
  limits: DecodeLimits = DEFAULT_LIMITS,
): DecodeResult {
  if (typeof text !== 'string') return reject('not-json', 'The message is not text, so it cannot be JSON.');
  if (exceedsUtf8Bytes(text, limits.maxFrameBytes)) {
    return reject(
      'frame-too-large',
      `The message is larger than ${limits.maxFrameBytes} bytes, so it was dropped unread.`,
    );
  }
  if (nestedDeeperThan(text, limits.maxDepth)) {
    return reject(
      'too-deep',
      `The message nests objects or arrays more than ${limits.maxDepth} levels deep, so it was dropped unread.`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return reject('not-json', 'The message is not valid JSON text.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return notObject(value);
  // JSON.parse makes plain objects whose keys (even "__proto__") are own data properties,
  // and that have no getters, so this cannot throw. Lone surrogates can only come from the
  // text itself or from a \u escape; frames with neither (nearly all) skip the per-string check.
  const repair = text.indexOf('\\u') !== -1 || !(text as WellFormedString).isWellFormed();
  return decodeRecord(value as WireRecord, profile, limits, repair);
}

/**
 * Decodes a value that is already parsed. Only plain objects (or objects without a prototype)
 * are read, so nothing can be inherited from a crafted prototype; anything that throws while
 * being read is a rejection, never an exception.
 */
export function decodeValue(
  value: unknown,
  profile: ProtocolProfile,
  limits: DecodeLimits = DEFAULT_LIMITS,
): DecodeResult {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return notObject(value);
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      return reject('not-object', 'The message must be a plain JSON object.');
    }
    return decodeRecord(value as WireRecord, profile, limits, true);
  } catch {
    return reject('field-invalid', 'A field of the message could not be read.');
  }
}

function notObject(value: unknown): DecodeResult {
  return reject('not-object', `The message is ${describe(value)}, where a JSON object belongs.`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return Number.isFinite(value) ? 'a number' : 'a number that is not finite';
    case 'boolean':
      return 'true or false';
    case 'undefined':
      return 'missing';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/**
 * Whether `text` takes more than `max` bytes as UTF-8. Every UTF-16 unit is 1 to 3 bytes (a
 * surrogate pair is 4 for 2 units), so most frames are decided from `length` alone.
 */
export function exceedsUtf8Bytes(text: string, max: number): boolean {
  const n = text.length;
  if (n > max) return true;
  if (n * 3 <= max) return false;
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
    if (bytes > max) return true;
  }
  return false;
}

/**
 * Whether the JSON text nests arrays/objects deeper than `max`. A flat event has one `{` and no
 * `[`, which two native scans show; anything else is walked once, skipping string contents.
 * Malformed text gives some answer either way: the parser refuses it afterwards.
 */
export function nestedDeeperThan(text: string, max: number): boolean {
  const first = text.indexOf('{');
  if (text.indexOf('[') === -1 && (first === -1 || text.indexOf('{', first + 1) === -1)) {
    return (first === -1 ? 0 : 1) > max;
  }
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let j = i + 1;
      for (;;) {
        j = text.indexOf('"', j);
        if (j === -1) return false;
        let backslashes = 0;
        for (let k = j - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
        if ((backslashes & 1) === 0) break;
        j++;
      }
      i = j;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > max) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
    }
  }
  return false;
}

interface SegmentKeys {
  readonly callSegmentId: string;
  readonly callerIdName: string;
  readonly callerIdNumber: string;
  readonly did: string;
  readonly extensionId: string;
  readonly extensionNumber: string;
  readonly userId: string;
  readonly username: string;
}

function segmentKeys(suffix: '' | '1' | '2'): SegmentKeys {
  return {
    callSegmentId: 'callSegmentId' + suffix,
    callerIdName: 'callerIdName' + suffix,
    callerIdNumber: 'callerIdNumber' + suffix,
    did: 'did' + suffix,
    extensionId: 'extensionId' + suffix,
    extensionNumber: 'extensionNumber' + suffix,
    userId: 'userId' + suffix,
    username: 'username' + suffix,
  };
}

/** Wire names of the segment fields: bare (hangup, conference) and with each party suffix. */
export const SEGMENT_KEYS: Readonly<Record<'' | '1' | '2', SegmentKeys>> = Object.freeze({
  '': Object.freeze(segmentKeys('')),
  '1': Object.freeze(segmentKeys('1')),
  '2': Object.freeze(segmentKeys('2')),
});

/** Fields every event carries; an unmodelled event keeps its other scalars in `fields`. */
const BASE_KEYS: ReadonlySet<string> = new Set(['type', 'time', 'coreServerId']);

/**
 * Reads typed fields from one record and remembers the first field of the wrong type. One of
 * these per decoded message replaces a closure per field.
 */
class FieldReader {
  bad: string | null = null;

  constructor(
    readonly rec: WireRecord,
    readonly limits: DecodeLimits,
    /** Whether strings may hold lone surrogates that must be replaced. */
    readonly repair: boolean,
  ) {}

  /**
   * Text, capped; null when absent or null. A safe integer is read as its decimal text, because a
   * server that serialises numeric-looking ids or extension numbers as JSON numbers still means
   * the same digits (larger numbers have already lost digits, so they are refused).
   */
  str(key: string, max: number): string | null {
    return this.text(this.rec[key], key, max);
  }

  /** `str` for a value already read (by a literal name, on the hot path); `key` names it in a refusal. */
  text(v: unknown, key: string, max: number): string | null {
    if (typeof v === 'string') {
      const capped = v.length <= max ? v : capString(v, max);
      return this.repair ? wellFormed(capped) : capped;
    }
    if (v === undefined || v === null) return null;
    if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
    return this.fail(key, v, 'text or null');
  }

  /** A finite number, or null when absent or null. */
  num(key: string): number | null {
    const v = this.rec[key];
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    if (v === undefined || v === null) return null;
    return this.fail(key, v, 'a finite number or null');
  }

  port(key: string): number | null {
    const v = this.rec[key];
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 65535) return v;
    if (v === undefined || v === null) return null;
    return this.fail(key, v, 'a port number from 0 to 65535 or null');
  }

  bool(key: string): boolean | null {
    const v = this.rec[key];
    if (typeof v === 'boolean') return v;
    if (v === undefined || v === null) return null;
    return this.fail(key, v, 'true, false or null');
  }

  fail(key: string, value: unknown, expected: string): null {
    if (this.bad === null) {
      this.bad = `The field "${key}" is ${describe(value)}, where ${expected} belongs, so the event was ignored.`;
    }
    return null;
  }

  result(message: InboundMessage): DecodeResult {
    return this.bad === null ? { ok: true, message } : reject('field-invalid', this.bad);
  }
}

/**
 * Segment fields read by literal names, one reader per suffix. A computed key (`rec[keys.did]`)
 * makes every load site see every event shape; a literal name keeps each site to one or two
 * shapes, which is most of the decoder's cost above JSON.parse on a busy server. The names are
 * the same as SEGMENT_KEYS, which the encoder writes: the round-trip property test keeps them in step.
 */
function bareSegment(r: FieldReader, rec: WireRecord): Segment {
  const l = r.limits;
  return {
    callSegmentId: r.text(rec.callSegmentId, 'callSegmentId', l.maxStringLength),
    callerIdName: r.text(rec.callerIdName, 'callerIdName', l.maxCallerIdNameLength),
    callerIdNumber: r.text(rec.callerIdNumber, 'callerIdNumber', l.maxCallerIdNumberLength),
    did: r.text(rec.did, 'did', l.maxCallerIdNumberLength),
    extensionId: r.text(rec.extensionId, 'extensionId', l.maxStringLength),
    extensionNumber: r.text(rec.extensionNumber, 'extensionNumber', l.maxCallerIdNumberLength),
    userId: r.text(rec.userId, 'userId', l.maxStringLength),
    username: r.text(rec.username, 'username', l.maxStringLength),
  };
}

function segment1(r: FieldReader, rec: WireRecord): Segment {
  const l = r.limits;
  return {
    callSegmentId: r.text(rec.callSegmentId1, 'callSegmentId1', l.maxStringLength),
    callerIdName: r.text(rec.callerIdName1, 'callerIdName1', l.maxCallerIdNameLength),
    callerIdNumber: r.text(rec.callerIdNumber1, 'callerIdNumber1', l.maxCallerIdNumberLength),
    did: r.text(rec.did1, 'did1', l.maxCallerIdNumberLength),
    extensionId: r.text(rec.extensionId1, 'extensionId1', l.maxStringLength),
    extensionNumber: r.text(rec.extensionNumber1, 'extensionNumber1', l.maxCallerIdNumberLength),
    userId: r.text(rec.userId1, 'userId1', l.maxStringLength),
    username: r.text(rec.username1, 'username1', l.maxStringLength),
  };
}

function segment2(r: FieldReader, rec: WireRecord): Segment {
  const l = r.limits;
  return {
    callSegmentId: r.text(rec.callSegmentId2, 'callSegmentId2', l.maxStringLength),
    callerIdName: r.text(rec.callerIdName2, 'callerIdName2', l.maxCallerIdNameLength),
    callerIdNumber: r.text(rec.callerIdNumber2, 'callerIdNumber2', l.maxCallerIdNumberLength),
    did: r.text(rec.did2, 'did2', l.maxCallerIdNumberLength),
    extensionId: r.text(rec.extensionId2, 'extensionId2', l.maxStringLength),
    extensionNumber: r.text(rec.extensionNumber2, 'extensionNumber2', l.maxCallerIdNumberLength),
    userId: r.text(rec.userId2, 'userId2', l.maxStringLength),
    username: r.text(rec.username2, 'username2', l.maxStringLength),
  };
}

const SEGMENT_READERS: Readonly<Record<'' | '1' | '2', (r: FieldReader, rec: WireRecord) => Segment>> =
  Object.freeze({ '': bareSegment, '1': segment1, '2': segment2 });

function decodeRecord(
  rec: WireRecord,
  profile: ProtocolProfile,
  limits: DecodeLimits,
  repair: boolean,
): DecodeResult {
  const type = rec.type;
  if (typeof type !== 'string' || type.length === 0) {
    return reject(
      'type-missing',
      type === undefined
        ? 'The message has no "type" field, so it cannot be read as an event.'
        : `The message's "type" is ${type === '' ? 'empty' : describe(type)}, where the event's name belongs.`,
    );
  }
  const r = new FieldReader(rec, limits, repair);
  const max = limits.maxStringLength;
  const kind = kindOfType(profile, type);
  if (kind === undefined && type === FILTER_RESPONSE_TYPE && typeof rec.success === 'boolean') {
    const message = rec.message;
    const response: FilterResponseMessage = {
      kind: 'filterResponse',
      type,
      success: rec.success,
      message: typeof message === 'string' ? cleanString(message, max) : null,
    };
    return { ok: true, message: response };
  }
  const time = r.num('time');
  const coreServerId = r.str('coreServerId', max);
  switch (kind) {
    case 'dial':
    case 'link':
    case 'linkEnd': {
      const event: TwoPartyEvent = {
        kind,
        type,
        time,
        coreServerId,
        caller: SEGMENT_READERS[profile.callerSuffix](r, rec),
        callee: SEGMENT_READERS[calleeSuffix(profile)](r, rec),
      };
      return r.result(event);
    }
    case 'hangup': {
      const event: HangupEvent = { kind, type, time, coreServerId, segment: bareSegment(r, rec) };
      return r.result(event);
    }
    case 'confRoomCallLeave': {
      const event: ConfRoomCallLeaveEvent = {
        kind,
        type,
        time,
        coreServerId,
        segment: bareSegment(r, rec),
        conferenceRoomId: r.str('conferenceRoomId', max),
        conferenceRoomName: r.str('conferenceRoomName', max),
      };
      return r.result(event);
    }
    case 'userLogin':
    case 'userLogout': {
      const event: UserSessionEvent = {
        kind,
        type,
        time,
        coreServerId,
        userId: r.str('userId', max),
        username: r.str('username', max),
        userLoginId: r.str('userLoginId', max),
        ip: r.str('ip', max),
        port: r.port('port'),
      };
      return r.result(event);
    }
    case 'userStatus': {
      const statusType = r.str('statusType', max);
      if (statusType === null && r.bad === null) {
        r.fail('statusType', rec.statusType, 'the status type as text');
      }
      const event: UserStatusEvent = {
        kind,
        type,
        time,
        coreServerId,
        userId: r.str('userId', max),
        username: r.str('username', max),
        name: r.str('name', max),
        statusType: statusType ?? '',
        note: r.str('note', max),
        // Absent means what the server writes for "no return time" and "not typed by the user".
        returnTime: r.num('returnTime') ?? -1,
        userCreated: r.bool('userCreated') ?? false,
      };
      return r.result(event);
    }
    case 'agentLogin':
    case 'agentLogout': {
      const event: AgentEvent = {
        kind,
        type,
        time,
        coreServerId,
        agentId: r.str('agentId', max),
        agent: r.str('agent', max),
        state: r.str('state', max),
        queueId: r.str('queueId', max),
        queue: r.str('queue', max),
        extensionId: r.str('extensionId', max),
        extensionNumber: r.str('extensionNumber', limits.maxCallerIdNumberLength),
        userId: r.str('userId', max),
        username: r.str('username', max),
      };
      return r.result(event);
    }
    case undefined: {
      const event: OtherEvent = {
        kind: 'other',
        type: cleanString(type, max),
        time,
        coreServerId,
        fields: otherFields(rec, limits),
      };
      return r.result(event);
    }
  }
}

/**
 * The scalar fields of an event the app does not model, on an object without a prototype so
 * that keys like "__proto__" are plain data. Nested values, non-finite numbers, overlong or
 * ill-formed key names, and fields past the cap are dropped rather than refused: the app does
 * not act on these events, it only logs them.
 */
function otherFields(
  rec: WireRecord,
  limits: DecodeLimits,
): Record<string, string | number | boolean | null> {
  const fields = Object.create(null) as Record<string, string | number | boolean | null>;
  const maxFields = limits.maxOtherFields ?? DEFAULT_MAX_OTHER_FIELDS;
  const max = limits.maxStringLength;
  let kept = 0;
  for (const key of Object.keys(rec)) {
    if (kept >= maxFields) break;
    if (BASE_KEYS.has(key) || key.length > max || wellFormed(key) !== key) {
      continue;
    }
    const v = rec[key];
    if (typeof v === 'string') fields[key] = cleanString(v, max);
    else if ((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean' || v === null)
      fields[key] = v;
    else continue;
    kept++;
  }
  return fields;
}
