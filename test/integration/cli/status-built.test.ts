/**
 * `status --set` waits for the server to confirm the change, so it is tested as the built command
 * line in a child process too: the wait must hold the process open (src-main/cli/keep-alive.ts),
 * and the exit code and line must come from the confirmation, not from the request being sent.
 */
import { describe, expect, it } from 'vitest';
import { startDemoServer } from '../../../src-main/demo-server';
import { startBuiltCli } from '../../support/built-cli';
import { cleanupsAfterEach } from '../../support/cleanup';

const PASSWORD = 'Status-built-pw-3e8a!';
const cleanups = cleanupsAfterEach();

describe('status as a built process', () => {
  it('sets the status, exits 0 with the confirmed line, and a fresh read shows it', async () => {
    const server = await startDemoServer({ username: 'manager', password: PASSWORD, port: 0 });
    cleanups.push(() => server.stop());
    const flags = ['--host', '127.0.0.1', '--port', String(server.port), '--username', '4224'];
    const env = { ISYMPHONY_PASSWORD: PASSWORD };

    const before = startBuiltCli(['status', ...flags], env);
    cleanups.push(async () => void (await before.stop('SIGKILL')));
    expect(await before.exited).toEqual({ code: 0, signal: null });
    expect(before.lines.at(-1)?.value.type).not.toBe('dnd');

    const set = startBuiltCli(['status', ...flags, '--set', 'dnd', '--note', 'In a meeting'], env);
    cleanups.push(async () => void (await set.stop('SIGKILL')));
    expect(await set.exited).toEqual({ code: 0, signal: null });
    expect(set.lines.map((l) => l.value)).toEqual([
      expect.objectContaining({ username: '4224', type: 'dnd', note: 'In a meeting' }),
    ]);

    const after = startBuiltCli(['status', ...flags], env);
    cleanups.push(async () => void (await after.stop('SIGKILL')));
    expect(await after.exited).toEqual({ code: 0, signal: null });
    expect(after.lines.at(-1)?.value).toMatchObject({ type: 'dnd', note: 'In a meeting' });
    expect(before.stderr() + set.stderr() + after.stderr()).not.toContain(PASSWORD);
  }, 60_000);
});
