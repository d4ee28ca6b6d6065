import { z } from 'zod';
import { STATUS_TYPES, type StatusType } from '../protocol/events';
import { cleanString, DEFAULT_LIMITS } from '../protocol/limits';
import {
  flag,
  idText,
  maybeText,
  nested,
  optional,
  required,
  wholeNumber,
  type Out,
  type Shape,
} from './lenient-read';

/**
 * What the Live REST API answers, read at the door (lenient-read.ts): strings capped (caller-ID
 * names and numbers are typed by whoever calls), unknown extra fields dropped, absent fields null
 * or their default. Only the fields marked `required` are ones the app cannot do without: an item
 * without a readable one is skipped and counted, never the whole list.
 */
const { maxStringLength: ANY, maxCallerIdNameLength: NAME, maxCallerIdNumberLength: NUMBER } = DEFAULT_LIMITS;

export const USERS_LIMIT = 100_000;
export const EXTENSIONS_LIMIT = 100_000;
export const CALL_SEGMENTS_LIMIT = 10_000;

/** `users`: the identity check needs the name the user logs in with. */
export const liveUserShape = {
  id: optional(idText(ANY), null),
  configurationId: optional(maybeText(ANY), null),
  userName: required(idText(ANY)),
  displayedName: optional(maybeText(NAME), null),
  permissionId: optional(maybeText(ANY), null),
} satisfies Shape;

export type LiveUser = Out<typeof liveUserShape>;

/** `extensions`: the identity check needs the number. */
export const liveExtensionShape = {
  id: optional(idText(ANY), null),
  extensionNumber: required(idText(NUMBER)),
  displayName: optional(maybeText(NAME), null),
  configurationId: optional(maybeText(ANY), null),
  permissionId: optional(maybeText(ANY), null),
} satisfies Shape;

export type LiveExtension = Out<typeof liveExtensionShape>;

const statusType = z.string().transform((s): StatusType | (string & {}) => cleanString(s, 64));

/** `users/{…}/status`: one object; presence needs its type. */
export const liveUserStatusShape = {
  id: optional(maybeText(ANY), null),
  configurationId: optional(maybeText(ANY), null),
  name: optional(maybeText(ANY), null),
  type: required(statusType),
  note: optional(maybeText(ANY), null),
  /** Milliseconds since the epoch, or -1 for none. */
  returnTime: optional(wholeNumber, -1),
  userCreated: optional(flag, false),
} satisfies Shape;

export type LiveUserStatus = Out<typeof liveUserStatusShape>;

const callerIdShape = {
  id: optional(maybeText(ANY), null),
  name: optional(maybeText(NAME), null),
  number: optional(maybeText(NUMBER), null),
} satisfies Shape;

/** `callSegments`: the catch-up needs the id and nothing else. */
export const liveCallSegmentShape = {
  id: required(idText(ANY)),
  type: optional(maybeText(32), null),
  callerId: nested(callerIdShape, { id: null, name: null, number: null }),
  did: optional(maybeText(NUMBER), null),
  onHold: optional(flag, false),
  recording: optional(flag, false),
  /** True while the segment is being dialled (ringing). */
  incoming: optional(flag, false),
} satisfies Shape;

export type LiveCallSegment = Out<typeof liveCallSegmentShape>;

/** What `setUserStatus` sends; checked before it goes out. */
export const statusUpdateSchema = z.object({
  name: z.string().min(1).max(128),
  type: z.enum(STATUS_TYPES),
  note: z.string().max(512),
  returnTime: z.number().int().min(-1),
});

export type StatusUpdate = z.input<typeof statusUpdateSchema>;
