/**
 * Builds the wire object of an event, the inverse of the decoder: the demo server sends every
 * event through here, so the two sides cannot drift apart. Field order follows the published
 * examples (protocol notes §3.1) so demo traffic reads like the real thing.
 */
import type { IsymphonyEvent, Segment } from './events';
import type { ProtocolProfile } from './profile';
import { segmentKeysOf, type SegmentKeys } from './segments';

type Wire = Record<string, unknown>;

function base(type: string, time: number | null, coreServerId: string | null): Wire {
  // An absent time is omitted, as the decoder reads a missing `time` as null.
  return time === null ? { type, coreServerId } : { type, time, coreServerId };
}

function putSegment(out: Wire, keys: SegmentKeys, segment: Segment): void {
  out[keys.callSegmentId] = segment.callSegmentId;
  out[keys.callerIdName] = segment.callerIdName;
  out[keys.callerIdNumber] = segment.callerIdNumber;
  out[keys.did] = segment.did;
  out[keys.extensionId] = segment.extensionId;
  out[keys.extensionNumber] = segment.extensionNumber;
  out[keys.userId] = segment.userId;
  out[keys.username] = segment.username;
}

/** The named fields of `event` under their own names, in the order given (the wire's order). */
function copied<E extends object, K extends keyof E & string>(event: E, keys: readonly K[]): Wire {
  const out: Wire = {};
  for (const key of keys) out[key] = event[key];
  return out;
}

/**
 * The wire object for `event` under `profile`: the profile's type name for the event's kind (an
 * unmodelled event keeps its own type), and for two-party events the caller under the profile's
 * caller suffix. Null fields are written as null, which the decoder and the filter rules treat
 * the same as absent.
 */
export function encodeEvent(event: IsymphonyEvent, profile: ProtocolProfile): Record<string, unknown> {
  switch (event.kind) {
    case 'dial':
    case 'link':
    case 'linkEnd': {
      const out = base(profile.eventTypes[event.kind], event.time, event.coreServerId);
      const keys = segmentKeysOf(profile);
      const callerFirst = profile.callerSuffixes[event.kind] === '1';
      putSegment(out, keys['1'], callerFirst ? event.caller : event.callee);
      putSegment(out, keys['2'], callerFirst ? event.callee : event.caller);
      return out;
    }
    case 'hangup': {
      const out = base(profile.eventTypes.hangup, event.time, event.coreServerId);
      putSegment(out, segmentKeysOf(profile)[''], event.segment);
      return out;
    }
    case 'confRoomCallLeave': {
      const s = event.segment;
      const k = segmentKeysOf(profile)[''];
      return {
        ...base(profile.eventTypes.confRoomCallLeave, event.time, event.coreServerId),
        [k.callSegmentId]: s.callSegmentId,
        conferenceRoomId: event.conferenceRoomId,
        conferenceRoomName: event.conferenceRoomName,
        [k.callerIdName]: s.callerIdName,
        [k.callerIdNumber]: s.callerIdNumber,
        [k.did]: s.did,
        [k.extensionId]: s.extensionId,
        [k.extensionNumber]: s.extensionNumber,
        [k.userId]: s.userId,
        [k.username]: s.username,
      };
    }
    case 'userLogin':
    case 'userLogout':
      return {
        ...base(profile.eventTypes[event.kind], event.time, event.coreServerId),
        ...copied(event, ['userId', 'username', 'userLoginId', 'ip', 'port']),
      };
    case 'userStatus':
      return {
        ...base(profile.eventTypes.userStatus, event.time, event.coreServerId),
        userId: event.userId,
        [profile.fieldNames.username]: event.username,
        ...copied(event, ['name', 'statusType', 'note', 'returnTime', 'userCreated']),
      };
    case 'agentLogin':
    case 'agentLogout':
      return {
        ...base(profile.eventTypes[event.kind], event.time, event.coreServerId),
        ...copied(event, ['agentId', 'agent', 'state', 'queueId', 'queue', 'extensionId']),
        [profile.fieldNames.extensionNumber]: event.extensionNumber,
        userId: event.userId,
        [profile.fieldNames.username]: event.username,
      };
    case 'other': {
      // No prototype: a field named "__proto__" must stay a field, not become one.
      const out = Object.create(null) as Wire;
      out.type = event.type;
      if (event.time !== null) out.time = event.time;
      out.coreServerId = event.coreServerId;
      for (const key of Object.keys(event.fields)) {
        if (key === 'type' || key === 'time' || key === 'coreServerId') continue;
        out[key] = event.fields[key];
      }
      return out;
    }
  }
}
