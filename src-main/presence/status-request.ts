/**
 * What a user asks to set, checked before anything is sent: a known type, a short printable name
 * (the type's default when left out), a bounded note, and a return time that is either none or in
 * the future. Never throws; each refusal is one sentence naming what is allowed.
 */
import { err, ok, problem, type Problem, type Result } from '../common/result';
import type { StatusUpdate } from '../live-api/shapes';
import type { StatusType } from '../protocol/events';
import type { PresenceStatus } from './presence-status';
import { defaultStatusName, isStatusType, STATUS_TYPE_LIST } from './status-types';

export interface StatusRequest {
  readonly type: string;
  readonly name?: string;
  readonly note?: string;
  /** ms since the epoch, -1 or null for none, or a Date. */
  readonly returnTime?: number | Date | null;
}

/** The Live API's bounds (protocol notes §4; see live-api/shapes.ts). */
export const MAX_STATUS_NAME_LENGTH = 128;
export const MAX_STATUS_NOTE_LENGTH = 512;

export type InvalidStatusProblem = Problem<'invalid-status'>;

export interface CheckedRequest {
  /** What is sent. */
  readonly update: StatusUpdate & { readonly type: StatusType };
  /** What the app shows while it waits for the server. */
  readonly wanted: PresenceStatus;
}

// Control characters would let a status name rewrite a terminal line or a tray label.
const CONTROL = /\p{Cc}/u;
const CONTROL_EXCEPT_LINES = /[^\P{Cc}\n\t]/u;

function invalid(message: string): Result<never, InvalidStatusProblem> {
  return err(problem('invalid-status', message));
}

export function invalidTypeMessage(type: string): string {
  const shown = type.length > 40 || CONTROL.test(type) ? 'that' : `"${type}"`;
  return `There is no status type ${shown}; the types are ${STATUS_TYPE_LIST}.`;
}

export function checkStatusRequest(
  request: StatusRequest,
  now: number,
): Result<CheckedRequest, InvalidStatusProblem> {
  const type = request.type;
  if (typeof type !== 'string' || !isStatusType(type)) return invalid(invalidTypeMessage(String(type)));

  const given = typeof request.name === 'string' ? request.name.trim() : '';
  const name = given === '' ? defaultStatusName(type) : given;
  if (name.length > MAX_STATUS_NAME_LENGTH || CONTROL.test(name)) {
    return invalid(
      `A status name must be at most ${MAX_STATUS_NAME_LENGTH} printable characters (or left out for "${defaultStatusName(type)}").`,
    );
  }

  const note = request.note ?? '';
  if (typeof note !== 'string' || note.length > MAX_STATUS_NOTE_LENGTH || CONTROL_EXCEPT_LINES.test(note)) {
    return invalid(`A status note must be text of at most ${MAX_STATUS_NOTE_LENGTH} characters.`);
  }

  let returnTime: number | null = null;
  const asked = request.returnTime;
  if (asked instanceof Date) {
    const ms = asked.getTime();
    if (!Number.isFinite(ms)) return invalid('The return time is not a valid date and time.');
    returnTime = ms;
  } else if (typeof asked === 'number' && asked !== -1) {
    if (!Number.isSafeInteger(asked) || asked < 0) {
      return invalid('The return time must be -1 (none) or a time in milliseconds since the epoch.');
    }
    returnTime = asked;
  } else if (asked !== undefined && asked !== null && asked !== -1) {
    return invalid('The return time must be -1 (none), a time in milliseconds since the epoch, or a date.');
  }
  if (returnTime !== null && returnTime <= now) {
    return invalid('The return time must be in the future; leave it out for none.');
  }

  return ok({
    update: { name, type, note, returnTime: returnTime ?? -1 },
    wanted: {
      type,
      name,
      note,
      returnTime,
      userCreated: name !== defaultStatusName(type),
    },
  });
}
