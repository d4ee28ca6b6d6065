/**
 * When the ring sound plays, as pure rules on a given time: it starts when a call with a card on
 * the deck starts ringing (a new one starts it again), plays again every `repeatMs` while any of
 * those calls still rings, and falls silent when none does (answered, dismissed, ended), when the
 * sound is off, when the OS is in do-not-disturb, or after `limitMs` of ringing: a desk left alone
 * is not rung at all day. The Ringer (ringer.ts) keeps the memory and the one timer.
 */
import type { RingView } from '../ipc/contract';
import type { Settings } from '../storage/settings-schema';

/** How often the sound plays again while a call rings; every built-in sound is shorter. */
export const RING_REPEAT_MS = 3_000;
/** How long one ring sounds at most, however long the call rings. */
export const RING_LIMIT_MS = 45_000;

export interface RingTiming {
  readonly repeatMs: number;
  readonly limitMs: number;
}

export const RING_TIMING: RingTiming = { repeatMs: RING_REPEAT_MS, limitMs: RING_LIMIT_MS };

export interface RingInput {
  /** Calls with a card showing that ring now. */
  readonly ringing: readonly string[];
  readonly sound: Settings['ringSound'];
  /** 0 to 100. */
  readonly volume: number;
  /** The OS says do not disturb (where it can be read; see docs/administration.md). */
  readonly osQuiet: boolean;
  readonly now: number;
}

/** What rings: since when, for which calls (a call not among them starts the ring again). */
export interface RingMemory {
  readonly since: number;
  readonly calls: readonly string[];
}

export interface RingStep {
  readonly memory: RingMemory | null;
  /** What the window plays now; a new `plays` means "play it again". Null: silence. */
  readonly view: RingView | null;
  /** When the answer changes by itself (the next play, or the limit), or null. */
  readonly nextAt: number | null;
}

/** Whether this input would start a ring (again): a ringing call that is not ringing already. */
export function startsRing(memory: RingMemory | null, ringing: readonly string[]): boolean {
  if (ringing.length === 0) return false;
  return memory === null || ringing.some((id) => !memory.calls.includes(id));
}

export function planRing(
  memory: RingMemory | null,
  input: RingInput,
  timing: RingTiming = RING_TIMING,
): RingStep {
  if (input.sound === 'off' || input.osQuiet || input.ringing.length === 0) {
    return { memory: null, view: null, nextAt: null };
  }
  const since = startsRing(memory, input.ringing) || memory === null ? input.now : memory.since;
  const next: RingMemory = { since, calls: [...input.ringing] };
  const elapsed = input.now - since;
  // Past the limit the memory stays (the same calls do not start it again), but all is quiet.
  if (elapsed >= timing.limitMs) return { memory: next, view: null, nextAt: null };
  const plays = Math.floor(elapsed / timing.repeatMs) + 1;
  const nextPlay = since + plays * timing.repeatMs;
  const limit = since + timing.limitMs;
  return {
    memory: next,
    view: { sound: input.sound, volume: clampVolume(input.volume), since, plays },
    nextAt: Math.min(nextPlay, limit),
  };
}

function clampVolume(volume: number): number {
  return Math.max(0, Math.min(100, Math.round(volume)));
}
