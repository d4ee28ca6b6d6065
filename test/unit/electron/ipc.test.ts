import { describe, expect, it } from 'vitest';
import type { IpcMain } from 'electron';
import {
  POP_STATE_CHANNEL,
  REQUEST_CHANNELS,
  STATE_CHANNEL,
  channelName,
  popStateOf,
  requestsOf,
  type AppState,
  type RequestChannel,
  type WindowName,
} from '../../../src-main/ipc/contract';
import { checkSender, pushStateToWindows, registerIpcHandlers } from '../../../src-main/electron/ipc';
import { createWindowRegistry } from '../../../src-main/electron/windows/registry';
import type { Logger } from '../../../src-main/common/log';
import type { ListenerPace } from '../../../src-main/app/state-publisher';
import { FakeBrowserWindow, FakeFrame, FakeIpcMain, FakeWebContents } from '../../support/fake-electron';
import { sampleCall, sampleState } from '../../support/scripted-backend';

const APP = 'app://companion';

function recordingLogger(): Logger & { lines: { level: string; message: string; fields?: unknown }[] } {
  const lines: { level: string; message: string; fields?: unknown }[] = [];
  return { lines, log: (level, message, fields) => lines.push({ level, message, fields }) };
}

function eventFrom(contents: FakeWebContents, frame: FakeFrame | null = contents.mainFrame) {
  return { sender: contents, senderFrame: frame };
}

function setup(name: WindowName = 'main') {
  const ipcMain = new FakeIpcMain();
  const windows = createWindowRegistry();
  const window = new FakeBrowserWindow();
  windows.add(window, name);
  const invoked: { channel: string; request: unknown }[] = [];
  const logger = recordingLogger();
  const dispose = registerIpcHandlers({
    ipcMain: ipcMain as unknown as Pick<IpcMain, 'handle' | 'removeHandler'>,
    companion: {
      invoke: async (channel, request) => {
        invoked.push({ channel, request });
        return { ok: true, value: null };
      },
    },
    windows,
    origins: [APP],
    logger,
  });
  return { ipcMain, window, invoked, logger, dispose };
}

describe('the IPC sender check', () => {
  const contents = new FakeWebContents(APP);
  const known = (id: number) => id === contents.id;

  it('accepts the main frame of a window main created, showing the app origin', () => {
    expect(checkSender(eventFrom(contents), known, [APP])).toEqual({ ok: true });
  });

  it('rejects a webContents that main did not create', () => {
    const stranger = new FakeWebContents(APP);
    expect(checkSender(eventFrom(stranger), known, [APP])).toEqual({ ok: false, reason: 'unknown-window' });
  });

  it('rejects a sub-frame of a known window', () => {
    const child = new FakeFrame(APP, `${APP}/index.html`, 7, 999);
    child.parent = contents.mainFrame;
    expect(checkSender(eventFrom(contents, child), known, [APP])).toEqual({ ok: false, reason: 'sub-frame' });
  });

  it('rejects a frame in another process even with the same routing id', () => {
    const other = new FakeFrame(APP, `${APP}/index.html`, 8, contents.mainFrame.routingId);
    expect(checkSender(eventFrom(contents, other), known, [APP])).toEqual({ ok: false, reason: 'sub-frame' });
  });

  it('rejects a main frame that navigated to another origin', () => {
    const elsewhere = new FakeWebContents('https://evil.example');
    const knownToo = (id: number) => id === elsewhere.id;
    expect(checkSender(eventFrom(elsewhere), knownToo, [APP])).toEqual({ ok: false, reason: 'wrong-origin' });
  });

  it('rejects a message whose frame is gone', () => {
    expect(checkSender(eventFrom(contents, null), known, [APP])).toEqual({ ok: false, reason: 'no-frame' });
  });
});

describe('the IPC handlers', () => {
  it('register exactly one handler per contract channel', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(REQUEST_CHANNELS.map(channelName).sort());
  });

  it('forward a trusted request to the Companion with its channel and payload', async () => {
    const { ipcMain, window, invoked } = setup();
    const answer = await ipcMain.invoke(channelName('openCrm'), eventFrom(window.webContents), {
      callId: 'c-1',
    });
    expect(answer).toEqual({ ok: true, value: null });
    expect(invoked).toEqual([{ channel: 'openCrm', request: { callId: 'c-1' } }]);
  });

  it('reject and log a request from an unknown window without reaching the Companion', async () => {
    const { ipcMain, invoked, logger } = setup();
    const stranger = new FakeWebContents(APP);
    await expect(
      ipcMain.invoke(channelName('setPassword'), eventFrom(stranger), { password: 'x' }),
    ).rejects.toThrow(/refused/i);
    expect(invoked).toEqual([]);
    expect(logger.lines).toEqual([
      expect.objectContaining({
        level: 'warn',
        fields: { channel: 'setPassword', reason: 'unknown-window' },
      }),
    ]);
  });

  it('reject a request from a sub-frame or another origin of a known window', async () => {
    const { ipcMain, window, invoked } = setup();
    const child = new FakeFrame(APP, `${APP}/x.html`, 7, 4242);
    child.parent = window.webContents.mainFrame;
    await expect(
      ipcMain.invoke(channelName('getState'), eventFrom(window.webContents, child)),
    ).rejects.toThrow();
    window.webContents.mainFrame.origin = 'https://evil.example';
    await expect(ipcMain.invoke(channelName('getState'), eventFrom(window.webContents))).rejects.toThrow();
    expect(invoked).toEqual([]);
  });

  it('stop accepting requests from a window once it is closed', async () => {
    const { ipcMain, window, invoked } = setup();
    window.emit('closed');
    await expect(ipcMain.invoke(channelName('getState'), eventFrom(window.webContents))).rejects.toThrow();
    expect(invoked).toEqual([]);
  });

  it('can be removed again', () => {
    const { ipcMain, dispose } = setup();
    dispose();
    expect(ipcMain.handlers.size).toBe(0);
  });
});

/** A request each channel accepts, so an allowed one would reach the Companion whole. */
const SAMPLE: Partial<Record<RequestChannel, unknown>> = {
  openCrm: { callId: 'c-1' },
  copyNumber: { callId: 'c-1' },
  dismissPop: { callId: 'c-1' },
  addCallerToPhonebook: { callId: 'c-1' },
  saveSettings: { settings: {} },
  setPassword: { password: 'not-for-the-pop' },
  testConnection: { settings: {}, password: 'x' },
};

describe('each window sends only the requests on its list', () => {
  it('gives the pop window exactly what the pop page uses: its state, open CRM, copy, call back, dismiss, add caller to phonebook', () => {
    expect(requestsOf('pop')).toEqual([
      'getState',
      'openCrm',
      'copyNumber',
      'callBack',
      'dismissPop',
      'dismissAllPops',
      'addCallerToPhonebook',
    ]);
  });

  it('gives the main window what its screens use, and never a request no page sends', () => {
    const main = requestsOf('main');
    expect(main).toEqual(
      expect.arrayContaining(['getState', 'saveSettings', 'setPassword', 'testConnection', 'clearHistory']),
    );
    expect(main).not.toContain('dismissAllPops');
    expect(main).not.toContain('startDemo');
    expect(main).not.toContain('stopDemo');
  });

  for (const name of ['main', 'pop'] as const) {
    it(`passes every request on the ${name} window's list to the Companion`, async () => {
      const { ipcMain, window, invoked, logger } = setup(name);
      for (const channel of requestsOf(name)) {
        const answer = await ipcMain.invoke(
          channelName(channel),
          eventFrom(window.webContents),
          SAMPLE[channel],
        );
        expect(answer, channel).toEqual({ ok: true, value: null });
      }
      expect(invoked.map((i) => i.channel)).toEqual(requestsOf(name));
      expect(invoked.find((i) => i.channel === 'openCrm')?.request ?? SAMPLE.openCrm).toEqual(SAMPLE.openCrm);
      expect(logger.lines).toEqual([]);
    });

    it(`refuses, with an answer and a log line, every request off the ${name} window's list`, async () => {
      const { ipcMain, window, invoked, logger } = setup(name);
      const off = REQUEST_CHANNELS.filter((c) => !requestsOf(name).includes(c));
      expect(off.length).toBeGreaterThan(0);
      for (const channel of off) {
        const answer = await ipcMain.invoke(
          channelName(channel),
          eventFrom(window.webContents),
          SAMPLE[channel],
        );
        const code = channel === 'testConnection' ? answer : (answer as { error?: unknown }).error;
        expect(answer, channel).toMatchObject({ ok: false });
        expect(code, channel).toMatchObject({
          code: 'request-not-allowed',
          message: expect.stringContaining(channel),
        });
      }
      expect(invoked).toEqual([]);
      expect(logger.lines).toEqual(
        off.map((channel) => expect.objectContaining({ level: 'warn', fields: { channel, window: name } })),
      );
    });
  }

  it('keeps settings, the password, history and connection tests away from the pop window', async () => {
    const { ipcMain, window, invoked } = setup('pop');
    for (const channel of ['saveSettings', 'setPassword', 'clearHistory', 'testConnection'] as const) {
      const answer = await ipcMain.invoke(
        channelName(channel),
        eventFrom(window.webContents),
        SAMPLE[channel],
      );
      expect(answer, channel).toMatchObject({ ok: false });
    }
    expect(invoked).toEqual([]);
  });
});

describe('state pushes', () => {
  /** A Companion's onState as pushStateToWindows sees it: publishes to the listeners of one pace, or of both. */
  function publisherFor(windows: ReturnType<typeof createWindowRegistry>) {
    const listeners: { pace: ListenerPace | undefined; listener: (state: AppState) => void }[] = [];
    pushStateToWindows(
      {
        onState: (listener, pace) => {
          listeners.push({ pace, listener });
          return () => {};
        },
      },
      windows,
    );
    return (state: AppState, pace: ListenerPace = 'paced') => {
      // A paced push reaches every listener; an urgent one only the at-once ones (state-publisher.ts).
      for (const l of listeners)
        if (pace === 'paced' || (l.pace ?? 'at-once') === 'at-once') l.listener(state);
    };
  }

  it('send each state to every live app window, and to no closed or destroyed one', () => {
    const windows = createWindowRegistry();
    const [a, b, c] = [new FakeBrowserWindow(), new FakeBrowserWindow(), new FakeBrowserWindow()];
    for (const w of [a, b, c]) windows.add(w, 'main');
    b.emit('closed');
    c.webContents.destroyed = true;
    const publish = publisherFor(windows);
    const state = { now: 1 } as unknown as AppState;
    publish(state);
    expect(a.webContents.sent).toEqual([{ channel: STATE_CHANNEL, args: [state] }]);
    expect(b.webContents.sent).toEqual([]);
    expect(c.webContents.sent).toEqual([]);
  });

  it('send the pop window its own part first, and only when that part changed; the main window the whole state', () => {
    const windows = createWindowRegistry();
    const [main, pop] = [new FakeBrowserWindow(), new FakeBrowserWindow()];
    windows.add(main, 'main');
    windows.add(pop, 'pop');
    const order: string[] = [];
    for (const [name, w] of [
      ['main', main],
      ['pop', pop],
    ] as const) {
      const send = w.webContents.send.bind(w.webContents);
      w.webContents.send = (channel: string, ...args: unknown[]) => {
        order.push(`${name} ${channel}`);
        send(channel, ...args);
      };
    }
    const publish = publisherFor(windows);

    const ringing = sampleState({ pops: [sampleCall({ id: 'c-1' })] });
    publish(ringing);
    expect(order).toEqual([`pop ${POP_STATE_CHANNEL}`, `main ${STATE_CHANNEL}`]);
    expect(pop.webContents.sent).toEqual([{ channel: POP_STATE_CHANNEL, args: [popStateOf(ringing)] }]);
    expect(main.webContents.sent).toEqual([{ channel: STATE_CHANNEL, args: [ringing] }]);

    // Main's clock and the main window's parts moved on; the pop window's part did not.
    publish({ ...ringing, now: ringing.now + 40, doNotDisturb: !ringing.doNotDisturb, historyVersion: 9 });
    expect(pop.webContents.sent).toHaveLength(1);
    expect(main.webContents.sent).toHaveLength(2);

    const twoCards = {
      ...ringing,
      now: ringing.now + 80,
      pops: [sampleCall({ id: 'c-2' }), ...ringing.pops],
    };
    publish(twoCards);
    expect(pop.webContents.sent.at(-1)).toEqual({ channel: POP_STATE_CHANNEL, args: [popStateOf(twoCards)] });
    expect(popStateOf(twoCards)).toEqual({
      pops: twoCards.pops,
      ring: twoCards.ring,
      theme: twoCards.settings.theme,
      locale: twoCards.locale,
      now: twoCards.now,
    });

    // A new pop window (the old one closed) hears the current part at once.
    pop.emit('closed');
    const again = new FakeBrowserWindow();
    windows.add(again, 'pop');
    publish({ ...twoCards, now: twoCards.now + 1 });
    expect(again.webContents.sent).toHaveLength(1);
  });

  it('send a new pop to the pop window at once, and to the main window only with the next paced push', () => {
    const windows = createWindowRegistry();
    const [main, pop] = [new FakeBrowserWindow(), new FakeBrowserWindow()];
    windows.add(main, 'main');
    windows.add(pop, 'pop');
    const publish = publisherFor(windows);
    const ringing = sampleState({ pops: [sampleCall({ id: 'c-1' })] });
    publish(ringing, 'at-once');
    expect(pop.webContents.sent).toEqual([{ channel: POP_STATE_CHANNEL, args: [popStateOf(ringing)] }]);
    expect(main.webContents.sent).toEqual([]);
    publish(ringing, 'paced');
    expect(main.webContents.sent).toEqual([{ channel: STATE_CHANNEL, args: [ringing] }]);
    expect(pop.webContents.sent).toHaveLength(1);
  });
});
