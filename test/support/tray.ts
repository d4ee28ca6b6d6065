/**
 * The tray for tests: actions that do nothing, and what the tray is given (the pure `trayView`'s
 * input, the host's view) for a live connection, each test overriding what it is about.
 */
import type { TrayView } from '../../src-main/app/ports';
import type { TrayInput } from '../../src-main/app/tray-view';
import type { TrayActions } from '../../src-main/electron/tray-menu';

export const noTrayActions: TrayActions = {
  openCrm: () => {},
  callBack: () => {},
  setDoNotDisturb: () => {},
  pausePops: () => {},
  resumePops: () => {},
  setStatus: () => {},
  openWindow: () => {},
  openSettings: () => {},
  setStartAtLogin: () => {},
  quit: () => {},
};

/** `trayView`'s input in server mode, live, nothing paused and no calls. */
export function trayInput(overrides: Partial<TrayInput> = {}): TrayInput {
  return {
    mode: 'server',
    connection: { state: 'live', code: 'live', message: 'Connected to pbx:58080.', since: 0 },
    doNotDisturb: false,
    demoRunning: false,
    startAtLogin: true,
    calls: [],
    ...overrides,
  };
}

/** What the tray host shows: connected, no calls, nothing missed. */
export function trayViewOf(overrides: Partial<TrayView> = {}): TrayView {
  return {
    icon: 'live',
    tooltip: 'iSymphony Companion: connected',
    statusLine: 'Connected to pbx.example.com',
    recentCalls: [],
    missed: 0,
    doNotDisturb: false,
    pausedLine: null,
    startAtLogin: false,
    demo: false,
    status: null,
    statusChoices: [],
    ...overrides,
  };
}
