/**
 * The TrayHost: one tray icon whose image, tooltip and menu follow the Companion's TrayView.
 * The menu is rebuilt only when the view changed (state pushes arrive many times a second).
 */
import type { Menu, MenuItemConstructorOptions, NativeImage } from 'electron';
import type { TrayHost, TrayIcon, TrayView } from '../app/ports';
import { trayMenuTemplate, type TrayActions, type TrayMenuOptions } from './tray-menu';
import { PRODUCT_NAME } from './app-id';

export interface TrayLike {
  setImage(image: NativeImage): void;
  setToolTip(text: string): void;
  /** macOS: text beside the icon in the menu bar (the missed-call count). */
  setTitle(title: string): void;
  setContextMenu(menu: Menu | null): void;
  on(event: 'click', listener: () => void): unknown;
  destroy(): void;
}

export interface TrayHostOptions {
  readonly createTray: (image: NativeImage) => TrayLike;
  readonly buildMenu: (template: MenuItemConstructorOptions[]) => Menu;
  /** A state's image; `missed`: the one with the missed-call dot. */
  readonly icon: (kind: TrayIcon, missed?: boolean) => NativeImage;
  /** The coloured dot beside the user's status and each status in the Status submenu. */
  readonly statusDot?: (colour: string) => NativeImage;
  readonly actions: TrayActions;
  /** macOS opens the menu on click by itself; elsewhere a left click opens the window. */
  readonly platform: NodeJS.Platform;
}

export interface DisposableTrayHost extends TrayHost {
  /** The updates entry of the menu (src-main/updates); rebuilds the menu with the last view. */
  setUpdate(update: TrayMenuOptions['update']): void;
  destroy(): void;
}

export function createTrayHost(options: TrayHostOptions): DisposableTrayHost {
  const tray = options.createTray(options.icon('connecting'));
  tray.setToolTip(PRODUCT_NAME);
  if (options.platform !== 'darwin') tray.on('click', () => options.actions.openWindow());
  let shownIcon = 'connecting';
  let shownTitle = '';
  let shownView = '';
  let lastView: TrayView | null = null;
  let update: TrayMenuOptions['update'];
  const render = (view: TrayView) => {
    const menu = trayMenuTemplate(view, options.actions, {
      ...(options.statusDot ? { statusDot: options.statusDot } : {}),
      ...(update ? { update } : {}),
    });
    tray.setContextMenu(options.buildMenu(menu));
  };
  return {
    update(view: TrayView) {
      const key = JSON.stringify(view);
      if (key === shownView) return;
      shownView = key;
      lastView = view;
      const badged = view.missed > 0;
      const icon = `${view.icon}${badged ? '-missed' : ''}`;
      if (icon !== shownIcon) {
        tray.setImage(options.icon(view.icon, badged));
        shownIcon = icon;
      }
      // The menu bar is monochrome: the number beside the icon says what the dot cannot.
      const title = options.platform === 'darwin' && badged ? String(view.missed) : '';
      if (title !== shownTitle) {
        tray.setTitle(title);
        shownTitle = title;
      }
      tray.setToolTip(view.tooltip);
      render(view);
    },
    setUpdate(next) {
      update = next;
      if (lastView) render(lastView);
    },
    destroy: () => tray.destroy(),
  };
}
