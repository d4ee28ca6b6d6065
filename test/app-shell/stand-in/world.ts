/** The stand-in's state in the app's process, shared by its modules and read by the driver. */
import type { StandInConfig } from './config';
import { ChromiumHost, SchemeBridge, SingleInstance, readConfig } from './harness';

export type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;

export interface Clickable {
  readonly label: string;
  readonly type: string;
  readonly enabled: boolean;
  readonly checked: boolean;
  readonly click: ((...args: unknown[]) => unknown) | null;
  readonly submenu: Clickable[] | null;
}

export interface WorldApp {
  emit(event: string, ...args: unknown[]): boolean;
}

export interface WorldWindow {
  readonly id: number;
  isDestroyed(): boolean;
}

class World {
  readonly config: StandInConfig = readConfig();
  /** Open resources before the app's own code ran, so quit can tell what the app left open. */
  readonly baseline: readonly string[] = process.getActiveResourcesInfo();
  readonly bridge = new SchemeBridge();
  readonly chromium = new ChromiumHost();
  readonly singleInstance = new SingleInstance();
  readonly ipcHandlers = new Map<string, IpcHandler>();
  readonly shortcuts = new Map<string, () => void>();
  focused: WorldWindow | null = null;
  /** Set by the app stand-in when it loads, so windows can emit app events. */
  app: WorldApp | null = null;
  online = true;
  /** The button every message box answers with; null: its cancel button, as Escape would. */
  messageBoxResponse: number | null = null;
  ready = false;
}

export const world = new World();
