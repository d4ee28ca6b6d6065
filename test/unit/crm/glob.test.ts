import { describe, expect, it } from 'vitest';
import { globMatch, MAX_GLOB_LENGTH } from '../../../src-main/crm/glob';

describe('globMatch', () => {
  it.each([
    ['+44*', '+442079460018', true],
    ['+44*', '+4930123', false],
    ['*', '', true],
    ['*', 'anything', true],
    ['', '', true],
    ['', 'x', false],
    ['020?', '0207', true],
    ['020?', '020', false],
    ['020?', '02079', false],
    ['*0018', '+442079460018', true],
    ['*7946*', '+442079460018', true],
    ['*79?6*', '+442079460018', true],
    ['*79?6*', '+442078460018', false],
    ['0*0*0', '000', true],
    ['a*b*c', 'abxbxc', true],
    ['a*b*c', 'abxbx', false],
  ])('matches %j against %j: %s', (pattern, text, expected) => {
    expect(globMatch(pattern, text)).toBe(expected);
  });

  it('reads regular-expression characters literally', () => {
    expect(globMatch('+44.20', '+44.20')).toBe(true);
    expect(globMatch('+44.20', '+44020')).toBe(false);
    expect(globMatch('(0)[1]{2}^$|\\', '(0)[1]{2}^$|\\')).toBe(true);
    expect(globMatch('.*', 'abc')).toBe(false);
  });

  it('treats an astral character as one character for "?"', () => {
    expect(globMatch('a?b', 'a😀b')).toBe(true);
  });

  it('answers a pathological pattern over a long input (no catastrophic backtracking)', () => {
    const pattern = '*a'.repeat(30) + 'b';
    expect(globMatch(pattern, 'a'.repeat(MAX_GLOB_LENGTH))).toBe(false);
    expect(globMatch(pattern, 'a'.repeat(MAX_GLOB_LENGTH - 1) + 'b')).toBe(true);
  });

  it('does not match over-long patterns or inputs at all', () => {
    expect(globMatch('*', 'x'.repeat(MAX_GLOB_LENGTH + 1))).toBe(false);
    expect(globMatch('*'.repeat(MAX_GLOB_LENGTH + 1), 'x')).toBe(false);
  });
});
