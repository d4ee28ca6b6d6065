/**
 * The tray menu as data: a pure function of what the Companion wants shown, so it is tested
 * without Electron and rebuilt only when the view changes.
 */
import type { MenuItemConstructorOptions, NativeImage } from 'electron';
import type { TrayView } from '../app/ports';
import type { PauseChoice, StatusType } from '../ipc/contract';
import type { UpdateMenuView } from '../updates/update-view';

export interface TrayActions {
  openCrm(callId: string): void;
  /** "Call back" on a recent call: the call id only, through the same path as every Call back. */
  callBack(callId: string): void;
  setDoNotDisturb(enabled: boolean): void;
  /** "Pause pops" for 15 minutes, an hour, or until tomorrow; "Resume pops" ends it. */
  pausePops(choice: PauseChoice): void;
  resumePops(): void;
  /** One of the Status submenu's items: the type with its default name, no note, no return time. */
  setStatus(type: StatusType): void;
  openWindow(): void;
  openSettings(): void;
  setStartAtLogin(enabled: boolean): void;
  quit(): void;
}

export interface TrayMenuOptions {
  /** A small dot in a status type's colour, beside the words (never instead of them). */
  readonly statusDot?: (colour: string) => NativeImage;
  /** The updates line and item ("Check for updates…", "Restart to update"), and what a click does. */
  readonly update?: { readonly view: UpdateMenuView; readonly onClick: () => void };
}

/** Each recent call's submenu. */
export const OPEN_CRM_ITEM = 'Open CRM record';
export const CALL_BACK_ITEM = 'Call back';

/** Labels are caller-ID text: a leading "&" would become a Windows mnemonic, so ampersands are doubled. */
export function menuLabel(text: string): string {
  return text.replace(/&/g, '&&');
}

export function trayMenuTemplate(
  view: TrayView,
  actions: TrayActions,
  options: TrayMenuOptions = {},
): MenuItemConstructorOptions[] {
  const dot = (colour: string): { icon?: NativeImage } =>
    options.statusDot ? { icon: options.statusDot(colour) } : {};
  const recent: MenuItemConstructorOptions[] =
    view.recentCalls.length === 0
      ? [{ label: 'No recent calls', enabled: false }]
      : view.recentCalls.slice(0, 5).map((call) => ({
          label: menuLabel(call.label),
          submenu: [
            { label: OPEN_CRM_ITEM, click: () => actions.openCrm(call.callId) },
            { label: CALL_BACK_ITEM, enabled: call.canCallBack, click: () => actions.callBack(call.callId) },
          ],
        }));
  const status: MenuItemConstructorOptions[] = view.status
    ? [
        { label: menuLabel(view.status.label), enabled: false, ...dot(view.status.colour) },
        ...(view.status.problem ? [{ label: menuLabel(view.status.problem), enabled: false }] : []),
        { type: 'separator' },
      ]
    : [];
  const choices: MenuItemConstructorOptions[] =
    view.statusChoices.length === 0
      ? [{ label: 'Not known until connected', enabled: false }]
      : view.statusChoices.map((choice) => ({
          label: menuLabel(choice.label),
          type: 'radio',
          checked: choice.checked,
          ...dot(choice.colour),
          click: () => actions.setStatus(choice.type),
        }));
  const update: MenuItemConstructorOptions[] = options.update
    ? [
        ...(options.update.view.status
          ? [{ label: menuLabel(options.update.view.status), enabled: false }]
          : []),
        {
          label: options.update.view.label,
          enabled: options.update.view.enabled,
          click: options.update.onClick,
        },
      ]
    : [];
  const pause: MenuItemConstructorOptions[] = view.pausedLine
    ? [
        { label: menuLabel(view.pausedLine), enabled: false },
        { label: 'Resume pops', click: () => actions.resumePops() },
      ]
    : [
        {
          label: 'Pause pops',
          submenu: [
            { label: 'For 15 minutes', click: () => actions.pausePops('15m') },
            { label: 'For 1 hour', click: () => actions.pausePops('1h') },
            { label: 'Until tomorrow', click: () => actions.pausePops('tomorrow') },
          ],
        },
      ];
  return [
    ...status,
    { label: menuLabel(view.statusLine), enabled: false },
    { type: 'separator' },
    { label: 'Recent calls', enabled: false },
    ...recent,
    { type: 'separator' },
    { label: 'Status', enabled: view.statusChoices.length > 0, submenu: choices },
    {
      label: 'Do not disturb',
      type: 'checkbox',
      checked: view.doNotDisturb,
      click: () => actions.setDoNotDisturb(!view.doNotDisturb),
    },
    ...pause,
    { label: 'Open iSymphony Companion', click: () => actions.openWindow() },
    { label: 'Settings…', click: () => actions.openSettings() },
    {
      label: 'Start at login',
      type: 'checkbox',
      checked: view.startAtLogin,
      click: () => actions.setStartAtLogin(!view.startAtLogin),
    },
    ...update,
    { type: 'separator' },
    { label: 'Quit', click: () => actions.quit() },
  ];
}
