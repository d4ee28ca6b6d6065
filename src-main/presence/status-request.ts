/**
 * What a user asks to set, checked before anything is sent: a known type, a short printable name
 * (the type's default when left out), a bounded note, and a return time that is either none or in
 * the future. Never throws; each refusal is one sentence naming what is allowed.
 */
import { err, ok, type Problem, type Result } from '../common/result';
import type { MessageKey } from '../i18n/catalogues';
import { problemSaid } from '../i18n/english';
import { listRef, type MessageRefValue } from '../i18n/message-ref';
import type { StatusUpdate } from '../live-api/shapes';
import type { StatusType } from '../protocol/events';
import type { PresenceStatus } from './presence-status';
import { STATUS_TYPES } from '../protocol/events';
import { MAX_STATUS_NAME_LENGTH, MAX_STATUS_NOTE_LENGTH } from './status-limits';
import { defaultStatusName, isStatusType } from './status-types';

export interface StatusRequest {
  readonly type: string;
  readonly name?: string;
  readonly note?: string;
  /** ms since the epoch, -1 or null for none, or a Date. */
  readonly returnTime?: number | Date | null;
}

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

function invalid(
  key: MessageKey,
  values?: Readonly<Record<string, MessageRefValue>>,
): Result<never, InvalidStatusProblem> {
  return err(problemSaid('invalid-status', key, values));
}

/** Joined by the chosen language's list separator; the type names themselves are the protocol's. */
const TYPES = listRef([...STATUS_TYPES]);

function invalidType(type: string): Result<never, InvalidStatusProblem> {
  // A long or control-laden type is not echoed: it could rewrite a terminal line.
  return type.length > 40 || CONTROL.test(type)
    ? invalid('statusRequest.noSuchTypeUnshown', { types: TYPES })
    : invalid('statusRequest.noSuchType', { type, types: TYPES });
}

export function checkStatusRequest(
  request: StatusRequest,
  now: number,
): Result<CheckedRequest, InvalidStatusProblem> {
  const type = request.type;
  if (typeof type !== 'string' || !isStatusType(type)) return invalidType(String(type));

  const given = typeof request.name === 'string' ? request.name.trim() : '';
  const name = given === '' ? defaultStatusName(type) : given;
  if (name.length > MAX_STATUS_NAME_LENGTH || CONTROL.test(name)) {
    // The default name as the windows show it: the type's label in the chosen language.
    return invalid('statusRequest.nameTooLong', {
      max: MAX_STATUS_NAME_LENGTH,
      name: { key: `presence.type.${type}` },
    });
  }

  const note = request.note ?? '';
  if (typeof note !== 'string' || note.length > MAX_STATUS_NOTE_LENGTH || CONTROL_EXCEPT_LINES.test(note)) {
    return invalid('statusRequest.noteTooLong', { max: MAX_STATUS_NOTE_LENGTH });
  }

  let returnTime: number | null = null;
  const asked = request.returnTime;
  if (asked instanceof Date) {
    const ms = asked.getTime();
    if (!Number.isFinite(ms)) return invalid('statusRequest.returnNotDate');
    returnTime = ms;
  } else if (typeof asked === 'number' && asked !== -1) {
    if (!Number.isSafeInteger(asked) || asked < 0) {
      return invalid('statusRequest.returnNotMs');
    }
    returnTime = asked;
  } else if (asked !== undefined && asked !== null && asked !== -1) {
    return invalid('statusRequest.returnNotTime');
  }
  if (returnTime !== null && returnTime <= now) {
    return invalid('statusRequest.returnPast');
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
