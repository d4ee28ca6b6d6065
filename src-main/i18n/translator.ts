import { parse } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { catalogueOf, englishCatalogue, type MessageKey } from './catalogues';
import { PSEUDO_LANGUAGE, type LocaleView } from './languages';
import type { MessageRef, MessageValues } from './message-ref';
import { pseudoLocalize } from './pseudo';

/** A message in some locale; throws when the message needs a value that is missing (a bug the tests find). */
export type Say = (key: MessageKey, values?: MessageValues) => string;

/** Says messages in one locale. Formats lazily: each message is parsed once, the first time it is said. */
export interface Translator {
  readonly locale: LocaleView;
  /** The message in this locale (a function of its own: it may be passed around unbound). */
  readonly t: Say;
  /** A problem's sentence in this locale: its message reference when it has one, else its (English) message. */
  problem(problem: { readonly message: string; readonly text?: MessageRef | undefined }): string;
}

function flatten(formatted: unknown): string {
  return Array.isArray(formatted) ? formatted.map((part) => String(part)).join('') : String(formatted);
}

class CatalogueTranslator implements Translator {
  readonly #formats = new Map<MessageKey, IntlMessageFormat>();

  constructor(readonly locale: LocaleView) {}

  readonly t: Say = (key, values) => flatten(this.#format(key).format(values && this.#said(values)));

  problem(problem: { readonly message: string; readonly text?: MessageRef | undefined }): string {
    return problem.text ? this.t(problem.text.key, problem.text.values) : problem.message;
  }

  /** Values that are messages themselves are said first, in this same language. */
  #said(values: MessageValues): Readonly<Record<string, string | number | Date>> {
    const out: Record<string, string | number | Date> = {};
    for (const [name, value] of Object.entries(values)) {
      out[name] =
        typeof value === 'object' && !(value instanceof Date) ? this.t(value.key, value.values) : value;
    }
    return out;
  }

  #format(key: MessageKey): IntlMessageFormat {
    let format = this.#formats.get(key);
    if (!format) {
      const { language, formatLocale } = this.locale;
      const message =
        language === PSEUDO_LANGUAGE
          ? pseudoLocalize(parse(englishCatalogue()[key]))
          : catalogueOf(language)[key];
      format = new IntlMessageFormat(message, formatLocale);
      this.#formats.set(key, format);
    }
    return format;
  }
}

const translators = new Map<string, Translator>();

/** The translator for a locale; one per distinct locale, kept (there are a handful). */
export function translatorFor(locale: LocaleView): Translator {
  const id = `${locale.language}|${locale.formatLocale}|${locale.dir}|${locale.hourCycle ?? ''}`;
  let translator = translators.get(id);
  if (!translator) {
    translator = new CatalogueTranslator(locale);
    translators.set(id, translator);
  }
  return translator;
}
