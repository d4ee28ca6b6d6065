import { describe, expect, it } from 'vitest';
import { classifyFailure, type FailureObservation } from '../../../src-main/session/classify';

const where = { host: 'pbx.example.test', port: 58080 };

const table: readonly [string, FailureObservation, string, boolean][] = [
  ['a DNS failure', { kind: 'error', errorCode: 'ENOTFOUND' }, 'dns-failed', true],
  ['a temporary DNS failure', { kind: 'error', errorCode: 'EAI_AGAIN' }, 'dns-failed', true],
  ['a refused connection', { kind: 'error', errorCode: 'ECONNREFUSED' }, 'connection-refused', true],
  ['an unreachable network', { kind: 'error', errorCode: 'ENETUNREACH' }, 'network-unreachable', true],
  ['an unreachable host', { kind: 'error', errorCode: 'EHOSTUNREACH' }, 'network-unreachable', true],
  ['a handshake timeout', { kind: 'timeout', ms: 10_000 }, 'timeout', true],
  ['a reset connection', { kind: 'error', errorCode: 'ECONNRESET' }, 'connection-closed', true],
  ['an unexpected close', { kind: 'closed', closeCode: 1006 }, 'connection-closed', true],
  ['a frame above the limit', { kind: 'closed', closeCode: 1009 }, 'frame-too-large', true],
  ['a missing pong', { kind: 'heartbeat-timeout', ms: 10_000 }, 'heartbeat-timeout', true],
  ['HTTP 401', { kind: 'http-status', status: 401 }, 'credentials-rejected', false],
  ['HTTP 403', { kind: 'http-status', status: 403 }, 'address-not-allowed', false],
  ['HTTP 404', { kind: 'http-status', status: 404 }, 'not-found', false],
  ['HTTP 302', { kind: 'http-status', status: 302 }, 'ssl-required', false],
  ['HTTP 503', { kind: 'http-status', status: 503 }, 'unexpected-status', true],
  ['HTTP 400', { kind: 'http-status', status: 400 }, 'unexpected-status', false],
  [
    'a self-signed certificate',
    { kind: 'error', errorCode: 'DEPTH_ZERO_SELF_SIGNED_CERT' },
    'tls-certificate-rejected',
    false,
  ],
  [
    'a wrong host name',
    { kind: 'error', errorCode: 'ERR_TLS_CERT_ALTNAME_INVALID' },
    'tls-certificate-rejected',
    false,
  ],
  [
    'a different pinned certificate',
    { kind: 'fingerprint-mismatch', presented: 'AB:CD' },
    'tls-fingerprint-mismatch',
    false,
  ],
  ['anything else', { kind: 'error', errorCode: 'EWHATEVER' }, 'connection-failed', true],
  ['an error without a code', { kind: 'error', errorCode: undefined }, 'connection-failed', true],
];

describe('failure classification', () => {
  it.each(table)('classifies %s', (_name, seen, code, retryable) => {
    const problem = classifyFailure(seen, where);
    expect(problem.code).toBe(code);
    expect(problem.retryable).toBe(retryable);
    // One sentence for people, ending in a full stop.
    expect(problem.message).toMatch(/^[A-Z].*\.$/);
    expect(problem.message.split('. ').length).toBe(1);
  });

  it('names the fix for each problem that stops retries', () => {
    expect(classifyFailure({ kind: 'http-status', status: 401 }, where).message).toMatch(
      /username or password/,
    );
    expect(classifyFailure({ kind: 'http-status', status: 403 }, where).message).toMatch(/security\.xml/);
    expect(classifyFailure({ kind: 'http-status', status: 404 }, where).message).toMatch(/path/);
    expect(classifyFailure({ kind: 'http-status', status: 302 }, where).message).toMatch(/SSL.*55050/);
  });

  it("names this computer's address, as seen locally, when the allow-list refused it", () => {
    const problem = classifyFailure({ kind: 'http-status', status: 403, localAddress: '192.0.2.7' }, where);
    expect(problem.message).toContain('(192.0.2.7)');
  });

  it('names the presented certificate by its SHA-256 fingerprint so the user can choose to trust it', () => {
    const fp = 'AA:BB:CC:DD';
    const rejected = classifyFailure(
      { kind: 'error', errorCode: 'SELF_SIGNED_CERT_IN_CHAIN', fingerprint256: fp },
      where,
    );
    expect(rejected.message).toContain(fp);
    expect(rejected.fingerprint256).toBe(fp);
    const swapped = classifyFailure({ kind: 'fingerprint-mismatch', presented: fp }, where);
    expect(swapped.message).toContain(fp);
  });

  it('never repeats free text from an error, only constant-like codes', () => {
    const problem = classifyFailure({ kind: 'error', errorCode: 'secret password in text' }, where);
    expect(problem.message).not.toContain('secret');
  });

  it('says where it tried', () => {
    expect(classifyFailure({ kind: 'error', errorCode: 'ECONNREFUSED' }, where).message).toContain(
      'pbx.example.test:58080',
    );
  });
});
