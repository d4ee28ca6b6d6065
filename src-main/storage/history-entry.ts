/**
 * One finished call as the history keeps it: what the pop showed and how the call ended. The app
 * maps call records to entries; this module only knows the line format. Caller-ID text is typed by
 * whoever calls, so every string is capped on the way in and checked again on the way back out.
 */
export type HistoryDirection = 'inbound' | 'outbound';

/** `answered` is kept for a call that was still connected when the app stopped tracking it. */
export type HistoryFinalState = 'missed' | 'answered' | 'answered-elsewhere' | 'ended' | 'unknown';

export interface HistoryEntry {
  readonly id: string;
  readonly direction: HistoryDirection;
  readonly state: HistoryFinalState;
  /** Why the state is `unknown`, in words; else null. */
  readonly stateReason: string | null;
  readonly internal: boolean;
  readonly callerName: string | null;
  readonly callerNumber: string | null;
  readonly did: string | null;
  readonly extension: string | null;
  readonly answeredBy: string | null;
  readonly transferredFrom: string | null;
  /** Epoch ms. */
  readonly startedAt: number;
  readonly answeredAt: number | null;
  readonly endedAt: number | null;
  readonly ringMs: number | null;
  readonly talkMs: number | null;
  /** Whether a pop was shown for it. */
  readonly popped: boolean;
}

export const HISTORY_TEXT_CAPS = {
  id: 128,
  stateReason: 200,
  callerName: 256,
  callerNumber: 64,
  did: 64,
  extension: 32,
  answeredBy: 256,
  transferredFrom: 256,
} as const;

const DIRECTIONS: ReadonlySet<string> = new Set<HistoryDirection>(['inbound', 'outbound']);
const STATES: ReadonlySet<string> = new Set<HistoryFinalState>([
  'missed',
  'answered',
  'answered-elsewhere',
  'ended',
  'unknown',
]);

/** Cuts by code points so a cap never splits a surrogate pair. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  let count = 0;
  for (const char of text) {
    if (count === max) break;
    out += char;
    count++;
  }
  return out;
}

type Field<T> = { ok: true; value: T } | { ok: false };
const BAD: { ok: false } = { ok: false };

function text(value: unknown, max: number, nullable: true): Field<string | null>;
function text(value: unknown, max: number, nullable: false): Field<string>;
function text(value: unknown, max: number, nullable: boolean): Field<string | null> {
  if (value === null && nullable) return { ok: true, value: null };
  if (typeof value !== 'string') return BAD;
  return { ok: true, value: capText(value, max) };
}

function time(value: unknown, nullable: boolean): Field<number | null> {
  if (value === null && nullable) return { ok: true, value: null };
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return BAD;
  return { ok: true, value };
}

/**
 * Checks one parsed line (or an entry handed in by the app) and returns a capped copy, or null
 * when it is not an entry. Unknown extra keys are dropped. Never throws.
 */
export function toHistoryEntry(value: unknown): HistoryEntry | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  const id = text(v.id, HISTORY_TEXT_CAPS.id, false);
  if (!id.ok || id.value.length === 0) return null;
  if (typeof v.direction !== 'string' || !DIRECTIONS.has(v.direction)) return null;
  if (typeof v.state !== 'string' || !STATES.has(v.state)) return null;
  if (typeof v.internal !== 'boolean' || typeof v.popped !== 'boolean') return null;
  const stateReason = text(v.stateReason, HISTORY_TEXT_CAPS.stateReason, true);
  const callerName = text(v.callerName, HISTORY_TEXT_CAPS.callerName, true);
  const callerNumber = text(v.callerNumber, HISTORY_TEXT_CAPS.callerNumber, true);
  const did = text(v.did, HISTORY_TEXT_CAPS.did, true);
  const extension = text(v.extension, HISTORY_TEXT_CAPS.extension, true);
  const answeredBy = text(v.answeredBy, HISTORY_TEXT_CAPS.answeredBy, true);
  const transferredFrom = text(v.transferredFrom, HISTORY_TEXT_CAPS.transferredFrom, true);
  const startedAt = time(v.startedAt, false);
  const answeredAt = time(v.answeredAt, true);
  const endedAt = time(v.endedAt, true);
  const ringMs = time(v.ringMs, true);
  const talkMs = time(v.talkMs, true);
  if (
    !stateReason.ok ||
    !callerName.ok ||
    !callerNumber.ok ||
    !did.ok ||
    !extension.ok ||
    !answeredBy.ok ||
    !transferredFrom.ok ||
    !startedAt.ok ||
    !answeredAt.ok ||
    !endedAt.ok ||
    !ringMs.ok ||
    !talkMs.ok
  ) {
    return null;
  }
  return {
    id: id.value,
    direction: v.direction as HistoryDirection,
    state: v.state as HistoryFinalState,
    stateReason: stateReason.value,
    internal: v.internal,
    callerName: callerName.value,
    callerNumber: callerNumber.value,
    did: did.value,
    extension: extension.value,
    answeredBy: answeredBy.value,
    transferredFrom: transferredFrom.value,
    startedAt: startedAt.value as number,
    answeredAt: answeredAt.value,
    endedAt: endedAt.value,
    ringMs: ringMs.value,
    talkMs: talkMs.value,
    popped: v.popped,
  };
}

/** One JSON Lines record, newline included. Key order is fixed so files diff well. */
export function historyLine(entry: HistoryEntry): string {
  return (
    JSON.stringify({
      id: entry.id,
      direction: entry.direction,
      state: entry.state,
      stateReason: entry.stateReason,
      internal: entry.internal,
      callerName: entry.callerName,
      callerNumber: entry.callerNumber,
      did: entry.did,
      extension: entry.extension,
      answeredBy: entry.answeredBy,
      transferredFrom: entry.transferredFrom,
      startedAt: entry.startedAt,
      answeredAt: entry.answeredAt,
      endedAt: entry.endedAt,
      ringMs: entry.ringMs,
      talkMs: entry.talkMs,
      popped: entry.popped,
    }) + '\n'
  );
}
