import { z } from 'zod';
import { STATUS_TYPES, type StatusType } from '../protocol/events';
import { cleanString, DEFAULT_LIMITS } from '../protocol/limits';

/**
 * What the Live REST API answers, checked at the door. Strings are capped (caller-ID names and
 * numbers are typed by whoever calls), unknown extra fields are dropped, and nullable fields the
 * server may omit become null.
 */
const text = (max: number) => z.string().transform((s) => cleanString(s, max));
const id = text(DEFAULT_LIMITS.maxStringLength);
const optionalText = (max: number) =>
  z
    .string()
    .nullish()
    .transform((s) => (typeof s === 'string' ? cleanString(s, max) : null));

export const liveUserSchema = z.object({
  id,
  configurationId: optionalText(DEFAULT_LIMITS.maxStringLength),
  userName: text(DEFAULT_LIMITS.maxStringLength),
  displayedName: optionalText(DEFAULT_LIMITS.maxCallerIdNameLength),
  permissionId: optionalText(DEFAULT_LIMITS.maxStringLength),
});

export type LiveUser = z.output<typeof liveUserSchema>;

export const liveUsersSchema = z.array(liveUserSchema).max(100_000);

const statusType = z.string().transform((s): StatusType | (string & {}) => cleanString(s, 64));

export const liveUserStatusSchema = z.object({
  id: optionalText(DEFAULT_LIMITS.maxStringLength),
  configurationId: optionalText(DEFAULT_LIMITS.maxStringLength),
  name: optionalText(DEFAULT_LIMITS.maxStringLength),
  type: statusType,
  note: optionalText(DEFAULT_LIMITS.maxStringLength),
  /** Milliseconds since the epoch, or -1 for none. */
  returnTime: z.number().int().default(-1),
  userCreated: z.boolean().default(false),
});

export type LiveUserStatus = z.output<typeof liveUserStatusSchema>;

export const liveCallSegmentSchema = z.object({
  id,
  type: text(32),
  callerId: z
    .object({
      id: optionalText(DEFAULT_LIMITS.maxStringLength),
      name: optionalText(DEFAULT_LIMITS.maxCallerIdNameLength),
      number: optionalText(DEFAULT_LIMITS.maxCallerIdNumberLength),
    })
    .nullish()
    .transform((c) => c ?? { id: null, name: null, number: null }),
  did: optionalText(DEFAULT_LIMITS.maxCallerIdNumberLength),
  onHold: z.boolean().default(false),
  recording: z.boolean().default(false),
  /** True while the segment is being dialled (ringing). */
  incoming: z.boolean().default(false),
});

export type LiveCallSegment = z.output<typeof liveCallSegmentSchema>;

export const liveCallSegmentsSchema = z.array(liveCallSegmentSchema).max(10_000);

/** What `setUserStatus` sends; checked before it goes out. */
export const statusUpdateSchema = z.object({
  name: z.string().min(1).max(128),
  type: z.enum(STATUS_TYPES),
  note: z.string().max(512),
  returnTime: z.number().int().min(-1),
});

export type StatusUpdate = z.input<typeof statusUpdateSchema>;
