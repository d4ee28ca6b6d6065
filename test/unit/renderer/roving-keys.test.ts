import { describe, expect, it } from 'vitest';
import {
  openRowMenu,
  opensRowMenu,
  rovingTarget,
  type MenuRow,
  type RowKey,
} from '../../../src-renderer/src/lib/roving-keys';

/** A row and a control inside it, as the list's key handler sees them (only identity matters). */
const row = {} as EventTarget;
const button = {} as EventTarget;
const on = (target: EventTarget, key: string, shiftKey = false): RowKey => ({ key, shiftKey, target });

describe('roving focus keys', () => {
  const place = { index: 4, rows: 10, page: 3 };

  it('moves by one, a page, or to the ends, and never past them', () => {
    expect(rovingTarget(on(row, 'ArrowDown'), row, place)).toBe(5);
    expect(rovingTarget(on(row, 'ArrowUp'), row, place)).toBe(3);
    expect(rovingTarget(on(row, 'PageDown'), row, place)).toBe(7);
    expect(rovingTarget(on(row, 'PageUp'), row, place)).toBe(1);
    expect(rovingTarget(on(row, 'Home'), row, place)).toBe(0);
    expect(rovingTarget(on(row, 'End'), row, place)).toBe(9);
    expect(rovingTarget(on(row, 'ArrowUp'), row, { ...place, index: 0 })).toBe(0);
    expect(rovingTarget(on(row, 'PageDown'), row, { ...place, index: 8 })).toBe(9);
    expect(rovingTarget(on(row, 'ArrowDown'), row, { ...place, index: 9 })).toBe(9);
  });

  it('leaves other keys, keys typed in a control of the row, and an empty list alone', () => {
    expect(rovingTarget(on(row, 'Enter'), row, place)).toBeNull();
    expect(rovingTarget(on(row, 'a'), row, place)).toBeNull();
    expect(rovingTarget(on(button, 'ArrowDown'), row, place)).toBeNull();
    expect(rovingTarget(on(row, 'End'), row, { index: 0, rows: 0, page: 1 })).toBeNull();
  });

  it('opens the row’s menu with Enter, Space, the context-menu key or Shift+F10, on the row only', () => {
    for (const key of ['Enter', ' ', 'ContextMenu']) expect(opensRowMenu(on(row, key), row)).toBe(true);
    expect(opensRowMenu(on(row, 'F10', true), row)).toBe(true);
    expect(opensRowMenu(on(row, 'F10'), row)).toBe(false);
    expect(opensRowMenu(on(row, 'ArrowDown'), row)).toBe(false);
    expect(opensRowMenu(on(button, 'Enter'), row)).toBe(false);
  });

  it('clicks the row’s menu button for such a key, and keeps the key from doing anything else', () => {
    const clicked: string[] = [];
    const menuRow: MenuRow = Object.assign(new EventTarget(), {
      querySelector: (selector: string) => ({ click: () => void clicked.push(selector) }),
    });
    let prevented = 0;
    const press = (key: string, target: EventTarget = menuRow) => ({
      key,
      shiftKey: false,
      target,
      preventDefault: () => void prevented++,
    });
    expect(openRowMenu(press('Enter'), menuRow)).toBe(true);
    expect(clicked).toEqual(['[aria-haspopup="menu"]']);
    expect(prevented).toBe(1);
    expect(openRowMenu(press('ArrowDown'), menuRow)).toBe(false);
    expect(openRowMenu(press('Enter', button), menuRow)).toBe(false);
    expect(clicked).toHaveLength(1);
    expect(prevented).toBe(1);
  });
});
