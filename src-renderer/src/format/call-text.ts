import type { CallView } from '../../../src-main/ipc/contract';
import type { Formats } from '../../../src-main/i18n/formats';
import type { Say } from '../../../src-main/i18n/translator';

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
export function sourceText(call: Caller, say: Say): string | null {
  const lookup = call.lookup;
  if (lookup.kind === 'found' && lookup.source === 'phonebook') return say('call.source.phonebook');
  if (lookup.kind === 'found' && lookup.source === 'crm') return say('call.source.crm');
  return call.callerName?.trim() ? say('call.source.callerId') : null;
}

/**
 * The caller's identity in display order: the name large when there is one, else the number.
 * `primaryIsNumber` and `secondary` (always a number) tell the card to lay them out as numbers.
 */
export function callerLines(
  call: Caller,
  say: Say,
): {
  primary: string;
  primaryIsNumber: boolean;
  secondary: string | null;
} {
  const name = shownName(call);
  const number = call.callerNumber?.trim() ? call.callerNumber : null;
  if (name) return { primary: name, primaryIsNumber: false, secondary: number };
  return { primary: number ?? say('call.unknownCaller'), primaryIsNumber: number !== null, secondary: null };
}

/** Where the call came in, as words and the dialled number (shown as a number), or that it is internal. */
export function lineParts(
  call: Pick<CallView, 'internal' | 'did'>,
  say: Say,
): {
  words: string;
  number: string | null;
} {
  if (call.internal) return { words: say('call.line.internal'), number: null };
  return call.did
    ? { words: say('call.line.dialled'), number: call.did }
    : { words: say('call.line.external'), number: null };
}

/** `lineParts` as one string (for text alternatives). */
export function lineText(call: Pick<CallView, 'internal' | 'did'>, say: Say): string {
  const { words, number } = lineParts(call, say);
  return number === null ? words : `${words} ${number}`;
}

/** The live state in words, e.g. "Ringing 0:12", "On the call 1:23" or "Answered elsewhere by Sam (4225)". */
export function stateText(call: CallView, now: number, say: Say, formats: Formats): string {
  switch (call.state) {
    case 'ringing':
      return say('call.state.ringingFor', {
        duration: formats.duration(Math.max(0, now - call.ringingSince)),
      });
    case 'answered':
      return say('call.state.onTheCallFor', {
        duration: formats.duration(Math.max(0, now - (call.answeredAt ?? call.ringingSince))),
      });
    case 'answered-elsewhere':
      return call.answeredBy
        ? say('call.state.answeredElsewhereBy', { who: call.answeredBy })
        : say('call.state.answeredElsewhere');
    case 'missed':
      return say('call.state.missed');
    case 'ended':
      return call.talkMs !== null ? say('call.state.callEnded') : say('call.state.ended');
    case 'unknown':
      // Live, the connection lost: short on the card; the full reason is the state line's tooltip.
      if (call.lastKnownState !== null) return say('call.state.connectionLost');
      return call.stateReason ?? say('call.state.unknownLong');
  }
}

/** Short label for the state icon's text alternative in the history list. */
export function stateLabel(call: Pick<CallView, 'state' | 'direction'>, say: Say): string {
  switch (call.state) {
    case 'ringing':
      return say('call.label.ringing');
    case 'answered':
      return call.direction === 'outbound' ? say('call.label.outgoingAnswered') : say('call.label.answered');
    case 'answered-elsewhere':
      return say('call.state.answeredElsewhere');
    case 'missed':
      return say('call.state.missed');
    case 'ended':
      return say('call.state.ended');
    case 'unknown':
      return say('call.label.unknown');
  }
}

/** What the screen reader says when a pop arrives. */
export function announcement(call: Caller, say: Say): string {
  const { primary, secondary } = callerLines(call, say);
  const company = companyOf(call);
  const from = company ? say('call.announce.nameOfCompany', { name: primary, company }) : primary;
  return secondary
    ? say('call.announce.incomingWithNumber', { from, number: secondary })
    : say('call.announce.incoming', { from });
}

/** What the screen reader says once when a lookup names a caller after the pop: the name, company and source. */
export function lookupAnnouncement(call: Caller, say: Say): string | null {
  if (call.lookup.kind !== 'found' || call.lookup.source === 'pbx') return null;
  const name = shownName(call);
  const company = companyOf(call);
  const who = [name, company].filter((part) => part !== null).join(', ');
  return who === '' ? null : say('call.announce.callerIs', { who, source: sourceText(call, say) ?? '' });
}
