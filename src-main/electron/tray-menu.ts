/**
 * The tray menu as data: a pure function of what the Companion wants shown, so it is tested
 * without Electron and rebuilt only when the view changes.
 */
import type { MenuItemConstructorOptions, NativeImage } from 'electron';
import type { TrayView } from '../app/ports';
import type { PauseChoice, StatusType } from '../ipc/contract';
import { ENGLISH } from '../i18n/languages';
import { translatorFor } from '../i18n/translator';
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

/** Labels are caller-ID text: a leading "&" would become a Windows mnemonic, so ampersands are doubled. */
export function menuLabel(text: string): string {
  return text.replace(/&/g, '&&');
}

export function trayMenuTemplate(
  view: TrayView,
  actions: TrayActions,
  options: TrayMenuOptions = {},
): MenuItemConstructorOptions[] {
  // Said at each build, in the view's language: a language change changes the view, so the menu follows.
  const words = translatorFor(view.locale ?? ENGLISH);
  const say = words.t;
  const dot = (colour: string): { icon?: NativeImage } =>
    options.statusDot ? { icon: options.statusDot(colour) } : {};
  const recent: MenuItemConstructorOptions[] =
    view.recentCalls.length === 0
      ? [{ label: say('tray.noRecentCalls'), enabled: false }]
      : view.recentCalls.slice(0, 5).map((call) => ({
          label: menuLabel(call.label),
          submenu: [
            { label: say('tray.openCrm'), click: () => actions.openCrm(call.callId) },
            {
              label: say('tray.callBack'),
              enabled: call.canCallBack,
              click: () => actions.callBack(call.callId),
            },
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
      ? [{ label: say('tray.statusUnknown'), enabled: false }]
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
          ? [{ label: menuLabel(words.problem(options.update.view.status)), enabled: false }]
          : []),
        {
          label: say(options.update.view.label.key, options.update.view.label.values),
          enabled: options.update.view.enabled,
          click: options.update.onClick,
        },
      ]
    : [];
  const pause: MenuItemConstructorOptions[] = view.pausedLine
    ? [
        { label: menuLabel(view.pausedLine), enabled: false },
        { label: say('tray.resumePops'), click: () => actions.resumePops() },
      ]
    : [
        {
          label: say('tray.pausePops'),
          submenu: [
            { label: say('tray.pauseFor15Minutes'), click: () => actions.pausePops('15m') },
            { label: say('tray.pauseFor1Hour'), click: () => actions.pausePops('1h') },
            { label: say('tray.pauseUntilTomorrow'), click: () => actions.pausePops('tomorrow') },
          ],
        },
      ];
  return [
    ...status,
    { label: menuLabel(view.statusLine), enabled: false },
    { type: 'separator' },
    { label: say('tray.recentCalls'), enabled: false },
    ...recent,
    { type: 'separator' },
    { label: say('tray.status'), enabled: view.statusChoices.length > 0, submenu: choices },
    {
      label: say('tray.doNotDisturb'),
      type: 'checkbox',
      checked: view.doNotDisturb,
      click: () => actions.setDoNotDisturb(!view.doNotDisturb),
    },
    ...pause,
    { label: say('tray.openWindow'), click: () => actions.openWindow() },
    { label: say('tray.settings'), click: () => actions.openSettings() },
    {
      label: say('tray.startAtLogin'),
      type: 'checkbox',
      checked: view.startAtLogin,
      click: () => actions.setStartAtLogin(!view.startAtLogin),
    },
    ...update,
    { type: 'separator' },
    { label: say('tray.quit'), click: () => actions.quit() },
  ];
}
