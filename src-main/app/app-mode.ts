/**
 * The app's mode as one value: first run (the user has not chosen yet), the built-in demo, or the
 * user's own server. Pure: the transitions the user's choices make, and what the connection should
 * be for each mode. The Companion saves the settings first and moves to the new mode only once the
 * save succeeded.
 */
import type { AppState } from '../ipc/contract';

export type AppMode =
  /**
   * First run. `demoWanted`: the built-in demo runs meanwhile (it does from the start);
   * `serverChosen`: "connect to my server" was chosen, so saving the settings switches to server mode.
   */
  | { readonly kind: 'setup'; readonly demoWanted: boolean; readonly serverChosen: boolean }
  /** `demoWanted` is false only after "stop demo" whose switch to server mode could not be saved. */
  | { readonly kind: 'demo'; readonly demoWanted: boolean }
  | { readonly kind: 'server' };

export type SavedMode = 'demo' | 'server';

/** What the connection should be in a mode. */
export type WantedConnection = 'server' | 'demo' | 'none';

export const SETUP: AppMode = Object.freeze({ kind: 'setup', demoWanted: true, serverChosen: false });
export const DEMO: AppMode = Object.freeze({ kind: 'demo', demoWanted: true });
export const SERVER: AppMode = Object.freeze({ kind: 'server' });

/** At start: a first run sets up (with the demo running), else the saved mode. */
export function initialMode(firstRun: boolean, saved: SavedMode): AppMode {
  if (firstRun) return SETUP;
  return saved === 'demo' ? DEMO : SERVER;
}

export function modeName(mode: AppMode): AppState['mode'] {
  return mode.kind;
}

export function wantedConnection(mode: AppMode): WantedConnection {
  if (mode.kind === 'server') return 'server';
  return mode.demoWanted ? 'demo' : 'none';
}

/** The mode a settings save writes: in first run after "connect to my server", server mode. */
export function modeToSave(mode: AppMode, requested: SavedMode): SavedMode {
  return mode.kind === 'setup' && mode.serverChosen ? 'server' : requested;
}

/** After settings were saved with `saved` as their mode. */
export function afterSettingsSaved(mode: AppMode, saved: SavedMode): AppMode {
  if (saved === 'server') return SERVER;
  // Saved into demo mode: from first run or server mode the demo runs; in demo mode it stays as it was.
  return mode.kind === 'demo' ? mode : DEMO;
}

/** "Connect to my server" in first run: the demo keeps running until the settings are saved. */
export function serverChosenInSetup(mode: AppMode): AppMode {
  return mode.kind === 'setup' ? { ...mode, serverChosen: true } : mode;
}

/** "Start demo" / "Stop demo" in a mode that stays (first run, or demo mode whose save failed). */
export function withDemoWanted(mode: AppMode, demoWanted: boolean): AppMode {
  return mode.kind === 'server' ? mode : { ...mode, demoWanted };
}
