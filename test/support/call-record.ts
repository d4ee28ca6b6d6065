/** One ringing inbound call for me, as the pipeline records it; tests override what they are about. */
import type { CallFields, CallRecord, KnownCallStatus } from '../../src-main/calls/types';

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
