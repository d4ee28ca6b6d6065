import type { HistoryEntry } from '../../../src-main/storage/history-entry';

/** A finished call with plausible values; `n` makes it unique and orders it in time. */
export function sampleEntry(n: number, changes: Partial<HistoryEntry> = {}): HistoryEntry {
  const startedAt = 1_700_000_000_000 + n * 60_000;
  const missed = n % 5 === 0;
  return {
    id: `call-${n}`,
    direction: 'inbound',
    state: missed ? 'missed' : 'ended',
    stateReason: null,
    internal: false,
    callerName: `Caller ${n}`,
    callerNumber: `+44 20 7946 ${String(n % 10_000).padStart(4, '0')}`,
    did: '+442079460000',
    extension: '201',
    answeredBy: null,
    transferredFrom: null,
    startedAt,
    answeredAt: missed ? null : startedAt + 4_000,
    endedAt: startedAt + 64_000,
    ringMs: missed ? 64_000 : 4_000,
    talkMs: missed ? null : 60_000,
    popped: true,
    ...changes,
  };
}
