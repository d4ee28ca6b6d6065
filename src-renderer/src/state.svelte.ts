import type { AppState, CompanionApi } from '../../src-main/ipc/contract';
import { MainClock } from './lib/main-clock.svelte';

/** The main window's store: the latest state from main, and main's clock ticking each second. */
export class CompanionStore {
  state = $state<AppState | null>(null);
  readonly api: CompanionApi;
  readonly #clock = new MainClock();
  #unsubscribe: (() => void) | null = null;

  constructor(api: CompanionApi) {
    this.api = api;
  }

  get now(): number {
    return this.#clock.now;
  }

  /** Subscribes to state pushes, fetches the current state, and starts the one-second tick. */
  async start(): Promise<void> {
    this.#unsubscribe = this.api.onState((state) => this.#accept(state));
    this.#clock.start();
    const first = await this.api.getState();
    // A push may have arrived while getState was in flight; never go back to an older state.
    if (!this.state || this.state.now <= first.now) this.#accept(first);
  }

  stop(): void {
    this.#unsubscribe?.();
    this.#clock.stop();
  }

  #accept(state: AppState): void {
    this.state = state;
    this.#clock.set(state.now);
  }
}
