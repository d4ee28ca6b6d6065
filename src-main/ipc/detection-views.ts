/**
 * "Detect call events…" as the settings screen shows it: listening, its result, or why it failed.
 * Types only (part of views.ts, which the contract re-exports).
 */
import type { Problem } from '../common/result';
import type { MessageRef } from '../i18n/message-ref';

/**
 * One part of what "Detect call events" found, as catalogue messages the window says in the chosen
 * language. `decided` false: it could not tell, so the saved name stays.
 */
export interface DetectionLine {
  /** What it is about, e.g. "Ringing", "The caller". */
  readonly label: MessageRef;
  /** What was found, e.g. “CallRinging”, or why it could not decide. Names from the server are values in it: text only. */
  readonly value: MessageRef;
  readonly decided: boolean;
}

/**
 * "Detect call events…": a second connection listens to everything the server sends while the user
 * rings their own extension, and proposes a protocol profile; applied only when the user confirms.
 */
export type DetectionView =
  | {
      readonly kind: 'idle';
      /** First run: the first connection to the user's own server went live; offer the check once. */
      readonly offer: boolean;
    }
  | {
      readonly kind: 'running';
      readonly phase: 'connecting' | 'listening' | 'reconnecting';
      /** What to do now, in one or two sentences. */
      readonly message: MessageRef;
      readonly eventsSeen: number;
      readonly typesSeen: number;
      /** Events that named the user or one of their extensions. */
      readonly userEvents: number;
      /** When listening ends on its own (ms since the epoch). */
      readonly endsAt: number;
    }
  | {
      readonly kind: 'result';
      readonly confidence: 'high' | 'low' | 'none';
      /** The verdict in one or two sentences (for `none`: why nothing could be decided). */
      readonly headline: MessageRef;
      /** Ringing, answered, answer ended, hung up, the caller, the field names (empty for `none`). */
      readonly lines: readonly DetectionLine[];
      /** The evidence, one sentence each. */
      readonly evidence: readonly MessageRef[];
      /** The profile found differs from the saved one, so applying it changes something. */
      readonly canApply: boolean;
      readonly applied: boolean;
    }
  | { readonly kind: 'failed'; readonly problem: Problem };
