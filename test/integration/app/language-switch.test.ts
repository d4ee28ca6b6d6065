/**
 * The language switched live: the running Companion (the built-in demo on 127.0.0.1, real sockets)
 * speaks the OS's language, and a Settings save that names another language re-renders the tray and
 * is used for the next notification, without a restart or a reconnect. Problems keep their English
 * `message` whatever the language.
 */
import { describe, expect, it } from 'vitest';
import { eventually } from '../../support/eventually';
import { companionIn } from '../../support/companion-harness';
import { cleanupsAfterEach } from '../../support/cleanup';

const FAST_TRAFFIC = { callsPerMinute: 600, stepMs: 40 };
const cleanups = cleanupsAfterEach();

async function demo(systemLanguages: readonly string[]) {
  const running = await companionIn({ cleanups, options: { demoTraffic: FAST_TRAFFIC, systemLanguages } });
  expect(await running.companion.invoke('chooseMode', { mode: 'demo' })).toEqual({ ok: true, value: null });
  await eventually(() => running.latest().connection.state === 'live', 'the demo connection');
  return running;
}

describe('the language, switched live', () => {
  it('follows the OS, then a Settings override re-renders the tray in German, then Arabic, then back', async () => {
    const { companion, latest, recorded } = await demo(['de-CH', 'en']);
    expect(latest().locale).toMatchObject({ language: 'de', formatLocale: 'de-CH', dir: 'ltr' });
    await eventually(
      () =>
        /^Demo: Verbunden mit 127\.0\.0\.1:\d+: Anrufe erscheinen/.test(
          recorded.tray.at(-1)?.statusLine ?? '',
        ),
      'the tray in German (the OS language)',
    );
    // The connection's own sentence stays English for logs and the command line.
    expect(latest().connection.message).toMatch(/^Connected to 127\.0\.0\.1:\d+: calls will pop up/);

    const save = (language: 'ar' | 'system' | 'en') =>
      companion.invoke('saveSettings', { settings: { ...latest().settings, language } });
    expect(await save('ar')).toEqual({ ok: true, value: null });
    await eventually(() => recorded.tray.at(-1)?.locale?.language === 'ar', 'the tray in Arabic');
    const arabic = recorded.tray.at(-1)!;
    expect(arabic.statusLine).toMatch(/^عرض تجريبي: متصل بـ 127\.0\.0\.1:\d+/);
    expect(arabic.tooltip).toMatch(/^iSymphony Companion \(عرض تجريبي\): متصل/);
    expect(latest().connection.state).toBe('live');
    // The next pops' notifications are said in Arabic too ("X called Y", "X, internal call", …).
    const before = recorded.shown.length;
    await eventually(
      () => recorded.shown.slice(before).some((notice) => /[\u0600-\u06FF]/.test(notice.body)),
      'a demo call to pop with its notification in Arabic',
    );

    expect(await save('en')).toEqual({ ok: true, value: null });
    await eventually(
      () =>
        /^Demo: Connected to 127\.0\.0\.1:\d+: calls will pop up/.test(
          recorded.tray.at(-1)?.statusLine ?? '',
        ),
      'the tray back in English',
    );
    expect(recorded.tray.at(-1)!.tooltip).toMatch(/^iSymphony Companion \(demo\): connected/);

    expect(await save('system')).toEqual({ ok: true, value: null });
    await eventually(
      () => recorded.tray.at(-1)?.locale?.language === 'de',
      'the tray back in the OS language',
    );
  });
});
