/**
 * The global shortcut, recorded by pressing it: a key press becomes the accelerator Electron
 * registers ("CommandOrControl+Shift+K"), read from the key's place on the keyboard (`code`), so
 * the layout and Shift do not change which key it is. The accelerator is stored as it is in every
 * language; only its label is said in the chosen one ("Strg+Umschalt+K", "⌘⇧K"). Pure, so every
 * key is a unit test.
 */
import type { MessageKey } from '../../../src-main/i18n/catalogues';
import type { Say } from '../../../src-main/i18n/translator';
export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

export type Recorded =
  /** A whole shortcut: a key with at least one of Ctrl/Cmd, Alt or the Windows key. */
  | { readonly kind: 'shortcut'; readonly accelerator: string }
  /** Only modifiers so far: what is held (accelerator parts, "CommandOrControl+Shift") while the user finds the key. */
  | { readonly kind: 'holding'; readonly held: string }
  /** A key with no modifier (or Shift only): it would be taken from every app, so it is refused. */
  | { readonly kind: 'needs-modifier'; readonly platform: 'mac' | 'other' }
  /** A key a shortcut cannot use (its name as the keyboard gives it, capped). */
  | { readonly kind: 'unsupported'; readonly key: string }
  /** Escape on its own: stop recording, keep the shortcut as it was. */
  | { readonly kind: 'cancel' };

const NAMED: Readonly<Record<string, string>> = {
  Space: 'Space',
  Enter: 'Enter',
  NumpadEnter: 'Enter',
  Tab: 'Tab',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Escape: 'Escape',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Semicolon: ';',
  Quote: "'",
  Comma: ',',
  Period: '.',
  Slash: '/',
  Backquote: '`',
  NumpadAdd: 'numadd',
  NumpadSubtract: 'numsub',
  NumpadMultiply: 'nummult',
  NumpadDivide: 'numdiv',
  NumpadDecimal: 'numdec',
};

const MODIFIER_CODE = /^(?:Shift|Control|Alt|Meta|OS)(?:Left|Right)?$/;

/** The accelerator's name for the key at `code`, or null for a key a shortcut cannot use. */
export function keyName(code: string): string | null {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return letter[1]!;
  const digit = /^Digit([0-9])$/.exec(code);
  if (digit) return digit[1]!;
  const numpad = /^Numpad([0-9])$/.exec(code);
  if (numpad) return `num${numpad[1]!}`;
  if (/^F(?:[1-9]|1[0-9]|2[0-4])$/.test(code)) return code;
  return NAMED[code] ?? null;
}

/** The modifiers held, in the accelerator's order and words. */
function modifiers(press: KeyPress, mac: boolean): string[] {
  const held: string[] = [];
  if (mac) {
    if (press.metaKey) held.push('CommandOrControl');
    if (press.ctrlKey) held.push('Control');
  } else {
    if (press.ctrlKey) held.push('CommandOrControl');
    if (press.metaKey) held.push('Super');
  }
  if (press.altKey) held.push('Alt');
  if (press.shiftKey) held.push('Shift');
  return held;
}

export function recordKey(press: KeyPress, mac: boolean): Recorded {
  const held = modifiers(press, mac);
  if (MODIFIER_CODE.test(press.code)) {
    return { kind: 'holding', held: held.join('+') };
  }
  if (press.code === 'Escape' && held.length === 0) return { kind: 'cancel' };
  const key = keyName(press.code);
  if (key === null) {
    return { kind: 'unsupported', key: press.key.slice(0, 12) || press.code };
  }
  if (held.length === 0 || (held.length === 1 && held[0] === 'Shift')) {
    return { kind: 'needs-modifier', platform: mac ? 'mac' : 'other' };
  }
  return { kind: 'shortcut', accelerator: [...held, key].join('+') };
}

/** Whose conventions a shortcut is written in: a Mac's symbols, or the words of Windows or Linux. */
export type KeyPlatform = 'mac' | 'windows' | 'linux';

/** The platform of the browser the window runs in, from its user agent. */
export function keyPlatform(userAgent: string): KeyPlatform {
  if (/Mac/.test(userAgent)) return 'mac';
  return /Windows/.test(userAgent) ? 'windows' : 'linux';
}

/** A Mac writes its modifiers as symbols, in this order (Apple's: ⌃⌥⇧⌘), before the key. */
const MAC_MODIFIERS: Readonly<Record<string, string>> = {
  control: '⌃',
  ctrl: '⌃',
  alt: '⌥',
  option: '⌥',
  shift: '⇧',
  commandorcontrol: '⌘',
  cmdorctrl: '⌘',
  command: '⌘',
  cmd: '⌘',
  super: '⌘',
  meta: '⌘',
};
const MAC_ORDER = '⌃⌥⇧⌘';

/** Keys a Mac writes as a symbol in every language (its menus do). */
const MAC_KEYS: Readonly<Record<string, string>> = {
  enter: '↩',
  return: '↩',
  tab: '⇥',
  backspace: '⌫',
  delete: '⌦',
  escape: '⎋',
  esc: '⎋',
  home: '↖',
  end: '↘',
  pageup: '⇞',
  pagedown: '⇟',
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
};

/** Keys whose name is a word of the chosen language (the catalogue's `keys.*`). */
const WORDS: Readonly<Record<string, MessageKey>> = {
  commandorcontrol: 'keys.ctrl',
  cmdorctrl: 'keys.ctrl',
  control: 'keys.ctrl',
  ctrl: 'keys.ctrl',
  alt: 'keys.alt',
  option: 'keys.alt',
  shift: 'keys.shift',
  space: 'keys.space',
  enter: 'keys.enter',
  return: 'keys.enter',
  tab: 'keys.tab',
  backspace: 'keys.backspace',
  delete: 'keys.delete',
  insert: 'keys.insert',
  home: 'keys.home',
  end: 'keys.end',
  pageup: 'keys.pageUp',
  pagedown: 'keys.pageDown',
  escape: 'keys.escape',
  esc: 'keys.escape',
  up: 'keys.up',
  down: 'keys.down',
  left: 'keys.left',
  right: 'keys.right',
};

const NUMPAD: Readonly<Record<string, string>> = {
  numadd: '+',
  numsub: '−',
  nummult: '×',
  numdiv: '÷',
  numdec: '.',
};

/** One part of an accelerator as this platform and language write it. */
function keyLabel(part: string, platform: KeyPlatform, say: Say): string {
  const lower = part.toLowerCase();
  if (platform === 'mac') {
    const symbol = MAC_MODIFIERS[lower] ?? MAC_KEYS[lower];
    if (symbol !== undefined) return symbol;
  } else if (lower === 'super' || lower === 'meta' || lower === 'command' || lower === 'cmd') {
    // The key with the Windows logo: Windows calls it so; Linux desktops call it Super.
    return say(platform === 'windows' ? 'keys.win' : 'keys.super');
  }
  const word = WORDS[lower];
  if (word !== undefined) return say(word);
  const numpad = /^num([0-9])$/.exec(lower)?.[1] ?? NUMPAD[lower];
  if (numpad !== undefined) return say('keys.numpad', { key: numpad });
  return part;
}

/**
 * An accelerator as people read it on this computer, in the chosen language: "Ctrl+Shift+K",
 * "Strg+Umschalt+K", "⌘⇧K". Only the label changes with the language; the accelerator is stored as is.
 */
export function shortcutLabel(accelerator: string, platform: KeyPlatform, say: Say): string {
  const parts = accelerator
    .split('+')
    .filter((part) => part !== '')
    .map((part) => keyLabel(part, platform, say));
  if (platform !== 'mac') return parts.join('+');
  const modifiers = parts.filter((p) => MAC_ORDER.includes(p));
  modifiers.sort((a, b) => MAC_ORDER.indexOf(a) - MAC_ORDER.indexOf(b));
  const rest = parts.filter((p) => !MAC_ORDER.includes(p));
  return [...modifiers, ...rest].join('');
}

/** The modifiers held so far while recording, with room for the key still to come: "Strg+Alt+…", "⌘⌥…". */
export function holdingLabel(held: string, platform: KeyPlatform, say: Say): string {
  const label = shortcutLabel(held, platform, say);
  return platform === 'mac' ? `${label}…` : `${label}+…`;
}
