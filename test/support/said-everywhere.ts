import { LANGUAGES, resolveLocale, type Language } from '../../src-main/i18n/languages';
import type { MessageRef } from '../../src-main/i18n/message-ref';
import { translatorFor } from '../../src-main/i18n/translator';

/**
 * A sentence main sends with a catalogue reference, said in every shipped language: throws when a
 * value it needs is missing. Checks that each language says it from its own catalogue (not the
 * English `message` fallback; English says exactly the `message`) and returns the sentences by language.
 */
export function saidEverywhere(said: {
  readonly message: string;
  readonly text?: MessageRef | undefined;
}): Readonly<Record<Language, string>> {
  if (said.text === undefined) throw new Error(`no catalogue text for "${said.message}"`);
  const out = {} as Record<Language, string>;
  for (const language of LANGUAGES) {
    const sentence = translatorFor(resolveLocale(language, 'locale', [])).problem(said);
    if (sentence.trim() === '') {
      throw new Error(`${language} says "${sentence}" for ${said.text.key}`);
    }
    out[language] = sentence;
  }
  if (out.en !== said.message) throw new Error(`English "${out.en}" is not the message "${said.message}"`);
  for (const language of LANGUAGES) {
    if (language !== 'en' && out[language] === out.en) {
      throw new Error(`${language} says ${said.text.key} in English: "${out.en}"`);
    }
  }
  return out;
}

/** A refused answer's problem, to pass to `saidEverywhere` (the test fails if it was not refused). */
export function refusal<Said>(
  answer: { readonly ok: true } | { readonly ok: false; readonly error: Said },
): Said {
  if (answer.ok) throw new Error('expected a refusal');
  return answer.error;
}
