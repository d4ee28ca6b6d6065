/**
 * The wire names of a call segment's fields and the readers that take one segment out of a
 * record. The literal readers serve the default names (the hot path); a profile that renames
 * party fields is read through its own key table.
 */
import type { Segment } from './events';
import type { FieldReader } from './field-reader';
import { DEFAULT_FIELD_NAMES, hasDefaultFieldNames, type ProtocolProfile } from './profile';

export type SegmentSuffix = '' | '1' | '2';
type WireRecord = Readonly<Record<string, unknown>>;

export interface SegmentKeys {
  readonly callSegmentId: string;
  readonly callerIdName: string;
  readonly callerIdNumber: string;
  readonly did: string;
  readonly extensionId: string;
  readonly extensionNumber: string;
  readonly userId: string;
  readonly username: string;
}

function keysOf(names: ProtocolProfile['fieldNames'], suffix: SegmentSuffix): SegmentKeys {
  return Object.freeze({
    callSegmentId: names.callSegmentId + suffix,
    callerIdName: names.callerIdName + suffix,
    callerIdNumber: names.callerIdNumber + suffix,
    did: names.did + suffix,
    extensionId: 'extensionId' + suffix,
    extensionNumber: names.extensionNumber + suffix,
    userId: 'userId' + suffix,
    username: names.username + suffix,
  });
}

type KeyTable = Readonly<Record<SegmentSuffix, SegmentKeys>>;

function keyTable(names: ProtocolProfile['fieldNames']): KeyTable {
  return Object.freeze({ '': keysOf(names, ''), '1': keysOf(names, '1'), '2': keysOf(names, '2') });
}

/** Wire names of the segment fields under the default names: bare (hangup, conference) and suffixed. */
export const SEGMENT_KEYS: KeyTable = keyTable(DEFAULT_FIELD_NAMES);

const tables = new WeakMap<ProtocolProfile, KeyTable>();

/** The segment field names a profile reads and writes, built once per (immutable) profile. */
export function segmentKeysOf(profile: ProtocolProfile): KeyTable {
  if (hasDefaultFieldNames(profile)) return SEGMENT_KEYS;
  let table = tables.get(profile);
  if (table === undefined) {
    table = keyTable(profile.fieldNames);
    tables.set(profile, table);
  }
  return table;
}

/** Reads a segment by computed names: for profiles that rename fields. */
function readByKeys(r: FieldReader, rec: WireRecord, k: SegmentKeys): Segment {
  const l = r.limits;
  return {
    callSegmentId: r.text(rec[k.callSegmentId], k.callSegmentId, l.maxStringLength),
    callerIdName: r.text(rec[k.callerIdName], k.callerIdName, l.maxCallerIdNameLength),
    callerIdNumber: r.text(rec[k.callerIdNumber], k.callerIdNumber, l.maxCallerIdNumberLength),
    did: r.text(rec[k.did], k.did, l.maxCallerIdNumberLength),
    extensionId: r.text(rec[k.extensionId], k.extensionId, l.maxStringLength),
    extensionNumber: r.text(rec[k.extensionNumber], k.extensionNumber, l.maxCallerIdNumberLength),
    userId: r.text(rec[k.userId], k.userId, l.maxStringLength),
    username: r.text(rec[k.username], k.username, l.maxStringLength),
  };
}

/*
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

const LITERAL_READERS: Readonly<Record<SegmentSuffix, (r: FieldReader, rec: WireRecord) => Segment>> =
  Object.freeze({ '': bareSegment, '1': segment1, '2': segment2 });

/** Reads the segment with `suffix` under the profile's field names. */
export function readSegment(
  r: FieldReader,
  rec: WireRecord,
  profile: ProtocolProfile,
  suffix: SegmentSuffix,
): Segment {
  return hasDefaultFieldNames(profile)
    ? LITERAL_READERS[suffix](r, rec)
    : readByKeys(r, rec, segmentKeysOf(profile)[suffix]);
}
