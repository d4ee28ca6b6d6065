/**
 * One pop's life, in one place: shown (a card on the deck and/or a native notification); its
 * notification withdrawn when the call stops ringing; its card kept while the call is answered at
 * this desk (the CRM actions last as long as the call), then for a while after the call ends (the
 * `popAfterCall` setting, or until closed), while a call answered elsewhere, missed or lost shows
 * its outcome briefly; gone when dismissed or pushed off the deck. Also whether the call was ever
 * popped, which its history entry keeps. Holds call ids, and the final record of an ended call
 * whose card still shows; the live calls themselves are elsewhere.
 */
import type { CallRecord } from '../calls/types';
import type { Clock, TimerHandle } from '../common/clock';
import type { Say } from '../i18n/translator';
import type { Settings } from '../storage/settings-schema';
import { PopDeck } from './pop-deck';
import { popNotice } from './pop-notice';
import type { Notifier } from './ports';

/** How long a card answered elsewhere, missed or lost shows that outcome before it leaves. */
export const POP_OUTCOME_MS = 5_000;

export interface PopLifecycleOptions {
  readonly notifier: Notifier;
  readonly clock: Clock;
  readonly settings: () => Pick<Settings, 'popAfterCall'>;
  /** The dialled numbers' names, for the notification's words; left out, notifications say the number. */
  readonly names?: () => Pick<Settings, 'didLabels' | 'crm'>;
  /** A card left by itself (its time was up): the state must be pushed. */
  readonly changed: () => void;
  /** The chosen language's words, asked for when a notification is shown; left out, English. */
  readonly say?: () => Say;
  /** Default POP_OUTCOME_MS; tests shorten it. */
  readonly outcomeMs?: number;
}

interface Ended {
  readonly call: CallRecord;
  readonly timer: TimerHandle | null;
}

export class PopLifecycle {
  readonly #deck = new PopDeck();
  /** Calls a pop was shown for (live ones only; the history keeps the flag after). */
  readonly #popped = new Set<string>();
  /**
   * Calls with a native notification open. Each is withdrawn when its card leaves the deck (pushed
   * off, dismissed) or its call stops ringing, so there are never more notifications than cards.
   */
  readonly #notices = new Set<string>();
  /** Ended calls whose card still shows, with the timer that takes it away (none: until closed). */
  readonly #ended = new Map<string, Ended>();

  constructor(private readonly o: PopLifecycleOptions) {}

  /**
   * The pipeline asked for a pop; `held`: do-not-disturb switched on mid-call; `lookedUp`: the
   * caller's name from the phonebook, when known at once (the notification's title).
   */
  pop(call: CallRecord, style: Settings['popStyle'], held: boolean, lookedUp: string | null = null): void {
    // The tracker already held back pops under do-not-disturb; this covers a switch made mid-call.
    if (style === 'off' || held) return;
    this.#popped.add(call.id);
    const pushedOff = this.#deck.add(call.id);
    if (pushedOff !== null) this.#leave(pushedOff);
    if (style === 'notification' || style === 'both') {
      this.o.notifier.show(popNotice(call, lookedUp, this.o.names?.(), this.o.say?.()));
      this.#notices.add(call.id);
    }
  }

  /**
   * The call stopped ringing. Its notification goes (it said "ringing"); its card stays: answered
   * here it carries the CRM actions through the call, and any other way it ends with the call.
   */
  stoppedRinging(callId: string): void {
    this.#closeNotice(callId);
  }

  /**
   * The call ended (`call` is its final record); returns whether it was popped (for its history
   * entry). A card showing stays a while with the outcome: the settings' time after a call answered
   * here (or until closed), POP_OUTCOME_MS after any other end.
   */
  ended(call: CallRecord): boolean {
    this.#closeNotice(call.id);
    if (this.#deck.has(call.id)) {
      const answeredHere = call.state === 'ended' && call.answeredAt !== null;
      const after = this.o.settings().popAfterCall;
      const ms = answeredHere
        ? after === 'until-closed'
          ? null
          : after * 1000
        : (this.o.outcomeMs ?? POP_OUTCOME_MS);
      this.#cancelTimer(call.id);
      if (ms === 0) this.#deck.remove(call.id);
      else {
        const timer = ms === null ? null : this.o.clock.setTimeout(() => this.#expire(call.id), ms);
        this.#ended.set(call.id, { call, timer });
      }
    }
    return this.#popped.delete(call.id);
  }

  /** The user closed one card. */
  dismiss(callId: string): void {
    if (this.#deck.remove(callId)) this.#leave(callId);
  }

  /** Every card and notification goes (dismiss all, do-not-disturb, pops switched off). */
  clear(): void {
    for (const id of this.#deck.clear()) this.#leave(id);
    for (const id of [...this.#notices]) this.#closeNotice(id);
  }

  /** The live calls went with their pipeline (`liveIds` in their order): forget every pop. */
  forget(liveIds: Iterable<string>): void {
    for (const id of liveIds) this.#closeNotice(id);
    this.clear();
    this.#popped.clear();
  }

  wasPopped(callId: string): boolean {
    return this.#popped.has(callId);
  }

  /** The calls with a card showing, newest first. */
  showing(): readonly string[] {
    return this.#deck.ids();
  }

  /** The final record of an ended call whose card still shows. */
  endedCall(callId: string): CallRecord | undefined {
    return this.#ended.get(callId)?.call;
  }

  /** Ended calls whose card still shows, newest first (the shortcut's last resort). */
  endedShowing(): readonly CallRecord[] {
    return this.#deck.ids().flatMap((id) => this.#ended.get(id)?.call ?? []);
  }

  #expire(callId: string): void {
    this.#ended.delete(callId);
    this.#deck.remove(callId);
    this.o.changed();
  }

  /** A card left the deck: its notification and its timer go with it. */
  #leave(callId: string): void {
    this.#closeNotice(callId);
    this.#cancelTimer(callId);
    this.#ended.delete(callId);
  }

  #cancelTimer(callId: string): void {
    const timer = this.#ended.get(callId)?.timer;
    if (timer) this.o.clock.clearTimeout(timer);
  }

  #closeNotice(callId: string): void {
    if (this.#notices.delete(callId)) this.o.notifier.close(callId);
  }
}
