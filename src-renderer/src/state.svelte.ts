import type { AppState, CompanionApi } from '../../src-main/ipc/contract';

/**
 * The renderer's one store: the latest state from main, and a clock that ticks each second.
 * Main's clock is the truth (tests drive it), so `now` is main's `state.now` plus the local time
 * that passed since that state arrived.
 */
export class CompanionStore {
  state = $state<AppState | null>(null);
  now = $state(0);
  readonly api: CompanionApi;
  #offset = 0;
  #tick: ReturnType<typeof setInterval> | null = null;
  #unsubscribe: (() => void) | null = null;

  constructor(api: CompanionApi) {
    this.api = api;
  }

  /** Subscribes to state pushes, fetches the current state, and starts the one-second tick. */
  async start(): Promise<void> {
    this.#unsubscribe = this.api.onState((state) => this.#accept(state));
    this.#tick = setInterval(() => (this.now = Date.now() + this.#offset), 1000);
    const first = await this.api.getState();
    // A push may have arrived while getState was in flight; never go back to an older state.
    if (!this.state || this.state.now <= first.now) this.#accept(first);
  }

  stop(): void {
    this.#unsubscribe?.();
    if (this.#tick) clearInterval(this.#tick);
  }

  #accept(state: AppState): void {
    this.#offset = state.now - Date.now();
    this.state = state;
    this.now = state.now;
  }
}
