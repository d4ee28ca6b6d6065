import { describe, expect, it } from 'vitest';
import { pauseEndsAt, pauseLine, PopPause } from '../../../src-main/app/pop-pause';
import { pauseRemaining as remaining } from '../../../src-renderer/src/format/pause-text';
import { ENGLISH, resolveLocale } from '../../../src-main/i18n/languages';
import { translatorFor } from '../../../src-main/i18n/translator';
import { trackingClock } from '../../support/tracking-clock';
import { FakeClock } from '../session/support/fake-clock';

const MINUTE = 60_000;
const pauseRemaining = (view: Parameters<typeof remaining>[0], now: number) =>
  remaining(view, now, translatorFor(ENGLISH).t);
/** 14:20 local time on a Wednesday, whatever the machine's time zone. */
const AFTERNOON = new Date(2026, 11, 2, 14, 20, 0, 0).getTime();

function paused(start = AFTERNOON) {
  const fake = new FakeClock(start);
  const clock = trackingClock(fake);
  const ends: number[] = [];
  const pause = new PopPause({ clock, ended: () => ends.push(fake.now()) });
  return { fake, clock, pause, ends };
}

describe('when a pause of pops ends', () => {
  it('ends in 15 minutes, in an hour, or at the start of tomorrow (local time)', () => {
    expect(pauseEndsAt('15m', AFTERNOON)).toBe(AFTERNOON + 15 * MINUTE);
    expect(pauseEndsAt('1h', AFTERNOON)).toBe(AFTERNOON + 60 * MINUTE);
    const tomorrow = new Date(pauseEndsAt('tomorrow', AFTERNOON));
    expect([tomorrow.getFullYear(), tomorrow.getMonth(), tomorrow.getDate()]).toEqual([2026, 11, 3]);
    expect([tomorrow.getHours(), tomorrow.getMinutes(), tomorrow.getSeconds()]).toEqual([0, 0, 0]);
    // Just before midnight, "until tomorrow" is the coming midnight, not the one after.
    const late = new Date(2026, 11, 31, 23, 59, 30).getTime();
    expect(new Date(pauseEndsAt('tomorrow', late)).getFullYear()).toBe(2027);
    expect(pauseEndsAt('tomorrow', late) - late).toBe(30_000);
  });

  it('says the end in the tray’s words, with the clock of the locale or of the setting', () => {
    const until = AFTERNOON + 15 * MINUTE;
    expect(pauseLine({ choice: '15m', until })).toMatch(/^Pops paused until 2:35\sPM$/);
    expect(pauseLine({ choice: '15m', until }, resolveLocale('en', '24', []))).toBe(
      'Pops paused until 14:35',
    );
    expect(pauseLine({ choice: '15m', until }, resolveLocale('de', 'locale', []))).toBe(
      'Pop-ups pausiert bis 14:35',
    );
    expect(pauseLine({ choice: 'tomorrow', until: pauseEndsAt('tomorrow', AFTERNOON) })).toBe(
      'Pops paused until tomorrow',
    );
    expect(
      pauseLine(
        { choice: 'tomorrow', until: pauseEndsAt('tomorrow', AFTERNOON) },
        resolveLocale('ar', 'locale', []),
      ),
    ).toBe('البطاقات متوقفة مؤقتًا حتى الغد');
  });

  it('says in the window how long is left, rounding up to whole minutes', () => {
    const until = AFTERNOON + 60 * MINUTE;
    expect(pauseRemaining({ choice: '1h', until }, AFTERNOON)).toBe('1 h left');
    expect(pauseRemaining({ choice: '1h', until }, AFTERNOON + 1)).toBe('1 h left');
    expect(pauseRemaining({ choice: '1h', until }, AFTERNOON + MINUTE)).toBe('59 min left');
    expect(pauseRemaining({ choice: '1h', until }, AFTERNOON + 46 * MINUTE)).toBe('14 min left');
    expect(pauseRemaining({ choice: '1h', until }, until - 1_000)).toBe('1 min left');
    expect(pauseRemaining({ choice: '1h', until: AFTERNOON + 65 * MINUTE }, AFTERNOON)).toBe(
      '1 h 5 min left',
    );
    expect(pauseRemaining({ choice: 'tomorrow', until }, AFTERNOON)).toBe('until tomorrow');
  });
});

describe('a pause of pops', () => {
  it('holds pops until its time, then ends by itself once, leaving no timer behind', () => {
    const { fake, clock, pause, ends } = paused();
    expect(pause.active).toBe(false);
    expect(pause.start('15m')).toEqual({ choice: '15m', until: AFTERNOON + 15 * MINUTE });
    expect(pause.active).toBe(true);
    expect(clock.pending()).toBe(1);
    fake.advance(15 * MINUTE - 1);
    expect(pause.active).toBe(true);
    expect(ends).toEqual([]);
    fake.advance(1);
    expect(ends).toEqual([AFTERNOON + 15 * MINUTE]);
    expect(pause.active).toBe(false);
    expect(pause.view).toBeNull();
    expect(clock.pending()).toBe(0);
    fake.advance(60 * MINUTE);
    expect(ends).toHaveLength(1);
  });

  it('is replaced by a new choice (one timer, the new end) and ended at once by Resume', () => {
    const { fake, clock, pause, ends } = paused();
    pause.start('15m');
    pause.start('1h');
    expect(clock.pending()).toBe(1);
    fake.advance(15 * MINUTE);
    expect(pause.active).toBe(true);
    expect(pause.stop()).toBe(true);
    expect(pause.active).toBe(false);
    expect(clock.pending()).toBe(0);
    expect(pause.stop()).toBe(false);
    fake.advance(60 * MINUTE);
    // Resumed by the user: the end it would have had is no event.
    expect(ends).toEqual([]);
  });
});
