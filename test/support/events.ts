/**
 * Small factories for decoded iSymphony events, for any test that needs them. Every segment gets a
 * fresh id from the factory's counter; pass the same segment object again to mean the same segment.
 *
 *   const ev = eventFactory();
 *   const caller = ev.external({ number: '+441632960001', name: 'Ada', did: '0800123' });
 *   const desk = ev.phone({ username: 'alice', extension: '201' });
 *   tracker.handle(ev.dial(caller, desk));
 */
import type {
  HangupEvent,
  IsymphonyEvent,
  OtherEvent,
  Segment,
  TwoPartyEvent,
  UserStatusEvent,
} from '../../src-main/protocol/events';
import type { LiveCallSegment } from '../../src-main/live-api/shapes';

export interface EventFactoryOptions {
  readonly coreServerId?: string | null;
  /** The `time` put on events; defaults to a fixed instant. */
  readonly now?: () => number;
  readonly prefix?: string;
}

export interface PhoneSpec {
  readonly username?: string | null;
  readonly extension: string | null;
  readonly name?: string | null;
  readonly number?: string | null;
}

export interface ExternalSpec {
  readonly number?: string | null;
  readonly name?: string | null;
  /** The number the caller dialled to reach the PBX. */
  readonly did?: string | null;
}

export interface EventFactory {
  /** Next id from the counter, e.g. "seg-7". */
  id(kind?: string): string;
  /** A caller from outside the PBX: no user or extension fields. */
  external(spec?: ExternalSpec): Segment;
  /** A new segment on a PBX user's phone (a fresh segment id on every call). */
  phone(spec: PhoneSpec): Segment;
  /** A segment with every field null, or with the given fields only. */
  bare(fields?: Partial<Segment>): Segment;
  dial(caller: Segment, callee: Segment): TwoPartyEvent;
  link(caller: Segment, callee: Segment): TwoPartyEvent;
  linkEnd(caller: Segment, callee: Segment): TwoPartyEvent;
  hangup(segment: Segment): HangupEvent;
  userStatus(username: string, statusType?: string): UserStatusEvent;
  other(type?: string): OtherEvent;
}

export function eventFactory(options: EventFactoryOptions = {}): EventFactory {
  let counter = 0;
  const prefix = options.prefix ?? '';
  const coreServerId = options.coreServerId === undefined ? 'core-1' : options.coreServerId;
  const now = options.now ?? (() => 1_700_000_000_000);
  const id = (kind = 'seg'): string => `${prefix}${kind}-${++counter}`;
  const base = (type: string) => ({ type, time: now(), coreServerId });
  const twoParty =
    (kind: TwoPartyEvent['kind']) =>
    (caller: Segment, callee: Segment): TwoPartyEvent => ({ ...base(kind), kind, caller, callee });

  return {
    id,
    external: (spec = {}) => ({
      callSegmentId: id(),
      callerIdName: spec.name ?? null,
      callerIdNumber: spec.number === undefined ? `+4416329${String(counter).padStart(5, '0')}` : spec.number,
      did: spec.did === undefined ? '08001234567' : spec.did,
      extensionId: null,
      extensionNumber: null,
      userId: null,
      username: null,
    }),
    phone: (spec) => ({
      callSegmentId: id(),
      callerIdName: spec.name === undefined ? (spec.username ?? null) : spec.name,
      callerIdNumber: spec.number === undefined ? spec.extension : spec.number,
      did: null,
      extensionId: spec.extension === null ? null : `ext-id-${spec.extension}`,
      extensionNumber: spec.extension,
      userId: spec.username ? `user-id-${spec.username}` : null,
      username: spec.username ?? null,
    }),
    bare: (fields = {}) => ({
      callSegmentId: null,
      callerIdName: null,
      callerIdNumber: null,
      did: null,
      extensionId: null,
      extensionNumber: null,
      userId: null,
      username: null,
      ...fields,
    }),
    dial: twoParty('dial'),
    link: twoParty('link'),
    linkEnd: twoParty('linkEnd'),
    hangup: (segment) => ({ ...base('hangup'), kind: 'hangup', segment }),
    userStatus: (username, statusType = 'available') => ({
      ...base('userStatus'),
      kind: 'userStatus',
      userId: `user-id-${username}`,
      username,
      name: statusType,
      statusType,
      note: null,
      returnTime: -1,
      userCreated: false,
    }),
    other: (type = 'somethingNew') => ({
      ...base(type),
      kind: 'other',
      fields: Object.create(null) as Record<string, never>,
    }),
  };
}

/** The events of `list` one after another through `handle`, collecting every change. */
export function feed<T>(
  handle: (event: IsymphonyEvent) => readonly T[],
  list: readonly IsymphonyEvent[],
): T[] {
  return list.flatMap((event) => [...handle(event)]);
}

/** A call segment as the Live REST API lists it (`callSegments`): an outside caller, by id only. */
export function liveCallSegment(id: string): LiveCallSegment {
  return {
    id,
    type: 'EXTERNAL',
    callerId: { id: null, name: null, number: null },
    did: null,
    onHold: false,
    recording: false,
    incoming: true,
  };
}
