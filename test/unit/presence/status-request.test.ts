import { describe, expect, it } from 'vitest';
import { STATUS_TYPES } from '../../../src-main/protocol/events';
import { checkStatusRequest } from '../../../src-main/presence/status-request';

const NOW = 1_800_000_000_000;

describe('checking a status request before it is sent', () => {
  it('accepts every known type, naming it by default and sending -1 for no return time', () => {
    for (const type of STATUS_TYPES) {
      const checked = checkStatusRequest({ type }, NOW);
      if (!checked.ok) throw new Error(checked.error.message);
      expect(checked.value.update).toMatchObject({ type, note: '', returnTime: -1 });
      expect(checked.value.update.name.length).toBeGreaterThan(0);
      expect(checked.value.wanted.returnTime).toBeNull();
      expect(checked.value.wanted.userCreated).toBe(false);
    }
  });

  it('refuses an unknown type with a sentence listing the valid ones', () => {
    const checked = checkStatusRequest({ type: 'sleepy' }, NOW);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.error.code).toBe('invalid-status');
    for (const type of STATUS_TYPES) expect(checked.error.message).toContain(type);
    expect(checked.error.message).toContain('"sleepy"');
  });

  it('does not echo an unknown type that is long or holds control characters', () => {
    const long = checkStatusRequest({ type: 'x'.repeat(500) }, NOW);
    const control = checkStatusRequest({ type: 'away\u001b[2J' }, NOW);
    expect(long.ok === false && long.error.message).not.toContain('xxxxxxxxxx');
    expect(control.ok === false && control.error.message).not.toContain('\u001b');
  });

  it('keeps a typed name (trimmed) and marks it user-created', () => {
    const checked = checkStatusRequest({ type: 'away', name: '  Lunch  ', note: 'back soon' }, NOW);
    if (!checked.ok) throw new Error(checked.error.message);
    expect(checked.value.update).toEqual({ name: 'Lunch', type: 'away', note: 'back soon', returnTime: -1 });
    expect(checked.value.wanted.userCreated).toBe(true);
  });

  it('bounds the name and the note, and refuses control characters in them', () => {
    expect(checkStatusRequest({ type: 'away', name: 'n'.repeat(128) }, NOW).ok).toBe(true);
    expect(checkStatusRequest({ type: 'away', name: 'n'.repeat(129) }, NOW).ok).toBe(false);
    expect(checkStatusRequest({ type: 'away', name: 'a\u0007b' }, NOW).ok).toBe(false);
    expect(checkStatusRequest({ type: 'away', note: 'n'.repeat(512) }, NOW).ok).toBe(true);
    expect(checkStatusRequest({ type: 'away', note: 'n'.repeat(513) }, NOW).ok).toBe(false);
    expect(checkStatusRequest({ type: 'away', note: 'line one\nline two' }, NOW).ok).toBe(true);
    expect(checkStatusRequest({ type: 'away', note: 'bell\u0007' }, NOW).ok).toBe(false);
  });

  it('takes a return time in ms or as a Date, only in the future', () => {
    const later = checkStatusRequest({ type: 'xa', returnTime: NOW + 60_000 }, NOW);
    expect(later.ok && later.value.update.returnTime).toBe(NOW + 60_000);
    const date = checkStatusRequest({ type: 'xa', returnTime: new Date(NOW + 1) }, NOW);
    expect(date.ok && date.value.wanted.returnTime).toBe(NOW + 1);
    for (const returnTime of [-1, null]) {
      const none = checkStatusRequest({ type: 'xa', returnTime }, NOW);
      expect(none.ok && none.value.update.returnTime).toBe(-1);
    }
    for (const returnTime of [
      NOW,
      NOW - 1,
      new Date(NOW - 1000),
      new Date(Number.NaN),
      -2,
      1.5,
      Number.NaN,
    ]) {
      const refused = checkStatusRequest({ type: 'xa', returnTime }, NOW);
      expect(refused.ok, String(returnTime)).toBe(false);
    }
  });
});
