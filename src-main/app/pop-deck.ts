/**
 * Which calls have a pop card showing: at most MAX_POPS, newest first. A new pop pushes the oldest
 * off the deck (it stays in the live list) rather than queueing it, so a card never comes back
 * later for a call the user has stopped looking at. Pure bookkeeping of call ids.
 */
export const MAX_POPS = 3;

export class PopDeck {
  #ids: string[] = [];

  constructor(private readonly max = MAX_POPS) {}

  /** Shows `callId` on top; returns the id pushed off the deck, if any. */
  add(callId: string): string | null {
    this.#ids = [callId, ...this.#ids.filter((id) => id !== callId)];
    return this.#ids.length > this.max ? (this.#ids.pop() ?? null) : null;
  }

  /** Whether it was showing. */
  remove(callId: string): boolean {
    const before = this.#ids.length;
    this.#ids = this.#ids.filter((id) => id !== callId);
    return this.#ids.length !== before;
  }

  /** Empties the deck; returns what was showing. */
  clear(): readonly string[] {
    const was = this.#ids;
    this.#ids = [];
    return was;
  }

  has(callId: string): boolean {
    return this.#ids.includes(callId);
  }

  /** Newest first. */
  ids(): readonly string[] {
    return this.#ids;
  }
}
