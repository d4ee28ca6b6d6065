/**
 * The call history as the app uses it: ended calls appended, pages queried for the history
 * screen and the tray, clearing; and a version that rises with every change (a call, a block of
 * older calls read at start, a phonebook change that may rename callers), so the screens know to
 * query again.
 */
import type { CallRecord } from '../calls/types';
import type { Logger } from '../common/log';
import type { Answer, CallView, HistoryPage, HistoryQuery } from '../ipc/contract';
import type { HistoryEntry, HistoryLookup } from '../storage/history-entry';
import type { PhonebookIndex } from '../lookup/phonebook-index';
import { parseSearch } from '../storage/history-search';
import type { HistoryStore } from '../storage/history-store';
import type { Settings } from '../storage/settings-schema';
import { OK_NULL } from './answers';
import { historyEntryOf, viewOfEntry, type ViewNames } from './call-view';

/** What the missed-call keeper (missed-calls-keeper.ts) hears of the history. */
export interface HistoryWatcher {
  load(entries: readonly HistoryEntry[]): Promise<void>;
  /** Before an ended call is written: may add what it returned (an outbound call's `callsBack`). */
  annotate(entry: HistoryEntry): HistoryEntry;
  recorded(entry: HistoryEntry): void;
  cleared(): void;
  calledBackAt(id: string): number | null;
}

export interface CallHistoryOptions {
  readonly store: HistoryStore;
  readonly missed?: HistoryWatcher;
  readonly logger: Logger;
  readonly changed: () => void;
  /**
   * The phonebook as it is now: a caller it knows is named from it (as a new call would be), so a
   * contact added or edited after the call renames its rows. Absent: rows keep what was recorded.
   */
  readonly phonebook?: () => PhonebookIndex | null;
  /** Rises with every phonebook change; part of `version`, so the screens query again. */
  readonly phonebookVersion?: () => number;
}

export class CallHistory {
  #version = 0;
  /** The background read of older calls and what follows it; settled when there is none. */
  #olderRead: Promise<void> = Promise.resolve();

  constructor(private readonly o: CallHistoryOptions) {}

  get version(): number {
    return this.#version + (this.o.phonebookVersion?.() ?? 0);
  }

  /**
   * Opens the history with its newest calls and returns; older calls are read in the background,
   * each block a new version. The missed-call book is fed the whole history once it is read
   * (at once, for a history that fits in the first read).
   */
  async load(): Promise<void> {
    const opened = await this.o.store.open(() => {
      this.#version += 1;
      this.o.changed();
    });
    if (!opened.ok) {
      this.o.logger.log('warn', 'History could not be loaded.', { code: opened.error.code });
      await this.o.missed?.load([]);
      return;
    }
    if (this.o.store.readingOlder === null) {
      await this.#fullyRead();
      return;
    }
    this.#olderRead = this.#fullyRead().then(() => {
      this.#version += 1;
      this.o.changed();
    });
  }

  async #fullyRead(): Promise<void> {
    const history = await this.o.store.load();
    if (!history.ok)
      this.o.logger.log('warn', 'History could not be read whole.', { code: history.error.code });
    await this.o.missed?.load(this.o.store.all());
  }

  /** Stops reading, then waits for what the read was finishing (the missed-call book's seen file), so nothing writes after stop. */
  async close(): Promise<void> {
    await this.o.store.close();
    await this.#olderRead;
  }

  /**
   * An ended call joins the history (in the background: the live list does not wait for the disk),
   * with its looked-up name once the lookup settled (`lookup`, bounded by its own wait). An outbound
   * call names the missed calls it returned (the missed-call keeper decides just before it is written).
   */
  append(call: CallRecord, popped: boolean, lookup?: Promise<HistoryLookup | null>): void {
    void (lookup ?? Promise.resolve(null))
      .catch(() => null)
      .then((found) => {
        const plain = historyEntryOf(call, popped, found);
        const entry = this.o.missed ? this.o.missed.annotate(plain) : plain;
        return this.o.store.append(entry).then((appended) => ({ appended, entry }));
      })
      .then(({ appended, entry }) => {
        if (appended.ok) {
          this.#version += 1;
          this.o.missed?.recorded(entry);
        } else
          this.o.logger.log('warn', 'A call could not be added to the history.', {
            code: appended.error.code,
          });
        this.o.changed();
      });
  }

  query(query: HistoryQuery, crm: Settings['crm'], names?: ViewNames): Answer<HistoryPage> {
    const namedToday = this.#namedToday(query.search);
    const page = this.o.store.query({
      offset: query.offset,
      limit: query.limit,
      ...(query.search !== undefined ? { search: query.search } : {}),
      ...(namedToday ? { namedToday } : {}),
      ...(query.missedOnly !== undefined ? { missedOnly: query.missedOnly } : {}),
      withDays: true,
    });
    return {
      ok: true,
      value: {
        total: page.total,
        offset: page.offset,
        calls: page.entries.map((e) => this.#view(e, crm, names)),
        days: page.days,
        readingOlder: page.readingOlder,
      },
    };
  }

  /** The newest calls, newest first (the tray's recent calls). */
  recent(limit: number, crm: Settings['crm'], names?: ViewNames): CallView[] {
    return this.o.store.query({ limit }).entries.map((e) => this.#view(e, crm, names));
  }

  #view(entry: HistoryEntry, crm: Settings['crm'], names?: ViewNames): CallView {
    const view = viewOfEntry(this.#named(entry), crm, names);
    const calledBackAt = this.o.missed?.calledBackAt(entry.id) ?? null;
    return calledBackAt === null ? view : { ...view, calledBackAt };
  }

  /**
   * A name search also finds the calls whose rows the phonebook names with it today (a contact
   * added after the call): the search finds what the list shows. None for a number search.
   */
  #namedToday(search: string | undefined): ((callerNumber: string | null) => boolean) | null {
    const parsed = search === undefined ? null : parseSearch(search);
    if (parsed === null || parsed.digits !== null) return null;
    return this.o.phonebook?.()?.namesWith(parsed.text) ?? null;
  }

  /** The entry as the phonebook names its caller today (its recorded lookup when the phonebook does not know them). */
  #named(entry: HistoryEntry): HistoryEntry {
    const hit = this.o.phonebook?.()?.find(entry.callerNumber) ?? null;
    if (hit === null || (hit.contact.name === null && hit.contact.company === null)) return entry;
    return {
      ...entry,
      lookup: { source: 'phonebook', name: hit.contact.name, company: hit.contact.company },
    };
  }

  async clear(): Promise<Answer<null>> {
    const cleared = await this.o.store.clear();
    if (!cleared.ok) return { ok: false, error: cleared.error };
    this.#version += 1;
    this.o.missed?.cleared();
    this.o.changed();
    return OK_NULL;
  }
}
