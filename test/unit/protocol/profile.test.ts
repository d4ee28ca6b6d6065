import { describe, expect, it } from 'vitest';
import {
  parseProfileJson,
  profileOverridesOf,
  readProfileOverrides,
} from '../../../src-main/protocol/profile-json';
import {
  calleeSuffix,
  DEFAULT_PROFILE,
  hasDefaultFieldNames,
  resolveProfile,
} from '../../../src-main/protocol/profile';

function resolved(overrides: Parameters<typeof resolveProfile>[0]) {
  const r = resolveProfile(overrides);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('resolveProfile: the profile grows where real servers may differ', () => {
  it('keeps today’s defaults when nothing is set', () => {
    const p = resolved({});
    expect(p.callerSuffix).toBe('1');
    expect(p.callerSuffixes).toEqual({ dial: '1', link: '1', linkEnd: '1' });
    expect(p.fieldNames).toBe(DEFAULT_PROFILE.fieldNames);
    expect(hasDefaultFieldNames(p)).toBe(true);
  });

  it('sets the caller suffix per event kind, the rest following callerSuffix', () => {
    const p = resolved({ callerSuffix: '2', callerSuffixByKind: { link: '1' } });
    expect(p.callerSuffixes).toEqual({ dial: '2', link: '1', linkEnd: '2' });
    expect(calleeSuffix(p, 'link')).toBe('2');
    expect(calleeSuffix(p, 'dial')).toBe('1');
  });

  it('renames party fields, and a profile that renames none to something else stays on the fast path', () => {
    const p = resolved({ fieldNames: { callerIdName: 'cidName', did: 'dnid' } });
    expect(p.fieldNames).toMatchObject({ callerIdName: 'cidName', did: 'dnid', username: 'username' });
    expect(hasDefaultFieldNames(p)).toBe(false);
    expect(hasDefaultFieldNames(resolved({ fieldNames: { did: 'did' } }))).toBe(true);
  });

  it.each([
    [{ fieldNames: { did: 'has space' } }, 'field name for "did" must start with a letter'],
    [{ fieldNames: { did: 'type' } }, 'cannot be "type"'],
    [{ fieldNames: { username: 'userId' } }, 'cannot be "userId"'],
    [{ fieldNames: { did: 'callerIdName' } }, 'cannot both use the field name "callerIdName"'],
    [{ callerSuffixByKind: { dial: '3' as never } }, 'calling side of "dial" must be suffix "1" or "2"'],
  ])('refuses %j: %s', (overrides, message) => {
    const r = resolveProfile(overrides);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(message);
  });
});

describe('the profile as JSON', () => {
  it('reads every setting and gives back what it read', () => {
    const json =
      '{"eventTypes":{"dial":"Ring"},"callerSuffix":"2","callerSuffixByKind":{"linkEnd":"1"},"fieldNames":{"username":"user"}}';
    expect(parseProfileJson(json)).toEqual({ ok: true, value: JSON.parse(json) });
  });

  it.each([
    ['not json', 'not valid JSON'],
    ['[]', 'must be a JSON object'],
    ['{"eventType":{}}', 'no setting "eventType"; it takes eventTypes, callerSuffix'],
    ['{"eventTypes":{"ring":"x"}}', '"eventTypes" has no entry "ring"; the entries are dial, link'],
    ['{"eventTypes":{"dial":5}}', '"eventTypes.dial" must be text'],
    ['{"eventTypes":[]}', '"eventTypes" must be an object'],
    ['{"callerSuffix":2}', '"callerSuffix" must be "1" or "2" (as text)'],
    ['{"callerSuffixByKind":{"hangup":"1"}}', 'the entries are dial, link, linkEnd'],
    ['{"callerSuffixByKind":{"dial":"x"}}', '"callerSuffixByKind.dial" must be "1" or "2"'],
    ['{"fieldNames":{"callerIdName":"a","callerIdNumber":"a"}}', 'cannot both use the field name "a"'],
    ['{"eventTypes":{"dial":"hangup"}}', 'cannot both use the event name "hangup"'],
  ])('refuses %s with a sentence naming the problem', (json, message) => {
    const r = parseProfileJson(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(message);
  });

  it('writes the smallest JSON that resolves back to the same profile', () => {
    const p = resolved({
      eventTypes: { dial: 'Ring', hangup: 'End' },
      callerSuffix: '2',
      callerSuffixByKind: { link: '1', dial: '2' },
      fieldNames: { callerIdNumber: 'cidNum' },
    });
    const written = profileOverridesOf(p);
    expect(written).toEqual({
      eventTypes: { dial: 'Ring', hangup: 'End' },
      callerSuffix: '2',
      callerSuffixByKind: { link: '1' },
      fieldNames: { callerIdNumber: 'cidNum' },
    });
    const again = readProfileOverrides(JSON.parse(JSON.stringify(written)));
    if (!again.ok) throw new Error(again.error.message);
    expect(resolved(again.value)).toEqual(p);
  });
});
