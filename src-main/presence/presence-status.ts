/**
 * One user's presence as the app holds it, read from the Live REST API or a `userStatus` event:
 * a missing or blank name becomes the type's default name, a missing note the empty text, and the
 * wire's -1 ("no return time") becomes null.
 */
import type { LiveUserStatus } from '../live-api/shapes';
import type { StatusType, UserStatusEvent } from '../protocol/events';
import { defaultStatusName } from './status-types';

export interface PresenceStatus {
  /** One of the eleven types; an unknown type from a newer server is kept as sent. */
  readonly type: StatusType | (string & {});
  /** The server's configured (or the user's typed) name, else the type's default name. */
  readonly name: string;
  readonly note: string;
  /** When the user is back, in ms since the epoch; null for none. */
  readonly returnTime: number | null;
  /** True for a status the user typed rather than picked from the server's list. */
  readonly userCreated: boolean;
}

function nameOr(type: string, name: string | null): string {
  return name !== null && name.trim() !== '' ? name : defaultStatusName(type);
}

function returnTimeOf(value: number): number | null {
  return Number.isSafeInteger(value) && value >= 0 ? value : null;
}

/** What both sources say about a status, under the Live REST API's names. */
type StatusFields = Pick<LiveUserStatus, 'type' | 'name' | 'note' | 'returnTime' | 'userCreated'>;

function normalised(fields: StatusFields): PresenceStatus {
  return {
    type: fields.type,
    name: nameOr(fields.type, fields.name),
    note: fields.note ?? '',
    returnTime: returnTimeOf(fields.returnTime),
    userCreated: fields.userCreated,
  };
}

export function statusFromLive(live: LiveUserStatus): PresenceStatus {
  return normalised(live);
}

export function statusFromEvent(event: UserStatusEvent): PresenceStatus {
  return normalised({ ...event, type: event.statusType });
}

/**
 * Whether the server's status is the one asked for. Type and name are what a status is; the note
 * and return time the server reports are taken as they come (a server may trim or round them).
 */
export function fulfils(actual: PresenceStatus, wanted: PresenceStatus): boolean {
  return actual.type === wanted.type && actual.name === wanted.name;
}

export function sameStatus(a: PresenceStatus, b: PresenceStatus): boolean {
  return (
    a.type === b.type &&
    a.name === b.name &&
    a.note === b.note &&
    a.returnTime === b.returnTime &&
    a.userCreated === b.userCreated
  );
}
