import {
  TYPE,
  isLiteralElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';

// Each letter's accented look-alike: still readable, obviously not English, and any text that
// skipped the catalogue stands out plain.
const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ď',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

// Filler words that make a message ~40 % longer; words (not one long run) so text may still wrap.
const FILLER = ['ŀöŕéɱ', 'îþšûɱ', 'ďöĺöŕ', 'šîţ', 'áɱéţ', 'çöñšéç', 'ţéţûŕ'];

function accent(text: string): string {
  return [...text].map((char) => ACCENTED[char] ?? char).join('');
}

function literalLength(elements: readonly MessageFormatElement[]): number {
  let length = 0;
  for (const element of elements) {
    if (isLiteralElement(element)) length += element.value.length;
    else if (isPluralElement(element) || isSelectElement(element)) {
      const first = Object.values(element.options)[0];
      length += first ? literalLength(first.value) : 0;
    } else if (isTagElement(element)) length += literalLength(element.children);
    else length += 4;
  }
  return length;
}

function filler(length: number): string {
  const words: string[] = [];
  let made = 0;
  for (let i = 0; made < length; i += 1) {
    const word = FILLER[i % FILLER.length] ?? '';
    words.push(word);
    made += word.length + 1;
  }
  return words.join(' ');
}

function accentAll(elements: readonly MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (isLiteralElement(element)) return { ...element, value: accent(element.value) };
    if (isPluralElement(element) || isSelectElement(element)) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([name, option]) => [
          name,
          { ...option, value: accentAll(option.value) },
        ]),
      );
      return { ...element, options };
    }
    if (isTagElement(element)) return { ...element, children: accentAll(element.children) };
    return element;
  });
}

/**
 * The pseudo-locale's message: accented letters and ~40 % more text inside brackets, so a cut-off
 * end (the "]" missing) shows. Arguments, plural and select keys stay as they are.
 */
export function pseudoLocalize(elements: readonly MessageFormatElement[]): MessageFormatElement[] {
  const extra = Math.max(2, Math.ceil(literalLength(elements) * 0.4));
  return [
    { type: TYPE.literal, value: '[' },
    ...accentAll(elements),
    { type: TYPE.literal, value: ` ${filler(extra)}]` },
  ];
}
