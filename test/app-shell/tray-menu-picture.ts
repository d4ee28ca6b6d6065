/**
 * A picture of the tray menu as the running app built it. The native menu cannot be photographed
 * here (there is no desktop and no Electron binary), so the menu model the stand-in recorded is
 * drawn as a plain desktop menu: every item, separator, tick and submenu arrow the app asked for,
 * in its order, with one submenu opened beside it. The labels are the app's, set as text.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../support/renderer-harness';
import type { MenuItemView } from './stand-in/config';

const STYLE = `
  body { display: inline-block; margin: 0; padding: 12px; font: 13px/1.2 "Liberation Sans", Arial, sans-serif; background: #d9dde3; }
  .menus { display: flex; align-items: flex-start; gap: 2px; }
  ul { list-style: none; margin: 0; padding: 4px 0; min-width: 220px; background: #fff; color: #1d1d1f;
       border: 1px solid #b8bcc4; border-radius: 6px; box-shadow: 0 6px 18px rgba(0, 0, 0, 0.18); }
  li { display: flex; gap: 8px; padding: 4px 14px 4px 8px; white-space: nowrap; }
  li.disabled { color: #8a8d93; }
  li.open { background: #2f6fde; color: #fff; }
  li.separator { padding: 0; margin: 4px 0; border-top: 1px solid #e1e3e7; }
  .tick { width: 12px; text-align: center; }
  .label { flex: 1; }
  .arrow { padding-left: 16px; }
  .tray { display: flex; justify-content: flex-end; padding: 6px 10px; margin-bottom: 6px; background: #2b2e33; border-radius: 4px; }
  .tray img { width: 22px; height: 22px; }
`;

/** The menu and, beside it, the submenu of the item whose label `opened` names (if any). */
function drawInPage(payload: { menu: MenuItemView[]; opened: string | null; style: string; icon: string | null }): void {
  const style = document.createElement('style');
  style.textContent = payload.style;
  document.head.append(style);
  if (payload.icon !== null) {
    const tray = document.createElement('div');
    tray.className = 'tray';
    const img = document.createElement('img');
    img.src = payload.icon;
    img.alt = 'tray icon';
    tray.append(img);
    document.body.append(tray);
  }
  const menus = document.createElement('div');
  menus.className = 'menus';
  document.body.append(menus);
  const list = (items: MenuItemView[]): HTMLUListElement => {
    const ul = document.createElement('ul');
    for (const item of items) {
      const li = document.createElement('li');
      if (item.type === 'separator') {
        li.className = 'separator';
      } else {
        if (!item.enabled) li.classList.add('disabled');
        if (item.label === payload.opened && item.submenu) li.classList.add('open');
        const tick = document.createElement('span');
        tick.className = 'tick';
        tick.textContent = item.checked ? '✓' : '';
        const label = document.createElement('span');
        label.className = 'label';
        label.textContent = item.label;
        li.append(tick, label);
        if (item.submenu) {
          const arrow = document.createElement('span');
          arrow.className = 'arrow';
          arrow.textContent = '▸';
          li.append(arrow);
        }
      }
      ul.append(li);
    }
    return ul;
  };
  menus.append(list(payload.menu));
  const opened = payload.menu.find((item) => item.label === payload.opened)?.submenu;
  if (opened) {
    const sub = list(opened);
    const index = payload.menu.findIndex((item) => item.label === payload.opened);
    sub.style.marginTop = `${index * 22}px`;
    menus.append(sub);
  }
}

/** Writes the picture to `path`; `icon` is a data URL of the tray image, or null. */
export async function drawTrayMenu(
  path: string,
  menu: MenuItemView[],
  options: { readonly opened?: string; readonly icon?: string } = {},
): Promise<void> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 640, height: 200 }, deviceScaleFactor: 1 });
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.evaluate(drawInPage, {
      menu,
      opened: options.opened ?? null,
      style: STYLE,
      icon: options.icon ?? null,
    });
    const size = await page.evaluate(() => {
      const box = document.body.getBoundingClientRect();
      return { width: Math.ceil(box.width), height: Math.ceil(box.height) };
    });
    await page.setViewportSize(size);
    await page.screenshot({ path });
  } finally {
    await browser.close();
  }
}
