/**
 * Maps the call model (live records, history entries) to what the screens see (`CallView`) and what
 * the history keeps (`HistoryEntry`). Caller-ID text reaches a view only through display-text.ts;
 * the raw values stay in the records, where the CRM link builder and the clipboard read them.
 */
import type { CallParty, CallRecord } from '../calls/types';
import { chooseTemplates } from '../crm/rules';
import { formattedNumber, labelOfDid, type DidLabel } from '../crm/shown-number';
import type { CrmSettings, CrmTemplate, RuleCall } from '../crm/types';
import type { CallView, CrmChoice, LookupView } from '../ipc/contract';
import type { HistoryEntry, HistoryLookup } from '../storage/history-entry';
import { displayName, displayNumber, numberIsPlain } from './display-text';

/** What a view shows besides the call: the names of the dialled numbers (Settings → Your calls). */
export interface ViewNames {
  readonly didLabels: readonly DidLabel[];
}

const NO_NAMES: ViewNames = { didLabels: [] };

/**
 * The dialled number's name and the caller's number as the user's country writes it. Only a number
 * of digits and separators is reformatted: a marked one (letters, symbols) stays exactly as received.
 */
function shownParts(
  remoteNumber: string | null,
  did: string | null,
  crm: CrmSettings,
  names: ViewNames,
): Pick<CallView, 'didLabel' | 'callerNumberFormatted'> {
  const formatted =
    remoteNumber !== null && numberIsPlain(remoteNumber)
      ? displayNumber(formattedNumber(remoteNumber, crm.defaultCountry))
      : null;
  return {
    didLabel: displayName(labelOfDid(did, names.didLabels, crm.defaultCountry)),
    callerNumberFormatted: formatted !== null && formatted !== displayNumber(remoteNumber) ? formatted : null,
  };
}

/** A party as one line of raw text: its name, else its user name, else its extension. */
export function partyText(party: CallParty | null): string | null {
  if (party === null) return null;
  const name = party.name?.trim() ? party.name : null;
  return name ?? party.username ?? party.extension ?? null;
}

export interface CrmOffer {
  readonly default: CrmTemplate | null;
  readonly all: readonly CrmTemplate[];
}

/** The templates a call may open, the default first (the rules decide; see docs/crm-links.md). */
export function crmOffer(crm: CrmSettings, call: RuleCall): CrmOffer {
  const choice = chooseTemplates(crm.templates, call, { defaultCountry: crm.defaultCountry });
  return { default: choice.default, all: choice.default ? [choice.default, ...choice.alternatives] : [] };
}

function crmView(crm: CrmSettings, call: RuleCall): CallView['crm'] {
  const offer = crmOffer(crm, call);
  const options: CrmChoice[] = offer.all.map((t) => ({ id: t.id, label: t.label }));
  return { defaultId: offer.default?.id ?? null, options };
}

/**
 * The party at the other end: the caller of an inbound call, whom I called on an outbound one (the
 * record's caller fields are then me). Views, history, links and the clipboard all use this one.
 */
export function remoteOf(call: CallRecord): { readonly name: string | null; readonly number: string | null } {
  return call.direction === 'outbound'
    ? { name: call.calleeName, number: call.calleeNumber }
    : { name: call.callerName, number: call.callerNumber };
}

export function ruleCallOfRecord(call: CallRecord): RuleCall {
  return { number: remoteOf(call).number, did: call.did, internal: call.internal };
}

export function ruleCallOfEntry(entry: HistoryEntry): RuleCall {
  return { number: entry.callerNumber, did: entry.did, internal: entry.internal };
}

/** What a call shows without a looked-up name: the caller-ID name, if the PBX sent one. */
export function callerIdLookup(name: string | null): LookupView {
  const shown = displayName(name);
  return shown === null ? { kind: 'none' } : { kind: 'found', source: 'pbx', name: shown, company: null };
}

/**
 * A live (or just ended) call as the screens show it; `callerName`/`callerNumber` are the remote
 * party. `popped`: whether a pop was shown for it. `lookup`: what the lookup chain says so far
 * (caller-lookup.ts); the caller ID when left out.
 */
export function viewOfRecord(
  call: CallRecord,
  crm: CrmSettings,
  popped: boolean,
  lookup?: LookupView | null,
  names: ViewNames = NO_NAMES,
): CallView {
  const remote = remoteOf(call);
  return {
    id: call.id,
    direction: call.direction,
    state: call.state,
    stateReason: call.unknownReason?.message ?? null,
    lastKnownState: call.lastKnownState,
    internal: call.internal,
    callerName: displayName(remote.name),
    callerNumber: displayNumber(remote.number),
    did: displayNumber(call.did),
    extension: displayNumber(call.extension),
    answeredBy: displayName(partyText(call.answeredBy)),
    transferredFrom: displayName(partyText(call.transferredFrom)),
    ringingSince: call.ringingSince,
    answeredAt: call.answeredAt,
    endedAt: call.endedAt,
    ringMs: call.ringMs,
    talkMs: call.talkMs,
    popped,
    ...shownParts(remote.number, call.did, crm, names),
    crm: crmView(crm, ruleCallOfRecord(call)),
    lookup: lookup ?? callerIdLookup(remote.name),
  };
}

/** A history entry as the screens show it (entries hold raw text, capped by the store). */
export function viewOfEntry(entry: HistoryEntry, crm: CrmSettings, names: ViewNames = NO_NAMES): CallView {
  return {
    id: entry.id,
    direction: entry.direction,
    state: entry.state,
    stateReason: entry.stateReason,
    lastKnownState: null,
    internal: entry.internal,
    callerName: displayName(entry.callerName),
    callerNumber: displayNumber(entry.callerNumber),
    did: displayNumber(entry.did),
    extension: displayNumber(entry.extension),
    answeredBy: displayName(entry.answeredBy),
    transferredFrom: displayName(entry.transferredFrom),
    ringingSince: entry.startedAt,
    answeredAt: entry.answeredAt,
    endedAt: entry.endedAt,
    ringMs: entry.ringMs,
    talkMs: entry.talkMs,
    popped: entry.popped,
    ...shownParts(entry.callerNumber, entry.did, crm, names),
    crm: crmView(crm, ruleCallOfEntry(entry)),
    lookup: entry.lookup
      ? {
          kind: 'found',
          source: entry.lookup.source,
          name: displayName(entry.lookup.name),
          company: displayName(entry.lookup.company),
        }
      : callerIdLookup(entry.callerName),
  };
}

/**
 * A finished call for the history. A record still `ringing` (the app stopped following it) is kept
 * as `unknown`; one still `answered` stays `answered`, as the history format allows.
 */
export function historyEntryOf(
  call: CallRecord,
  popped: boolean,
  lookup: HistoryLookup | null = null,
): HistoryEntry {
  const remote = remoteOf(call);
  const state = call.state === 'ringing' ? 'unknown' : call.state;
  return {
    id: call.id,
    direction: call.direction,
    state,
    stateReason:
      call.unknownReason?.message ??
      (call.state === 'ringing' ? 'The app stopped following this call while it rang.' : null),
    internal: call.internal,
    callerName: remote.name,
    callerNumber: remote.number,
    did: call.did,
    extension: call.extension,
    answeredBy: partyText(call.answeredBy),
    transferredFrom: partyText(call.transferredFrom),
    startedAt: call.ringingSince,
    answeredAt: call.answeredAt,
    endedAt: call.endedAt,
    ringMs: call.ringMs,
    talkMs: call.talkMs,
    popped,
    ...(lookup !== null ? { lookup } : {}),
  };
}
