/**
 * Decoded iSymphony events. Kinds are profile-independent: whatever the wire calls a dial,
 * the decoder yields `kind: 'dial'`, and two-party events are turned into `caller` and
 * `callee` by the profile's caller suffix. Every string is already capped; every optional
 * field the server may omit or send as null is `null` here.
 */
import type { EventKind } from './profile';

export interface EventBase {
  /** The `type` string exactly as it came on the wire. */
  readonly type: string;
  /** Milliseconds since the epoch, as sent; `null` when the server omitted it. */
  readonly time: number | null;
  readonly coreServerId: string | null;
}

/** One side of a call (a "call segment"), as in `hangup` or one suffix of a two-party event. */
export interface Segment {
  readonly callSegmentId: string | null;
  readonly callerIdName: string | null;
  readonly callerIdNumber: string | null;
  /** The number this segment used to enter the system; null when a dial created it. */
  readonly did: string | null;
  readonly extensionId: string | null;
  readonly extensionNumber: string | null;
  readonly userId: string | null;
  readonly username: string | null;
}

export interface TwoPartyEvent extends EventBase {
  readonly kind: 'dial' | 'link' | 'linkEnd';
  readonly caller: Segment;
  readonly callee: Segment;
}

export interface HangupEvent extends EventBase {
  readonly kind: 'hangup';
  readonly segment: Segment;
}

export interface ConfRoomCallLeaveEvent extends EventBase {
  readonly kind: 'confRoomCallLeave';
  readonly segment: Segment;
  readonly conferenceRoomId: string | null;
  readonly conferenceRoomName: string | null;
}

export interface UserSessionEvent extends EventBase {
  readonly kind: 'userLogin' | 'userLogout';
  readonly userId: string | null;
  readonly username: string | null;
  readonly userLoginId: string | null;
  readonly ip: string | null;
  readonly port: number | null;
}

export const STATUS_TYPES = [
  'available',
  'unavailable',
  'away',
  'xa',
  'dnd',
  'chat',
  'altblue',
  'altgreen',
  'altpink',
  'altpurple',
  'altred',
] as const;

export type StatusType = (typeof STATUS_TYPES)[number];

export interface UserStatusEvent extends EventBase {
  readonly kind: 'userStatus';
  readonly userId: string | null;
  readonly username: string | null;
  /** The status's display name, e.g. "Out of Office". */
  readonly name: string | null;
  /** One of STATUS_TYPES; an unknown type from a newer server is kept as sent. */
  readonly statusType: StatusType | (string & {});
  readonly note: string | null;
  /** Milliseconds since the epoch, or -1 for none. */
  readonly returnTime: number;
  readonly userCreated: boolean;
}

export interface AgentEvent extends EventBase {
  readonly kind: 'agentLogin' | 'agentLogout';
  readonly agentId: string | null;
  readonly agent: string | null;
  /** An Asterisk device state such as NOT_INUSE, INUSE, RINGING, UNAVAILABLE. */
  readonly state: string | null;
  readonly queueId: string | null;
  readonly queue: string | null;
  readonly extensionId: string | null;
  readonly extensionNumber: string | null;
  readonly userId: string | null;
  readonly username: string | null;
}

/** The answer to a filter message (this project's server; see protocol notes §2). */
export interface FilterResponseMessage {
  readonly kind: 'filterResponse';
  readonly type: string;
  readonly success: boolean;
  readonly message: string | null;
}

/**
 * An event type the app does not model. Its scalar fields are kept (capped) on an object
 * without a prototype, so keys such as `__proto__` are plain data.
 */
export interface OtherEvent extends EventBase {
  readonly kind: 'other';
  readonly fields: Readonly<Record<string, string | number | boolean | null>>;
}

export type IsymphonyEvent =
  | TwoPartyEvent
  | HangupEvent
  | ConfRoomCallLeaveEvent
  | UserSessionEvent
  | UserStatusEvent
  | AgentEvent
  | OtherEvent;

export type InboundMessage = IsymphonyEvent | FilterResponseMessage;

/** Compile-time check that every profile kind has a decoded shape. */
type _EveryKindModelled = Exclude<EventKind, IsymphonyEvent['kind']> extends never ? true : never;
export const everyKindModelled: _EveryKindModelled = true;
