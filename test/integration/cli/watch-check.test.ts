/**
 * `watch` and `check`, run in-process through runCli with a recording CommandIo against the demo
 * server on 127.0.0.1, and once as a real process. The password is passed only in the
 * environment, and must never appear in anything printed.
 */
import { createServer, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/run';
import { createCheckCommand } from '../../../src-main/cli/commands/check';
import { startDemoServer, type DemoServer, type DemoServerOptions } from '../../../src-main/demo-server';
import { startBuiltCli } from '../../support/built-cli';
import { recordingIo } from '../../support/cli-io';
import { closedPort } from '../../support/closed-port';
import { cleanupsAfterEach } from '../../support/cleanup';
import { eventually } from '../../support/eventually';

const PASSWORD = 'Cli-test-pw-0b7e5!';
const env = { ISYMPHONY_PASSWORD: PASSWORD };

const cleanups = cleanupsAfterEach();

async function server(options: Partial<DemoServerOptions> = {}): Promise<DemoServer> {
  const s = await startDemoServer({ username: 'manager', password: PASSWORD, ...options });
  cleanups.push(() => s.stop());
  return s;
}

interface Running {
  readonly done: Promise<number>;
  readonly stdout: string;
  readonly stderr: string;
  lines(): Record<string, unknown>[];
  stop(): void;
}

function start(argv: string[], environment: Record<string, string> = env): Running {
  const r = recordingIo(argv, environment);
  const done = runCli(r.io);
  cleanups.push(async () => {
    r.stop();
    await done;
  });
  return {
    done,
    get stdout() {
      return r.stdout();
    },
    get stderr() {
      return r.stderr();
    },
    lines: r.lines,
    stop: r.stop,
  };
}

async function run(argv: string[], environment: Record<string, string> = env) {
  const r = start(argv, environment);
  const code = await r.done;
  return { code, stdout: r.stdout, stderr: r.stderr };
}

const connect = (s: { port: number }) => ['--host', '127.0.0.1', '--port', String(s.port)];

describe('isymphony-companion watch', () => {
  it('prints connection lines, then the exact call lines of an answered inbound call, popping once', async () => {
    const s = await server();
    const w = start(['watch', ...connect(s), '--username', '4224', '--extension', '4224']);
    await eventually(() => w.lines().some((l) => l.state === 'live'), 'the live line');
    expect(w.lines()).toEqual([
      { kind: 'connection', state: 'connecting', code: 'connecting', message: expect.any(String) },
      {
        kind: 'connection',
        state: 'live',
        code: 'live',
        message: expect.stringContaining('Connected to 127.0.0.1'),
      },
    ]);
    await eventually(() => s.clients().some((c) => c.filters.length > 0), 'the filter');
    await s.scenarios.inboundAnswered({ to: '4224' });
    await eventually(() => w.lines().filter((l) => l.kind === 'call').length === 3, 'three call lines');
    const calls = w.lines().filter((l) => l.kind === 'call');
    const id = calls[0]!.id;
    const common = {
      kind: 'call',
      id,
      direction: 'inbound',
      callerName: 'Jordan Rivera',
      callerNumber: '+15555550142',
      did: '+15555550100',
    };
    expect(calls).toEqual([
      expect.objectContaining({ ...common, state: 'ringing', change: 'created', pop: true }),
      expect.objectContaining({
        ...common,
        state: 'answered',
        change: 'updated',
        pop: false,
        extension: '4224',
      }),
      expect.objectContaining({ ...common, state: 'ended', change: 'ended', pop: false }),
    ]);
    expect(typeof id).toBe('string');
    w.stop();
    expect(await w.done).toBe(0);
    expect(w.lines().at(-1)).toMatchObject({ kind: 'connection', state: 'stopped' });
    expect(s.clients()).toEqual([]);
    expect(w.stdout + w.stderr).not.toContain(PASSWORD);
  });

  it('passes hostile caller IDs through JSON-escaped but unaltered, one line each', async () => {
    const s = await server();
    const w = start(['watch', ...connect(s), '--username', '4224', '--extension', '4224']);
    await eventually(() => s.clients().some((c) => c.filters.length > 0), 'the filter');
    const name =
      'Evil\n{"kind":"call","pop":true}\u001b[2J\u009b31m\u202eRLO\u2028\u0000"\\ \ud83d\ude00 \ud800';
    const number = '+1"; rm -rf /\r\n';
    await s.scenarios.missed({ to: '4224', from: { name, number } });
    await eventually(() => w.lines().filter((l) => l.kind === 'call').length === 2, 'two call lines');
    const rawLines = w.stdout.split('\n').filter((l) => l.includes('"kind":"call"'));
    expect(rawLines).toHaveLength(2);
    for (const raw of rawLines) expect(raw).toMatch(/^[\x20-\x7e]+$/);
    const calls = w.lines().filter((l) => l.kind === 'call');
    // The decoder turns the lone surrogate into U+FFFD (so it can be percent-encoded); nothing else changes.
    expect(calls[0]!.callerName).toBe(name.replace('\ud800', '\ufffd'));
    expect(calls[0]!.callerNumber).toBe(number);
  });

  it('--once-live exits 0 as soon as the connection is live', async () => {
    const s = await server();
    const result = await run(['watch', ...connect(s), '--username', '4224', '--once-live']);
    expect(result.code).toBe(0);
    const states = result.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { state: string }).state);
    expect(states).toEqual(['connecting', 'live', 'stopped']);
  });

  it('closes cleanly when asked to stop (SIGINT) while reconnecting', async () => {
    const port = await closedPort();
    const w = start(['watch', '--host', '127.0.0.1', '--port', String(port), '--username', '4224']);
    await eventually(() => w.lines().some((l) => l.state === 'backoff'), 'a backoff line');
    w.stop();
    expect(await w.done).toBe(0);
    expect(w.lines().at(-1)).toMatchObject({ state: 'stopped' });
    expect(w.lines().find((l) => l.state === 'backoff')).toMatchObject({ code: 'connection-refused' });
  });

  it('exits with the failure class when only a settings change could help (wrong password: 3)', async () => {
    const s = await server();
    const result = await run(['watch', ...connect(s), '--username', '4224'], { ISYMPHONY_PASSWORD: 'wrong' });
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('"code":"credentials-rejected"');
  });

  it('refuses a --password flag with a sentence naming the variable, without echoing the value', async () => {
    const result = await run([
      'watch',
      '--host',
      '127.0.0.1',
      '--username',
      '4224',
      '--password',
      'hunter2secret',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ISYMPHONY_PASSWORD');
    expect(result.stderr + result.stdout).not.toContain('hunter2secret');
    const eq = await run(['check', '--host', '127.0.0.1', '--password=hunter2secret']);
    expect(eq.code).toBe(2);
    expect(eq.stderr).not.toContain('hunter2secret');
  });

  it('needs --host, --username and the password variable, and prints its usage with --help', async () => {
    expect((await run(['watch', '--username', '4224'])).stderr).toContain('--host is required');
    expect((await run(['watch', '--host', '127.0.0.1'])).stderr).toContain('--username is required');
    const noPassword = await run(['watch', '--host', '127.0.0.1', '--username', '4224'], {});
    expect(noPassword.code).toBe(2);
    expect(noPassword.stderr).toContain('ISYMPHONY_PASSWORD');
    const help = await run(['watch', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: isymphony-companion watch/);
    expect((await run(['check', '--help'])).stdout).toMatch(
      /^Usage: isymphony-companion check[\s\S]*3 wrong credentials/,
    );
  });

  it('reads the protocol profile from flags, and refuses a bad one', async () => {
    const s = await server();
    start([
      'watch',
      ...connect(s),
      '--username',
      '4224',
      '--event-type',
      'dial=Dial',
      '--caller-suffix',
      '1',
    ]);
    await eventually(() => s.clients().some((c) => c.filters.length > 0), 'the filter');
    expect(s.clients()[0]!.filters.some((f) => f.value === 'Dial')).toBe(true);
    const bad = await run([
      'watch',
      ...connect(s),
      '--username',
      '4224',
      '--protocol-profile',
      '{"eventTypes":{"dial":"hangup"}}',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('cannot both use the event name');
  });

  it('runs as the built process: watch … --once-live exits 0 once live', async () => {
    const s = await server();
    const watch = startBuiltCli(['watch', ...connect(s), '--username', '4224', '--once-live'], {
      ISYMPHONY_PASSWORD: PASSWORD,
    });
    cleanups.push(async () => void (await watch.stop('SIGKILL')));
    expect(await watch.exited).toEqual({ code: 0, signal: null });
    expect(watch.lines.map((l) => l.value.state)).toEqual(['connecting', 'live', 'stopped']);
    expect(watch.stderr()).toContain('Connected to 127.0.0.1');
    expect(JSON.stringify(watch.lines) + watch.stderr()).not.toContain(PASSWORD);
  }, 60_000);
});

/** A TCP server on 127.0.0.1 that accepts and never answers, holding every socket until the test ends. */
async function silentServer() {
  const silent = createServer(() => {});
  const held = new Set<Socket>();
  silent.on('connection', (socket) => held.add(socket));
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  cleanups.push(
    () =>
      new Promise((r) => {
        for (const socket of held) socket.destroy();
        silent.close(() => r());
      }),
  );
  return { silent, held };
}

describe('isymphony-companion check', () => {
  const everything: string[] = [];
  async function check(argv: string[], environment: Record<string, string> = env) {
    const result = await run(['check', ...argv], environment);
    everything.push(result.stdout, result.stderr);
    return result;
  }

  it('exits 0 and says so when live', async () => {
    const s = await server();
    const result = await check(connect(s));
    expect(result).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^live: Connected to 127\.0\.0\.1:\d+/),
    });
    await eventually(() => s.clients().length === 0, 'the check to hang up');
  });

  it('exits 3 for a wrong password', async () => {
    const s = await server();
    const result = await check(connect(s), { ISYMPHONY_PASSWORD: 'not-it' });
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(/^credentials-rejected: .*rejected the manager username or password/);
  });

  it('exits 4 when the server allow-list excludes 127.0.0.1', async () => {
    const s = await server({ allowList: ['10.9.8.7'] });
    const result = await check(connect(s));
    expect(result.code).toBe(4);
    expect(result.stdout).toMatch(/^address-not-allowed: .*allow-list/);
  });

  it('exits 5 for a wrong path', async () => {
    const s = await server();
    const result = await check([...connect(s), '--path', '/nothing/here']);
    expect(result.code).toBe(5);
    expect(result.stdout).toMatch(/^not-found: /);
  });

  it('exits 6 when the server requires SSL', async () => {
    const s = await server({ requireSsl: { sslPort: 55050 } });
    const result = await check(connect(s));
    expect(result.code).toBe(6);
    expect(result.stdout).toMatch(/^ssl-required: .*SSL/);
  });

  it('exits 7 for a certificate that does not match the pinned fingerprint, and 0 for the right one', async () => {
    const s = await server({ tls: 'generate' });
    const wrong = await check([...connect(s), '--tls', '--fingerprint', 'AB'.repeat(32)]);
    expect(wrong.code).toBe(7);
    expect(wrong.stdout).toMatch(/^tls-fingerprint-mismatch: /);
    const untrusted = await check([...connect(s), '--tls']);
    expect(untrusted.code).toBe(7);
    const pinned = await check([...connect(s), '--tls', '--fingerprint', s.certificate!.fingerprint256]);
    expect(pinned.code).toBe(0);
  });

  it('exits 8 when nothing listens on the port', async () => {
    const result = await check(['--host', '127.0.0.1', '--port', String(await closedPort())]);
    expect(result.code).toBe(8);
    expect(result.stdout).toMatch(/^connection-refused: /);
  });

  it('exits 9 when the server does not answer within --timeout', async () => {
    const { silent } = await silentServer();
    const result = await check([...connect(silent.address() as { port: number }), '--timeout', '0.2']);
    expect(result.code).toBe(9);
    expect(result.stdout).toMatch(/^timeout: /);
  });

  it('is cancelled cleanly by SIGINT while waiting', async () => {
    const { silent, held } = await silentServer();
    const c = start(['check', ...connect(silent.address() as { port: number })]);
    await eventually(() => held.size > 0, 'the attempt to reach the server');
    c.stop();
    expect(await c.done).toBe(130);
    expect(c.stderr).toContain('cancelled');
  });

  it('uses the injected session timings (a seam the app reuses)', async () => {
    const s = await server();
    let out = '';
    const code = await createCheckCommand({ sessionTimings: { closeWaitMs: 50 } })({
      argv: connect(s),
      env,
      stdout: (t) => void (out += t),
      stderr: () => {},
      stopRequested: new Promise(() => {}),
    });
    expect(code).toBe(0);
    expect(out).toMatch(/^live: /);
  });

  it('never prints the password, in any of the runs above', () => {
    expect(everything.length).toBeGreaterThan(10);
    for (const text of everything) expect(text).not.toContain(PASSWORD);
  });
});
