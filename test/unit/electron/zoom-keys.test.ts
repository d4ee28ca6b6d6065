import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { Input } from 'electron';
import { createMainWindowZoom, nextZoomFactor, zoomStepOf } from '../../../src-main/electron/zoom-keys';

function key(key: string, modifiers: Partial<Input> = {}): Input {
  return {
    type: 'keyDown',
    key,
    code: '',
    isAutoRepeat: false,
    isComposing: false,
    shift: false,
    control: false,
    alt: false,
    meta: false,
    location: 0,
    modifiers: [],
    ...modifiers,
  };
}

/** A webContents that keeps a zoom factor and hands its input to listeners, as Electron does. */
class Contents extends EventEmitter {
  factor = 1;
  mode = 'default';
  destroyed = false;
  setZoomMode(mode: string): void {
    this.mode = mode;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getZoomFactor(): number {
    return this.factor;
  }
  setZoomFactor(factor: number): void {
    this.factor = factor;
  }
  /** Sends one key; true when a listener kept it from the page. */
  press(input: Input): boolean {
    let prevented = false;
    this.emit('before-input-event', { preventDefault: () => (prevented = true) }, input);
    return prevented;
  }
}

describe('zoom keys', () => {
  it('are Ctrl with + (= without Shift), − and 0 on Windows and Linux, and ⌘ with them on macOS', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(zoomStepOf(key('=', { control: true }), platform)).toBe('in');
      expect(zoomStepOf(key('+', { control: true, shift: true }), platform)).toBe('in');
      expect(zoomStepOf(key('-', { control: true }), platform)).toBe('out');
      expect(zoomStepOf(key('0', { control: true }), platform)).toBe('reset');
      expect(zoomStepOf(key('', { control: true, code: 'NumpadAdd' }), platform)).toBe('in');
      expect(zoomStepOf(key('=', { meta: true }), platform)).toBeNull();
    }
    expect(zoomStepOf(key('=', { meta: true }), 'darwin')).toBe('in');
    expect(zoomStepOf(key('0', { meta: true }), 'darwin')).toBe('reset');
    expect(zoomStepOf(key('=', { control: true }), 'darwin')).toBeNull();
  });

  it('leave other keys, key-ups and Alt chords to the page', () => {
    expect(zoomStepOf(key('f', { control: true }), 'linux')).toBeNull();
    expect(zoomStepOf(key('=', {}), 'linux')).toBeNull();
    expect(zoomStepOf(key('=', { control: true, type: 'keyUp' }), 'linux')).toBeNull();
    expect(zoomStepOf(key('=', { control: true, alt: true }), 'linux')).toBeNull();
  });

  it('step through Chromium’s factors to 200 % and back, clamped at both ends', () => {
    let factor = 1;
    const seen: number[] = [];
    for (let i = 0; i < 5; i++) seen.push((factor = nextZoomFactor(factor, 'in')));
    expect(seen).toEqual([1.1, 1.25, 1.5, 1.75, 2]);
    for (let i = 0; i < 20; i++) factor = nextZoomFactor(factor, 'in');
    expect(factor).toBe(3);
    for (let i = 0; i < 20; i++) factor = nextZoomFactor(factor, 'out');
    expect(factor).toBe(0.5);
    // A factor set some other way moves to the next step, not by a fixed amount.
    expect(nextZoomFactor(1.3, 'in')).toBe(1.5);
    expect(nextZoomFactor(1.3, 'out')).toBe(1.25);
  });

  it('zoom the main window alone (isolated from the pop window) and keep the key from the page; other keys reach it', () => {
    const zoom = createMainWindowZoom('linux');
    const contents = new Contents();
    zoom.attach(contents);
    expect(contents.mode).toBe('isolated');
    expect(contents.press(key('=', { control: true }))).toBe(true);
    expect(contents.press(key('+', { control: true, shift: true }))).toBe(true);
    expect(contents.factor).toBe(1.25);
    expect(contents.press(key('-', { control: true }))).toBe(true);
    expect(contents.factor).toBe(1.1);
    expect(contents.press(key('a', { control: true }))).toBe(false);
    expect(contents.press(key('0', { control: true }))).toBe(true);
    expect(contents.factor).toBe(1);
  });
});

describe('the text-size setting', () => {
  it('is the main window’s zoom, where Ctrl 0 returns to, also in a window opened later', () => {
    const zoom = createMainWindowZoom('win32');
    const first = new Contents();
    zoom.attach(first);
    zoom.setTextSize(150);
    expect(first.factor).toBe(1.5);
    first.press(key('=', { control: true }));
    expect(first.factor).toBe(1.75);
    first.press(key('0', { control: true }));
    expect(first.factor).toBe(1.5);
    // The same setting pushed again leaves the user's zoom as it is.
    first.press(key('-', { control: true }));
    zoom.setTextSize(150);
    expect(first.factor).toBe(1.25);

    first.destroyed = true;
    zoom.setTextSize(200);
    expect(first.factor).toBe(1.25);
    const next = new Contents();
    zoom.attach(next);
    expect(next.factor).toBe(2);
  });
});
