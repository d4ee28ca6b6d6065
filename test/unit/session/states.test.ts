import { describe, expect, it } from 'vitest';
import { classifyFailure } from '../../../src-main/session/classify';
import { normaliseFingerprint } from '../../../src-main/session/secure-transport';
import {
  backoffState,
  connectingState,
  failedState,
  idleState,
  liveState,
  stoppedState,
} from '../../../src-main/session/states';

describe('session states', () => {
  const refused = classifyFailure({ kind: 'error', errorCode: 'ECONNREFUSED' }, { host: 'pbx', port: 58080 });
  const denied = classifyFailure({ kind: 'http-status', status: 401 }, { host: 'pbx', port: 58080 });

  it('each carry a code and one sentence', () => {
    const all = [
      idleState(),
      connectingState(1, 'pbx:58080'),
      connectingState(3, 'pbx:58080'),
      liveState(5, 'pbx:58080'),
      backoffState(2, 1000, 400, refused),
      backoffState(9, 1000, 30_000, refused),
      failedState(denied),
      stoppedState('stopped'),
      stoppedState('suspended'),
    ];
    for (const s of all) {
      expect(s.code.length).toBeGreaterThan(0);
      expect(s.message).toMatch(/^[A-Z].*[.]$/);
      expect(s.message.split('. ')).toHaveLength(1);
    }
  });

  it('backoff keeps the problem code and says when the next try is', () => {
    const s = backoffState(2, 1234, 400, refused);
    expect(s).toMatchObject({ kind: 'backoff', attempt: 2, nextAttemptAt: 1234, code: 'connection-refused' });
    expect(s.message).toContain('next try in under a second');
    expect(backoffState(5, 0, 12_400, refused).message).toContain('next try in 12 s');
  });

  it('failed keeps the problem and its sentence', () => {
    expect(failedState(denied)).toMatchObject({
      kind: 'failed',
      code: 'credentials-rejected',
      message: denied.message,
    });
  });
});

describe('certificate fingerprints', () => {
  const canonical = Array.from({ length: 32 }, (_, i) => i.toString(16).padStart(2, '0').toUpperCase()).join(
    ':',
  );

  it('accept colons or none, any case, and surrounding spaces', () => {
    expect(normaliseFingerprint(canonical)).toBe(canonical);
    expect(normaliseFingerprint(canonical.replace(/:/g, '').toLowerCase())).toBe(canonical);
    expect(normaliseFingerprint(` ${canonical.toLowerCase()} `)).toBe(canonical);
  });

  it('refuse anything that is not 32 bytes of hex', () => {
    expect(normaliseFingerprint('')).toBeUndefined();
    expect(normaliseFingerprint(canonical.slice(3))).toBeUndefined();
    expect(normaliseFingerprint(canonical.replace('0A', 'ZZ'))).toBeUndefined();
    expect(normaliseFingerprint(`${canonical}:FF`)).toBeUndefined();
  });
});
