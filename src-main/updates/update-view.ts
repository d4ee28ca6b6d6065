/**
 * What the tray says about updates: an optional line of state and one menu item, as data.
 */
import type { MessageKey } from '../i18n/catalogues';
import { english } from '../i18n/english';
import type { MessageRef } from '../i18n/message-ref';
import type { UpdateState } from './update-controller';

export type UpdateAction = 'check' | 'install' | null;

/** A line as English and as a catalogue message, said in the tray's language when the menu is built. */
export interface UpdateLine {
  readonly message: string;
  readonly text?: MessageRef;
}

export interface UpdateMenuView {
  /** A disabled line above the item (e.g. why the last check failed); null for none. */
  readonly status: UpdateLine | null;
  readonly label: MessageRef;
  readonly enabled: boolean;
  /** What a click does. */
  readonly action: UpdateAction;
}

const CHECK = { label: { key: 'update.check' }, enabled: true, action: 'check' } as const;

function line(key: MessageKey, values?: MessageRef['values']): UpdateLine {
  const text: MessageRef = values ? { key, values } : { key };
  return { message: english(key, values), text };
}

export function updateMenuView(state: UpdateState, currentVersion: string): UpdateMenuView {
  switch (state.kind) {
    case 'idle':
      return { status: null, ...CHECK };
    case 'checking':
      return { status: null, label: { key: 'update.checking' }, enabled: false, action: null };
    case 'up-to-date':
      return { status: line('update.upToDate', { version: currentVersion }), ...CHECK };
    case 'downloading':
      return {
        status: null,
        label: { key: 'update.downloading', values: { version: state.version } },
        enabled: false,
        action: null,
      };
    case 'ready':
      return state.installWaiting
        ? {
            status: line('update.installsAfterCall', { version: state.version }),
            label: { key: 'update.restart' },
            enabled: false,
            action: null,
          }
        : {
            status: line('update.readyOnQuit', { version: state.version }),
            label: { key: 'update.restart' },
            enabled: true,
            action: 'install',
          };
    case 'failed':
      return {
        status:
          state.problem.code === 'unavailable'
            ? state.problem
            : line('update.checkFailed', { reason: state.problem.text ?? state.problem.message }),
        ...CHECK,
      };
  }
}
