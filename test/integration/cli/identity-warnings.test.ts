/**
 * After going live, `watch` and `check` say when the iSymphony user or an extension does not exist
 * on the server (issue 11 §3), when the check could not be made (the Live REST API refused by
 * licensing), and every REST call names the core server of --core-server. Real sockets against
 * the demo server, through runCli.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandIo } from '../../../src-main/cli/io';
import { runCli } from '../../../src-main/cli/run';
import { startDemoServer, type DemoServer, type DemoServerOptions } from '../../../src-main/demo-server';

const PASSWORD = 'Identity-test-pw-3c1!';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function server(options: Partial<DemoServerOptions> = {}): Promise<DemoServer> {
  const s = await startDemoServer({ username: 'manager', password: PASSWORD, ...options });
  cleanups.push(() => s.stop());
  return s;
}

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = {
    argv,
    env: { ISYMPHONY_PASSWORD: PASSWORD },
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stopRequested: new Promise<void>(() => {}),
  };
  const code = await runCli(io);
  return { code, stdout, stderr };
}

const connect = (s: { port: number }) => ['--host', '127.0.0.1', '--port', String(s.port)];
const lines = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('the user check after going live', () => {
  it('watch names a user and an extension the server does not have, and nothing for ones it has', async () => {
    const s = await server();
    const r = await run([
      'watch',
      ...connect(s),
      '--username',
      'nobody',
      '--extension',
      '4224',
      '--extension',
      '999',
      '--once-live',
    ]);
    expect(r.code).toBe(0);
    const warnings = lines(r.stdout).filter((l) => l.kind === 'warning');
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'unknown-user',
        name: 'nobody',
        message: expect.stringContaining(
          "There is no iSymphony user 'nobody' on this server; calls for them will never pop",
        ),
      }),
      expect.objectContaining({ code: 'unknown-extension', name: '999' }),
    ]);
    const good = await run([
      'watch',
      ...connect(s),
      '--username',
      '4224',
      '--extension',
      '4224',
      '--once-live',
    ]);
    expect(lines(good.stdout).some((l) => l.kind === 'live' || l.state === 'live')).toBe(true);
    expect(lines(good.stdout).filter((l) => l.kind === 'warning')).toEqual([]);
  });

  it('check prints the warning after the live line', async () => {
    const s = await server();
    const r = await run(['check', ...connect(s), '--username', 'nobody']);
    expect(r.code).toBe(0);
    const out = r.stdout.split('\n');
    expect(out[0]).toMatch(/^live: /);
    expect(out[1]).toContain(
      "warning: There is no iSymphony user 'nobody' on this server; calls for them will never pop",
    );
  });

  it('says the check could not be made, and why, when licensing refuses the Live REST API (403)', async () => {
    const s = await server({ restRefusal: 403 });
    const r = await run(['check', ...connect(s), '--username', '4224']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^live: /);
    expect(r.stdout).toMatch(/warning: Could not check .*licence/);
    expect(r.stdout).not.toMatch(/allow-list/);
    expect(r.stdout + r.stderr).not.toContain(PASSWORD);
  });

  it('names the core server of --core-server in every REST call: an unknown one cannot be checked', async () => {
    const s = await server();
    const other = await run(['check', ...connect(s), '--username', '4224', '--core-server', 'elsewhere']);
    expect(other.stdout).toMatch(/warning: Could not check/);
    expect(other.stdout).toContain('no such core server (HTTP 404); check --core-server');
    const byId = await run(['check', ...connect(s), '--username', 'nobody', '--core-server', s.coreServerId]);
    expect(byId.stdout).toContain("There is no iSymphony user 'nobody'");
    const bad = await run(['check', ...connect(s), '--core-server', 'no spaces/here']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--core-server');
  });
});
