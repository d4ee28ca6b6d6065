import { describe, expect, it } from 'vitest';
import { STATUS_TYPES } from '../../../src-main/protocol/events';
import {
  appearanceOf,
  defaultStatusName,
  isStatusType,
  STATUS_APPEARANCE,
  UNKNOWN_APPEARANCE,
} from '../../../src-main/presence/status-types';

describe('status types', () => {
  it('gives each of the eleven types a label and a #rrggbb colour, each colour its own', () => {
    expect(Object.keys(STATUS_APPEARANCE).sort()).toEqual([...STATUS_TYPES].sort());
    for (const type of STATUS_TYPES) {
      expect(STATUS_APPEARANCE[type].label.length).toBeGreaterThan(0);
      expect(STATUS_APPEARANCE[type].colour).toMatch(/^#[0-9a-f]{6}$/);
    }
    const colours = STATUS_TYPES.map((t) => STATUS_APPEARANCE[t].colour);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('colours the types as people expect: available green, away amber, out of office purple, dnd red, unavailable grey, chat blue', () => {
    expect(appearanceOf('available').colourName).toBe('green');
    expect(appearanceOf('away').colourName).toBe('amber');
    expect(appearanceOf('xa').colourName).toBe('purple');
    expect(appearanceOf('dnd').colourName).toBe('red');
    expect(appearanceOf('unavailable').colourName).toBe('grey');
    expect(appearanceOf('chat').colourName).toBe('blue');
    for (const colour of ['blue', 'green', 'pink', 'purple', 'red']) {
      expect(appearanceOf(`alt${colour}`).colourName).toBe(colour);
    }
  });

  it("names a status by iSymphony's presets when the server gives no name", () => {
    expect(defaultStatusName('xa')).toBe('Out of Office');
    expect(defaultStatusName('dnd')).toBe('Do Not Disturb');
    expect(defaultStatusName('altpink')).toBe('Pink');
  });

  it('shows a type from a newer server as "other", grey, without guessing', () => {
    expect(isStatusType('lunch')).toBe(false);
    expect(appearanceOf('lunch')).toBe(UNKNOWN_APPEARANCE);
    expect(appearanceOf('__proto__')).toBe(UNKNOWN_APPEARANCE);
    expect(defaultStatusName('lunch')).toBe(UNKNOWN_APPEARANCE.label);
  });
});
