/**
 * The ring sound in the pop page, against the real Companion and a real demo server: a ringing
 * call plays the chosen sound at the chosen volume, again while it rings, and stops when it is
 * answered or dismissed; with the sound off nothing plays. What the page's <audio> does is read
 * from its own media events (play, pause, ended), recorded from before the page's first script.
 */
import { describe, expect, it } from 'vitest';
import { backendsPerTest } from '../support/browser-backends';
import type { CompanionBackend, CompanionBackendOptions } from '../support/companion-backend';
import type { RendererPage } from '../support/renderer-harness';
import { useRendererBrowser } from './browser-fixture';

const browser = useRendererBrowser();
const start = backendsPerTest();

/** Repeats fast enough for a test to see one, and longer than every built-in sound. */
const TIMING = { repeatMs: 1_500, limitMs: 60_000 };

// Media events do not bubble; a capturing listener on the document still sees each.
const RECORD_MEDIA = `
  window.__media = [];
  for (const type of ['play', 'pause', 'ended']) {
    document.addEventListener(type, (event) => {
      const audio = event.target;
      window.__media.push({ type, src: audio.currentSrc || audio.src, volume: audio.volume });
    }, true);
  }
`;

interface MediaEvent {
  readonly type: 'play' | 'pause' | 'ended';
  readonly src: string;
  readonly volume: number;
}

const started = (settings: CompanionBackendOptions['settings']): Promise<CompanionBackend> =>
  start({ settings, ringTiming: TIMING });

async function popPage(real: CompanionBackend): Promise<RendererPage> {
  const view = await browser.open(real.backend, {
    page: 'pop',
    viewport: { width: 380, height: 560 },
    initScripts: [RECORD_MEDIA],
  });
  view.page.setDefaultTimeout(10_000);
  return view;
}

const media = (view: RendererPage): Promise<MediaEvent[]> =>
  view.page.evaluate(() => (globalThis as unknown as { __media: MediaEvent[] }).__media);
const plays = async (view: RendererPage) => (await media(view)).filter((e) => e.type === 'play');
const paused = (view: RendererPage) =>
  view.page.getByTestId('ring-sound').evaluate((audio) => (audio as unknown as { paused: boolean }).paused);

describe('the ring sound', () => {
  it('plays while the call rings, again after the repeat interval, and stops when it is answered', async () => {
    const real = await started({ popStyle: 'window', ringSound: 'chime', ringVolume: 40 });
    const view = await popPage(real);
    const call = real.ring({ name: 'Ada Lovelace', number: '+442079460018' });
    await expect.poll(() => plays(view), { timeout: 10_000 }).toHaveLength(1);
    const [first] = await plays(view);
    expect(first?.src).toMatch(/chime[^/]*\.wav$/);
    expect(first?.volume).toBeCloseTo(0.4);
    expect(real.latest().ring).toMatchObject({ sound: 'chime', volume: 40, plays: 1 });

    // Still ringing: the plan plays it again.
    await expect.poll(() => plays(view), { timeout: 10_000 }).toHaveLength(2);

    call.answer();
    await real.until((s) => s.ring === null, 'silence once answered');
    await expect.poll(() => view.page.getByTestId('ring-sound').getAttribute('data-ringing')).toBe('no');
    expect(await paused(view)).toBe(true);
    // Nothing more will play: the ring is over in main (no repeat left to come) and the card stays.
    const after = (await plays(view)).length;
    expect(real.latest().pops.map((p) => p.state)).toEqual(['answered']);
    expect(real.latest().ring).toBeNull();
    expect(after).toBe(2);
  });

  it('stops when the card is dismissed, while the call still rings', async () => {
    const real = await started({ popStyle: 'window', ringSound: 'pulse', ringVolume: 80 });
    const view = await popPage(real);
    real.ring({ name: 'Grace Hopper', number: '+12125550100' });
    await expect.poll(() => plays(view), { timeout: 10_000 }).toHaveLength(1);
    expect((await plays(view))[0]?.src).toMatch(/pulse[^/]*\.wav$/);
    await view.page.getByRole('button', { name: 'Dismiss' }).click();
    await real.until((s) => s.ring === null && s.pops.length === 0, 'silence once dismissed');
    await expect.poll(() => view.page.getByTestId('ring-sound').getAttribute('data-ringing')).toBe('no');
    expect(await paused(view)).toBe(true);
    expect(real.latest().liveCalls.map((c) => c.state)).toEqual(['ringing']);
  });

  it('plays nothing with the sound off, though the card shows', async () => {
    const real = await started({ popStyle: 'window', ringSound: 'off' });
    const view = await popPage(real);
    real.ring({ name: 'Alan Turing', number: '+442079460019' });
    await view.page.locator('.pop-card').waitFor();
    // The state that would carry a ring has arrived (the card is from it), and it carries none.
    expect(real.latest().ring).toBeNull();
    expect(await view.page.getByTestId('ring-sound').getAttribute('data-ringing')).toBe('no');
    expect(await plays(view)).toEqual([]);
  });
});
