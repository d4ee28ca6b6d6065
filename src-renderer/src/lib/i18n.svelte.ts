import type { LocaleView, Problem } from '../../../src-main/ipc/contract';
import type { MessageKey } from '../../../src-main/i18n/catalogues';
import { ENGLISH } from '../../../src-main/i18n/languages';
import type { MessageRef, MessageValues } from '../../../src-main/i18n/message-ref';
import { formatsFor, type Formats } from '../../../src-main/i18n/formats';
import { translatorFor, type Translator } from '../../../src-main/i18n/translator';

/**
 * The windows' language: one translator and one set of `Intl` formats in `$state`, replaced when
 * main's state names another locale, so every `t(…)` in a template re-renders in the new language.
 */
let current = $state.raw<{ translator: Translator; formats: Formats }>({
  translator: translatorFor(ENGLISH),
  formats: formatsFor(ENGLISH),
});

export type { MessageKey };

/** A message of the catalogue in the chosen language: by key, or as main sent it (a `MessageRef`). */
export function t(key: MessageKey | MessageRef, values?: MessageValues): string {
  return typeof key === 'string'
    ? current.translator.t(key, values)
    : current.translator.t(key.key, key.values);
}

/** Dates, times, durations and numbers in the chosen locale and clock. */
export function formats(): Formats {
  return current.formats;
}

/** A problem's sentence in the chosen language (its English message when it has no catalogue text yet). */
export function problemText(problem: Pick<Problem, 'message' | 'text'>): string {
  return current.translator.problem(problem);
}

/**
 * Something said after the moment it was decided (a result line, a notice, what a live region
 * holds): keep this, not its words, and `say` it where it shows, so it follows a language switch.
 * A problem from main is one already (its `text`, else its English `message`).
 */
export type Said = { readonly key: MessageKey; readonly values?: MessageValues } | ProblemWords;
type ProblemWords = Pick<Problem, 'message' | 'text'>;

/** A message to say when it shows (see `Said`). */
export function said(key: MessageKey, values?: MessageValues): Said {
  return values ? { key, values } : { key };
}

/** What `said` holds, in the chosen language now. */
export function say(said: Said): string {
  return 'key' in said ? current.translator.t(said.key, said.values) : problemText(said);
}

/** The locale in use (its direction, language). */
export function locale(): LocaleView {
  return current.translator.locale;
}

/** Switches to main's locale (a no-op when it is the same) and sets `<html lang dir>`. */
export function useLocale(view: LocaleView): void {
  const translator = translatorFor(view);
  if (translator !== current.translator) current = { translator, formats: formatsFor(view) };
  const root = document.documentElement;
  const lang = view.language === 'en-XA' ? 'en' : view.formatLocale;
  if (root.lang !== lang) root.lang = lang;
  if (root.dir !== view.dir) root.dir = view.dir;
}
