/**
 * The windows main created, each with its name in the request table: only their webContents may
 * call IPC (each only the requests its window may send), and only they get state pushes.
 */
import type { WindowName } from '../../ipc/contract';

export interface RegisteredContents {
  readonly id: number;
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

export interface RegisteredWindow {
  readonly webContents: RegisteredContents;
  once(event: 'closed', listener: () => void): unknown;
}

export interface WindowRegistry {
  add(window: RegisteredWindow, name: WindowName): void;
  hasContents(id: number): boolean;
  /** Which window a webContents is, or null when main did not create it (or it closed). */
  windowOf(id: number): WindowName | null;
  contents(): readonly RegisteredContents[];
}

export function createWindowRegistry(): WindowRegistry {
  const byId = new Map<number, { contents: RegisteredContents; name: WindowName }>();
  return {
    add(window, name) {
      const contents = window.webContents;
      const id = contents.id;
      byId.set(id, { contents, name });
      window.once('closed', () => byId.delete(id));
    },
    hasContents: (id) => byId.has(id),
    windowOf: (id) => byId.get(id)?.name ?? null,
    contents: () => [...byId.values()].map((w) => w.contents).filter((c) => !c.isDestroyed()),
  };
}
