/**
 * Opening a call's CRM record and copying its number: find the call (live first, then the
 * history, since the renderer sends ids only), choose the template, build the link from the raw
 * record with the crm module and hand it to the URL opener.
 */
import type { CallRecord } from '../calls/types';
import type { Clock } from '../common/clock';
import type { Logger } from '../common/log';
import { buildLink } from '../crm/link';
import type { CrmTemplate, LinkCall, RuleCall } from '../crm/types';
import type { Answer } from '../ipc/contract';
import type { HistoryEntry } from '../storage/history-entry';
import { MAX_PAGE, type HistoryStore } from '../storage/history-store';
import type { Settings } from '../storage/settings-schema';
import { failSaid, OK_NULL } from './answers';
import { crmOffer, remoteOf, ruleCallOfEntry, ruleCallOfRecord } from './call-view';
import { shortcutTarget } from './auto-open';
import { copyableNumber } from './display-text';
import type { DesktopPorts } from './ports';

export interface CrmActionsOptions {
  /** The live calls by id (read only here). */
  readonly live: ReadonlyMap<string, CallRecord>;
  /** The final record of an ended call whose card still shows (before its history entry is written). */
  readonly ended: (callId: string) => CallRecord | undefined;
  /** Ended calls with a card showing (the shortcut's candidates beside the newest history entry). */
  readonly endedShowing: () => readonly CallRecord[];
  readonly clock: Clock;
  readonly history: Pick<HistoryStore, 'query'>;
  readonly settings: () => Settings;
  /** The iSymphony user links name as {username}: the demo user in demo mode, else the settings'. */
  readonly username: () => string | null;
  readonly urlOpener: DesktopPorts['urlOpener'];
  readonly clipboard: DesktopPorts['clipboard'];
  readonly logger: Logger;
}

export class CrmActions {
  constructor(private readonly o: CrmActionsOptions) {}

  /** A notification click, a tray or window click: the given template if offered, else the default. */
  async openCrm(callId: string, templateId?: string): Promise<Answer<null>> {
    const call = this.#findCall(callId);
    if (!call) return failSaid('call-not-found', 'action.callGone');
    const offer = crmOffer(this.o.settings().crm, call.rules);
    const template = templateId === undefined ? offer.default : offer.all.find((t) => t.id === templateId);
    if (!template) {
      return templateId === undefined
        ? failSaid('no-crm-template', 'action.noCrmTemplate')
        : failSaid('template-not-offered', 'action.templateNotOffered');
    }
    return this.#openLink(call.link, template);
  }

  /** The global shortcut: the newest ringing call, else the one I am on, else the one that just ended. */
  async openShortcutTarget(): Promise<Answer<null>> {
    const newestEntry = this.o.history.query({ offset: 0, limit: 1 }).entries;
    const target = shortcutTarget(
      this.o.live.values(),
      [...this.o.endedShowing(), ...newestEntry],
      this.o.clock.now(),
    );
    if (target === null) return failSaid('no-current-call', 'action.noCurrentCall');
    return this.openCrm(target);
  }

  /** Auto-open: a live call with the template already chosen. */
  openRecord(call: CallRecord, template: CrmTemplate): Promise<Answer<null>> {
    return this.#openLink(this.#linkCallOfRecord(call), template);
  }

  /** The raw number of the call's remote party (null: none sent); undefined when the call is not known. */
  remoteNumber(callId: string): string | null | undefined {
    const live = this.o.live.get(callId) ?? this.o.ended(callId);
    return live ? remoteOf(live).number : this.#findHistory(callId)?.callerNumber;
  }

  /** The raw name and number of the call's remote party; undefined when the call is not known. */
  remoteParty(callId: string): { readonly name: string | null; readonly number: string | null } | undefined {
    const live = this.o.live.get(callId) ?? this.o.ended(callId);
    if (live) return remoteOf(live);
    const entry = this.#findHistory(callId);
    return entry ? { name: entry.callerName, number: entry.callerNumber } : undefined;
  }

  copyNumber(callId: string): Answer<null> {
    const number = this.remoteNumber(callId);
    if (number === undefined) return failSaid('call-not-found', 'action.callGoneShort');
    // What the screens show, never the raw value: no line breaks, NUL, bidi controls or terminal escapes.
    const shown = copyableNumber(number);
    if (shown === null) return failSaid('no-number', 'action.noNumberToCopy');
    this.o.clipboard.writeText(shown);
    return OK_NULL;
  }

  async #openLink(call: LinkCall, template: CrmTemplate): Promise<Answer<null>> {
    const link = buildLink(template, call, { defaultCountry: this.o.settings().crm.defaultCountry });
    if (!link.ok) return { ok: false, error: link.error };
    const opened = await this.o.urlOpener.open(link.value);
    if (!opened.ok) return { ok: false, error: opened.error };
    this.o.logger.log('info', 'CRM record opened.', { template: template.id });
    return OK_NULL;
  }

  #linkCallOfRecord(call: CallRecord): LinkCall {
    const remote = remoteOf(call);
    return {
      number: remote.number,
      name: remote.name,
      did: call.did,
      extension: call.extension,
      username: this.o.username(),
      callId: call.id,
      time: call.ringingSince,
    };
  }

  #linkCallOfEntry(entry: HistoryEntry): LinkCall {
    return {
      number: entry.callerNumber,
      name: entry.callerName,
      did: entry.did,
      extension: entry.extension,
      username: this.o.username(),
      callId: entry.id,
      time: entry.startedAt,
    };
  }

  #findCall(callId: string): { link: LinkCall; rules: RuleCall } | null {
    const live = this.o.live.get(callId) ?? this.o.ended(callId);
    if (live) return { link: this.#linkCallOfRecord(live), rules: ruleCallOfRecord(live) };
    const entry = this.#findHistory(callId);
    return entry ? { link: this.#linkCallOfEntry(entry), rules: ruleCallOfEntry(entry) } : null;
  }

  #findHistory(callId: string): HistoryEntry | null {
    for (let offset = 0; ; offset += MAX_PAGE) {
      const page = this.o.history.query({ offset, limit: MAX_PAGE });
      const found = page.entries.find((e) => e.id === callId);
      if (found) return found;
      if (page.entries.length < MAX_PAGE) return null;
    }
  }
}
