import { describe, expect, it } from 'vitest';
import { isGlobalAccelerator } from '../../../src-main/storage/accelerator';
import { resolveLocale } from '../../../src-main/i18n/languages';
import { translatorFor } from '../../../src-main/i18n/translator';
import {
  holdingLabel,
  keyName,
  keyPlatform,
  recordKey,
  shortcutLabel,
  type KeyPress,
} from '../../../src-renderer/src/settings/shortcut-keys';

const say = (language: 'en' | 'de' | 'fr' | 'it' | 'es' | 'ar') =>
  translatorFor(resolveLocale(language, 'locale', [])).t;

const press = (code: string, held: Partial<KeyPress> = {}, key = code): KeyPress => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...held,
});

describe('recording the global shortcut by pressing it', () => {
  it('turns Ctrl+Shift+K into the accelerator Electron registers, from where the key is (not what it types)', () => {
    expect(recordKey(press('KeyK', { ctrlKey: true, shiftKey: true }, 'K'), false)).toEqual({
      kind: 'shortcut',
      accelerator: 'CommandOrControl+Shift+K',
    });
    // A German keyboard's Y key sits where Z is on an English one: the key's place decides.
    expect(recordKey(press('KeyZ', { ctrlKey: true }, 'y'), false)).toEqual({
      kind: 'shortcut',
      accelerator: 'CommandOrControl+Z',
    });
    // Shift changes "1" into "!": still the 1 key.
    expect(recordKey(press('Digit1', { altKey: true, shiftKey: true }, '!'), false)).toEqual({
      kind: 'shortcut',
      accelerator: 'Alt+Shift+1',
    });
  });

  it('reads Cmd as CommandOrControl on a Mac and Ctrl as Control there; the Windows key as Super elsewhere', () => {
    expect(recordKey(press('KeyK', { metaKey: true }), true)).toMatchObject({
      accelerator: 'CommandOrControl+K',
    });
    expect(recordKey(press('KeyK', { ctrlKey: true, metaKey: true }), true)).toMatchObject({
      accelerator: 'CommandOrControl+Control+K',
    });
    expect(recordKey(press('KeyK', { metaKey: true }), false)).toMatchObject({ accelerator: 'Super+K' });
  });

  it('records only what main accepts as a global shortcut', () => {
    const codes = [
      'KeyA',
      'Digit0',
      'F1',
      'F24',
      'Numpad5',
      'ArrowUp',
      'Space',
      'Enter',
      'Slash',
      'NumpadAdd',
      'PageDown',
      'Backquote',
    ];
    for (const code of codes) {
      const recorded = recordKey(press(code, { ctrlKey: true, altKey: true }), false);
      expect(recorded.kind, code).toBe('shortcut');
      if (recorded.kind === 'shortcut')
        expect(isGlobalAccelerator(recorded.accelerator), recorded.accelerator).toBe(true);
    }
  });

  it('waits while only modifiers are held, saying which', () => {
    expect(recordKey(press('ControlLeft', { ctrlKey: true }), false)).toEqual({
      kind: 'holding',
      held: 'CommandOrControl',
    });
    const held = recordKey(press('ShiftRight', { ctrlKey: true, shiftKey: true }), false);
    expect(held).toEqual({ kind: 'holding', held: 'CommandOrControl+Shift' });
    if (held.kind !== 'holding') return;
    expect(holdingLabel(held.held, 'linux', say('en'))).toBe('Ctrl+Shift+…');
    expect(holdingLabel(held.held, 'windows', say('de'))).toBe('Strg+Umschalt+…');
    expect(holdingLabel(held.held, 'mac', say('de'))).toBe('⇧⌘…');
  });

  it('refuses a key alone or with Shift only (it would be taken from every app), and keys a shortcut cannot use', () => {
    expect(recordKey(press('KeyK'), false).kind).toBe('needs-modifier');
    expect(recordKey(press('KeyK', { shiftKey: true }), false).kind).toBe('needs-modifier');
    expect(recordKey(press('IntlBackslash', { ctrlKey: true }, '<'), false)).toMatchObject({
      kind: 'unsupported',
      key: expect.any(String),
    });
    expect(keyName('Unidentified')).toBeNull();
  });

  it('stops on Escape alone, but records Ctrl+Escape', () => {
    expect(recordKey(press('Escape'), false)).toEqual({ kind: 'cancel' });
    expect(recordKey(press('Escape', { ctrlKey: true }), false)).toMatchObject({
      accelerator: 'CommandOrControl+Escape',
    });
  });

  it('shows a shortcut in the words of this computer and the chosen language; the accelerator stays as stored', () => {
    const accelerator = 'CommandOrControl+Shift+K';
    const labels = (['en', 'de', 'fr', 'it', 'es', 'ar'] as const).map((l) =>
      shortcutLabel(accelerator, 'windows', say(l)),
    );
    expect(labels).toEqual([
      'Ctrl+Shift+K',
      'Strg+Umschalt+K',
      'Ctrl+Maj+K',
      'Ctrl+Maiusc+K',
      'Ctrl+Mayús+K',
      'Ctrl+Shift+K',
    ]);
    expect(accelerator).toBe('CommandOrControl+Shift+K');
    // A Mac: symbols in Apple's order (⌃⌥⇧⌘), the same in every language.
    expect(shortcutLabel(accelerator, 'mac', say('en'))).toBe('⇧⌘K');
    expect(shortcutLabel('CommandOrControl+Control+Alt+Shift+Up', 'mac', say('de'))).toBe('⌃⌥⇧⌘↑');
    // The Windows key is Win on Windows and Super on Linux.
    expect(shortcutLabel('Alt+Super+F5', 'windows', say('en'))).toBe('Alt+Win+F5');
    expect(shortcutLabel('Alt+Super+F5', 'linux', say('en'))).toBe('Alt+Super+F5');
    // Named keys in the language, the numeric keypad named so.
    expect(shortcutLabel('CommandOrControl+Alt+Space', 'linux', say('de'))).toBe('Strg+Alt+Leertaste');
    expect(shortcutLabel('CommandOrControl+Shift+PageDown', 'windows', say('es'))).toBe('Ctrl+Mayús+AvPág');
    expect(shortcutLabel('Alt+Shift+num5', 'windows', say('fr'))).toBe('Alt+Maj+Num 5');
    expect(shortcutLabel('CommandOrControl+numadd', 'linux', say('it'))).toBe('Ctrl+Num +');
  });

  it('knows the platform from the window’s user agent', () => {
    expect(keyPlatform('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)')).toBe('mac');
    expect(keyPlatform('Mozilla/5.0 (Windows NT 10.0; Win64; x64)')).toBe('windows');
    expect(keyPlatform('Mozilla/5.0 (X11; Linux x86_64)')).toBe('linux');
  });
});
