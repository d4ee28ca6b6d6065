import { format, inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Secret } from '../../../src-main/common/secret';

const VALUE = 'manag3rpa55word';

describe('Secret', () => {
  const secret = new Secret(VALUE);

  it('hands out its value only through reveal()', () => {
    expect(secret.reveal()).toBe(VALUE);
  });

  it('shows "[secret]" in String(), template strings and concatenation', () => {
    expect(String(secret)).toBe('[secret]');
    expect(`${secret}`).toBe('[secret]');
    expect('pw=' + secret).toBe('pw=[secret]');
    expect(secret.toString()).toBe('[secret]');
  });

  it('shows "[secret]" in JSON, alone and nested', () => {
    expect(JSON.stringify(secret)).toBe('"[secret]"');
    expect(JSON.stringify({ settings: { password: secret } })).toBe('{"settings":{"password":"[secret]"}}');
  });

  it('never shows the value through util.inspect, with or without custom inspection', () => {
    for (const text of [
      inspect(secret),
      inspect({ password: secret }, { depth: 10, showHidden: true }),
      inspect(secret, { customInspect: false, showHidden: true }),
    ]) {
      expect(text).not.toContain(VALUE);
    }
    expect(inspect(secret)).toBe('[secret]');
  });

  it('never shows the value through console.log-style formatting', () => {
    for (const pattern of ['%s', '%o', '%O', '%j', '%d', '%i', '%f', '%c']) {
      expect(format(pattern, secret)).not.toContain(VALUE);
    }
    expect(format('login with', secret)).toBe('login with [secret]');
  });

  it('keeps the value out of spread, keys, entries and structured clones', () => {
    expect(Object.keys(secret)).toEqual([]);
    expect(JSON.stringify({ ...secret })).not.toContain(VALUE);
    expect(JSON.stringify(Object.getOwnPropertyNames(secret))).not.toContain(VALUE);
    expect(JSON.stringify(structuredClone(secret))).not.toContain(VALUE);
  });

  it('shows "[secret]" in an error message that interpolates it', () => {
    expect(new Error(`could not log in with ${secret}`).message).not.toContain(VALUE);
  });

  it('compares by value', () => {
    expect(secret.equals(new Secret(VALUE))).toBe(true);
    expect(secret.equals(new Secret(VALUE + 'x'))).toBe(false);
    expect(secret.equals(new Secret(''))).toBe(false);
    expect(new Secret('').equals(new Secret(''))).toBe(true);
    expect(secret === new Secret(VALUE)).toBe(false);
  });

  it('knows whether it is empty', () => {
    expect(new Secret('').isEmpty).toBe(true);
    expect(secret.isEmpty).toBe(false);
  });

  it('cannot be changed after construction', () => {
    expect(Object.isFrozen(secret)).toBe(true);
  });
});
