import { describe, expect, it } from 'vitest';
import { createShortcutRegistry } from '../../../src-main/electron/shortcuts';
import { createUrlOpener, isBrowserUrl } from '../../../src-main/electron/url-opener';
import { createClipboardWriter } from '../../../src-main/electron/clipboard';
import { watchPowerAndNetwork } from '../../../src-main/electron/power';
import { createQuitSequence } from '../../../src-main/electron/quit';
import type { Clock, TimerHandle } from '../../../src-main/common/clock';
import { silentLogger } from '../../../src-main/common/log';
import { FakeEvent, FakeGlobalShortcut, FakePowerMonitor } from '../../support/fake-electron';

/** A clock that moves only when told to. */
function manualClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; every: number | null; run: () => void }>();
  const clock: Clock = {
    now: () => now,
    setTimeout: (run, ms) => {
      timers.set(next, { at: now + ms, every: null, run });
      return next++ as unknown as TimerHandle;
    },
    setInterval: (run, ms) => {
      timers.set(next, { at: now + ms, every: ms, run });
      return next++ as unknown as TimerHandle;
    },
    clearTimeout: (h) => void timers.delete(h as unknown as number),
    clearInterval: (h) => void timers.delete(h as unknown as number),
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      const [id, timer] = due;
      now = timer.at;
      if (timer.every === null) timers.delete(id);
      else timer.at += timer.every;
      timer.run();
    }
    now = end;
  };
  return { clock, advance, pending: () => timers.size };
}

describe('the global shortcut', () => {
  it('registers the accelerator and calls back when pressed', () => {
    const gs = new FakeGlobalShortcut();
    let presses = 0;
    const registry = createShortcutRegistry(gs, () => presses++);
    expect(registry.register('CommandOrControl+Shift+K')).toEqual({ ok: true, value: null });
    gs.registered.get('CommandOrControl+Shift+K')?.();
    expect(presses).toBe(1);
  });

  it('replaces the previous accelerator, and removes it for null', () => {
    const gs = new FakeGlobalShortcut();
    const registry = createShortcutRegistry(gs, () => {});
    registry.register('Alt+K');
    registry.register('Alt+J');
    expect([...gs.registered.keys()]).toEqual(['Alt+J']);
    registry.register(null);
    expect(gs.registered.size).toBe(0);
  });

  it('says when another application holds the shortcut, and keeps the old one', () => {
    const gs = new FakeGlobalShortcut();
    gs.taken.add('Alt+X');
    const registry = createShortcutRegistry(gs, () => {});
    registry.register('Alt+K');
    // English for the log, and the catalogue's sentence for the Settings page in the chosen language.
    expect(registry.register('Alt+X')).toEqual({
      ok: false,
      error: {
        code: 'shortcut-taken',
        message: 'The shortcut Alt+X is already used by another application; choose a different one.',
        text: { key: 'problem.shortcutTaken', values: { accelerator: 'Alt+X' } },
      },
    });
    expect([...gs.registered.keys()]).toEqual(['Alt+K']);
  });

  it('says when Electron cannot parse the accelerator', () => {
    const registry = createShortcutRegistry(new FakeGlobalShortcut(), () => {});
    expect(registry.register('Bogus+Key')).toMatchObject({
      ok: false,
      error: {
        code: 'shortcut-invalid',
        text: { key: 'problem.shortcutInvalid', values: { accelerator: 'Bogus+Key' } },
      },
    });
  });
});

describe('the URL opener', () => {
  it('opens http and https links', async () => {
    const opened: string[] = [];
    const opener = createUrlOpener({ openExternal: async (u) => void opened.push(u) }, silentLogger);
    expect(await opener.open('https://crm.example.com/c?n=1')).toEqual({ ok: true, value: null });
    expect(await opener.open('http://crm.example.com/')).toEqual({ ok: true, value: null });
    expect(opened).toEqual(['https://crm.example.com/c?n=1', 'http://crm.example.com/']);
  });

  it('opens tel: links of digits only (call back without the PBX), nothing else after tel:', async () => {
    const opened: string[] = [];
    const opener = createUrlOpener({ openExternal: async (u) => void opened.push(u) }, silentLogger);
    expect(await opener.open('tel:+442079460018')).toEqual({ ok: true, value: null });
    expect(await opener.open('tel:4225')).toEqual({ ok: true, value: null });
    expect(opened).toEqual(['tel:+442079460018', 'tel:4225']);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://host/share',
    'ms-msdt:x',
    'not a url',
    '',
    'tel:+44 20 7946',
    'tel:123;phone-context=evil.example',
    'tel:*99#',
    'tel:+1%0A2',
    'callto:123',
    'sip:123@evil.example',
  ])('refuses %j without calling the shell', async (url) => {
    const opened: string[] = [];
    const opener = createUrlOpener({ openExternal: async (u) => void opened.push(u) }, silentLogger);
    expect(await opener.open(url)).toMatchObject({ ok: false, error: { code: 'url-refused' } });
    expect(opened).toEqual([]);
  });

  it('reports a browser that fails to open as a problem, not a throw', async () => {
    const opener = createUrlOpener(
      { openExternal: () => Promise.reject(new Error('no handler')) },
      silentLogger,
    );
    expect(await opener.open('https://x.example/')).toMatchObject({
      ok: false,
      error: { code: 'open-failed' },
    });
    expect(isBrowserUrl('HTTPS://X.EXAMPLE/')).toBe(true);
  });
});

describe('the clipboard writer', () => {
  it('writes plain text', () => {
    const written: string[] = [];
    createClipboardWriter({ writeText: async (t) => void written.push(t) }, silentLogger).writeText(
      '+44 20 7946 0000',
    );
    expect(written).toEqual(['+44 20 7946 0000']);
  });

  it('logs a failed write instead of leaving a rejected promise', async () => {
    const lines: string[] = [];
    createClipboardWriter(
      { writeText: () => Promise.reject(new Error('denied')) },
      { log: (_level, message) => void lines.push(message) },
    ).writeText('x');
    await new Promise((r) => setImmediate(r));
    expect(lines).toEqual(['Could not write to the clipboard']);
  });
});

describe('power and network events', () => {
  function setup(initiallyOnline: boolean) {
    const power = new FakePowerMonitor();
    const { clock, advance, pending } = manualClock();
    let online = initiallyOnline;
    const calls: string[] = [];
    const stop = watchPowerAndNetwork({
      powerMonitor: power,
      isOnline: () => online,
      clock,
      pollMs: 1000,
      companion: {
        suspend: () => calls.push('suspend'),
        resume: () => calls.push('resume'),
        networkOnline: () => calls.push('networkOnline'),
      },
    });
    return { power, advance, pending, calls, stop, setOnline: (v: boolean) => (online = v) };
  }

  it('suspends on sleep and resumes on wake', () => {
    const { power, calls } = setup(true);
    power.emit('suspend');
    power.emit('resume');
    expect(calls).toEqual(['suspend', 'resume']);
  });

  it('checks the connection after the screen is unlocked', () => {
    const { power, calls } = setup(true);
    power.emit('unlock-screen');
    expect(calls).toEqual(['networkOnline']);
  });

  it('tells the Companion once when the network comes back', () => {
    const { advance, calls, setOnline } = setup(true);
    advance(3000);
    expect(calls).toEqual([]);
    setOnline(false);
    advance(2000);
    setOnline(true);
    advance(1000);
    advance(5000);
    expect(calls).toEqual(['networkOnline']);
  });

  it('stops listening and polling when disposed', () => {
    const { power, stop, pending, calls } = setup(false);
    stop();
    power.emit('suspend');
    expect(pending()).toBe(0);
    expect(power.listenerCount('suspend')).toBe(0);
    expect(calls).toEqual([]);
  });
});

describe('quitting', () => {
  it('holds the first quit until the Companion stopped, then quits for real', async () => {
    const { clock } = manualClock();
    let release: () => void = () => {};
    const quits: number[] = [];
    const onWillQuit = createQuitSequence({
      stop: () => new Promise<void>((r) => (release = r)),
      quit: () => quits.push(1),
      clock,
      logger: silentLogger,
    });
    const first = new FakeEvent();
    onWillQuit(first);
    expect(first.defaultPrevented).toBe(true);
    expect(quits).toEqual([]);
    release();
    await Promise.resolve();
    expect(quits).toEqual([1]);
    const second = new FakeEvent();
    onWillQuit(second);
    expect(second.defaultPrevented).toBe(false);
  });

  it('quits anyway when stopping takes too long', () => {
    const { clock, advance } = manualClock();
    const quits: number[] = [];
    const onWillQuit = createQuitSequence({
      stop: () => new Promise<void>(() => {}),
      quit: () => quits.push(1),
      clock,
      logger: silentLogger,
      timeoutMs: 3000,
    });
    onWillQuit(new FakeEvent());
    advance(2999);
    expect(quits).toEqual([]);
    advance(1);
    expect(quits).toEqual([1]);
  });
});
