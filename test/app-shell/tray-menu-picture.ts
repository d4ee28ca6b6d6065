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

/** Text as HTML text: the labels are the app's, and a caller's name is a stranger's. */
const text = (value: string): string => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function listHtml(items: readonly MenuItemView[], opened: string | null): string {
  const rows = items.map((item) => {
    if (item.type === 'separator') return '<li class="separator"></li>';
    const classes = [!item.enabled && 'disabled', item.label === opened && item.submenu && 'open'].filter(
      Boolean,
    );
    return (
      `<li class="${classes.join(' ')}"><span class="tick">${item.checked ? '✓' : ''}</span>` +
      `<span class="label">${text(item.label)}</span>${item.submenu ? '<span class="arrow">▸</span>' : ''}</li>`
    );
  });
  return `<ul>${rows.join('')}</ul>`;
}

/** The menu and, beside it, the submenu of the item labelled `opened` (if any). */
function pageHtml(menu: readonly MenuItemView[], opened: string | null, icon: string | null): string {
  const index = menu.findIndex((item) => item.label === opened);
  const submenu = index >= 0 ? menu[index]?.submenu : null;
  return [
    `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>`,
    icon === null ? '' : `<div class="tray"><img alt="tray icon" src="${text(icon)}"></div>`,
    '<div class="menus">',
    listHtml(menu, opened),
    submenu ? listHtml(submenu, null) : '',
    '</div></body></html>',
  ].join('');
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
    await page.setContent(pageHtml(menu, options.opened ?? null, options.icon ?? null));
    // The submenu opens level with its item, wherever the rows and separators put it.
    await page.evaluate(
      `(() => { const item = document.querySelector('li.open'); const [menu, sub] = document.querySelectorAll('ul');
        if (item && sub) sub.style.marginTop = (item.offsetTop - menu.offsetTop - 4) + 'px'; })()`,
    );
    const box = await page.locator('body').boundingBox();
    if (box === null) throw new Error('The tray menu picture has no body to measure.');
    const size = { width: Math.ceil(box.width), height: Math.ceil(box.height) };
    await page.setViewportSize(size);
    await page.screenshot({ path });
  } finally {
    await browser.close();
  }
}
