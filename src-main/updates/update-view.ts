/**
 * What the tray says about updates: an optional line of state and one menu item, as data.
 */
import type { UpdateState } from './update-controller';

export type UpdateAction = 'check' | 'install' | null;

export interface UpdateMenuView {
  /** A disabled line above the item (e.g. why the last check failed); null for none. */
  readonly status: string | null;
  readonly label: string;
  readonly enabled: boolean;
  /** What a click does. */
  readonly action: UpdateAction;
}

const CHECK = { label: 'Check for updates…', enabled: true, action: 'check' } as const;

export function updateMenuView(state: UpdateState, currentVersion: string): UpdateMenuView {
  switch (state.kind) {
    case 'idle':
      return { status: null, ...CHECK };
    case 'checking':
      return { status: null, label: 'Checking for updates…', enabled: false, action: null };
    case 'up-to-date':
      return { status: `Up to date (version ${currentVersion})`, ...CHECK };
    case 'downloading':
      return {
        status: null,
        label: `Downloading update ${state.version}…`,
        enabled: false,
        action: null,
      };
    case 'ready':
      return state.installWaiting
        ? {
            status: `Update ${state.version} installs when the call ends`,
            label: 'Restart to update',
            enabled: false,
            action: null,
          }
        : {
            status: `Update ${state.version} is ready; it installs when you quit`,
            label: 'Restart to update',
            enabled: true,
            action: 'install',
          };
    case 'failed':
      return {
        status:
          state.problem.code === 'unavailable'
            ? state.problem.message
            : `Update check failed: ${state.problem.message}`,
        ...CHECK,
      };
  }
}
