/**
 * The built app in server mode against a demo server this test drives, so calls ring for as long
 * as the test wants: the pop window and its cards, the tray, "Open CRM" from the pop window, the
 * tray and the global shortcut, hostile caller IDs, dialling from outside a window (Call back in the
 * tray, call links, the clipboard shortcut), a second instance, sleep and resume, and quit.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildLink } from '../../src-main/crm/link';
import { startDemoServer, type DemoServer } from '../../src-main/demo-server';
import { POP_LAYOUT, popLayoutAt, popWindowBounds } from '../../src-main/electron/pop-placement';
import { notInstalled } from '../../src-main/electron/updater';
import type { Segment } from '../../src-main/protocol/events';
import type { Settings } from '../../src-main/storage/settings-schema';
import { serverSettings } from '../support/companion-harness';
import { eventually } from '../support/eventually';
import { eventFactory } from '../support/events';
import { HOSTILE_CALLER_IDS, withoutOwnIsolates } from '../support/hostile-corpus';
import { DEFAULT_DISPLAY, launchApp, type AppProcess, type Recorded } from './app-process';
import { configureThroughPage, mainWindowOf, popWindowOf, trayMenuWhen } from './app-steps';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

const PASSWORD = 'shell-e2e-Pa55word-41c9';
const CRM_ORIGIN = 'https://crm.example.test';
const TEMPLATE = `${CRM_ORIGIN}/contact?phone={number}&name={name}`;
const SHORTCUT = 'CommandOrControl+Shift+K';
const DIAL_SHORTCUT = 'CommandOrControl+Alt+D';

let server: DemoServer;
let app: AppProcess;
let main = 0;
const ev = eventFactory({ now: () => Date.now() });
const desk = () => ev.phone({ username: '4224', extension: '4224' });

function settingsFor(port: number, change: Partial<Settings> = {}): Settings {
  return serverSettings(port, {
    popStyle: 'window',
    globalShortcut: SHORTCUT,
    dialShortcut: DIAL_SHORTCUT,
    crm: {
      templates: [{ id: 'crm', label: 'CRM', url: TEMPLATE, autoOpen: 'never', rules: {} }],
      defaultCountry: 'GB',
    },
    ...change,
  });
}

/** The link the template gives for a caller: what "Open CRM" must open, to the character. */
function expectedLink(name: string, number: string): string {
  const link = buildLink(
    TEMPLATE,
    { number, name, did: null, extension: null, username: null, callId: 'any', time: 0 },
    { defaultCountry: 'GB' },
  );
  if (!link.ok) throw new Error(link.error.message);
  return link.value;
}

/** A label without the Unicode isolate and embedding controls around its parts. */
function withoutIsolates(label: string): string {
  return label.replace(/[\u2066-\u2069\u202a-\u202e]/g, '');
}

function ring(name: string, number: string): Segment {
  const caller = ev.external({ name, number, did: '+441632960000' });
  server.emitEvent(ev.dial(caller, desk()));
  return caller;
}

function nextOpen(after: number): Promise<Extract<Recorded, { kind: 'open-external' }>> {
  return app.next(
    (r): r is Extract<Recorded, { kind: 'open-external' }> => r.kind === 'open-external',
    after,
  );
}

type Notice = Extract<Recorded, { kind: 'notification' }>;

/** The dial notice that follows `after` (a call's notification has the caller as its title). */
function nextDialNotice(after: number): Promise<Notice> {
  return app.next(
    (r): r is Notice => r.kind === 'notification' && /^(Calling|Not dialled)/.test(r.title),
    after,
  );
}

/** The tray lists an outbound call to this dialled number once the PBX has placed it. */
function outboundInTray(dialled: string, after: number) {
  return trayMenuWhen(
    app,
    (m) => m.menu.some((i) => withoutOwnIsolates(i.label).startsWith(`to ${dialled}:`)),
    after,
  );
}

/** Saves settings through the main window's page (the password is not sent again). */
async function saveSettings(change: Partial<Settings>): Promise<void> {
  const answer = await app.evaluate<{ ok: boolean; error?: unknown }>(
    main,
    `async (settings) => window.companion.saveSettings({ settings })`,
    settingsFor(server.port, change),
  );
  if (!answer.ok) throw new Error(`The app refused: ${JSON.stringify(answer.error)}`);
}

beforeAll(async () => {
  server = await startDemoServer({ host: '127.0.0.1', port: 0, username: 'manager', password: PASSWORD });
  app = await launchApp();
  main = await mainWindowOf(app);
  const before = app.records.length;
  await configureThroughPage(app, main, settingsFor(server.port), PASSWORD);
  await trayMenuWhen(app, (m) => /: connected/.test(m.tooltip) && !/demo/i.test(m.tooltip), before);
  // "Connected" is said once the socket is live; the first ring must also find its filters in place on the
  // one connection left (an earlier connection of the setup, with older settings, may still be closing).
  await eventually(() => {
    const open = server.clients();
    return open.length === 1 && open[0]!.filters.length > 0;
  }, 'one connection with its filters');
});

afterAll(async () => {
  await app?.dispose();
  await server?.stop();
});

describe('the built app against a server the test drives', () => {
  let pop = 0;
  let ada: Segment;

  it('a call rings: the pop window is created inactive, on top, at the bounds placement computed, and shows the card', async () => {
    ada = ring('Ada Lovelace & Co', '020 7946 0018');
    pop = await popWindowOf(app);
    const shown = await app.next(
      (r): r is Extract<Recorded, { kind: 'window-call' }> =>
        r.kind === 'window-call' && r.window === pop && r.method === 'showInactive',
    );
    const calls = app.all('window-call').filter((r) => r.window === pop);
    const bounds = calls
      .slice(0, calls.indexOf(shown))
      .filter((r) => r.method === 'setBounds')
      .at(-1);
    expect(bounds?.args[0]).toEqual(popWindowBounds(DEFAULT_DISPLAY.workArea, 1));
    await app.page(pop, { kind: 'wait-for', selector: '.pop-card h2:has-text("Ada Lovelace & Co")' });
    const view = await app.window(pop);
    expect(view).toMatchObject({
      visible: true,
      alwaysOnTop: true,
      alwaysOnTopLevel: 'pop-up-menu',
      everFocused: false,
    });
    expect(view.bounds).toEqual(popWindowBounds(DEFAULT_DISPLAY.workArea, 1));
    expect(calls.map((r) => r.method)).not.toContain('show');
    expect(calls.map((r) => r.method)).not.toContain('focus');
    expect(view.options).toMatchObject({ show: false, frame: false, skipTaskbar: true, alwaysOnTop: true });
    expect((view.options.webPreferences as Record<string, unknown>).sandbox).toBe(true);
  });

  it('"Open CRM" in the pop window opens exactly the link the template gives', async () => {
    const before = app.records.length;
    await app.page(pop, { kind: 'click', selector: '.pop-card .open-crm' });
    expect((await nextOpen(before)).url).toBe(expectedLink('Ada Lovelace & Co', '020 7946 0018'));
  });

  it('the tray lists the ringing call, and its "Open CRM record" opens the same link', async () => {
    // The name is bidi-isolated in the label (tray-view.ts) and its ampersand doubled (tray-menu.ts).
    const isAdaRinging = (label: string) => withoutIsolates(label) === 'Ada Lovelace && Co: ringing';
    const menu = await trayMenuWhen(app, (m) => m.menu.some((item) => isAdaRinging(item.label)));
    expect(menu.menu.map((item) => item.label)).toContain('Recent calls');
    const label = menu.menu.find((item) => isAdaRinging(item.label))!.label;
    const before = app.records.length;
    await app.clickTray(label, 'Open CRM record');
    expect((await nextOpen(before)).url).toBe(expectedLink('Ada Lovelace & Co', '020 7946 0018'));
  });

  it('the global shortcut opens the newest ringing call', async () => {
    expect(app.all('shortcut')).toContainEqual({ kind: 'shortcut', accelerator: SHORTCUT, registered: true });
    const before = app.records.length;
    await app.send({ op: 'press-shortcut', accelerator: SHORTCUT });
    expect((await nextOpen(before)).url).toBe(expectedLink('Ada Lovelace & Co', '020 7946 0018'));
  });

  it('the tray menu works: do not disturb on and off', async () => {
    let before = app.records.length;
    await app.clickTray('Do not disturb');
    await trayMenuWhen(app, (m) => m.menu.some((i) => i.label === 'Do not disturb' && i.checked), before);
    before = app.records.length;
    await app.clickTray('Do not disturb');
    await trayMenuWhen(app, (m) => m.menu.some((i) => i.label === 'Do not disturb' && !i.checked), before);
  });

  it('the tray offers "Check for updates…"; a build that is not installed says it is not updated', async () => {
    const before = app.records.length;
    await app.clickTray('Check for updates…');
    await trayMenuWhen(
      app,
      (m) => m.menu.some((i) => i.label === notInstalled().message && i.enabled === false),
      before,
    );
  });

  it('more calls: the window grows to the bounds placement computes, and stops at three cards', async () => {
    const callers = [
      ring('Okonkwo Chukwuemeka-Adebayo Industries', '+2345555501'),
      ring('Élodie Marchand', '+33155550123'),
      ring('Sato Haruto', '+81355550110'),
    ];
    await app.page(pop, { kind: 'wait-for', selector: '.pop-card h2:has-text("Sato Haruto")' });
    const cards = await app.evaluate<number>(pop, `() => document.querySelectorAll('.pop-card').length`);
    expect(cards).toBeGreaterThanOrEqual(3);
    const grown = popWindowBounds(DEFAULT_DISPLAY.workArea, cards);
    expect(grown.height).toBe(popWindowBounds(DEFAULT_DISPLAY.workArea, 3).height);
    expect((await app.window(pop)).bounds).toEqual(grown);
    for (const caller of [ada, ...callers]) server.emitEvent(ev.hangup(caller));
  });

  it('at 200 % text size the pop page is zoomed by 2, on its own, and the window grows by the same factor', async () => {
    await saveSettings({ textSize: 200 });
    const katherine = ring('Katherine Johnson', '+17575550142');
    await app.page(pop, { kind: 'wait-for', selector: '.pop-card h2:has-text("Katherine Johnson")' });
    const { contentsId } = await app.window(pop);
    // Earlier cards may still be leaving, so the bounds are compared for the cards shown at the time.
    await vi.waitFor(
      async () => {
        const cards = await app.evaluate<number>(pop, `() => document.querySelectorAll('.pop-card').length`);
        const view = await app.window(pop);
        expect(view.zoomFactor).toBe(2);
        expect(view.bounds).toEqual(popWindowBounds(DEFAULT_DISPLAY.workArea, cards, popLayoutAt(2)));
      },
      { timeout: 5_000, interval: 20 },
    );
    const zooms = app.all('zoom').filter((r) => r.contents === contentsId);
    expect(zooms.at(-1)).toMatchObject({ factor: 2, mode: 'isolated' });
    // The page lays out at the declared width in CSS pixels, drawn twice as large.
    expect(await app.evaluate<number>(pop, `() => innerWidth`)).toBe(POP_LAYOUT.width);
    server.emitEvent(ev.hangup(katherine));
    await saveSettings({});
  });

  it('a hostile caller ID never changes the link origin', async () => {
    // Every fourth entry of the corpus (the hardening suites run all of it through the Companion).
    for (const entry of HOSTILE_CALLER_IDS.filter((_, index) => index % 4 === 0)) {
      const caller = ring(entry.text, entry.text);
      const before = app.records.length;
      const answer = await app.evaluate<{ ok: boolean; error?: { code: string } }>(
        pop,
        `async () => {
          for (;;) {
            const { pops } = await window.companion.getState();
            const call = pops.find((p) => p.state === 'ringing');
            if (call) return window.companion.openCrm({ callId: call.id });
            await new Promise((r) => window.companion.onState(() => r()));
          }
        }`,
      );
      if (answer.ok) {
        const opened = new URL((await nextOpen(before)).url);
        expect(opened.origin, entry.label).toBe(CRM_ORIGIN);
        expect(opened.pathname, entry.label).toBe('/contact');
      } else {
        // Refusing is fine (a 10 kB number makes a link over the limit); opening elsewhere is not.
        expect(answer.error?.code, entry.label).toBe('link-too-long');
      }
      server.emitEvent(ev.hangup(caller));
    }
    expect(app.all('open-external').every((r) => new URL(r.url).origin === CRM_ORIGIN)).toBe(true);
  });

  describe('dialling from the tray, links and the clipboard (issue 14)', () => {
    it('"Call back" on a recent call in the tray dials it through the PBX and says so', async () => {
      const caller = ev.external({ name: 'Grace Hopper', number: '020 7946 0018' });
      server.emitEvent(ev.dial(caller, ev.phone({ username: '4224', extension: '4224' })));
      server.emitEvent(ev.hangup(caller));
      const menu = await trayMenuWhen(app, (m) =>
        m.menu.some((i) => withoutOwnIsolates(i.label) === 'Grace Hopper: missed'),
      );
      const item = menu.menu.find((i) => withoutOwnIsolates(i.label) === 'Grace Hopper: missed')!;
      expect(item.submenu?.map((i) => [i.label, i.enabled])).toEqual([
        ['Open CRM record', true],
        ['Call back', true],
      ]);
      const before = app.records.length;
      await app.clickTray(item.label, 'Call back');
      expect(await nextDialNotice(before)).toMatchObject({
        title: 'Calling through the PBX',
        body: expect.stringMatching(
          /^Calling \+442079460018 through the PBX: your phone \(4224\) rings first/,
        ),
      });
      await outboundInTray('02079460018', before);
      expect(app.records.slice(before).filter((r) => r.kind === 'open-external')).toEqual([]);
    });

    it('call links are off on first run: the OS handler was never touched', () => {
      expect(app.all('protocol-client')).toEqual([]);
    });

    it('turning call links on registers tel:, callto: and sip:, and a second start’s tel: link dials it', async () => {
      let before = app.records.length;
      await saveSettings({ callLinks: true });
      await app.next((r) => r.kind === 'protocol-client' && r.scheme === 'sip', before);
      expect(app.all('protocol-client').map((r) => [r.scheme, r.handler])).toEqual([
        ['tel', true],
        ['callto', true],
        ['sip', true],
      ]);
      before = app.records.length;
      // The hand-over a second start makes (its lock and socket are tested with a real second process below).
      await app.send({
        op: 'second-instance',
        argv: ['/usr/bin/isymphony-companion', 'tel:+1-212-555-0142;ext=7'],
      });
      expect(await nextDialNotice(before)).toMatchObject({
        title: 'Calling through the PBX',
        body: expect.stringMatching(/^Calling \+12125550142 through the PBX/),
      });
      await outboundInTray('+12125550142', before);
      // A link is dialled in the background: the main window is not brought forward for it.
      expect(
        app.records.slice(before).filter((r) => r.kind === 'window-call' && r.method === 'focus'),
      ).toEqual([]);
    });

    it('a hostile link from macOS (open-url) dials nothing and says why', async () => {
      const before = app.records.length;
      await app.send({ op: 'open-url', url: 'sip:alice:hunter2@10.0.0.5' });
      const notice = await nextDialNotice(before);
      expect(notice.title).toBe('Not dialled');
      expect(notice.body).not.toMatch(/hunter2|10\.0\.0\.5/);
      const good = app.records.length;
      await app.send({ op: 'open-url', url: 'callto://4225/' });
      expect(await nextDialNotice(good)).toMatchObject({ title: 'Calling through the PBX' });
      await outboundInTray('4225', good);
    });

    it('turning call links off removes the app as the handler, and a link then is not dialled', async () => {
      let before = app.records.length;
      await saveSettings({ callLinks: false });
      await app.next((r) => r.kind === 'protocol-client' && r.scheme === 'sip' && !r.handler, before);
      expect(
        app
          .all('protocol-client')
          .slice(3)
          .map((r) => [r.scheme, r.handler]),
      ).toEqual([
        ['tel', false],
        ['callto', false],
        ['sip', false],
      ]);
      before = app.records.length;
      await app.send({ op: 'open-url', url: 'tel:+12125550143' });
      expect(await nextDialNotice(before)).toMatchObject({
        title: 'Not dialled',
        body: expect.stringMatching(/Call links are off/),
      });
    });

    it('the clipboard shortcut asks first, showing the number isolated left to right; only "Call" dials', async () => {
      expect(app.all('shortcut')).toContainEqual({
        kind: 'shortcut',
        accelerator: DIAL_SHORTCUT,
        registered: true,
      });
      await app.send({ op: 'set-clipboard', text: ' 020 7946 0019 ' });
      await app.send({ op: 'answer-message-boxes', response: null });
      let before = app.records.length;
      await app.send({ op: 'press-shortcut', accelerator: DIAL_SHORTCUT });
      const asked = await app.next(
        (r): r is Extract<Recorded, { kind: 'message-box' }> => r.kind === 'message-box',
        before,
      );
      expect(asked).toMatchObject({
        title: 'Call this number?',
        message: 'Call \u2066+442079460019\u2069?',
        buttons: ['Call', 'Cancel'],
        response: 1,
      });
      await app.send({ op: 'answer-message-boxes', response: 0 });
      before = app.records.length;
      await app.send({ op: 'press-shortcut', accelerator: DIAL_SHORTCUT });
      expect(await nextDialNotice(before)).toMatchObject({ title: 'Calling through the PBX' });
      await outboundInTray('02079460019', before);
      // Exactly one call for two presses: the cancelled one placed none.
      const menu = app.trayMenu()!;
      expect(menu.menu.filter((i) => withoutOwnIsolates(i.label).startsWith('to 02079460019:'))).toHaveLength(
        1,
      );
    });

    it('never asks about, nor dials, hostile clipboard contents', async () => {
      await app.send({ op: 'answer-message-boxes', response: 0 });
      const before = app.records.length;
      const sample = HOSTILE_CALLER_IDS.filter((e, i) => i % 6 === 0 && e.label !== 'tel: link');
      for (const { text } of sample) {
        await app.send({ op: 'set-clipboard', text });
        const at = app.records.length;
        await app.send({ op: 'press-shortcut', accelerator: DIAL_SHORTCUT });
        expect((await nextDialNotice(at)).title).toBe('Not dialled');
      }
      expect(app.records.slice(before).filter((r) => r.kind === 'message-box')).toEqual([]);
      await app.send({ op: 'answer-message-boxes', response: null });
    });
  });

  it('a missed call puts the dot on the tray icon and the count in its tooltip, until the history is looked at', async () => {
    const before = app.records.length;
    const caller = ring('Missed Caller', '020 7946 0077');
    server.emitEvent(ev.hangup(caller));
    const badged = await trayMenuWhen(app, (m) => /, \d+ missed calls?$/.test(m.tooltip), before);
    expect(badged.image).toEqual({ file: 'live-missed.png', width: 16, height: 16 });
    // The user looks at the history: the main window focused, on its calls view.
    const looking = app.records.length;
    await app.evaluate(
      main,
      `() => {
        Document.prototype.hasFocus = () => true;
        globalThis.dispatchEvent(new Event('focus'));
      }`,
    );
    await app.page(main, { kind: 'click', selector: 'nav button:has-text("Calls")' });
    const seen = await trayMenuWhen(app, (m) => !/missed/.test(m.tooltip), looking);
    expect(seen.image).toEqual({ file: 'live.png', width: 16, height: 16 });
    expect(app.all('ipc').some((r) => r.channel === 'companion:markMissedSeen' && r.ok)).toBe(true);
  });

  it('sleep drops the connection and resume brings it back, the tray icon following', async () => {
    let before = app.records.length;
    await app.send({ op: 'power', event: 'suspend' });
    const asleep = await trayMenuWhen(app, (m) => !/: connected/.test(m.tooltip), before);
    expect(asleep.image.file).not.toBe('live.png');
    before = app.records.length;
    await app.send({ op: 'power', event: 'resume' });
    const awake = await trayMenuWhen(app, (m) => /: connected/.test(m.tooltip), before);
    // The committed 16 px file of the state (build/tray/icons), loaded as the OS would load it.
    expect(awake.image).toEqual({ file: 'live.png', width: 16, height: 16 });
    expect(server.clients()).toHaveLength(1);
  });

  it('a second instance hands over to the first, which shows and focuses its main window, and exits', async () => {
    const before = app.records.length;
    const second = await launchApp({ userData: app.userData });
    try {
      expect(await second.exited).toBe(0);
      expect(second.all('single-instance')).toEqual([{ kind: 'single-instance', primary: false }]);
      expect(second.all('window-created')).toEqual([]);
    } finally {
      await second.dispose();
    }
    await app.next((r) => r.kind === 'second-instance', before);
    await app.next((r) => r.kind === 'window-call' && r.window === main && r.method === 'focus', before);
    expect((await app.window(main)).focused).toBe(true);
  });

  it('quit closes the socket, every window and the tray, and leaves nothing open', async () => {
    const windows = (await app.windows()).map((w) => w.id);
    const { handles, exitCode } = await app.quit();
    expect(handles).toEqual([]);
    expect(exitCode).toBe(0);
    expect(
      app
        .all('window-closed')
        .map((r) => r.window)
        .sort(),
    ).toEqual(windows.sort());
    expect(app.all('tray-destroyed')).toHaveLength(1);
    expect(app.all('shortcuts-cleared')).toHaveLength(1);
    expect(server.clients()).toEqual([]);
  });
});
