import { spawn, type ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { CommandIo } from '../../../src-main/cli/io';
import { runCli } from '../../../src-main/cli/run';
import { basic } from './support';
import { eventually } from '../../support/eventually';

const SECRET = 'cli-Pa55word-never-printed';

function inProcess(argv: string[], env: Record<string, string> = {}) {
  let stderr = '';
  let stdout = '';
  let stop!: () => void;
  const io: CommandIo = {
    argv,
    env,
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stopRequested: new Promise<void>((resolve) => (stop = resolve)),
  };
  return { io, stop, out: () => ({ stdout, stderr }) };
}

/** Resolves with the first match of `pattern` in the child's stderr. */
function waitForStderr(child: ChildProcess, pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`no ${pattern} in stderr:\n${text}`)), timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = pattern.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    });
  });
}

describe('isymphony-companion demo-server (in process)', () => {
  it('refuses an unknown flag with exit 2 and a sentence', async () => {
    const run = inProcess(['demo-server', '--pasword', 'x']);
    expect(await runCli(run.io)).toBe(2);
    expect(run.out().stderr).toMatch(/Unknown option '--pasword'/);
  });

  it('refuses to start without a password, naming both ways to give one', async () => {
    const run = inProcess(['demo-server', '--port', '0']);
    expect(await runCli(run.io)).toBe(2);
    expect(run.out().stderr).toMatch(/--password or the ISYMPHONY_PASSWORD/);
  });

  it('refuses bad values with exit 2', async () => {
    for (const argv of [
      ['--port', '70000'],
      ['--rate', 'fast'],
      ['--allow', 'localhost'],
      ['--users', '4224,bad user'],
      ['--require-ssl', '55050', '--tls'],
    ]) {
      const run = inProcess(['demo-server', '--password', SECRET, ...argv]);
      expect(await runCli(run.io)).toBe(2);
      expect(run.out().stderr).not.toContain(SECRET);
    }
  });

  it('takes the password from ISYMPHONY_PASSWORD, serves, and stops when asked', async () => {
    const run = inProcess(['demo-server', '--port', '0', '--rate', '0'], { ISYMPHONY_PASSWORD: SECRET });
    const exit = runCli(run.io);
    await eventually(() => /demo server listening/.test(run.out().stderr), 'the listening line');
    const port = Number(/127\.0\.0\.1:(\d+)/.exec(run.out().stderr)?.[1]);
    const ws = new WebSocket(`ws://127.0.0.1:${port}/communication_manager/ws/event`, {
      headers: { Authorization: basic('manager', SECRET) },
    });
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    ws.terminate();
    run.stop();
    expect(await exit).toBe(0);
    expect(run.out().stderr).toMatch(/demo server stopped/);
    expect(run.out().stderr).not.toContain(SECRET);
  });

  it('prints the SHA-256 fingerprint of the certificate it generates with --tls', async () => {
    const run = inProcess(['demo-server', '--port', '0', '--rate', '0', '--tls', '--password', SECRET]);
    const exit = runCli(run.io);
    await eventually(
      () => /fingerprint256/.test(run.out().stderr),
      'the fingerprint line (generating a certificate is slow)',
      20_000,
    );
    expect(run.out().stderr).toMatch(/https:\/\/127\.0\.0\.1:\d+/);
    expect(run.out().stderr).toMatch(/"fingerprint256":"([0-9A-F]{2}:){31}[0-9A-F]{2}"/);
    run.stop();
    expect(await exit).toBe(0);
  });
});

describe('isymphony-companion demo-server (as a process)', () => {
  it('serves a plain ws client the events its filter selects, and stops cleanly on SIGTERM', async () => {
    // tsx itself, not through npx: npm exec does not pass SIGTERM on to the program it runs.
    const child = spawn(
      process.execPath,
      [
        'node_modules/tsx/dist/cli.mjs',
        'src-main/cli/main.ts',
        'demo-server',
        '--port',
        '0',
        '--username',
        'manager',
        '--password',
        SECRET,
        '--users',
        '4224,4225',
        '--rate',
        '20',
        '--step-ms',
        '5',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ISYMPHONY_PASSWORD: '' } },
    );
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const [, port] = await waitForStderr(
        child,
        /demo server listening \{"url":"http:\/\/127\.0\.0\.1:(\d+)"/,
      );
      const ws = new WebSocket(`ws://127.0.0.1:${port}/communication_manager/ws/event`, {
        headers: { Authorization: basic('manager', SECRET) },
      });
      const messages: Record<string, unknown>[] = [];
      ws.on('message', (data) => messages.push(JSON.parse(String(data)) as Record<string, unknown>));
      await new Promise((resolve, reject) => {
        ws.once('open', resolve);
        ws.once('error', reject);
      });
      ws.send(
        JSON.stringify({
          type: 'filter',
          filters: [
            { property: 'type', value: 'dial' },
            { property: 'username2', value: '4224' },
          ],
        }),
      );
      // Calls are already running, so events may come before the filter's answer; after it, only dials to 4224.
      const answered = (): number => messages.findIndex((m) => m['type'] === 'filterResponse');
      await eventually(() => answered() >= 0 && messages.length - answered() > 3, 'the demo calls', 15_000);
      expect(messages[answered()]).toEqual({ type: 'filterResponse', success: true });
      const selected = messages.slice(answered() + 1);
      for (const event of selected) expect(event).toMatchObject({ type: 'dial', username2: '4224' });
      ws.terminate();
      expect(stderr).toMatch(/scenario \w+ started/);
      expect(stderr).toMatch(/"username":"manager"/);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/demo server stopped/);
    expect(stderr).not.toContain(SECRET);
  });
});
