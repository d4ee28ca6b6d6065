/**
 * Missed calls in the running app: the book of missed-calls.ts fed from the history (at load and on
 * every recorded call), what was seen kept in missed-calls.json, the missed-call notifications
 * (setting `missedCallNotification`), and the `MissedView` of the state.
 */
import type { Logger } from '../common/log';
import type { Say } from '../i18n/translator';
import type { Answer, MissedView } from '../ipc/contract';
import type { HistoryEntry } from '../storage/history-entry';
import type { MissedSeenFile } from '../storage/missed-seen-file';
import type { Settings } from '../storage/settings-schema';
import { OK_NULL } from './answers';
import { viewOfEntry } from './call-view';
import { MISSED_LISTED, MissedCalls, endOf, isMissedCall, missedNotice } from './missed-calls';
import type { MissedNotifier } from './ports';

export interface MissedCallsKeeperOptions {
  readonly seenFile: MissedSeenFile;
  /** Absent: no notifications (the shell has none to offer). */
  readonly notifier: MissedNotifier | undefined;
  readonly settings: () => Settings;
  /** Do not disturb (the app's switch or the followed status): no notification then, the badge still counts. */
  readonly dndNow: () => boolean;
  readonly logger: Logger;
  readonly changed: () => void;
  /** The chosen language's words, asked for when a notification is shown; left out, English. */
  readonly say?: () => Say;
}

export class MissedCallsKeeper {
  #book = new MissedCalls();
  /** Calls whose missed-call notification may be showing. */
  readonly #notified = new Set<string>();
  #lastView: { unseen: readonly HistoryEntry[]; crm: Settings['crm']; view: MissedView } | null = null;

  constructor(private readonly o: MissedCallsKeeperOptions) {}

  /**
   * The history as loaded, oldest first. Without a seen file (the first start with this feature, or
   * a file that could not be read) everything already in the history counts as seen: an old history
   * must not greet the user with a badge of hundreds.
   */
  async load(entries: readonly HistoryEntry[]): Promise<void> {
    const stored = await this.o.seenFile.read();
    let seenThrough = stored;
    if (seenThrough === null) {
      seenThrough = 0;
      for (const entry of entries) if (isMissedCall(entry)) seenThrough = Math.max(seenThrough, endOf(entry));
      await this.o.seenFile.write(seenThrough);
    }
    const book = new MissedCalls(seenThrough);
    for (const entry of entries) book.add(entry);
    this.#book = book;
  }

  /** An ended call about to be recorded: an outbound one names the missed calls it returns. */
  annotate(entry: HistoryEntry): HistoryEntry {
    const settings = this.o.settings();
    const returned = this.#book.returnedBy(entry, {
      defaultCountry: settings.crm.defaultCountry,
      outsideLinePrefix: settings.outsideLinePrefix,
    });
    return returned.length > 0 ? { ...entry, callsBack: returned } : entry;
  }

  /** The call is in the history now. */
  recorded(entry: HistoryEntry): void {
    this.#book.add(entry);
    for (const id of entry.callsBack ?? []) this.#withdraw(id);
    if (isMissedCall(entry) && this.o.settings().missedCallNotification && !this.o.dndNow()) {
      if (this.o.notifier) {
        this.#notified.add(entry.id);
        this.o.notifier.showMissed(missedNotice(entry, this.o.say?.()));
      }
    }
    this.o.changed();
  }

  /** The history was cleared. */
  cleared(): void {
    this.#book.clear();
    for (const id of [...this.#notified]) this.#withdraw(id);
    this.o.changed();
  }

  /** The history showed the missed calls down to this one: they are seen, on disk too. */
  async markSeen(throughCallId: string): Promise<Answer<null>> {
    const seen = this.#book.markSeen(throughCallId);
    if (seen.length === 0) return OK_NULL;
    for (const entry of seen) this.#withdraw(entry.id);
    this.o.changed();
    await this.o.seenFile.write(this.#book.seenThrough);
    return OK_NULL;
  }

  calledBackAt(id: string): number | null {
    return this.#book.calledBackAt(id);
  }

  /** Built again only when the unseen calls or the CRM settings changed (the state is built on every push). */
  view(crm: Settings['crm']): MissedView {
    const unseen = this.#book.unseen();
    const last = this.#lastView;
    if (last && last.unseen === unseen && last.crm === crm) return last.view;
    const view: MissedView = {
      count: unseen.length,
      calls: unseen.slice(0, MISSED_LISTED).map((entry) => viewOfEntry(entry, crm)),
    };
    this.#lastView = { unseen, crm, view };
    return view;
  }

  #withdraw(id: string): void {
    if (this.#notified.delete(id)) this.o.notifier?.closeMissed(id);
  }
}
