import { describe, expect, it } from 'vitest';
import type { CallView } from '../../../src-main/ipc/contract';
import { createPopWindowHost, popWindowOptions } from '../../../src-main/electron/pop-window';
import {
  POP_LAYOUT,
  chooseDisplay,
  popLayoutAt,
  popWindowBounds,
  popWindowHeight,
  type PopCorner,
} from '../../../src-main/electron/pop-placement';
import { displayViews } from '../../../src-main/electron/displays';
import { FakeBrowserWindow, FakeScreen } from '../../support/fake-electron';

const call = (id: string) => ({ id }) as unknown as CallView;
const LEFT = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const RIGHT = { id: 2, workArea: { x: 1920, y: 0, width: 1280, height: 984 } };

function setup(preference: 'cursor' | number = 'cursor', corner?: PopCorner, textSize?: () => number) {
  const screen = new FakeScreen([LEFT, RIGHT]);
  const windows: FakeBrowserWindow[] = [];
  const registered: FakeBrowserWindow[] = [];
  const host = createPopWindowHost({
    createWindow: (options) => {
      const w = new FakeBrowserWindow(options);
      windows.push(w);
      return w;
    },
    screen,
    url: 'app://companion/pop.html',
    platform: 'win32',
    displayPreference: () => preference,
    ...(corner ? { corner: () => corner } : {}),
    ...(textSize ? { textSize } : {}),
    onCreated: (w) => registered.push(w),
  });
  return { host, screen, windows, registered };
}

describe('the pop window', () => {
  it('is created on the first pop, loads pop.html, and is handed to main for registration', () => {
    const { host, windows, registered } = setup();
    host.update([]);
    expect(windows).toHaveLength(0);
    host.update([call('a')]);
    expect(windows).toHaveLength(1);
    expect(windows[0]?.loaded).toEqual(['app://companion/pop.html']);
    expect(registered).toEqual(windows);
  });

  it('is shown inactive once ready, and never with show() or focus()', () => {
    const { host, windows } = setup();
    host.update([call('a')]);
    const w = windows[0];
    if (!w) throw new Error('no window');
    expect(w.visible).toBe(false);
    w.emit('ready-to-show');
    host.update([call('a'), call('b')]);
    host.update([call('b')]);
    expect(w.calls).toContain('showInactive');
    expect(w.calls).not.toContain('show');
    expect(w.calls).not.toContain('focus');
    expect(w.calls.filter((c) => c === 'showInactive')).toHaveLength(1);
  });

  it('is hidden when no pops remain, and shown inactive again for the next', () => {
    const { host, windows } = setup();
    host.update([call('a')]);
    const w = windows[0]!;
    w.emit('ready-to-show');
    host.update([]);
    expect(w.visible).toBe(false);
    expect(w.calls.at(-1)).toBe('hide');
    host.update([call('c')]);
    expect(w.visible).toBe(true);
    expect(w.calls.filter((c) => c === 'showInactive')).toHaveLength(2);
    expect(windows).toHaveLength(1);
  });

  it('appears bottom-right on the display under the pointer', () => {
    const { host, windows, screen } = setup();
    screen.cursor = { x: 2500, y: 300 };
    host.update([call('a')]);
    windows[0]!.emit('ready-to-show');
    expect(windows[0]!.bounds).toEqual(popWindowBounds(RIGHT.workArea, 1));
  });

  it('appears on the chosen display wherever the pointer is', () => {
    const { host, windows, screen } = setup(1);
    screen.cursor = { x: 2500, y: 300 };
    host.update([call('a')]);
    windows[0]!.emit('ready-to-show');
    expect(windows[0]!.bounds).toEqual(popWindowBounds(LEFT.workArea, 1));
  });

  it('sits in the corner chosen in Settings, on the chosen display', () => {
    const { host, windows } = setup(2, 'top-left');
    host.update([call('a')]);
    windows[0]!.emit('ready-to-show');
    expect(windows[0]!.bounds).toEqual({
      x: RIGHT.workArea.x + POP_LAYOUT.margin,
      y: POP_LAYOUT.margin,
      width: POP_LAYOUT.width,
      height: popWindowHeight(1),
    });
  });

  it('follows the text size: its own zoom, and a window grown by the same factor', () => {
    let percent = 200;
    const { host, windows } = setup(1, undefined, () => percent);
    host.update([call('a')]);
    const w = windows[0]!;
    w.emit('ready-to-show');
    expect(w.webContents.zoomMode).toBe('isolated');
    expect(w.webContents.zooms).toEqual([2]);
    expect(w.bounds).toEqual(popWindowBounds(LEFT.workArea, 1, popLayoutAt(2)));
    expect(w.bounds.width).toBe(POP_LAYOUT.width * 2);
    expect(w.bounds.height).toBe(popWindowHeight(1) * 2);

    // A change of text size reaches a window already showing at its next update.
    percent = 125;
    host.update([call('a'), call('b')]);
    expect(w.webContents.zooms).toEqual([2, 1.25]);
    expect(w.bounds).toEqual(popWindowBounds(LEFT.workArea, 2, popLayoutAt(1.25)));
    host.update([call('a')]);
    expect(w.webContents.zooms, 'zoom set again although unchanged').toEqual([2, 1.25]);

    // Hidden and shown again (a new page load may have reset the zoom): set once more.
    host.update([]);
    host.update([call('c')]);
    expect(w.webContents.zooms).toEqual([2, 1.25, 1.25]);
  });

  it('at 100 % text size keeps the layout as declared', () => {
    const { host, windows } = setup(1);
    host.update([call('a')]);
    windows[0]!.emit('ready-to-show');
    expect(windows[0]!.webContents.zooms).toEqual([1]);
    expect(windows[0]!.bounds).toEqual(popWindowBounds(LEFT.workArea, 1));
  });

  it('puts each corner inside the work area, a top window growing down and a bottom one up', () => {
    const area = { x: 100, y: 50, width: 1280, height: 984 };
    const m = POP_LAYOUT.margin;
    const w = POP_LAYOUT.width;
    for (const cards of [1, 3]) {
      const h = popWindowHeight(cards);
      expect(popWindowBounds(area, cards, POP_LAYOUT, 'top-left')).toEqual({
        x: 100 + m,
        y: 50 + m,
        width: w,
        height: h,
      });
      expect(popWindowBounds(area, cards, POP_LAYOUT, 'top-right')).toEqual({
        x: 100 + 1280 - m - w,
        y: 50 + m,
        width: w,
        height: h,
      });
      expect(popWindowBounds(area, cards, POP_LAYOUT, 'bottom-left')).toEqual({
        x: 100 + m,
        y: 50 + 984 - m - h,
        width: w,
        height: h,
      });
      expect(popWindowBounds(area, cards, POP_LAYOUT, 'bottom-right')).toEqual(popWindowBounds(area, cards));
    }
  });

  it('lists the displays for Settings as data: place, name, size, the main one marked; a hostile name cleaned', () => {
    const displays = [
      { id: 7, label: 'DELL U2719D', size: { width: 2560, height: 1440 } },
      { id: 9, label: '', size: { width: 1920, height: 1080 } },
      { id: 11, label: 'Evil\u202E<b>name</b>\u0007', size: { width: 1280, height: 800 } },
    ];
    expect(displayViews(displays, 9)).toEqual([
      { id: 7, place: 1, name: 'DELL U2719D', width: 2560, height: 1440, primary: false },
      { id: 9, place: 2, name: null, width: 1920, height: 1080, primary: true },
      { id: 11, place: 3, name: 'Evilbnameb', width: 1280, height: 800, primary: false },
    ]);
  });

  it('stays on its display while visible, growing for more cards', () => {
    const { host, windows, screen } = setup();
    host.update([call('a')]);
    windows[0]!.emit('ready-to-show');
    screen.cursor = { x: 2500, y: 300 };
    host.update([call('a'), call('b')]);
    expect(windows[0]!.bounds).toEqual(popWindowBounds(LEFT.workArea, 2));
  });

  it('is a frameless, non-resizable, always-on-top window kept out of the taskbar', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      expect(popWindowOptions(platform)).toMatchObject({
        frame: false,
        resizable: false,
        skipTaskbar: true,
        alwaysOnTop: true,
        show: false,
      });
    }
    expect(popWindowOptions('win32').focusable).toBe(false);
    expect(popWindowOptions('darwin')).toMatchObject({ focusable: false, type: 'panel' });
    expect(popWindowOptions('linux').focusable).toBeUndefined();
  });

  it('is recreated if it was closed', () => {
    const { host, windows } = setup();
    host.update([call('a')]);
    windows[0]!.userClose();
    host.update([call('b')]);
    expect(windows).toHaveLength(2);
  });
});

describe('pop window placement', () => {
  const area = { x: 100, y: 50, width: 1600, height: 900 };

  it('sits in the bottom-right corner of the work area, inside its margin', () => {
    const b = popWindowBounds(area, 1);
    expect(b.x + b.width).toBe(area.x + area.width - POP_LAYOUT.margin);
    expect(b.y + b.height).toBe(area.y + area.height - POP_LAYOUT.margin);
    expect(b.width).toBe(POP_LAYOUT.width);
  });

  it('grows upwards by one card and gap per pop, up to three cards', () => {
    const one = popWindowHeight(1);
    // The second card brings the "N calls" bar with it; the third only itself.
    expect(popWindowHeight(2) - one).toBe(
      POP_LAYOUT.barHeight + POP_LAYOUT.gap + POP_LAYOUT.cardHeight + POP_LAYOUT.gap,
    );
    expect(popWindowHeight(3) - popWindowHeight(2)).toBe(POP_LAYOUT.cardHeight + POP_LAYOUT.gap);
    expect(popWindowHeight(3)).toBe(popWindowHeight(7));
    expect(popWindowHeight(0)).toBe(one);
    expect(popWindowBounds(area, 3).y).toBeLessThan(popWindowBounds(area, 1).y);
  });

  it('holds only whole cards when all do not fit, keeping the bar; the page scrolls the rest', () => {
    const twice = popLayoutAt(2);
    // Three cards at 200 % are taller than a 1040 px work area: the window holds two, bar included.
    const tall = { x: 0, y: 0, width: 1920, height: 1040 };
    expect(popWindowHeight(3, twice)).toBeGreaterThan(tall.height - 2 * POP_LAYOUT.margin);
    const b = popWindowBounds(tall, 3, twice);
    expect(b.height).toBe(popWindowHeight(2, twice));
    expect(b.height).toBe(
      2 *
        (POP_LAYOUT.padding * 2 +
          POP_LAYOUT.barHeight +
          POP_LAYOUT.gap +
          2 * POP_LAYOUT.cardHeight +
          POP_LAYOUT.gap),
    );
    // One card with the bar when only one fits; never less than one card.
    const short = { x: 0, y: 0, width: 1920, height: 2 * (16 + 36 + 188) + 2 * POP_LAYOUT.margin + 10 };
    expect(popWindowBounds(short, 3, twice).height).toBe(2 * (16 + 36 + 188));
    // Where everything fits, nothing changes.
    expect(popWindowBounds(tall, 3).height).toBe(popWindowHeight(3));
  });

  it('scales every length but the screen margin by the text size', () => {
    expect(popLayoutAt(1)).toBe(POP_LAYOUT);
    expect(popLayoutAt(1.5)).toEqual({
      ...POP_LAYOUT,
      width: POP_LAYOUT.width * 1.5,
      cardHeight: POP_LAYOUT.cardHeight * 1.5,
      barHeight: POP_LAYOUT.barHeight * 1.5,
      gap: POP_LAYOUT.gap * 1.5,
      padding: POP_LAYOUT.padding * 1.5,
    });
    // Every shipped text size gives whole pixels, so the zoomed page fills the window exactly.
    for (const percent of [100, 125, 150, 175, 200]) {
      for (const cards of [1, 2, 3]) {
        expect(Number.isInteger(popWindowHeight(cards, popLayoutAt(percent / 100)))).toBe(true);
      }
    }
  });

  it('never leaves a small work area', () => {
    const small = { x: -800, y: 0, width: 300, height: 200 };
    const b = popWindowBounds(small, 3);
    expect(b.x).toBeGreaterThanOrEqual(small.x);
    expect(b.y).toBeGreaterThanOrEqual(small.y);
    expect(b.x + b.width).toBeLessThanOrEqual(small.x + small.width);
    expect(b.y + b.height).toBeLessThanOrEqual(small.y + small.height);
  });

  it('uses the chosen display when it exists, else the one nearest the pointer', () => {
    const nearest = () => RIGHT;
    expect(chooseDisplay(1, [LEFT, RIGHT], nearest)).toBe(LEFT);
    expect(chooseDisplay(99, [LEFT, RIGHT], nearest)).toBe(RIGHT);
    expect(chooseDisplay('cursor', [LEFT, RIGHT], nearest)).toBe(RIGHT);
  });
});
