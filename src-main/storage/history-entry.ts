/**
 * One finished call as the history keeps it: what the pop showed and how the call ended. The app
 * maps call records to entries; this module only knows the line format. Caller-ID text is typed by
 * whoever calls, so every string is capped on the way in and checked again on the way back out.
 */
export type HistoryDirection = 'inbound' | 'outbound';

/** `answered` is kept for a call that was still connected when the app stopped tracking it. */
export type HistoryFinalState = 'missed' | 'answered' | 'answered-elsewhere' | 'ended' | 'unknown';

/** Who is on a call, as the live view and the history both keep it. Caller-ID text: untrusted, capped. */
export interface CallParties {
  readonly internal: boolean;
  readonly callerName: string | null;
  readonly callerNumber: string | null;
  readonly did: string | null;
  readonly extension: string | null;
  readonly answeredBy: string | null;
  readonly transferredFrom: string | null;
}

/** Who the lookup chain named as the caller (phonebook or CRM), kept with the call. Untrusted text, capped. */
export interface HistoryLookup {
  readonly source: 'phonebook' | 'crm';
  readonly name: string | null;
  readonly company: string | null;
}

export interface HistoryEntry extends CallParties {
  readonly id: string;
  readonly direction: HistoryDirection;
  readonly state: HistoryFinalState;
  /** Why the state is `unknown`, in words; else null. */
  readonly stateReason: string | null;
  /** Epoch ms. */
  readonly startedAt: number;
  readonly answeredAt: number | null;
  readonly endedAt: number | null;
  readonly ringMs: number | null;
  readonly talkMs: number | null;
  /** Whether a pop was shown for it. */
  readonly popped: boolean;
  /** The looked-up caller; absent or null when only the caller ID named them (and in files written before lookups). */
  readonly lookup?: HistoryLookup | null;
  /**
   * Outbound calls only: the ids of the missed calls this call returned, decided when it was
   * recorded (app/missed-calls.ts). Absent in files written before it, and when it returned none.
   */
  readonly callsBack?: readonly string[];
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
  lookupName: 256,
} as const;

/** How many missed calls one outbound call may say it returned (more are dropped, oldest last). */
export const MAX_CALLS_BACK = 20;

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

function isText(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isTimeOrNull(value: unknown): value is number | null {
  return value === null || isTime(value);
}

function capped(value: string | null, max: number): string | null {
  return value === null ? null : capText(value, max);
}

/** A kept lookup, or null: a missing or malformed one (an older or hand-edited file) costs the name, never the call. */
function toHistoryLookup(value: unknown): HistoryLookup | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const { source, name, company } = value as Record<string, unknown>;
  if (source !== 'phonebook' && source !== 'crm') return null;
  if (!isText(name) || !isText(company) || (name === null && company === null)) return null;
  return {
    source,
    name: capped(name, HISTORY_TEXT_CAPS.lookupName),
    company: capped(company, HISTORY_TEXT_CAPS.lookupName),
  };
}

/**
 * Checks one parsed line (or an entry handed in by the app) and returns a capped copy, or null
 * when it is not an entry. Unknown extra keys are dropped. Never throws. Written out by hand
 * (no schema library, no per-field wrappers) because a full history runs it 50,000 times at start.
 */
export function toHistoryEntry(value: unknown): HistoryEntry | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  const { id, direction, state, internal, popped } = v;
  if (typeof id !== 'string' || id.length === 0) return null;
  if (typeof direction !== 'string' || !DIRECTIONS.has(direction)) return null;
  if (typeof state !== 'string' || !STATES.has(state)) return null;
  if (typeof internal !== 'boolean' || typeof popped !== 'boolean') return null;
  const { stateReason, callerName, callerNumber, did, extension, answeredBy, transferredFrom } = v;
  if (
    !isText(stateReason) ||
    !isText(callerName) ||
    !isText(callerNumber) ||
    !isText(did) ||
    !isText(extension) ||
    !isText(answeredBy) ||
    !isText(transferredFrom)
  ) {
    return null;
  }
  const { startedAt, answeredAt, endedAt, ringMs, talkMs } = v;
  const lookup = toHistoryLookup(v.lookup);
  if (!isTime(startedAt) || !isTimeOrNull(answeredAt) || !isTimeOrNull(endedAt)) return null;
  if (!isTimeOrNull(ringMs) || !isTimeOrNull(talkMs)) return null;
  const callsBack = callsBackOf(v.callsBack, direction);
  return {
    id: capText(id, HISTORY_TEXT_CAPS.id),
    direction: direction as HistoryDirection,
    state: state as HistoryFinalState,
    stateReason: capped(stateReason, HISTORY_TEXT_CAPS.stateReason),
    internal,
    callerName: capped(callerName, HISTORY_TEXT_CAPS.callerName),
    callerNumber: capped(callerNumber, HISTORY_TEXT_CAPS.callerNumber),
    did: capped(did, HISTORY_TEXT_CAPS.did),
    extension: capped(extension, HISTORY_TEXT_CAPS.extension),
    answeredBy: capped(answeredBy, HISTORY_TEXT_CAPS.answeredBy),
    transferredFrom: capped(transferredFrom, HISTORY_TEXT_CAPS.transferredFrom),
    startedAt,
    answeredAt,
    endedAt,
    ringMs,
    talkMs,
    popped,
    ...(lookup !== null ? { lookup } : {}),
    ...(callsBack ? { callsBack } : {}),
  };
}

/** The returned missed calls' ids, capped; anything else (or none) is left out rather than refusing the call. */
function callsBackOf(value: unknown, direction: string): readonly string[] | null {
  if (direction !== 'outbound' || !Array.isArray(value)) return null;
  const ids: string[] = [];
  for (const id of value) {
    if (ids.length === MAX_CALLS_BACK) break;
    if (typeof id === 'string' && id.length > 0) ids.push(capText(id, HISTORY_TEXT_CAPS.id));
  }
  return ids.length > 0 ? ids : null;
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
      // Only when a lookup named the caller: other lines stay as older versions wrote them.
      ...(entry.lookup ? { lookup: entry.lookup } : {}),
      // Left out when empty, so the lines of most calls stay as they were.
      ...(entry.callsBack && entry.callsBack.length > 0 ? { callsBack: entry.callsBack } : {}),
    }) + '\n'
  );
}
