import { describe, expect, it } from 'vitest';
import type { Menu, MenuItemConstructorOptions, NativeImage } from 'electron';
import { createTrayHost } from '../../../src-main/electron/tray';
import { updateMenuView } from '../../../src-main/updates/update-view';
import { clickMenuItem, FakeTray, type FakeMenuItem } from '../../support/fake-electron';
import { noTrayActions, trayViewOf } from '../../support/tray';

const view = trayViewOf();

function host() {
  const templates: MenuItemConstructorOptions[][] = [];
  const tray = createTrayHost({
    createTray: (image) => new FakeTray(image),
    buildMenu: (template) => {
      templates.push(template);
      return { template } as unknown as Menu;
    },
    icon: (kind) => ({ kind }) as unknown as NativeImage,
    actions: noTrayActions,
    platform: 'linux',
  });
  return { tray, templates, last: () => templates.at(-1) as FakeMenuItem[] };
}

describe('updates in the tray menu', () => {
  it('offers "Check for updates…" before Quit, and a click reaches the updates', () => {
    const { tray, last } = host();
    const clicks: string[] = [];
    tray.setUpdate({ view: updateMenuView({ kind: 'idle' }, '0.1.0'), onClick: () => clicks.push('check') });
    tray.update(view);
    const labels = last().map((item) => item.label ?? item.type);
    expect(labels.indexOf('Check for updates…')).toBeGreaterThan(labels.indexOf('Start at login'));
    expect(labels.indexOf('Check for updates…')).toBeLessThan(labels.indexOf('Quit'));
    clickMenuItem(last(), 'Check for updates…');
    expect(clicks).toEqual(['check']);
  });

  it('rebuilds the menu when the update state changes, with the state as a disabled line above the item', () => {
    const { tray, templates, last } = host();
    tray.update(view);
    const before = templates.length;
    tray.setUpdate({
      view: updateMenuView({ kind: 'ready', version: '0.2.0', installWaiting: false }, '0.1.0'),
      onClick: () => {},
    });
    expect(templates.length).toBe(before + 1);
    const items = last();
    const ready = items.findIndex(
      (item) => item.label === 'Update 0.2.0 is ready; it installs when you quit',
    );
    expect(items[ready]).toMatchObject({ enabled: false });
    expect(items[ready + 1]).toMatchObject({ label: 'Restart to update', enabled: true });
  });
});
