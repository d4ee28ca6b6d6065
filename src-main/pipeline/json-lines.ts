/**
 * The pipeline's events as JSON Lines, one object per line, for `watch` and anything that reads
 * it. Caller-ID text goes out exactly as received: no stripping, no capping beyond the decoder's.
 * Every character outside printable ASCII is written as a \u escape, so the line is safe on any
 * terminal (no raw ESC, C1 controls, bidi overrides or line separators) and parses back to the
 * very same strings.
 */
import type { CallChange, CallParty } from '../calls/types';
import type { SessionState } from '../session/states';

export interface ConnectionLine {
  readonly kind: 'connection';
  readonly state: SessionState['kind'];
  readonly code: string;
  readonly message: string;
}

export interface CallLine {
  readonly kind: 'call';
  readonly id: string;
  readonly change: CallChange['change'];
  readonly state: CallChange['call']['state'];
  readonly direction: CallChange['call']['direction'];
  readonly callerName: string | null;
  readonly callerNumber: string | null;
  readonly did: string | null;
  /** True on the one change where the call pops. */
  readonly pop: boolean;
  readonly popSuppressed: CallChange['call']['popSuppressed'];
  readonly internal: boolean;
  readonly extension: string | null;
  readonly calleeName: string | null;
  readonly calleeNumber: string | null;
  readonly answeredBy: CallParty | null;
  readonly transferredFrom: CallParty | null;
  readonly ringMs: number | null;
  readonly talkMs: number | null;
  /** Set when the state is `unknown`. */
  readonly reason: { readonly code: string; readonly message: string } | null;
  /**
   * Set while the state is `unknown` because the connection is lost (the call is still followed):
   * what it was when last seen. The catch-up after the reconnect resolves it.
   */
  readonly lastKnownState: CallChange['call']['lastKnownState'];
}

export function connectionLine(state: SessionState): ConnectionLine {
  return { kind: 'connection', state: state.kind, code: state.code, message: state.message };
}

export function callLine(change: CallChange): CallLine {
  const c = change.call;
  return {
    kind: 'call',
    id: c.id,
    change: change.change,
    state: c.state,
    direction: c.direction,
    callerName: c.callerName,
    callerNumber: c.callerNumber,
    did: c.did,
    pop: change.pop !== null,
    popSuppressed: c.popSuppressed,
    internal: c.internal,
    extension: c.extension,
    calleeName: c.calleeName,
    calleeNumber: c.calleeNumber,
    answeredBy: c.answeredBy,
    transferredFrom: c.transferredFrom,
    ringMs: c.ringMs,
    talkMs: c.talkMs,
    reason: c.unknownReason ? { code: c.unknownReason.code, message: c.unknownReason.message } : null,
    lastKnownState: c.lastKnownState,
  };
}

const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/g;

/** One line of JSON, newline included, in printable ASCII only. */
/** A configuration problem found after going live (e.g. an unknown user), in `watch`'s output. */
export interface WarningLine {
  readonly kind: 'warning';
  readonly code: string;
  readonly message: string;
  readonly name?: string;
  readonly problemCode?: string;
}

export function jsonLine(value: ConnectionLine | CallLine | WarningLine | object): string {
  // JSON.stringify already escapes quotes, backslashes and C0 controls; the rest is escaped here.
  // Outside strings the text is ASCII, so escaping the whole text changes only string contents.
  const text = JSON.stringify(value).replace(
    NOT_PRINTABLE_ASCII,
    (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'),
  );
  return text + '\n';
}
