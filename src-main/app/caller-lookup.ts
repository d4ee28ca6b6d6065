/**
 * Who is calling, per call: the lookup chain (lookup/lookup-chain.ts) run once for each call's
 * remote party. The pop never waits for it: the card shows what the PBX sent until the answer
 * arrives, and takes it only within the budget (default 1.5 s; a name changing under the user's
 * eyes later would be worse than none). The history waits for the whole answer, so a lookup that
 * answers after the call ended (or after the budget) still names the caller in the history row.
 *
 * The CRM lookup plugs in through `crm` (a `CrmLookup`, or null when none is set up); the
 * phonebook is decided again on every view, so a contact added during a call shows at once.
 */
import type { CallRecord } from '../calls/types';
import type { Clock, TimerHandle } from '../common/clock';
import type { Logger } from '../common/log';
import { problemSaid } from '../i18n/english';
import type { LookupView } from '../ipc/contract';
import { decideLookup, type CrmAnswer, type CrmLookup, type LookupRequest } from '../lookup/lookup-chain';
import type { PhonebookIndex } from '../lookup/phonebook-index';
import type { LookupResult } from '../lookup/types';
import type { HistoryLookup } from '../storage/history-entry';
import { remoteOf } from './call-view';
import { displayName } from './display-text';

/** How long a card waits for a lookup before it keeps what the PBX sent. */
export const DEFAULT_LOOKUP_BUDGET_MS = 1_500;
/** How long an ended call's history entry waits, at most, for a lookup still asking. */
export const HISTORY_LOOKUP_WAIT_MS = 10_000;
/** Lookups remembered (live calls and the few ended ones whose card still shows). */
const REMEMBERED = 100;

export interface CallerLookupsOptions {
  readonly clock: Clock;
  readonly phonebook: () => PhonebookIndex | null;
  /** The CRM lookup slot: null when no CRM lookup is set up. */
  readonly crm: () => CrmLookup | null;
  readonly logger: Logger;
  /** An answer arrived, or the budget passed: the state must be pushed. */
  readonly changed: () => void;
  readonly budgetMs?: number;
  readonly historyWaitMs?: number;
}

interface Entry {
  readonly request: LookupRequest;
  /** The CRM's answer, once in (null: not asked, or not answered yet). */
  crm: CrmAnswer | null;
  asking: boolean;
  /** The budget passed before the CRM answered: the card stopped waiting and keeps what it shows. */
  late: boolean;
  budget: TimerHandle | null;
  /** Nothing more will come: the phonebook answered, no CRM was asked, or it answered. */
  done: boolean;
  readonly settled: Promise<void>;
}

export class CallerLookups {
  readonly #entries = new Map<string, Entry>();
  readonly #budgetMs: number;
  readonly #historyWaitMs: number;

  constructor(private readonly o: CallerLookupsOptions) {
    this.#budgetMs = Math.max(0, o.budgetMs ?? DEFAULT_LOOKUP_BUDGET_MS);
    this.#historyWaitMs = Math.max(0, o.historyWaitMs ?? HISTORY_LOOKUP_WAIT_MS);
  }

  /** Starts the lookup for a call the first time it is seen; later calls for the same id do nothing. */
  begin(call: CallRecord): void {
    if (this.#entries.has(call.id)) return;
    const remote = remoteOf(call);
    const request: LookupRequest = { number: remote.number, pbxName: remote.name };
    let resolve = (): void => {};
    const settled = new Promise<void>((r) => (resolve = r));
    const entry: Entry = {
      request,
      crm: null,
      asking: false,
      late: false,
      budget: null,
      done: false,
      settled,
    };
    const settle = (): void => {
      entry.done = true;
      resolve();
    };
    this.#remember(call.id, entry);
    const first = decideLookup(request, this.o.phonebook(), null);
    const crm = this.o.crm();
    const number = request.number?.trim() ?? '';
    if ((first.kind === 'found' && first.source === 'phonebook') || crm === null || number === '') {
      settle();
      return;
    }
    entry.asking = true;
    entry.budget = this.o.clock.setTimeout(() => {
      entry.budget = null;
      if (!entry.asking) return;
      entry.late = true;
      this.o.changed();
    }, this.#budgetMs);
    void crm(request.number ?? '')
      .catch((): CrmAnswer => ({
        kind: 'failed',
        problem: problemSaid('crm-lookup-failed', 'lookup.failed'),
      }))
      .then((answer) => {
        entry.crm = answer;
        entry.asking = false;
        if (entry.budget !== null) this.o.clock.clearTimeout(entry.budget);
        entry.budget = null;
        if (answer.kind === 'failed')
          this.o.logger.log('warn', 'CRM lookup failed.', { code: answer.problem.code });
        settle();
        if (!entry.late) this.o.changed();
      });
  }

  /** What the card shows; null for a call never begun (the caller then shows the caller ID). */
  view(callId: string): LookupView | null {
    const entry = this.#entries.get(callId);
    if (entry === undefined) return null;
    if (entry.asking && !entry.late) return { kind: 'pending' };
    return lookupView(decideLookup(entry.request, this.o.phonebook(), entry.late ? null : entry.crm));
  }

  /**
   * What the history keeps for an ended call: the looked-up name once the lookup settled (waiting
   * at most the history wait), or null when only the caller ID named the caller.
   */
  async forHistory(call: CallRecord): Promise<HistoryLookup | null> {
    this.begin(call);
    const entry = this.#entries.get(call.id);
    if (entry === undefined) return null;
    if (!entry.done) {
      let waited = (): void => {};
      const wait = new Promise<void>((resolve) => (waited = resolve));
      const timer = this.o.clock.setTimeout(() => waited(), this.#historyWaitMs);
      await Promise.race([entry.settled, wait]);
      this.o.clock.clearTimeout(timer);
    }
    const result = decideLookup(entry.request, this.o.phonebook(), entry.crm);
    if (result.kind !== 'found' || result.source === 'pbx') return null;
    return { source: result.source, name: result.name, company: result.company };
  }

  /** The pipeline went: nothing is waiting on the timers any more. */
  forget(): void {
    for (const entry of this.#entries.values()) {
      if (entry.budget !== null) this.o.clock.clearTimeout(entry.budget);
      entry.budget = null;
    }
  }

  #remember(callId: string, entry: Entry): void {
    this.#entries.set(callId, entry);
    // The oldest go first; live calls and the three cards are always among the newest.
    for (const old of this.#entries.keys()) {
      if (this.#entries.size <= REMEMBERED) break;
      const gone = this.#entries.get(old);
      if (gone?.budget) this.o.clock.clearTimeout(gone.budget);
      this.#entries.delete(old);
    }
  }
}

/** A lookup result as the screens show it (display-safe text). */
export function lookupView(result: LookupResult): LookupView {
  if (result.kind === 'none') return { kind: 'none' };
  return {
    kind: 'found',
    source: result.source,
    name: displayName(result.name),
    company: displayName(result.company),
  };
}
