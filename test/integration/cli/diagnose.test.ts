/**
 * `isymphony-companion diagnose`, as the built command line in a child process against the demo
 * server: the report in JSON (default) and in words (--text), and no trace of the password, which
 * is planted on purpose where the run logs and reports it (the user name, an extension).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../../src-main/demo-server';
import { assertBuiltCliIsFresh, BUILT_CLI } from '../../support/built-cli';
import { cleanupsAfterEach } from '../../support/cleanup';
import { encodingsOf } from '../../support/planted-secret';

const run = promisify(execFile);
const cleanups = cleanupsAfterEach();
const PASSWORD = 'Cli-planted-pw/5+"k\\%';

beforeAll(() => assertBuiltCliIsFresh());

async function diagnose(extra: string[]) {
  const server = await startDemoServer({ username: 'manager', password: PASSWORD });
  cleanups.push(() => server.stop());
  const basic = Buffer.from(`manager:${PASSWORD}`).toString('base64');
  const { stdout, stderr } = await run(
    process.execPath,
    [
      BUILT_CLI,
      'diagnose',
      '--host',
      '127.0.0.1',
      '--port',
      String(server.port),
      '--seconds',
      '0',
      // Planted: the password as the user name, and as an extension in the shapes a log may show.
      '--username',
      PASSWORD,
      '--extension',
      basic,
      '--extension',
      `Basic ${basic}`,
      '--extension',
      encodeURIComponent(PASSWORD),
      ...extra,
    ],
    { env: { ...process.env, ISYMPHONY_PASSWORD: PASSWORD }, timeout: 20_000 },
  );
  return { stdout, stderr };
}

describe('isymphony-companion diagnose', () => {
  it('prints the report as JSON, with the user check, and not the password in any encoding', async () => {
    const { stdout, stderr } = await diagnose([]);
    for (const form of encodingsOf(PASSWORD)) {
      expect(stdout).not.toContain(form);
      expect(stderr).not.toContain(form);
    }
    const report = JSON.parse(stdout) as {
      report: string;
      source: string;
      versions: { node: string };
      connection: { state: string };
      warnings: { code: string }[];
      settings: Record<string, unknown>;
      log: string[];
    };
    expect(report.report).toBe('isymphony-companion diagnostics');
    expect(report.source).toBe('command line');
    expect(report.versions.node).toBe(process.versions.node);
    expect(report.connection.state).toBe('live');
    expect(report.warnings.map((w) => w.code)).toContain('unknown-user');
    expect(report.settings.host).toBe('127.0.0.1');
    expect(report.log.length).toBeGreaterThan(0);
  });

  it('prints it in words with --text, still without the password', async () => {
    const { stdout } = await diagnose(['--text']);
    for (const form of encodingsOf(PASSWORD)) expect(stdout).not.toContain(form);
    expect(stdout).toMatch(/^iSymphony Companion diagnostics \(command line\)/);
    expect(stdout).toMatch(/Connection: live \(live\)/);
    expect(stdout).toContain('Events in the last hour:');
  });
});
