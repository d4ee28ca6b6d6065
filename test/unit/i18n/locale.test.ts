import { describe, expect, it } from 'vitest';
import { resolveLocale, type LocaleView } from '../../../src-main/i18n/languages';
import { formatsFor } from '../../../src-main/i18n/formats';
import { translatorFor } from '../../../src-main/i18n/translator';
import { english, problemSaid } from '../../../src-main/i18n/english';
import { DEFAULT_SETTINGS, validateSettings } from '../../../src-main/storage/settings-schema';

const now = Date.UTC(2025, 2, 12, 15, 0, 0); // Wed 12 Mar 2025 15:00 UTC

describe('resolveLocale', () => {
  it('follows the first shipped language the OS prefers, keeping its region for formats', () => {
    expect(resolveLocale('system', 'locale', ['ja-JP', 'de-CH', 'fr-FR'])).toEqual({
      language: 'de',
      formatLocale: 'de-CH',
      dir: 'ltr',
      hourCycle: null,
    });
  });

  it('falls back to English when the OS speaks nothing shipped', () => {
    expect(resolveLocale('system', 'locale', ['ja-JP']).language).toBe('en');
    expect(resolveLocale('system', 'locale', []).formatLocale).toBe('en');
  });

  it('lets the setting win, with the OS region only when it is the same language', () => {
    expect(resolveLocale('fr', 'locale', ['fr-CA']).formatLocale).toBe('fr-CA');
    expect(resolveLocale('it', 'locale', ['en-GB']).formatLocale).toBe('it');
  });

  it('reads Arabic as right-to-left and forces the clock when asked', () => {
    expect(resolveLocale('ar', '24', []).dir).toBe('rtl');
    expect(resolveLocale('ar', '24', []).hourCycle).toBe('h23');
    expect(resolveLocale('en', '12', []).hourCycle).toBe('h12');
  });

  it('gives the pseudo-locale only to an OS (or test) that asks for en-XA', () => {
    expect(resolveLocale('system', 'locale', ['en-XA']).language).toBe('en-XA');
  });
});

const at = (
  language: LocaleView['language'],
  formatLocale: string,
  hourCycle: LocaleView['hourCycle'] = null,
) => formatsFor({ language, formatLocale, dir: language === 'ar' ? 'rtl' : 'ltr', hourCycle }, 'UTC');

describe('formats', () => {
  it('says "Yesterday" in the chosen language, next to a date in the same language', () => {
    expect(at('en', 'en-GB').callTime(Date.UTC(2025, 2, 11, 23, 59), now)).toBe('Yesterday 23:59');
    expect(at('de', 'de-DE').callTime(Date.UTC(2025, 2, 11, 23, 59), now)).toBe('Gestern 23:59');
    expect(at('fr', 'fr-FR').callTime(Date.UTC(2025, 2, 11, 8, 5), now)).toBe('Hier 08:05');
    expect(at('de', 'de-DE').callTime(Date.UTC(2025, 2, 3, 14, 5), now)).toBe('Mo., 3. März 14:05');
  });

  it('decides "today" in the given time zone, not in UTC', () => {
    // 23:30 UTC on the 11th is already 08:30 on the 12th in Tokyo, where 10:00 UTC is 19:00 the same day.
    const tokyo = formatsFor(
      { language: 'en', formatLocale: 'en-GB', dir: 'ltr', hourCycle: null },
      'Asia/Tokyo',
    );
    const tokyoEvening = Date.UTC(2025, 2, 12, 10, 0);
    expect(tokyo.callTime(Date.UTC(2025, 2, 11, 23, 30), tokyoEvening)).toBe('08:30');
    expect(at('en', 'en-GB').callTime(Date.UTC(2025, 2, 11, 23, 30), tokyoEvening)).toBe('Yesterday 23:30');
  });

  it('gives the full date and time with seconds for tooltips', () => {
    expect(at('en', 'en-GB').fullTime(Date.UTC(2025, 2, 3, 14, 5, 9))).toMatch(
      /Monday.*3 March 2025.*14:05:09/,
    );
  });

  it('shows only the time today, and the year for another year', () => {
    expect(at('en', 'en-GB').callTime(Date.UTC(2025, 2, 12, 9, 5), now)).toBe('09:05');
    expect(at('en', 'en-GB').callTime(Date.UTC(2024, 11, 24, 8, 0), now)).toMatch(/2024/);
  });

  it('follows the 12/24-hour setting over the locale', () => {
    const morning = Date.UTC(2025, 2, 12, 14, 5);
    expect(at('en', 'en-US').time(morning)).toMatch(/^2:05\sPM$/);
    expect(at('en', 'en-US', 'h23').time(morning)).toBe('14:05');
    expect(at('de', 'de-DE', 'h12').time(morning)).toMatch(/^2:05\s?PM$/i);
  });

  it('spells durations and numbers in the locale', () => {
    expect(at('en', 'en-GB').duration(3_723_000)).toBe('1:02:03');
    expect(at('en', 'en-GB').duration(5_000)).toBe('0:05');
    expect(at('en', 'en-GB').spokenDuration(65_000)).toBe('1 minute 5 seconds');
    expect(at('de', 'de-DE').spokenDuration(3_600_000)).toBe('1 Stunde');
    expect(at('de', 'de-DE').number(12_345)).toBe('12.345');
    expect(at('en', 'en-GB').duration(null)).toBe('—');
  });
});

describe('translator', () => {
  it('says a plural in each language, and the pseudo-locale accents and lengthens English', () => {
    const de = translatorFor(resolveLocale('de', 'locale', []));
    expect(de.t('tray.missedCalls', { count: 1 })).toBe('1 verpasster Anruf');
    expect(de.t('tray.missedCalls', { count: 3 })).toBe('3 verpasste Anrufe');
    const ar = translatorFor(resolveLocale('ar', 'locale', []));
    expect(ar.t('tray.missedCalls', { count: 2 })).toBe('مكالمتان فائتتان');
    const pseudo = translatorFor(resolveLocale('system', 'locale', ['en-XA']));
    const said = pseudo.t('tray.missedCalls', { count: 3 });
    expect(said).toMatch(/^\[3 ɱîššéď çáĺĺš .+\]$/);
    expect(said.length).toBeGreaterThanOrEqual(
      Math.ceil(english('tray.missedCalls', { count: 3 }).length * 1.4),
    );
  });

  it('translates a problem by its message reference, and keeps English in its message', () => {
    const problem = problemSaid('boom', 'problem.unexpected', { detail: 'disk full' });
    expect(problem.message).toBe('Something went wrong: disk full');
    expect(translatorFor(resolveLocale('it', 'locale', [])).problem(problem)).toBe(
      'Qualcosa è andato storto: disk full',
    );
    expect(translatorFor(resolveLocale('it', 'locale', [])).problem({ message: 'Plain' })).toBe('Plain');
  });
});

describe('the language and clock settings', () => {
  it('default to the system and the locale for files written before them, and refuse other values', () => {
    const { language: _language, clock: _clock, ...older } = structuredClone(DEFAULT_SETTINGS);
    const read = validateSettings(older);
    expect(read.ok && read.value.language).toBe('system');
    expect(read.ok && read.value.clock).toBe('locale');
    const refused = validateSettings({ ...structuredClone(DEFAULT_SETTINGS), language: 'tlh', clock: '36' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      const fields = Object.fromEntries(refused.error.fields.map((f) => [f.path, f.message]));
      expect(fields['language']).toMatch(/Language must be system or one of/);
      expect(fields['clock']).toMatch(/Clock must be locale, 12 or 24/);
    }
  });
});
