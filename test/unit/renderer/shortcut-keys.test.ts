import { describe, expect, it } from 'vitest';
import { isGlobalAccelerator } from '../../../src-main/storage/accelerator';
import {
  keyName,
  recordKey,
  shortcutLabel,
  type KeyPress,
} from '../../../src-renderer/src/settings/shortcut-keys';

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
      held: 'Ctrl',
    });
    expect(recordKey(press('ShiftRight', { ctrlKey: true, shiftKey: true }), false)).toEqual({
      kind: 'holding',
      held: 'Ctrl+Shift',
    });
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

  it('shows a shortcut in the words of this computer', () => {
    expect(shortcutLabel('CommandOrControl+Shift+K', false)).toBe('Ctrl+Shift+K');
    expect(shortcutLabel('CommandOrControl+Shift+K', true)).toBe('⌘⇧K');
    expect(shortcutLabel('Alt+Super+F5', false)).toBe('Alt+Win+F5');
  });
});
