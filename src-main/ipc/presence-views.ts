/**
 * The user's own iSymphony presence as the screens show it and change it. Types only (part of
 * views.ts, which the contract re-exports).
 */
import type { Problem } from '../common/result';
import type { StatusType } from '../protocol/events';

/** One presence status as the screens show it. Name and note are display-safe but untrusted: text only. */
export interface StatusView {
  /** One of the eleven types, or a newer server's type kept as sent. */
  readonly type: string;
  readonly name: string;
  readonly note: string;
  /** When the user is back, ms since the epoch; null for none. */
  readonly returnTime: number | null;
  /** The type in words ("Out of Office"); "Other status" for a type this app does not know. */
  readonly label: string;
  /** `#rrggbb`, always shown beside the words, never alone. */
  readonly colour: string;
  /** The colour in words ("green"), for accessible labels. */
  readonly colourName: string;
}

/**
 * The user's own iSymphony presence. `status` is what the server last confirmed (what colleagues
 * see); `pending` a status asked for and not confirmed yet; `problem` why the last read or set
 * failed (the display rolled back), until the next one succeeds.
 */
export type PresenceView =
  | { readonly kind: 'unknown'; readonly problem: Problem | null; readonly dndFromPresence: false }
  | {
      readonly kind: 'known';
      readonly status: StatusView;
      readonly pending: StatusView | null;
      readonly problem: Problem | null;
      /** Pops are held because the confirmed status is Do Not Disturb and `followPresenceDnd` is on. */
      readonly dndFromPresence: boolean;
    };

/** A status the user can pick: each of the eleven types with its default name. */
export interface StatusChoice {
  readonly type: StatusType;
  readonly name: string;
  readonly label: string;
  readonly colour: string;
  readonly colourName: string;
}

/** What `setStatus` asks for; a left-out name is the type's default, a left-out note is none. */
export interface StatusChange {
  readonly type: StatusType;
  readonly name?: string;
  readonly note?: string;
  /** ms since the epoch, in the future; null or left out for none. */
  readonly returnTime?: number | null;
}
