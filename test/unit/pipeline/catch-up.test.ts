import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../src-main/common/result';
import {
  collectCallSegments,
  reconcileInput,
  type CallSegmentSource,
} from '../../../src-main/pipeline/catch-up';
import { exitCodeFor } from '../../../src-main/cli/connection-exit-codes';
import { liveCallSegment } from '../../support/events';

function source(answers: Record<string, string[] | 'fail'>): CallSegmentSource & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    getExtensionCallSegments(extension) {
      asked.push(extension);
      const answer = answers[extension];
      if (answer === 'fail' || answer === undefined) {
        return Promise.resolve(err({ code: 'timeout', message: 'Slow.', retryable: true }));
      }
      return Promise.resolve(ok(answer.map(liveCallSegment)));
    },
  };
}

describe('the catch-up after a gap', () => {
  it('joins the segments of every extension of mine', async () => {
    const s = source({ '201': ['a', 'b'], '202': ['b', 'c'] });
    const outcome = await collectCallSegments(s, ['201', '202']);
    expect(s.asked).toEqual(['201', '202']);
    expect(reconcileInput(outcome)).toEqual(new Set(['a', 'b', 'c']));
  });

  it('knows nothing when one extension cannot be asked, rather than closing its calls', async () => {
    const outcome = await collectCallSegments(source({ '201': ['a'], '202': 'fail' }), ['201', '202']);
    expect(outcome).toMatchObject({ kind: 'rest-failed', extension: '202', problem: { code: 'timeout' } });
    expect(reconcileInput(outcome)).toBeNull();
  });

  it('knows nothing without an extension, and asks nobody', async () => {
    const s = source({});
    const outcome = await collectCallSegments(s, []);
    expect(outcome.kind).toBe('no-extensions');
    expect(reconcileInput(outcome)).toBeNull();
    expect(s.asked).toEqual([]);
  });
});

describe('exit codes per failure class', () => {
  it('gives each documented class its own code', () => {
    expect(exitCodeFor('credentials-rejected')).toBe(3);
    expect(exitCodeFor('address-not-allowed')).toBe(4);
    expect(exitCodeFor('not-found')).toBe(5);
    expect(exitCodeFor('ssl-required')).toBe(6);
    expect([exitCodeFor('tls-certificate-rejected'), exitCodeFor('tls-fingerprint-mismatch')]).toEqual([
      7, 7,
    ]);
    expect(
      ['dns-failed', 'connection-refused', 'network-unreachable'].map((c) => exitCodeFor(c as 'dns-failed')),
    ).toEqual([8, 8, 8]);
    expect(exitCodeFor('timeout')).toBe(9);
    expect(exitCodeFor('unexpected-status')).toBe(10);
  });
});
