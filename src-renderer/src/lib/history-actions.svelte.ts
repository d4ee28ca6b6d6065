import type { CallView, DialView, Problem } from '../../../src-main/ipc/contract';
import type { RowHandlers } from '../components/HistoryRow.svelte';
import type { CompanionStore } from '../state.svelte';
import { said, type Said } from './i18n.svelte';

const COPIED_MS = 2_000;

/**
 * What the history's rows do, by call id in main, and what the screen then says: the refusal,
 * a short notice for screen readers, which way a call back went, and which row's number was
 * just copied (for a moment, beside the menu it was chosen from).
 */
export class HistoryActions {
  problem = $state<Problem | null>(null);
  /** For screen readers, said in the language chosen when it shows. */
  notice = $state.raw<Said | null>(null);
  /**
   * Which way the call back went (the PBX, or the phone app through tel:), said where it can be
   * seen; kept as main's answer so its sentence follows a change of language.
   */
  dialled = $state<DialView | null>(null);
  copiedId = $state<string | null>(null);
  readonly handlers: RowHandlers;
  readonly #store: CompanionStore;
  #copiedTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(store: CompanionStore) {
    this.#store = store;
    this.handlers = {
      onopencrm: (call) => void this.#openCrm(call),
      oncopy: (call) => void this.#copy(call),
      oncallback: (call) => void this.#callBack(call),
      onaddcontact: (call) => void this.#addContact(call),
    };
  }

  async clear(): Promise<void> {
    const answer = await this.#store.api.clearHistory();
    this.problem = answer.ok ? null : answer.error;
    this.notice = answer.ok ? said('history.cleared') : null;
  }

  async #openCrm(call: CallView): Promise<void> {
    const answer = await this.#store.api.openCrm({ callId: call.id });
    this.problem = answer.ok ? null : answer.error;
  }

  async #copy(call: CallView): Promise<void> {
    const answer = await this.#store.api.copyNumber({ callId: call.id });
    this.problem = answer.ok ? null : answer.error;
    this.notice = answer.ok ? said('history.numberCopied') : null;
    clearTimeout(this.#copiedTimer);
    this.copiedId = answer.ok ? call.id : null;
    if (answer.ok) this.#copiedTimer = setTimeout(() => (this.copiedId = null), COPIED_MS);
  }

  async #callBack(call: CallView): Promise<void> {
    const answer = await this.#store.api.callBack({ callId: call.id });
    this.problem = answer.ok ? null : answer.error;
    this.dialled = answer.ok ? answer.value : null;
  }

  /** "Add to phonebook": main takes the number and name from the call; the row then says "from phonebook". */
  async #addContact(call: CallView): Promise<void> {
    const answer = await this.#store.api.addCallerToPhonebook({ callId: call.id });
    this.problem = answer.ok ? null : answer.error;
    this.notice = answer.ok ? said('history.addedToPhonebook') : null;
  }
}
