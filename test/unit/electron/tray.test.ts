import { describe, expect, it } from 'vitest';
import type { Menu, MenuItemConstructorOptions, NativeImage } from 'electron';
import type { TrayIcon, TrayView } from '../../../src-main/app/ports';
import { trayMenuTemplate, type TrayActions } from '../../../src-main/electron/tray-menu';
import { createTrayHost } from '../../../src-main/electron/tray';
import { clickMenuItem, FakeTray, type FakeMenuItem } from '../../support/fake-electron';
import { trayViewOf } from '../../support/tray';

const view = trayViewOf({
  recentCalls: [
    { callId: 'c-3', label: 'Ann & Co (+44 20 7946 0000)', canCallBack: true },
    { callId: 'c-2', label: '0123 456', canCallBack: true },
    { callId: 'c-1', label: 'Unknown caller: missed', canCallBack: false },
  ],
  startAtLogin: true,
});

function recordingActions(): TrayActions & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    openCrm: (id) => calls.push(['openCrm', id]),
    callBack: (id) => calls.push(['callBack', id]),
    setDoNotDisturb: (on) => calls.push(['setDoNotDisturb', on]),
    pausePops: (choice) => calls.push(['pausePops', choice]),
    resumePops: () => calls.push(['resumePops']),
    setStatus: (type) => calls.push(['setStatus', type]),
    openWindow: () => calls.push(['openWindow']),
    openSettings: () => calls.push(['openSettings']),
    setStartAtLogin: (on) => calls.push(['setStartAtLogin', on]),
    quit: () => calls.push(['quit']),
  };
}

function submenuOf(template: readonly FakeMenuItem[], label: string): FakeMenuItem[] {
  const item = template.find((i) => i.label === label) as
    (FakeMenuItem & { submenu?: FakeMenuItem[] }) | undefined;
  if (!item?.submenu) throw new Error(`No submenu "${label}"`);
  return item.submenu;
}

describe('the tray menu', () => {
  it('starts with the status line as a disabled item', () => {
    const [first] = trayMenuTemplate(view, recordingActions());
    expect(first).toMatchObject({ label: 'Connected to pbx.example.com', enabled: false });
  });

  it('opens the CRM record of a recent call from its submenu', () => {
    const actions = recordingActions();
    const template = trayMenuTemplate(view, actions) as FakeMenuItem[];
    clickMenuItem(submenuOf(template, '0123 456'), 'Open CRM record');
    clickMenuItem(submenuOf(template, 'Ann && Co (+44 20 7946 0000)'), 'Open CRM record');
    expect(actions.calls).toEqual([
      ['openCrm', 'c-2'],
      ['openCrm', 'c-3'],
    ]);
  });

  it('calls a recent call back from its submenu with the call id only', () => {
    const actions = recordingActions();
    const template = trayMenuTemplate(view, actions) as FakeMenuItem[];
    clickMenuItem(submenuOf(template, 'Ann && Co (+44 20 7946 0000)'), 'Call back');
    expect(actions.calls).toEqual([['callBack', 'c-3']]);
  });

  it('greys out Call back for a caller who sent no number', () => {
    const template = trayMenuTemplate(view, recordingActions()) as FakeMenuItem[];
    expect(submenuOf(template, 'Unknown caller: missed')).toEqual([
      expect.objectContaining({ label: 'Open CRM record' }),
      expect.objectContaining({ label: 'Call back', enabled: false }),
    ]);
    expect(submenuOf(template, '0123 456')[1]).toMatchObject({ label: 'Call back', enabled: true });
  });

  it('lists at most five recent calls', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({
      callId: `c-${i}`,
      label: `call ${i}`,
      canCallBack: true,
    }));
    const labels = trayMenuTemplate({ ...view, recentCalls: many }, recordingActions()).map((i) => i.label);
    expect(labels.filter((l) => l?.startsWith('call '))).toEqual([
      'call 0',
      'call 1',
      'call 2',
      'call 3',
      'call 4',
    ]);
  });

  it('says so when there are no recent calls', () => {
    const template = trayMenuTemplate({ ...view, recentCalls: [] }, recordingActions());
    expect(template).toContainEqual({ label: 'No recent calls', enabled: false });
  });

  it('toggles do-not-disturb and start-at-login to the opposite of what they show', () => {
    const actions = recordingActions();
    const template = trayMenuTemplate(
      { ...view, doNotDisturb: true, startAtLogin: false },
      actions,
    ) as FakeMenuItem[];
    expect(template.find((i) => i.label === 'Do not disturb')).toMatchObject({
      type: 'checkbox',
      checked: true,
    });
    expect(template.find((i) => i.label === 'Start at login')).toMatchObject({
      type: 'checkbox',
      checked: false,
    });
    clickMenuItem(template, 'Do not disturb');
    clickMenuItem(template, 'Start at login');
    expect(actions.calls).toEqual([
      ['setDoNotDisturb', false],
      ['setStartAtLogin', true],
    ]);
  });

  it('pauses pops from a submenu, and offers Resume with the end while paused', () => {
    const actions = recordingActions();
    const template = trayMenuTemplate(view, actions) as FakeMenuItem[];
    const pause = template.find((i) => i.label === 'Pause pops') as { submenu?: FakeMenuItem[] } | undefined;
    const submenu = pause?.submenu ?? [];
    expect(submenu.map((i) => i.label)).toEqual(['For 15 minutes', 'For 1 hour', 'Until tomorrow']);
    clickMenuItem(submenu, 'For 15 minutes');
    clickMenuItem(submenu, 'For 1 hour');
    clickMenuItem(submenu, 'Until tomorrow');
    expect(template.find((i) => i.label === 'Resume pops')).toBeUndefined();

    const paused = trayMenuTemplate(
      { ...view, pausedLine: 'Pops paused until 14:35' },
      actions,
    ) as FakeMenuItem[];
    expect(paused).toContainEqual({ label: 'Pops paused until 14:35', enabled: false });
    expect(paused.find((i) => i.label === 'Pause pops')).toBeUndefined();
    clickMenuItem(paused, 'Resume pops');
    expect(actions.calls).toEqual([
      ['pausePops', '15m'],
      ['pausePops', '1h'],
      ['pausePops', 'tomorrow'],
      ['resumePops'],
    ]);
  });

  it('opens the window, the settings, and quits', () => {
    const actions = recordingActions();
    const template = trayMenuTemplate(view, actions) as FakeMenuItem[];
    clickMenuItem(template, 'Open iSymphony Companion');
    clickMenuItem(template, 'Settings…');
    clickMenuItem(template, 'Quit');
    expect(actions.calls).toEqual([['openWindow'], ['openSettings'], ['quit']]);
  });

  it('shows caller-ID ampersands literally instead of as keyboard mnemonics', () => {
    const template = trayMenuTemplate({ ...view, statusLine: 'R&D line' }, recordingActions());
    expect(template[0]?.label).toBe('R&&D line');
  });
});

describe('the status in the tray menu', () => {
  const withStatus: TrayView = {
    ...view,
    status: { label: 'Status: Away: lunch & learn', colour: '#f2a60d', problem: null },
    statusChoices: [
      { type: 'available', label: 'Available', colour: '#2e9e44', checked: false },
      { type: 'away', label: 'Away', colour: '#f2a60d', checked: true },
      { type: 'dnd', label: 'Do Not Disturb', colour: '#d13438', checked: false },
    ],
  };

  it('starts with my status, with a dot of its colour, then the connection line', () => {
    const dots: string[] = [];
    const template = trayMenuTemplate(withStatus, recordingActions(), {
      statusDot: (colour) => {
        dots.push(colour);
        return { colour } as unknown as NativeImage;
      },
    });
    expect(template[0]).toMatchObject({
      label: 'Status: Away: lunch && learn',
      enabled: false,
      icon: { colour: '#f2a60d' },
    });
    expect(template[1]).toMatchObject({ type: 'separator' });
    expect(template[2]).toMatchObject({ label: 'Connected to pbx.example.com', enabled: false });
    expect(dots).toContain('#d13438');
  });

  it('shows why the last change failed under the status', () => {
    const failed = {
      ...withStatus,
      status: { ...withStatus.status!, problem: 'The server refused the login.' },
    };
    const template = trayMenuTemplate(failed, recordingActions());
    expect(template[1]).toEqual({ label: 'The server refused the login.', enabled: false });
  });

  it('offers the statuses as radio items, the current one checked, and sets the one clicked', () => {
    const actions = recordingActions();
    const template = trayMenuTemplate(withStatus, actions) as FakeMenuItem[];
    const menu = template.find((i) => i.label === 'Status')!;
    expect(menu.enabled).toBe(true);
    const items = (menu as FakeMenuItem & { submenu: FakeMenuItem[] }).submenu;
    expect(items.map((i) => [i.label, i.type, i.checked])).toEqual([
      ['Available', 'radio', false],
      ['Away', 'radio', true],
      ['Do Not Disturb', 'radio', false],
    ]);
    clickMenuItem(items, 'Do Not Disturb');
    clickMenuItem(items, 'Available');
    expect(actions.calls).toEqual([
      ['setStatus', 'dnd'],
      ['setStatus', 'available'],
    ]);
  });

  it('greys out the Status submenu while the status is unknown', () => {
    const template = trayMenuTemplate(view, recordingActions());
    expect(template[0]).toMatchObject({ label: 'Connected to pbx.example.com' });
    expect(template.find((i) => i.label === 'Status')).toMatchObject({
      enabled: false,
      submenu: [{ label: 'Not known until connected', enabled: false }],
    });
  });
});

describe('the tray host', () => {
  function host(platform: NodeJS.Platform = 'linux') {
    let tray: FakeTray | undefined;
    const templates: MenuItemConstructorOptions[][] = [];
    const actions = recordingActions();
    const tray$ = createTrayHost({
      createTray: (image) => (tray = new FakeTray(image)),
      buildMenu: (template) => {
        templates.push(template);
        return { template } as unknown as Menu;
      },
      icon: (kind: TrayIcon, missed?: boolean) =>
        (missed ? { kind, missed } : { kind }) as unknown as NativeImage,
      actions,
      platform,
    });
    if (!tray) throw new Error('no tray');
    return { host: tray$, tray, templates, actions };
  }

  it('shows the icon, tooltip and menu of the view', () => {
    const { host: h, tray, templates } = host();
    h.update(view);
    expect(tray.images).toEqual([{ kind: 'connecting' }, { kind: 'live' }]);
    expect(tray.tooltips.at(-1)).toBe(view.tooltip);
    expect(templates).toHaveLength(1);
  });

  it('does not rebuild anything for an unchanged view', () => {
    const { host: h, tray, templates } = host();
    h.update(view);
    h.update({ ...view });
    expect(templates).toHaveLength(1);
    expect(tray.menus).toHaveLength(1);
  });

  it('reaches the Companion with the call id when a recent call’s item in the built menu is clicked', () => {
    const { host: h, templates, actions } = host();
    h.update(view);
    const call = submenuOf(templates[0] as FakeMenuItem[], '0123 456');
    clickMenuItem(call, 'Open CRM record');
    clickMenuItem(call, 'Call back');
    expect(actions.calls).toEqual([
      ['openCrm', 'c-2'],
      ['callBack', 'c-2'],
    ]);
  });

  it('opens the window on a left click except on macOS, where the click opens the menu', () => {
    const linux = host('linux');
    linux.tray.emit('click');
    expect(linux.actions.calls).toEqual([['openWindow']]);
    const mac = host('darwin');
    mac.tray.emit('click');
    expect(mac.actions.calls).toEqual([]);
  });

  it('puts the missed-call dot on the icon while missed calls wait, and takes it off once they are seen', () => {
    const { host: h, tray } = host();
    h.update({ ...view, missed: 2, tooltip: 'iSymphony Companion: connected, 2 missed calls' });
    h.update({ ...view, icon: 'dnd', missed: 3 });
    h.update({ ...view, missed: 0 });
    expect(tray.images).toEqual([
      { kind: 'connecting' },
      { kind: 'live', missed: true },
      { kind: 'dnd', missed: true },
      { kind: 'live' },
    ]);
    expect(tray.tooltips[1]).toBe('iSymphony Companion: connected, 2 missed calls');
    // Only macOS has a title beside the icon; elsewhere the tooltip carries the number.
    expect(tray.titles).toEqual([]);
  });

  it('on macOS also shows the count beside the monochrome icon, and clears it', () => {
    const { host: h, tray } = host('darwin');
    h.update({ ...view, missed: 3 });
    h.update({ ...view, missed: 4 });
    h.update({ ...view, missed: 0 });
    expect(tray.titles).toEqual(['3', '4', '']);
  });
});
