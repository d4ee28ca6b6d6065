import { popStateOf, type CompanionApi, type PopState } from '../../src-main/ipc/contract';
import { MainClock } from './lib/main-clock.svelte';

/**
 * The pop window's store: its part of main's state (`PopState`, pushed only when it changed) and
 * main's clock ticking each second (as the main window's store). The state is kept
 * as received, not made deeply reactive: it is only ever replaced whole. A card whose call did not
 * change keeps its object, so a push that adds a card does not redo the others.
 */
export class PopStore {
  state = $state.raw<PopState | null>(null);
  readonly api: CompanionApi;
  readonly #clock = new MainClock();
  #unsubscribe: (() => void) | null = null;
  /** Each card's call as last received, by id, with its text to compare the next push against. */
  // Plain memory, not reactive state: the cards read `state`, never this.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #calls = new Map<string, { text: string; call: PopState['pops'][number] }>();

  constructor(api: CompanionApi) {
    this.api = api;
  }

  get now(): number {
    return this.#clock.now;
  }

  /** Subscribes to the pop window's pushes, takes the current state, and starts the one-second tick. */
  async start(): Promise<void> {
    this.#unsubscribe = this.api.onPopState((state) => this.#accept(state));
    this.#clock.start();
    const first = popStateOf(await this.api.getState());
    // A push may have arrived while getState was in flight; never go back to an older state.
    if (!this.state || this.state.now <= first.now) this.#accept(first);
  }

  stop(): void {
    this.#unsubscribe?.();
    this.#clock.stop();
  }

  #accept(state: PopState): void {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const calls = new Map<string, { text: string; call: PopState['pops'][number] }>();
    const pops = state.pops.map((call) => {
      const text = JSON.stringify(call);
      const kept = this.#calls.get(call.id);
      const same = kept !== undefined && kept.text === text ? kept.call : call;
      calls.set(call.id, { text, call: same });
      return same;
    });
    this.#calls = calls;
    this.state = { ...state, pops };
    this.#clock.set(state.now);
  }
}
