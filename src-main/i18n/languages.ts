/**
 * The languages the app ships, the pseudo-locale for layout tests, and how the chosen locale is
 * worked out from the settings and the operating system's preferred languages. Pure.
 */

/** Shipped languages, in the order Settings lists them. */
export const LANGUAGES = ['en', 'de', 'fr', 'it', 'es', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Accented and ~40 % longer English, for finding clipped text. Never offered in Settings: only an
 * OS (or test) that asks for `en-XA` gets it, the tag Chromium uses for the same purpose.
 */
export const PSEUDO_LANGUAGE = 'en-XA';
export type AppLanguage = Language | typeof PSEUDO_LANGUAGE;

/** Settings → Language: follow the operating system, or one shipped language. */
export const LANGUAGE_SETTINGS = ['system', ...LANGUAGES] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

/** Settings → Clock: as the locale says, or forced to 12 or 24 hours. */
export const CLOCK_SETTINGS = ['locale', '12', '24'] as const;
export type ClockSetting = (typeof CLOCK_SETTINGS)[number];

const RIGHT_TO_LEFT: ReadonlySet<AppLanguage> = new Set<AppLanguage>(['ar']);

/** What both processes need to speak and format: the same for main and every window. */
export interface LocaleView {
  readonly language: AppLanguage;
  /** The BCP 47 tag `Intl` formats with: the OS tag when it is of the chosen language (de-CH), else the language. */
  readonly formatLocale: string;
  readonly dir: 'ltr' | 'rtl';
  /** Forced clock, or null for the locale's own. */
  readonly hourCycle: 'h12' | 'h23' | null;
}

export const ENGLISH: LocaleView = { language: 'en', formatLocale: 'en', dir: 'ltr', hourCycle: null };

function canonical(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

/** The first of the OS's preferred languages that the app ships, with the tag it came as. */
function fromSystem(systemLanguages: readonly string[]): { language: AppLanguage; tag: string } | null {
  for (const raw of systemLanguages) {
    const tag = canonical(raw);
    if (tag === null) continue;
    if (tag === PSEUDO_LANGUAGE) return { language: PSEUDO_LANGUAGE, tag: 'en' };
    const code = tag.split('-')[0]?.toLowerCase() ?? '';
    if (isLanguage(code)) return { language: code, tag };
  }
  return null;
}

/**
 * The locale to use: the setting's language (formats from the OS when the OS speaks it too), or
 * the first shipped language the OS prefers, else English.
 */
export function resolveLocale(
  setting: LanguageSetting,
  clock: ClockSetting,
  systemLanguages: readonly string[],
): LocaleView {
  const system = fromSystem(systemLanguages);
  let language: AppLanguage;
  let formatLocale: string;
  if (setting === 'system') {
    language = system?.language ?? 'en';
    formatLocale = system?.tag ?? 'en';
  } else {
    language = setting;
    formatLocale = system?.language === setting ? system.tag : setting;
  }
  return {
    language,
    formatLocale,
    dir: RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr',
    hourCycle: clock === '12' ? 'h12' : clock === '24' ? 'h23' : null,
  };
}
