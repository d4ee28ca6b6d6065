/**
 * One pop's life, in one place: shown (a card on the deck and/or a native notification), then
 * gone from the deck when the call stops ringing, is dismissed or is pushed off, its notification
 * withdrawn while it was still ringing; and whether the call was ever popped, which its history
 * entry keeps. Holds call ids only; the live calls themselves are elsewhere.
 */
import type { CallRecord } from '../calls/types';
import type { Settings } from '../storage/settings-schema';
import { PopDeck } from './pop-deck';
import { popNotice } from './pop-notice';
import type { Notifier } from './ports';

export class PopLifecycle {
  readonly #deck = new PopDeck();
  /** Calls a pop was shown for (live ones only; the history keeps the flag after). */
  readonly #popped = new Set<string>();
  /**
   * Calls with a native notification open. Each is withdrawn when its card leaves the deck (pushed
   * off, dismissed) or its call stops ringing, so there are never more notifications than cards.
   */
  readonly #notices = new Set<string>();

  constructor(private readonly notifier: Notifier) {}

  /** The pipeline asked for a pop; `held`: do-not-disturb switched on mid-call. */
  pop(call: CallRecord, style: Settings['popStyle'], held: boolean): void {
    // The tracker already held back pops under do-not-disturb; this covers a switch made mid-call.
    if (style === 'off' || held) return;
    this.#popped.add(call.id);
    const pushedOff = this.#deck.add(call.id);
    if (pushedOff !== null) this.#closeNotice(pushedOff);
    if (style === 'notification' || style === 'both') {
      this.notifier.show(popNotice(call));
      this.#notices.add(call.id);
    }
  }

  /** The call stopped ringing (answered here or elsewhere): its card and notification leave. */
  stoppedRinging(callId: string): void {
    this.#deck.remove(callId);
    this.#closeNotice(callId);
  }

  /** The call ended; returns whether it was popped (for its history entry). */
  ended(callId: string): boolean {
    this.stoppedRinging(callId);
    return this.#popped.delete(callId);
  }

  /** The user closed one card. */
  dismiss(callId: string): void {
    if (this.#deck.remove(callId)) this.#closeNotice(callId);
  }

  /** Every card and ringing notification goes (dismiss all, do-not-disturb, pops switched off). */
  clear(): void {
    for (const id of this.#deck.clear()) this.#closeNotice(id);
    for (const id of [...this.#notices]) this.#closeNotice(id);
  }

  /** The live calls went with their pipeline (`liveIds` in their order): forget every pop. */
  forget(liveIds: Iterable<string>): void {
    for (const id of liveIds) this.#closeNotice(id);
    for (const id of [...this.#notices]) this.#closeNotice(id);
    this.#deck.clear();
    this.#popped.clear();
  }

  wasPopped(callId: string): boolean {
    return this.#popped.has(callId);
  }

  /** The calls with a card showing, newest first. */
  showing(): readonly string[] {
    return this.#deck.ids();
  }

  #closeNotice(callId: string): void {
    if (this.#notices.delete(callId)) this.notifier.close(callId);
  }
}
