/**
 * The windows main created: only their webContents may call IPC, and only they get state pushes.
 */

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
  add(window: RegisteredWindow): void;
  hasContents(id: number): boolean;
  contents(): readonly RegisteredContents[];
}

export function createWindowRegistry(): WindowRegistry {
  const byId = new Map<number, RegisteredContents>();
  return {
    add(window) {
      const contents = window.webContents;
      const id = contents.id;
      byId.set(id, contents);
      window.once('closed', () => byId.delete(id));
    },
    hasContents: (id) => byId.has(id),
    contents: () => [...byId.values()].filter((c) => !c.isDestroyed()),
  };
}
