/**
 * Turns one inbound websocket frame into a typed message, or says in one sentence why it cannot.
 * This sits on the hot path, so it reads fields by name from the parsed object, keeps key names in
 * constant tables, and allocates nothing per event beyond the result itself. It never throws.
 *
 * Tolerance (protocol notes "Tolerance"): a field that cannot be read never drops the event; it
 * reads as absent and is named in `unreadable`. Only a frame that is not a JSON object with a
 * type, or a status event without a readable status, is refused.
 */
import { problem, type Problem } from '../common/result';
import type {
  AgentEvent,
  ConfRoomCallLeaveEvent,
  FilterResponseMessage,
  HangupEvent,
  InboundMessage,
  OtherEvent,
  TwoPartyEvent,
  UserSessionEvent,
  UserStatusEvent,
} from './events';
import { FieldReader } from './field-reader';
import { describeValue, exceedsUtf8Bytes, nestedDeeperThan } from './frame-checks';
import {
  cleanString,
  DEFAULT_LIMITS,
  DEFAULT_MAX_OTHER_FIELDS,
  wellFormed,
  type DecodeLimits,
} from './limits';
import { kindOfType, otherSuffix, type ProtocolProfile } from './profile';
import { readSegment } from './segments';

export { exceedsUtf8Bytes, nestedDeeperThan } from './frame-checks';
export { SEGMENT_KEYS } from './segments';

export type DecodeRejectionCode =
  'frame-too-large' | 'too-deep' | 'not-json' | 'not-object' | 'type-missing' | 'field-invalid';

export type DecodeResult =
  | {
      readonly ok: true;
      readonly message: InboundMessage;
      /** Fields that held something unreadable and were read as absent; only present when some did. */
      readonly unreadable?: readonly string[];
    }
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
  return reject('not-object', `The message is ${describeValue(value)}, where a JSON object belongs.`);
}

/** Fields every event carries; an unmodelled event keeps its other scalars in `fields`. */
const BASE_KEYS: ReadonlySet<string> = new Set(['type', 'time', 'coreServerId']);

function delivered(r: FieldReader, message: InboundMessage): DecodeResult {
  return r.unreadable === null ? { ok: true, message } : { ok: true, message, unreadable: r.unreadable };
}

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
        : `The message's "type" is ${type === '' ? 'empty' : describeValue(type)}, where the event's name belongs.`,
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
      const caller = profile.callerSuffixes[kind];
      const event: TwoPartyEvent = {
        kind,
        type,
        time,
        coreServerId,
        caller: readSegment(r, rec, profile, caller),
        callee: readSegment(r, rec, profile, otherSuffix(caller)),
      };
      return delivered(r, event);
    }
    case 'hangup': {
      const event: HangupEvent = {
        kind,
        type,
        time,
        coreServerId,
        segment: readSegment(r, rec, profile, ''),
      };
      return delivered(r, event);
    }
    case 'confRoomCallLeave': {
      const event: ConfRoomCallLeaveEvent = {
        kind,
        type,
        time,
        coreServerId,
        segment: readSegment(r, rec, profile, ''),
        conferenceRoomId: r.str('conferenceRoomId', max),
        conferenceRoomName: r.str('conferenceRoomName', max),
      };
      return delivered(r, event);
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
      return delivered(r, event);
    }
    case 'userStatus': {
      // The presence tracker cannot use a status without its type: the one field whose absence refuses the event.
      const statusType = r.str('statusType', max);
      if (statusType === null) {
        return reject(
          'field-invalid',
          `The field "statusType" is ${describeValue(rec.statusType)}, where the status type as text belongs, so the status was ignored.`,
        );
      }
      const event: UserStatusEvent = {
        kind,
        type,
        time,
        coreServerId,
        userId: r.str('userId', max),
        // The profile's party field names name the user the same way here as in call events.
        username: r.str(profile.fieldNames.username, max),
        name: r.str('name', max),
        statusType,
        note: r.str('note', max),
        // Absent means what the server writes for "no return time" and "not typed by the user".
        returnTime: r.num('returnTime') ?? -1,
        userCreated: r.bool('userCreated') ?? false,
      };
      return delivered(r, event);
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
        extensionNumber: r.str(profile.fieldNames.extensionNumber, limits.maxCallerIdNumberLength),
        userId: r.str('userId', max),
        username: r.str(profile.fieldNames.username, max),
      };
      return delivered(r, event);
    }
    case undefined: {
      const event: OtherEvent = {
        kind: 'other',
        type: cleanString(type, max),
        time,
        coreServerId,
        fields: otherFields(rec, limits),
      };
      return delivered(r, event);
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
