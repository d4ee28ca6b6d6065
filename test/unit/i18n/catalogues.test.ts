import { describe, expect, it } from 'vitest';
import {
  TYPE,
  parse,
  isPluralElement,
  isSelectElement,
  isTagElement,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import { LANGUAGES, type Language } from '../../../src-main/i18n/languages';
import { parts as ar } from '../../../src-main/i18n/messages/ar';
import { parts as de } from '../../../src-main/i18n/messages/de';
import { parts as en } from '../../../src-main/i18n/messages/en';
import { parts as es } from '../../../src-main/i18n/messages/es';
import { parts as fr } from '../../../src-main/i18n/messages/fr';
import { parts as it_ } from '../../../src-main/i18n/messages/it';

type Parts = Readonly<Record<string, Readonly<Record<string, string>>>>;
const PARTS: Readonly<Record<Language, Parts>> = { en, de, fr, it: it_, es, ar };

/** The arguments a message uses (name and kind), in any branch: a translation must use the same. */
function argumentsOf(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (isTagElement(element)) {
      into.add(`<${element.value}>`);
      argumentsOf(element.children, into);
      continue;
    }
    into.add(`${element.value}:${TYPE[element.type]}`);
    if (isPluralElement(element) || isSelectElement(element)) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

function pluralBranches(elements: readonly MessageFormatElement[], into: string[][] = []): string[][] {
  for (const element of elements) {
    if (isPluralElement(element)) {
      into.push(Object.keys(element.options));
      for (const option of Object.values(element.options)) pluralBranches(option.value, into);
    } else if (isSelectElement(element)) {
      for (const option of Object.values(element.options)) pluralBranches(option.value, into);
    } else if (isTagElement(element)) pluralBranches(element.children, into);
  }
  return into;
}

const keysOf = (parts: Parts) => Object.values(parts).flatMap((part) => Object.keys(part));

describe('the message catalogues', () => {
  it('English declares each key in one part only', () => {
    const keys = keysOf(en);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  for (const language of LANGUAGES) {
    describe(language, () => {
      it('has exactly the keys English has, part by part', () => {
        for (const [name, english] of Object.entries(en)) {
          const translated = PARTS[language][name] ?? {};
          const missing = Object.keys(english).filter((key) => !(key in translated));
          const extra = Object.keys(translated).filter((key) => !(key in english));
          expect({ part: name, missing, extra }).toEqual({ part: name, missing: [], extra: [] });
        }
      });

      it('parses every message and uses the same arguments as English', () => {
        for (const [name, english] of Object.entries(en)) {
          for (const [key, source] of Object.entries(english)) {
            const message = PARTS[language][name]?.[key] ?? '';
            expect(message.trim(), `${language} ${key} is empty`).not.toBe('');
            const want = [...argumentsOf(parse(source))].sort();
            const got = [...argumentsOf(parse(message))].sort();
            expect(got, `${language} ${key}`).toEqual(want);
          }
        }
      });

      it('gives every plural the "other" branch and only the categories the language has', () => {
        const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
        for (const part of Object.values(PARTS[language])) {
          for (const [key, message] of Object.entries(part)) {
            for (const branches of pluralBranches(parse(message))) {
              expect(branches, `${language} ${key}`).toContain('other');
              const unknown = branches.filter((b) => !b.startsWith('=') && !categories.includes(b as never));
              expect(unknown, `${language} ${key}`).toEqual([]);
            }
          }
        }
      });
    });
  }
});
