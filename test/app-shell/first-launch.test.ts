/**
 * The built app from a first launch: the setup screen in the main window, "Try the demo", and the
 * built-in demo server's own calls reaching the tray, a notification and the pop window — all
 * through out/main/index.js, its preload and its protocol handler, under the Electron stand-in.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { popWindowBounds } from '../../src-main/electron/pop-placement';
import { DEFAULT_DISPLAY, launchApp, type AppProcess, type Recorded } from './app-process';
import { byKind, mainWindowOf, popWindowOf, trayMenuWhen } from './app-steps';

let app: AppProcess;
// Chromium and the app start in a child process; on a loaded machine that takes a while.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

beforeAll(async () => {
  app = await launchApp();
});
afterAll(async () => {
  await app?.dispose();
});

describe('first launch', () => {
  it('opens the main window on the setup screen, shown and focused, with the tray in place', async () => {
    const main = await mainWindowOf(app);
    await app.page(main, { kind: 'wait-for', selector: 'text=Try the demo' });
    const view = await app.window(main);
    expect(view).toMatchObject({ visible: true, focused: true, url: 'app://companion/index.html' });
    expect(app.all('tray-created')).toHaveLength(1);
    // The preload exposed exactly the contract, and no Electron or Node object reached the page.
    const globals = await app.evaluate<{ keys: string[]; leaks: string[] }>(
      main,
      `() => ({ keys: Object.keys(window.companion).sort(),
                leaks: ['require', 'ipcRenderer', 'process', 'module', 'electron', '__electronStandInTransport'].filter((k) => k in window) })`,
    );
    expect(globals.leaks).toEqual([]);
    expect(globals.keys).toContain('onState');
    expect(globals.keys).toContain('openCrm');
  });

  it('"Try the demo" leaves setup for demo mode, live against the built-in demo server, as the tray says', async () => {
    const main = await mainWindowOf(app);
    const modeNow = () => app.evaluate<string>(main, `async () => (await window.companion.getState()).mode`);
    expect(await modeNow()).toBe('setup');
    const before = app.records.length;
    await app.page(main, { kind: 'click', selector: 'button:has-text("Try the demo")' });
    await app.next((r) => r.kind === 'ipc' && r.channel === 'companion:chooseMode' && r.ok, before);
    expect(await modeNow()).toBe('demo');
    const tray = await trayMenuWhen(app, (m) => /\(demo\): connected/.test(m.tooltip));
    expect(tray.image).toEqual({ file: 'demo.png', width: 16, height: 16 });
  });

  it('a demo call rings: a notification, then (pop style "both", a ring sound) a silent one and the pop window, inactive, on top, at the computed bounds', async () => {
    const notification = await app.next(byKind('notification'));
    expect(notification.title.length).toBeGreaterThan(0);
    // No ring sound of the app's own (the default): the OS's sound plays.
    expect(notification.silent).toBe(false);

    const main = await mainWindowOf(app);
    const saved = await app.evaluate<{ ok: boolean }>(
      main,
      `async () => {
        const { settings } = await window.companion.getState();
        return window.companion.saveSettings({ settings: { ...settings, popStyle: 'both', ringSound: 'chime' } });
      }`,
    );
    expect(saved.ok).toBe(true);
    const savedAt = app.records.length;
    const pop = await popWindowOf(app);
    const shown = await app.next(
      (r): r is Extract<Recorded, { kind: 'window-call' }> =>
        r.kind === 'window-call' && r.window === pop && r.method === 'showInactive',
    );
    const calls = app.all('window-call').filter((r) => r.window === pop);
    const sizedBeforeShowing = calls
      .slice(0, calls.indexOf(shown))
      .filter((r) => r.method === 'setBounds')
      .at(-1);
    expect(sizedBeforeShowing?.args[0]).toEqual(popWindowBounds(DEFAULT_DISPLAY.workArea, 1));
    // Demo calls are short: the card itself is checked with calls the test holds ringing (driven-server.test.ts).
    const view = await app.window(pop);
    expect(view).toMatchObject({ alwaysOnTop: true, alwaysOnTopLevel: 'pop-up-menu', everFocused: false });
    expect(calls.map((r) => r.method)).not.toContain('show');
    expect(calls.map((r) => r.method)).not.toContain('focus');
    // Linux keeps focus away with the notification window type (see pop-window.ts).
    expect(view.options).toMatchObject({
      type: 'notification',
      frame: false,
      skipTaskbar: true,
      show: false,
    });
    // The main window kept the focus it had.
    expect((await app.window(main)).focused).toBe(true);
    // The app rings its own sound now, so the OS's is kept quiet: a call is not heard twice.
    const quiet = await app.next(byKind('notification'), savedAt);
    expect(quiet.silent).toBe(true);
  });

  /** The main window's next zoom after record `after` (the pop window, shown for demo calls, zooms too). */
  async function mainZoom(main: number, after: number): Promise<Extract<Recorded, { kind: 'zoom' }>> {
    const { contentsId } = await app.window(main);
    return app.next(
      (r): r is Extract<Recorded, { kind: 'zoom' }> => r.kind === 'zoom' && r.contents === contentsId,
      after,
    );
  }

  it('Ctrl +, Ctrl − and Ctrl 0 zoom the main window (the app menu that carried them is gone)', async () => {
    const main = await mainWindowOf(app);
    const zoomAfter = async (key: string): Promise<{ factor: number; width: number }> => {
      const before = app.records.length;
      await app.page(main, { kind: 'press', key });
      const zoom = await mainZoom(main, before);
      // The page is laid out at the new factor: the window's 960 px hold fewer CSS pixels.
      const width = await app.evaluate<number>(main, '() => window.innerWidth');
      return { factor: zoom.factor, width };
    };
    expect(await zoomAfter('Control+Equal')).toMatchObject({ factor: 1.1 });
    expect(await zoomAfter('Control+Shift+Equal')).toEqual({ factor: 1.25, width: 768 });
    expect(await zoomAfter('Control+Minus')).toMatchObject({ factor: 1.1 });
    expect(await zoomAfter('Control+0')).toEqual({ factor: 1, width: 960 });
    expect((await app.window(main)).zoomFactor).toBe(1);
    // Only this window: Chromium would zoom every page of the origin (the pop window too) otherwise.
    expect(app.all('zoom').every((zoom) => zoom.mode === 'isolated')).toBe(true);
  });

  it('the text-size setting zooms the main window, and Ctrl 0 returns to it', async () => {
    const main = await mainWindowOf(app);
    const before = app.records.length;
    const saved = await app.evaluate<{ ok: boolean }>(
      main,
      `async () => {
        const { settings } = await window.companion.getState();
        return window.companion.saveSettings({ settings: { ...settings, textSize: 150 } });
      }`,
    );
    expect(saved.ok).toBe(true);
    const zoom = await mainZoom(main, before);
    expect(zoom.factor).toBe(1.5);
    expect(await app.evaluate<number>(main, '() => window.innerWidth')).toBe(640);
    const zoomAfter = async (key: string): Promise<number> => {
      const mark = app.records.length;
      await app.page(main, { kind: 'press', key });
      return (await mainZoom(main, mark)).factor;
    };
    expect(await zoomAfter('Control+Equal')).toBe(1.75);
    expect(await zoomAfter('Control+0')).toBe(1.5);
    const back = await app.evaluate<{ ok: boolean }>(
      main,
      `async () => {
        const { settings } = await window.companion.getState();
        return window.companion.saveSettings({ settings: { ...settings, textSize: 100 } });
      }`,
    );
    expect(back.ok).toBe(true);
    await expect.poll(async () => (await app.window(main)).zoomFactor).toBe(1);
  });
});
