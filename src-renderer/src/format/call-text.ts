import type { CallView } from '../../../src-main/ipc/contract';
import { formatDuration } from './duration';

type Caller = Pick<CallView, 'callerName' | 'callerNumber' | 'lookup'>;

/** The name to show: the looked-up one (phonebook, CRM) when there is one, else the caller-ID name. */
export function shownName(call: Caller): string | null {
  const lookup = call.lookup;
  const found = lookup.kind === 'found' && lookup.source !== 'pbx' ? lookup.name : null;
  return found?.trim() ? found : call.callerName?.trim() ? call.callerName : null;
}

/** The looked-up company, or null. */
export function companyOf(call: Caller): string | null {
  const lookup = call.lookup;
  return lookup.kind === 'found' && lookup.source !== 'pbx' && lookup.company?.trim() ? lookup.company : null;
}

/** Where the shown name came from, in words: "from phonebook", "from CRM", "caller ID"; null when nothing named the caller. */
export function sourceText(call: Caller): string | null {
  const lookup = call.lookup;
  if (lookup.kind === 'found' && lookup.source === 'phonebook') return 'from phonebook';
  if (lookup.kind === 'found' && lookup.source === 'crm') return 'from CRM';
  return call.callerName?.trim() ? 'caller ID' : null;
}

/**
 * The caller's identity in display order: the name large when there is one, else the number.
 * `primaryIsNumber` and `secondary` (always a number) tell the card to lay them out as numbers.
 */
export function callerLines(call: Caller): {
  primary: string;
  primaryIsNumber: boolean;
  secondary: string | null;
} {
  const name = shownName(call);
  const number = call.callerNumber?.trim() ? call.callerNumber : null;
  if (name) return { primary: name, primaryIsNumber: false, secondary: number };
  return { primary: number ?? 'Unknown caller', primaryIsNumber: number !== null, secondary: null };
}

/** Where the call came in, as words and the dialled number (shown as a number), or that it is internal. */
export function lineParts(call: Pick<CallView, 'internal' | 'did'>): {
  words: string;
  number: string | null;
} {
  if (call.internal) return { words: 'Internal call', number: null };
  return call.did ? { words: 'Dialled ', number: call.did } : { words: 'External call', number: null };
}

/** `lineParts` as one string (for text alternatives). */
export function lineText(call: Pick<CallView, 'internal' | 'did'>): string {
  const { words, number } = lineParts(call);
  return number === null ? words : `${words}${number}`;
}

/** The live state in words, e.g. "Ringing 0:12", "On the call 1:23" or "Answered elsewhere by Sam (4225)". */
export function stateText(call: CallView, now: number): string {
  switch (call.state) {
    case 'ringing':
      return `Ringing ${formatDuration(Math.max(0, now - call.ringingSince))}`;
    case 'answered':
      return `On the call ${formatDuration(Math.max(0, now - (call.answeredAt ?? call.ringingSince)))}`;
    case 'answered-elsewhere':
      return call.answeredBy ? `Answered elsewhere by ${call.answeredBy}` : 'Answered elsewhere';
    case 'missed':
      return 'Missed';
    case 'ended':
      return call.talkMs !== null ? 'Call ended' : 'Ended';
    case 'unknown':
      // Live, the connection lost: short on the card; the full reason is the state line's tooltip.
      if (call.lastKnownState !== null) return 'Connection lost: state unknown';
      return call.stateReason ?? 'State unknown';
  }
}

/** Short label for the state icon's text alternative in the history list. */
export function stateLabel(call: Pick<CallView, 'state' | 'direction'>): string {
  switch (call.state) {
    case 'ringing':
      return 'Ringing';
    case 'answered':
      return call.direction === 'outbound' ? 'Outgoing, answered' : 'Answered';
    case 'answered-elsewhere':
      return 'Answered elsewhere';
    case 'missed':
      return 'Missed';
    case 'ended':
      return 'Ended';
    case 'unknown':
      return 'Unknown';
  }
}

/** What the screen reader says when a pop arrives. */
export function announcement(call: Caller): string {
  const { primary, secondary } = callerLines(call);
  const company = companyOf(call);
  const from = company ? `${primary} of ${company}` : primary;
  return secondary ? `Incoming call from ${from}, ${secondary}` : `Incoming call from ${from}`;
}

/** What the screen reader says once when a lookup names a caller after the pop: the name, company and source. */
export function lookupAnnouncement(call: Caller): string | null {
  if (call.lookup.kind !== 'found' || call.lookup.source === 'pbx') return null;
  const name = shownName(call);
  const company = companyOf(call);
  const who = [name, company].filter((part) => part !== null).join(', ');
  return who === '' ? null : `Caller is ${who}, ${sourceText(call)}`;
}
