/**
 * After every state push: the tray and the pop window are brought in line with the state, each
 * told only when what it shows changed. An urgent push (a new pop) brings in the pop window only;
 * the tray follows with the next paced push (state-publisher.ts).
 */
import type { AppState, CallView } from '../ipc/contract';
import type { ListenerPace } from './state-publisher';
import type { Settings } from '../storage/settings-schema';
import type { DesktopPorts, TrayView } from './ports';
import { trayView } from './tray-view';

/** How many ended calls the tray lists. */
export const TRAY_RECENT_CALLS = 5;

export interface ShellSyncOptions {
  readonly ports: Pick<DesktopPorts, 'tray' | 'popWindow'>;
  /** The newest ended calls, newest first. */
  readonly recentCalls: (limit: number, crm: Settings['crm']) => CallView[];
}

export class ShellSync {
  #lastTray = '';
  #lastPopWindow = '';

  constructor(private readonly o: ShellSyncOptions) {}

  pushed(state: AppState, pace: ListenerPace = 'paced'): void {
    // The pop window first: a caller is waiting on it, while the tray's menu (and the history it
    // reads for recent calls) can follow a moment later.
    const style = state.settings.popStyle;
    const windowPops = style === 'window' || style === 'both' ? state.pops : [];
    // The ring sound plays in the pop window's page: it must exist while ringing, shown or not.
    const ringing = state.ring !== null;
    const popText = JSON.stringify([windowPops, ringing]);
    if (popText !== this.#lastPopWindow) {
      this.#lastPopWindow = popText;
      this.o.ports.popWindow.update(windowPops, ringing);
    }
    if (pace === 'at-once') return;
    const recent = this.o.recentCalls(TRAY_RECENT_CALLS, state.settings.crm);
    const tray: TrayView = trayView({
      mode: state.mode,
      connection: state.connection,
      doNotDisturb: state.doNotDisturb,
      popsPaused: state.popsPaused,
      demoRunning: state.demo.running,
      startAtLogin: state.settings.startAtLogin,
      calls: [...state.liveCalls, ...recent],
      presence: state.presence,
      statusChoices: state.statusChoices,
      missed: state.missed.count,
      locale: state.locale,
    });
    const trayText = JSON.stringify(tray);
    if (trayText !== this.#lastTray) {
      this.#lastTray = trayText;
      this.o.ports.tray.update(tray);
    }
  }
}
