/**
 * The test's hands in the app's process: commands arrive over the child's IPC channel and act on
 * the stand-in exactly where the OS or the user would (a tray click, a power event, a key, a click
 * in a window's page); replies go back on the same channel.
 */
import type { EventEmitter } from 'node:events';
import type { Page } from 'playwright-core';
import type { Command, PageAction, WindowView } from './config';
import type { Clickable } from './world';
import { world } from './world';
import { callExpression } from './page-bridge';

export interface DriverTargets {
  windows(): readonly {
    readonly id: number;
    view(): WindowView;
    whenSettled(): Promise<Page>;
  }[];
  trayMenu(): readonly Clickable[] | null;
  trayTooltip(): string;
  trayEmitter(): EventEmitter | null;
  notification(index: number): EventEmitter | null;
  setClipboard(text: string): void;
  openUrl(url: string): void;
  secondInstance(argv: readonly string[]): void;
  powerMonitor: EventEmitter;
  quit(): void;
}

function findItem(items: readonly Clickable[], path: readonly string[]): Clickable {
  const [first, ...rest] = path;
  const item = items.find((candidate) => candidate.label === first);
  if (!item) throw new Error(`No menu item "${first}" among: ${items.map((i) => i.label).join(' | ')}`);
  if (rest.length === 0) return item;
  if (!item.submenu) throw new Error(`"${first}" has no submenu.`);
  return findItem(item.submenu, rest);
}

async function onPage(targets: DriverTargets, id: number, action: PageAction): Promise<unknown> {
  const window = targets.windows().find((w) => w.id === id);
  if (!window) throw new Error(`No window ${id}.`);
  const page = await window.whenSettled();
  switch (action.kind) {
    case 'evaluate':
      return page.evaluate(callExpression(action.source, action.arg));
    case 'click':
      await page.locator(action.selector).click();
      return null;
    case 'wait-for':
      await page.locator(action.selector).first().waitFor();
      return null;
    case 'press':
      await page.keyboard.press(action.key);
      return null;
    case 'screenshot':
      await page.screenshot({ path: action.path });
      return null;
  }
}

async function run(targets: DriverTargets, command: Command): Promise<unknown> {
  switch (command.op) {
    case 'windows':
      return targets.windows().map((w) => w.view());
    case 'tray':
      return { tooltip: targets.trayTooltip(), present: targets.trayMenu() !== null };
    case 'click-tray-item': {
      const menu = targets.trayMenu();
      if (!menu) throw new Error('The tray has no menu.');
      const item = findItem(menu, command.path);
      if (!item.enabled) throw new Error(`"${command.path.join(' > ')}" is disabled.`);
      // Electron flips a checkbox before calling click, and passes the item.
      const clicked = {
        ...item,
        checked: item.type === 'checkbox' ? !item.checked : item.type === 'radio' || item.checked,
      };
      item.click?.(clicked, undefined, {});
      return null;
    }
    case 'click-tray-icon':
      targets.trayEmitter()?.emit('click', {}, { x: 0, y: 0, width: 16, height: 16 }, { x: 0, y: 0 });
      return null;
    case 'click-notification': {
      const notification = targets.notification(command.index);
      if (!notification) throw new Error(`No notification ${command.index}.`);
      notification.emit('click', {});
      return null;
    }
    case 'page':
      return onPage(targets, command.window, command.action);
    case 'power':
      targets.powerMonitor.emit(command.event, {});
      return null;
    case 'press-shortcut': {
      const callback = world.shortcuts.get(command.accelerator);
      if (!callback) throw new Error(`No global shortcut ${command.accelerator} is registered.`);
      callback();
      return null;
    }
    case 'set-clipboard':
      targets.setClipboard(command.text);
      return null;
    case 'answer-message-boxes':
      world.messageBoxResponse = command.response;
      return null;
    case 'second-instance':
      targets.secondInstance(command.argv);
      return null;
    case 'open-url':
      targets.openUrl(command.url);
      return null;
    case 'quit':
      targets.quit();
      return null;
  }
}

/** Starts listening; returns the stop (so the channel no longer holds the process open). */
export function startDriver(targets: () => DriverTargets): () => void {
  const onMessage = (message: { id: number; command: Command }) => {
    void run(targets(), message.command).then(
      (value) => process.connected && process.send?.({ reply: message.id, ok: true, value: value ?? null }),
      (error: unknown) =>
        process.connected &&
        process.send?.({
          reply: message.id,
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        }),
    );
  };
  // If the test goes away, so does the app (never an orphan Chromium).
  const onDisconnect = () => {
    targets().quit();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('message', onMessage);
  process.on('disconnect', onDisconnect);
  return () => {
    process.off('message', onMessage);
    process.off('disconnect', onDisconnect);
  };
}
