/** One ringing inbound call for me, as the pipeline records it; tests override what they are about. */
import type { CallFields, CallRecord, KnownCallStatus } from '../../src-main/calls/types';
import type { CrmSettings, CrmTemplate } from '../../src-main/crm/types';

export const CALL_T0 = 1_700_000_000_000;

export function callRecord(
  overrides: Partial<CallFields> & Partial<KnownCallStatus> = {},
): CallRecord & KnownCallStatus {
  return {
    id: 'call-1',
    coreServerId: 'core-1',
    direction: 'inbound',
    state: 'ringing',
    unknownReason: null,
    lastKnownState: null,
    internal: false,
    callerName: 'Ada Lovelace',
    callerNumber: '+442079460018',
    calleeName: 'Me',
    calleeNumber: '4224',
    did: '+442079460000',
    extension: '4224',
    answeredBy: null,
    transferredFrom: null,
    ringingSince: CALL_T0,
    answeredAt: null,
    endedAt: null,
    ringMs: null,
    talkMs: null,
    pop: true,
    popSuppressed: null,
    ...overrides,
  } as CallRecord & KnownCallStatus;
}

/** A CRM link for the views' tests, opened never by itself; tests override what they are about. */
export function crmTemplate(overrides: Partial<CrmTemplate> = {}): CrmTemplate {
  return {
    id: 'main',
    label: 'Main CRM',
    url: 'https://crm.example.com/?q={number}',
    autoOpen: 'never',
    rules: {},
    ...overrides,
  };
}

/** Three CRM links: the default one, one for internal callers only, and tickets. */
export const THREE_CRMS: CrmSettings = {
  templates: [
    crmTemplate(),
    crmTemplate({ id: 'internal-only', label: 'Intranet', rules: { caller: 'internal' } }),
    crmTemplate({ id: 'any', label: 'Tickets' }),
  ],
  defaultCountry: 'GB',
};
