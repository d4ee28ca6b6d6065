/**
 * The diagnostics report never carries a secret (issue 11 §3): a password planted on purpose in
 * every shape it could take in a log line or a setting is found nowhere in the report, JSON or
 * text; nor is any credential-shaped value (Basic/Bearer, URL userinfo); and for arbitrary
 * passwords the report neither contains them nor fails.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LogRing } from '../../../src-main/common/log-ring';
import { SUBSTRING_MIN_LENGTH } from '../../../src-main/common/redact';
import { DiagnosticsRecorder } from '../../../src-main/diagnostics/recorder';
import { buildReport, reportJson, reportText, type ReportInput } from '../../../src-main/diagnostics/report';
import { DEFAULT_PROFILE } from '../../../src-main/protocol/profile';
import { encodingsOf, plantEverywhere } from '../../support/planted-secret';

function inputWith(password: string, ring: LogRing): ReportInput {
  const clock = { now: () => Date.UTC(2026, 11, 2, 5, 0) };
  const recorder = new DiagnosticsRecorder(clock);
  recorder.event('dial');
  return {
    source: 'command line',
    appVersion: '0.1.0',
    now: clock.now(),
    settings: {
      host: 'pbx.example.com',
      managerPassword: password,
      crm: {
        templates: [{ url: `https://crm.example/x?api_key=${encodeURIComponent(password)}&q={number}` }],
      },
    },
    protocolProfile: DEFAULT_PROFILE,
    connection: { state: 'failed', code: 'credentials-rejected', message: `rejected ${password}` },
    warnings: [{ code: 'unknown-user', message: `There is no iSymphony user '${password}'` }],
    recorder,
    unreadable: { events: { messages: 1, fields: [{ field: password, count: 1 }] }, rest: null },
    logLines: ring.lines(),
    secrets: [password],
  };
}

function outputsFor(password: string): string[] {
  const ring = new LogRing();
  plantEverywhere((message, fields) => ring.log('warn', message, fields), password);
  const report = buildReport(inputWith(password, ring));
  return [reportJson(report), reportText(report)];
}

describe('the diagnostics report and secrets', () => {
  const PLANTED = 'Planted-pw/7+x"y\\z%';

  it('finds the planted password in none of its encodings, in JSON or in text', () => {
    const [json, text] = outputsFor(PLANTED);
    for (const output of [json!, text!]) {
      for (const form of encodingsOf(PLANTED)) expect(output).not.toContain(form);
      expect(output).not.toMatch(/Basic [A-Za-z0-9+/]{8,}/);
      expect(output).not.toMatch(/Bearer (?!\[redacted\])/);
      expect(output).not.toMatch(/:\/\/manager:/);
    }
    // The report still says what it is about: the scrub took out the secrets, not the report.
    const parsed = JSON.parse(json!) as { eventsLastHour: unknown; settings: Record<string, unknown> };
    expect(parsed.eventsLastHour).toEqual([{ kind: 'dial', count: 1 }]);
    expect(parsed.settings.host).toBe('pbx.example.com');
    expect(parsed.settings.managerPassword).toBe('[removed]');
    expect(text).toContain('Events in the last hour:\n  dial: 1');
  });

  it('takes out credentials it was not told about: another Basic header, URL userinfo, a token parameter', () => {
    const ring = new LogRing();
    ring.log(
      'warn',
      'proxy said Authorization: Basic b3RoZXI6c2VjcmV0 for https://bob:hunter2@proxy.example/?access_token=abc123',
    );
    const report = buildReport({ ...inputWith('Unrelated-pw-1234', ring) });
    const json = reportJson(report);
    expect(json).not.toContain('b3RoZXI6c2VjcmV0');
    expect(json).not.toContain('hunter2');
    expect(json).not.toContain('abc123');
    expect(json).toContain('proxy.example');
  });

  it('never contains an arbitrary password, and never fails', () => {
    const password = fc
      .string({ minLength: SUBSTRING_MIN_LENGTH, maxLength: 40, unit: 'grapheme' })
      .filter((pw) => pw.trim() === pw && !/\s{2}/.test(pw) && new Set(pw).size >= 4);
    fc.assert(
      fc.property(password, (pw) => {
        const outputs = outputsFor(pw);
        for (const output of outputs) {
          for (const form of encodingsOf(pw)) expect(output).not.toContain(form);
        }
      }),
      { seed: 20261202, numRuns: 60 },
    );
  });
});
