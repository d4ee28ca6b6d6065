/**
 * The calls that concern me right now, as the pipeline reports them: kept by id in the order they
 * first concerned me, popped through the pop lifecycle, opened in the CRM by themselves when the
 * template says so (once per call), and handed to the history when they end.
 */
import { mayBeRinging } from '../calls/call-status';
import type { CallChange, CallRecord } from '../calls/types';
import type { Logger } from '../common/log';
import type { CrmTemplate } from '../crm/types';
import type { Answer, CallView } from '../ipc/contract';
import type { Settings } from '../storage/settings-schema';
import { autoOpenOf, isAutoOpenMoment } from './auto-open';
import type { CallHistory } from './call-history';
import type { CallerLookups } from './caller-lookup';
import { crmOffer, ruleCallOfRecord, viewOfRecord, type ViewNames } from './call-view';
import type { PopLifecycle } from './pop-lifecycle';
import type { PushUrgency } from './state-publisher';

export interface LiveCallsOptions {
  readonly pops: PopLifecycle;
  readonly history: Pick<CallHistory, 'append'>;
  /** Who is calling: started when a call is first seen, kept with its history entry. */
  readonly lookups?: CallerLookups;
  readonly settings: () => Settings;
  /** Whether pops are held now (the app's switch or the followed iSymphony status). */
  readonly dndNow: () => boolean;
  readonly openRecord: (call: CallRecord, template: CrmTemplate) => Promise<Answer<null>>;
  readonly logger: Logger;
  /** `now` when a card appeared: the user is waiting to see it (see StatePublisher). */
  readonly changed: (urgency?: PushUrgency) => void;
}

export class LiveCalls {
  /** Live calls by id, in the order they first concerned me. */
  readonly #live = new Map<string, CallRecord>();
  readonly #autoOpened = new Set<string>();

  constructor(private readonly o: LiveCallsOptions) {}

  /** Read only, for the CRM actions. */
  get records(): ReadonlyMap<string, CallRecord> {
    return this.#live;
  }

  onCall(change: CallChange): void {
    const call = change.call;
    const before = this.#live.get(call.id);
    if (change.change === 'ended') {
      this.#live.delete(call.id);
      this.#autoOpened.delete(call.id);
      const popped = this.o.pops.ended(call);
      this.o.history.append(call, popped, this.o.lookups?.forHistory(call));
    } else {
      this.#live.set(call.id, call);
      // Before the pop, so a phonebook hit is on the card from its first frame.
      this.o.lookups?.begin(call);
      if (change.pop !== null) {
        const lookup = this.o.lookups?.view(call.id);
        const named = lookup?.kind === 'found' && lookup.source !== 'pbx' ? lookup.name : null;
        this.o.pops.pop(call, this.o.settings().popStyle, this.o.dndNow(), named);
      }
      // A notification leaves when its call stops ringing (answered here is an update; elsewhere, the end).
      // One whose state is unknown while the connection is lost stays, saying so, until it is resolved.
      if (before && mayBeRinging(before) && !mayBeRinging(call)) this.o.pops.stoppedRinging(call.id);
    }
    this.#maybeAutoOpen(change);
    this.o.changed(change.pop !== null && change.change !== 'ended' ? 'now' : 'soon');
  }

  /** The pipeline went; its live calls go with it (they belonged to that server). */
  forget(): void {
    this.o.lookups?.forget();
    this.o.pops.forget(this.#live.keys());
    this.#live.clear();
    this.#autoOpened.clear();
    this.o.changed();
  }

  /** Newest first, as the screens list them. */
  views(crm: Settings['crm'], names?: ViewNames): CallView[] {
    const views: CallView[] = [];
    for (const call of this.#live.values())
      views.push(
        viewOfRecord(call, crm, this.o.pops.wasPopped(call.id), this.o.lookups?.view(call.id), names),
      );
    return views.reverse();
  }

  #maybeAutoOpen(change: CallChange): void {
    const call = change.call;
    if (this.#autoOpened.has(call.id) || change.change === 'ended') return;
    const settings = this.o.settings();
    const template = crmOffer(settings.crm, ruleCallOfRecord(call)).default;
    if (!template) return;
    if (!isAutoOpenMoment(change, autoOpenOf(template, settings.autoOpenCrm))) return;
    this.#autoOpened.add(call.id);
    void this.o.openRecord(call, template).then((opened) => {
      if (!opened.ok) {
        this.o.logger.log('warn', 'The CRM record could not be opened by itself.', {
          code: opened.error.code,
        });
      }
    });
  }
}
