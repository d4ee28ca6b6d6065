/**
 * The tray menu as data: a pure function of what the Companion wants shown, so it is tested
 * without Electron and rebuilt only when the view changes.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { TrayView } from '../app/ports';

export interface TrayActions {
  openCrm(callId: string): void;
  setDoNotDisturb(enabled: boolean): void;
  openWindow(): void;
  openSettings(): void;
  setStartAtLogin(enabled: boolean): void;
  quit(): void;
}

/** Labels are caller-ID text: a leading "&" would become a Windows mnemonic, so ampersands are doubled. */
export function menuLabel(text: string): string {
  return text.replace(/&/g, '&&');
}

export function trayMenuTemplate(view: TrayView, actions: TrayActions): MenuItemConstructorOptions[] {
  const recent: MenuItemConstructorOptions[] =
    view.recentCalls.length === 0
      ? [{ label: 'No recent calls', enabled: false }]
      : view.recentCalls.slice(0, 5).map((call) => ({
          label: menuLabel(call.label),
          click: () => actions.openCrm(call.callId),
        }));
  return [
    { label: menuLabel(view.statusLine), enabled: false },
    { type: 'separator' },
    { label: 'Recent calls', enabled: false },
    ...recent,
    { type: 'separator' },
    {
      label: 'Do not disturb',
      type: 'checkbox',
      checked: view.doNotDisturb,
      click: () => actions.setDoNotDisturb(!view.doNotDisturb),
    },
    { label: 'Open iSymphony Companion', click: () => actions.openWindow() },
    { label: 'Settings…', click: () => actions.openSettings() },
    {
      label: 'Start at login',
      type: 'checkbox',
      checked: view.startAtLogin,
      click: () => actions.setStartAtLogin(!view.startAtLogin),
    },
    { type: 'separator' },
    { label: 'Quit', click: () => actions.quit() },
  ];
}
