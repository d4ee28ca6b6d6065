/**
 * The global shortcut, recorded by pressing it: a key press becomes the accelerator Electron
 * registers ("CommandOrControl+Shift+K"), read from the key's place on the keyboard (`code`), so
 * the layout and Shift do not change which key it is. Pure, so every key is a unit test.
 */
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
  /** Only modifiers so far: what is held, in words, while the user finds the key. */
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
    return { kind: 'holding', held: held.map((m) => keyLabel(m, mac)).join('+') };
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

function keyLabel(part: string, mac: boolean): string {
  switch (part.toLowerCase()) {
    case 'commandorcontrol':
    case 'cmdorctrl':
      return mac ? '⌘' : 'Ctrl';
    case 'control':
    case 'ctrl':
      return mac ? '⌃' : 'Ctrl';
    case 'command':
    case 'cmd':
      return '⌘';
    case 'alt':
    case 'option':
      return mac ? '⌥' : 'Alt';
    case 'shift':
      return mac ? '⇧' : 'Shift';
    case 'super':
    case 'meta':
      return mac ? '⌘' : 'Win';
    default:
      return part;
  }
}

/** An accelerator as people read it on this computer: "Ctrl+Shift+K", "⌘⇧K". */
export function shortcutLabel(accelerator: string, mac: boolean): string {
  const parts = accelerator.split('+').map((part) => keyLabel(part, mac));
  return mac ? parts.join('') : parts.join('+');
}
