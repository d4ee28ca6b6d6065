/**
 * The event kinds presence needs from the event socket. The app filters on `type` only
 * (protocol/filter.ts), so presence adds its kind to whatever the call pipeline asks for; without
 * it the server never sends `userStatus` and a status set could only be confirmed by a re-read.
 */
import type { EventKind } from '../protocol/profile';

export const PRESENCE_KINDS: readonly EventKind[] = Object.freeze(['userStatus']);

/** `kinds` plus the presence kinds when presence is on, each kind once, in order. */
export function withPresenceKinds(kinds: readonly EventKind[], presenceOn: boolean): EventKind[] {
  const all = presenceOn ? [...kinds, ...PRESENCE_KINDS] : [...kinds];
  return all.filter((kind, i) => all.indexOf(kind) === i);
}
