/**
 * The TrayHost: one tray icon whose image, tooltip and menu follow the Companion's TrayView.
 * The menu is rebuilt only when the view changed (state pushes arrive many times a second).
 */
import type { Menu, MenuItemConstructorOptions, NativeImage } from 'electron';
import type { TrayHost, TrayIcon, TrayView } from '../app/ports';
import { trayMenuTemplate, type TrayActions } from './tray-menu';

export interface TrayLike {
  setImage(image: NativeImage): void;
  setToolTip(text: string): void;
  setContextMenu(menu: Menu | null): void;
  on(event: 'click', listener: () => void): unknown;
  destroy(): void;
}

export interface TrayHostOptions {
  readonly createTray: (image: NativeImage) => TrayLike;
  readonly buildMenu: (template: MenuItemConstructorOptions[]) => Menu;
  readonly icon: (kind: TrayIcon) => NativeImage;
  /** The coloured dot beside the user's status and each status in the Status submenu. */
  readonly statusDot?: (colour: string) => NativeImage;
  readonly actions: TrayActions;
  /** macOS opens the menu on click by itself; elsewhere a left click opens the window. */
  readonly platform: NodeJS.Platform;
}

export interface DisposableTrayHost extends TrayHost {
  destroy(): void;
}

export function createTrayHost(options: TrayHostOptions): DisposableTrayHost {
  const tray = options.createTray(options.icon('connecting'));
  tray.setToolTip('iSymphony Companion');
  if (options.platform !== 'darwin') tray.on('click', () => options.actions.openWindow());
  let shownIcon: TrayIcon = 'connecting';
  let shownView = '';
  return {
    update(view: TrayView) {
      const key = JSON.stringify(view);
      if (key === shownView) return;
      shownView = key;
      if (view.icon !== shownIcon) {
        tray.setImage(options.icon(view.icon));
        shownIcon = view.icon;
      }
      tray.setToolTip(view.tooltip);
      const menu = trayMenuTemplate(view, options.actions, {
        ...(options.statusDot ? { statusDot: options.statusDot } : {}),
      });
      tray.setContextMenu(options.buildMenu(menu));
    },
    destroy: () => tray.destroy(),
  };
}
