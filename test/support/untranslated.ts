/**
 * Finds the app's own words that skipped the catalogue: in the pseudo-locale every message is
 * accented and in brackets ("[Çáĺĺ ƀáçķ ŀöŕéɱ]"), so plain English on a screen came from somewhere
 * else. `findUntranslated` runs inside the page (page.evaluate), so it is one self-contained
 * function; `dataStrings` runs in Node and lists the data the page was given.
 *
 * What may stay plain, and why (the whole allow-list):
 * - data: the values of the fields listed in DATA_KEYS in what the page was given (caller names and
 *   numbers, phonebook entries, CRM template names and links, the server's name): a person's or
 *   a system's name is not translated;
 * - what `Intl` writes in the format locale (month and day names, "yesterday", "min", "at"):
 *   formatted by the platform, not by the catalogue; and each shipped language's own name in
 *   itself ("Deutsch", "Italiano" in the language menu), as Intl.DisplayNames writes it;
 * - the product name, and text without a letter (numbers, times, "+", "✕", "▾"); a lone capital
 *   letter, a key's cap ("K" in a shortcut, "F" of F5), written so on keyboards in every language;
 * - anything inside a pseudo message's brackets (a message's arguments are data by the rules of
 *   docs/i18n.md).
 * Checked: every text node that is shown or read to a screen reader (visually hidden text and
 * <option>s included), and every aria-label, aria-description, aria-valuetext, title, placeholder
 * and alt of a shown element.
 */

/** Fields whose values are data wherever they appear in a state or an answer. */
const DATA_KEYS: ReadonlySet<string> = new Set([
  'callerName',
  'callerNumber',
  'callerNumberFormatted',
  'did',
  'dids',
  'didLabel',
  'transferredFrom',
  'answeredBy',
  'extension',
  'extensions',
  'name',
  'company',
  'numbers',
  'host',
  'isymphonyUser',
  'username',
  'url',
  'template',
  'number',
  // A settings file's own keys ("server.port"), as a refused import lists them.
  'path',
]);

/** `label` is data only under these (a CRM template's or preset's name, a line's name). */
const DATA_LABEL_PARENTS: ReadonlySet<string> = new Set(['templates', 'options', 'didLabels', 'presets']);

/** The data strings in what the page was given (states, answers), by DATA_KEYS. */
export function dataStrings(values: readonly unknown[]): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, key: string, parent: string, isData: boolean): void => {
    if (typeof value === 'string') {
      if (isData && value.trim() !== '') found.add(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key, parent, isData);
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        const data = DATA_KEYS.has(k) || (k === 'label' && DATA_LABEL_PARENTS.has(key));
        walk(v, k, key, data);
      }
    }
  };
  for (const value of values) walk(value, '', '', false);
  return [...found];
}

export interface Untranslated {
  /** Where: a text node's element, or the attribute and its element. */
  readonly where: string;
  /** The text as shown. */
  readonly text: string;
  /** The plain words that gave it away. */
  readonly words: string;
}

export interface UntranslatedArgs {
  readonly data: readonly string[];
  readonly formatLocale: string;
  readonly product: string;
  /** The shipped languages: each one's own name ("Deutsch") is shown in itself, as Intl names it. */
  readonly languages: readonly string[];
}

export function findUntranslated(args: UntranslatedArgs): Untranslated[] {
  interface El {
    readonly tagName: string;
    readonly id: string;
    readonly className: unknown;
    readonly parentElement: El | null;
    closest(selector: string): El | null;
    checkVisibility(options: Record<string, boolean>): boolean;
    getAttribute(name: string): string | null;
    querySelectorAll(selector: string): ArrayLike<El>;
  }
  interface TextNode {
    readonly nodeValue: string | null;
    readonly parentElement: El | null;
  }
  type Formatter = { format(...values: unknown[]): string };
  type FormatterClass = new (locale: string, options?: Record<string, unknown>) => Formatter;
  const w = globalThis as unknown as {
    document: {
      body: El;
      title: string;
      createTreeWalker(root: El, what: number): { nextNode(): TextNode | null };
    };
    Intl: Record<string, FormatterClass | undefined>;
  };
  const doc = w.document;
  const locale = args.formatLocale;

  // The words Intl writes in this locale: month and day names, relative days, units, am/pm, "and".
  const intlWords = new Set<string>();
  const addWords = (text: string) => {
    for (const word of text.match(/\p{L}+/gu) ?? []) intlWords.add(word.toLowerCase());
  };
  const make = (name: string, options: Record<string, unknown>): Formatter | null => {
    const Class = w.Intl[name];
    try {
      return Class ? new Class(locale, options) : null;
    } catch {
      return null;
    }
  };
  for (let month = 0; month < 12; month++) {
    const date = new Date(Date.UTC(2025, month, 3 + month, 15));
    for (const width of ['long', 'short', 'narrow']) {
      addWords(make('DateTimeFormat', { month: width, weekday: width, timeZone: 'UTC' })?.format(date) ?? '');
    }
    addWords(
      make('DateTimeFormat', { hour: 'numeric', hourCycle: 'h12', timeZone: 'UTC' })?.format(date) ?? '',
    );
    addWords(
      make('DateTimeFormat', { hour: 'numeric', hourCycle: 'h12', timeZone: 'UTC' })?.format(
        new Date(Date.UTC(2025, month, 3, 3)),
      ) ?? '',
    );
  }
  const moment = new Date(Date.UTC(2025, 2, 12, 14, 5, 9));
  for (const style of ['full', 'long', 'medium', 'short'])
    addWords(
      make('DateTimeFormat', { dateStyle: style, timeStyle: 'short', timeZone: 'UTC' })?.format(moment) ?? '',
    );
  for (const code of args.languages) {
    const names = w.Intl.DisplayNames ? new w.Intl.DisplayNames(code, { type: 'language' }) : null;
    addWords((names as unknown as { of(code: string): string } | null)?.of(code) ?? '');
  }
  for (const style of ['long', 'short', 'narrow']) {
    for (const numeric of ['auto', 'always']) {
      const relative = make('RelativeTimeFormat', { style, numeric });
      for (const unit of ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'])
        for (const n of [-2, -1, 0, 1, 2]) addWords(relative?.format(n, unit) ?? '');
    }
    for (const unit of ['second', 'minute', 'hour', 'day'])
      for (const n of [1, 2])
        addWords(make('NumberFormat', { style: 'unit', unit, unitDisplay: style })?.format(n) ?? '');
    addWords(make('DurationFormat', { style })?.format({ hours: 1, minutes: 2, seconds: 3 }) ?? '');
    for (const type of ['conjunction', 'disjunction'])
      addWords(make('ListFormat', { style, type })?.format(['a', 'b', 'c']) ?? '');
  }

  const data = [...args.data, args.product].sort((a, b) => b.length - a.length);
  /** The plain words left once pseudo messages, data, links and Intl's words are taken out. */
  const plainWords = (text: string): string[] => {
    let rest = text;
    for (let before = ''; before !== rest;) {
      before = rest;
      rest = rest.replace(/\[[^[\]]*\]/g, ' ');
    }
    for (const value of data) rest = rest.split(value).join(' ');
    rest = rest.replace(/\b[a-z][a-z+.-]*:\/\/\S*/gi, ' ');
    return (rest.match(/\p{L}[\p{L}\p{M}'’]*/gu) ?? []).filter(
      // Accented or not Latin: a pseudo message's piece, or a name in another script (data).
      (word) => /^[A-Za-z'’]+$/.test(word) && !/^[A-Z]$/.test(word) && !intlWords.has(word.toLowerCase()),
    );
  };

  const describe = (el: El): string => {
    const cls =
      typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : '';
    const id = el.id ? `#${el.id}` : '';
    const testid = el.getAttribute('data-testid');
    return `<${el.tagName.toLowerCase()}${id}${cls}${testid ? ` data-testid=${testid}` : ''}>`;
  };
  const shown = (el: El): boolean => {
    if (el.closest('[hidden], script, style, template')) return false;
    if (el.closest('.visually-hidden, option')) return true;
    // Drawn (a closed <details>' content is not); screen-reader-only text counts as shown.
    return el.checkVisibility({
      contentVisibilityAuto: true,
      opacityProperty: true,
      visibilityProperty: true,
    });
  };

  const found: Untranslated[] = [];
  const check = (where: string, text: string) => {
    const words = plainWords(text);
    if (words.length > 0)
      found.push({ where, text: text.replace(/\s+/g, ' ').trim().slice(0, 100), words: words.join(' ') });
  };
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    const text = node.nodeValue ?? '';
    if (el && text.trim() !== '' && shown(el)) check(describe(el), text);
  }
  const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-valuetext', 'title', 'placeholder', 'alt'];
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    if (!shown(el)) continue;
    for (const name of ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value && value.trim() !== '') check(`${name} of ${describe(el)}`, value);
    }
  }
  check('the window title', doc.title);
  return found;
}
