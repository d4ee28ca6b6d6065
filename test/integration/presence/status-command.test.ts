import { describe, expect, it } from 'vitest';
import { createStatusCommand } from '../../../src-main/cli/commands/status';
import { STATUS_TYPES } from '../../../src-main/protocol/events';
import { newSession, reaches } from '../session/support';
import { startBuiltCli } from '../../support/built-cli';
import { recordingIo, runCliInProcess } from '../../support/cli-io';
import { eventually } from '../../support/eventually';
import { PASSWORD, restClient, cleanups, serve, silentServer, targetOf } from './support';

const withPassword = { ISYMPHONY_PASSWORD: PASSWORD };

function base(port: number, username = '4224'): string[] {
  return ['status', '--host', '127.0.0.1', '--port', String(port), '--username', username];
}

async function run(argv: string[], env: Record<string, string> = withPassword) {
  const result = await runCliInProcess(argv, env);
  // The password is never printed, whatever happened.
  expect(result.stdout + result.stderr).not.toContain(PASSWORD);
  return result;
}

describe('isymphony-companion status (in process)', () => {
  it('prints the current status as one JSON line and exits 0', async () => {
    const server = await serve();
    const r = await run(base(server.port));
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith('\n')).toBe(true);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout)).toEqual({
      username: '4224',
      type: 'available',
      name: 'Available',
      note: '',
      returnTime: null,
      userCreated: false,
    });
  });

  it('sets a status, exits 0 once the server confirmed it, and other clients see the change', async () => {
    const server = await serve();
    const watcher = newSession(targetOf(server), { kinds: ['userStatus'] });
    cleanups.push(() => watcher.session.stop());
    watcher.session.start();
    await reaches(watcher.session, 'live');
    const back = '2031-06-01T12:30:00Z';
    const r = await run([
      ...base(server.port),
      '--set',
      'xa',
      '--note',
      'at the conference',
      '--return',
      back,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      username: '4224',
      type: 'xa',
      name: 'Out of Office',
      note: 'at the conference',
      returnTime: Date.parse(back),
      userCreated: false,
    });
    await eventually(
      () =>
        watcher.messages.some(
          (m) => m.kind === 'userStatus' && m.username === '4224' && m.statusType === 'xa',
        ),
      'the userStatus event',
    );
    const reread = await run(base(server.port));
    expect(JSON.parse(reread.stdout)).toMatchObject({ type: 'xa', note: 'at the conference' });
  });

  it('takes a typed name', async () => {
    const server = await serve();
    const r = await run([...base(server.port), '--set', 'away', '--name', 'Lunch']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ type: 'away', name: 'Lunch', userCreated: true });
  });

  it('refuses an unknown type with exit 2 and a sentence listing the types, before connecting', async () => {
    const silent = await silentServer();
    const r = await run([...base(silent.port), '--set', 'sleepy']);
    expect(r.code).toBe(2);
    const sentence = r.stderr.split('\n')[0]!;
    for (const type of STATUS_TYPES) expect(sentence).toContain(type);
  });

  it('refuses a return time in the past, or not ISO 8601, with exit 2', async () => {
    const server = await serve();
    const past = await run([...base(server.port), '--set', 'away', '--return', '2001-01-01T00:00Z']);
    expect(past.code).toBe(2);
    expect(past.stderr).toMatch(/in the future/);
    const garbled = await run([...base(server.port), '--set', 'away', '--return', 'tomorrow']);
    expect(garbled.code).toBe(2);
    expect(garbled.stderr).toMatch(/ISO 8601/);
    const reread = await restClient(targetOf(server)).getUserStatus('4224');
    expect(reread.ok && reread.value.type).toBe('available');
  });

  it('refuses --note without --set, a missing --username and a --password flag, with exit 2', async () => {
    const server = await serve();
    expect((await run([...base(server.port), '--note', 'x'])).code).toBe(2);
    expect((await run(['status', '--host', '127.0.0.1', '--port', String(server.port)])).code).toBe(2);
    const flag = await run([...base(server.port), '--password', 'typed-Secret-1']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).not.toContain('typed-Secret-1');
    expect(flag.stderr).toMatch(/ISYMPHONY_PASSWORD/);
  });

  it('exits 3 on a wrong password (read and set), naming the fix', async () => {
    const server = await serve();
    const env = { ISYMPHONY_PASSWORD: 'Wr0ng-cli-pass-7a' };
    for (const extra of [[], ['--set', 'away']]) {
      const r = await run([...base(server.port), ...extra], env);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/password/);
      expect(r.stderr).not.toContain('Wr0ng-cli-pass-7a');
    }
  });

  it('exits 4 when this address is not on the allow-list', async () => {
    const server = await serve({ allowList: ['192.0.2.1'] });
    for (const extra of [[], ['--set', 'away']]) {
      const r = await run([...base(server.port), ...extra]);
      expect(r.code).toBe(4);
      expect(r.stderr).toMatch(/allow-list/);
    }
  });

  it('exits 5 for an unknown user, naming the user', async () => {
    const server = await serve();
    for (const extra of [[], ['--set', 'away']]) {
      const r = await run([...base(server.port, 'nobody-here'), ...extra]);
      expect(r.code).toBe(5);
      expect(r.stderr).toContain('"nobody-here"');
    }
  });

  it('exits 9 when the server never answers', async () => {
    const silent = await silentServer();
    for (const extra of [[], ['--set', 'away']]) {
      const r = await run([...base(silent.port), '--timeout', '0.3', ...extra]);
      expect(r.code).toBe(9);
    }
  });

  it('exits 130 when stopped while waiting', async () => {
    const silent = await silentServer();
    let stop!: () => void;
    const r = recordingIo([...base(silent.port), '--set', 'away'], withPassword);
    const io = { ...r.io, argv: r.io.argv.slice(1), stopRequested: new Promise<void>((s) => (stop = s)) };
    const running = createStatusCommand()(io);
    setTimeout(() => stop(), 50);
    expect(await running).toBe(130);
  });
});

/**
 * `status --set` waits for the server's confirmation, so it runs as the built command line in a child
 * process too: the wait must hold the process open (src-main/cli/keep-alive.ts), and the exit code
 * and line must come from the confirmation, not from the request being sent.
 */
describe('isymphony-companion status (the built process)', () => {
  async function runBuilt(args: string[]) {
    const cli = startBuiltCli(['status', ...args], { ISYMPHONY_PASSWORD: PASSWORD });
    cleanups.push(async () => void (await cli.stop('SIGKILL')));
    const exit = await cli.exited;
    return { exit, lines: cli.lines.map((l) => l.value), stderr: cli.stderr() };
  }

  it('sets and reads a status, and exits 0 each time without printing the password', async () => {
    const server = await serve();
    const before = await runBuilt(base(server.port).slice(1));
    expect(before.exit).toEqual({ code: 0, signal: null });
    expect(before.lines.at(-1)?.type).not.toBe('dnd');
    const set = await runBuilt([...base(server.port).slice(1), '--set', 'dnd', '--note', 'focus']);
    expect(set.stderr).toBe('');
    expect(set.exit).toEqual({ code: 0, signal: null });
    expect(set.lines).toEqual([expect.objectContaining({ username: '4224', type: 'dnd', note: 'focus' })]);
    const read = await runBuilt(base(server.port).slice(1));
    expect(read.exit).toEqual({ code: 0, signal: null });
    expect(read.lines).toEqual([
      expect.objectContaining({ type: 'dnd', name: 'Do Not Disturb', note: 'focus' }),
    ]);
    expect(JSON.stringify([before, set, read])).not.toContain(PASSWORD);
  }, 60_000);
});
