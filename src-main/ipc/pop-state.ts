/**
 * What the pop window's page shows, and nothing more: its cards, the ring, the theme, the language
 * and main's clock. Main derives it once per state push and sends it to the pop window only when
 * something in it changed (electron/ipc.ts); the page derives the same from its first `getState`.
 * The whole `AppState` (settings, history version, presence, the phonebook view…) is the main
 * window's; the pop page would only be woken to redo its cards with it.
 */
import type { AppState, CallView, LocaleView, RingView, Settings } from './views';

export interface PopState {
  /** Calls with a pop card showing, newest first (at most 3). */
  readonly pops: readonly CallView[];
  /** The ring sound playing now (the pop window plays it), or null for silence. */
  readonly ring: RingView | null;
  readonly theme: Settings['theme'];
  readonly locale: LocaleView;
  /** Main's clock when the state was taken (the page's timers run from it). */
  readonly now: number;
}

export function popStateOf(state: AppState): PopState {
  return {
    pops: state.pops,
    ring: state.ring,
    theme: state.settings.theme,
    locale: state.locale,
    now: state.now,
  };
}

/**
 * The pop state as text without its clock, to tell whether the page must hear of a push: main's
 * clock moves on every push, and the page's own tick keeps its timers going between them.
 */
export function popStateKey(state: PopState): string {
  return JSON.stringify([state.pops, state.ring, state.theme, state.locale]);
}
