import { ar } from './messages/ar';
import { de } from './messages/de';
import { en } from './messages/en';
import { es } from './messages/es';
import { fr } from './messages/fr';
import { it } from './messages/it';
import type { Language } from './languages';

/** Every message the app says, by key; the English catalogue is where keys are declared. */
export type MessageKey = keyof typeof en;
export type Catalogue = { readonly [Key in MessageKey]: string };

const CATALOGUES: { readonly [L in Language]: Catalogue } = { en, de, fr, it, es, ar };

/** The shipped catalogue of a language. */
export function catalogueOf(language: Language): Catalogue {
  return CATALOGUES[language];
}

/** The English catalogue: the source of keys and of the pseudo-locale. */
export function englishCatalogue(): Catalogue {
  return en;
}
