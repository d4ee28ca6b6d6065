/**
 * The command line stays English and its JSON never changes with the locale: the built CLI, run as a
 * real process under an English, a German and an Arabic environment against the demo server on
 * 127.0.0.1, prints the very same lines (a rejected password and a refused port), with English
 * sentences and no message references of the app's translations.
 */
import { describe, expect, it } from 'vitest';
import { startDemoServer } from '../../../src-main/demo-server';
import { startBuiltCli } from '../../support/built-cli';
import { closedPort } from '../../support/closed-port';
import { cleanupsAfterEach } from '../../support/cleanup';

const PASSWORD = 'Cli-locale-pw-4e1f7!';
const cleanups = cleanupsAfterEach();

const LOCALES: readonly Record<string, string>[] = [
  { LANG: 'C' },
  { LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8', LANGUAGE: 'de' },
  { LANG: 'ar_EG.UTF-8', LC_ALL: 'ar_EG.UTF-8', LANGUAGE: 'ar' },
];

/** The JSON lines of one run, until it exits by itself or has printed `until` lines. */
async function linesOf(args: string[], locale: Record<string, string>, until?: number) {
  const cli = startBuiltCli(args, { ISYMPHONY_PASSWORD: 'wrong-password', ...locale });
  cleanups.push(async () => void (await cli.stop('SIGKILL')));
  if (until === undefined) {
    const exit = await cli.exited;
    return { exit, lines: cli.lines.map((l) => l.value) };
  }
  await cli.waitForLine(() => cli.lines.length >= until, `${until} lines`, 90_000);
  return { exit: null, lines: cli.lines.slice(0, until).map((l) => l.value) };
}

describe('the command line and the locale', () => {
  // Generous: six Node processes start on a shared machine.
  it(
    'prints the same English JSON under English, German and Arabic environments',
    { timeout: 120_000 },
    async () => {
      const server = await startDemoServer({ username: 'manager', password: PASSWORD });
      cleanups.push(() => server.stop());
      const rejected = ['watch', '--host', '127.0.0.1', '--port', String(server.port), '--username', '4224'];
      const refused = [
        'watch',
        '--host',
        '127.0.0.1',
        '--port',
        String(await closedPort()),
        '--username',
        '4224',
      ];

      // Six processes: the three environments run side by side, each its two commands.
      const runs = await Promise.all(
        LOCALES.map(async (locale) => ({
          rejected: await linesOf(rejected, locale),
          refused: await linesOf(refused, locale, 2),
        })),
      );
      const [english, ...others] = runs;
      expect(english!.rejected.exit).toEqual({ code: 3, signal: null });
      const failed = english!.rejected.lines.find((l) => l.state === 'failed');
      expect(failed).toMatchObject({
        kind: 'connection',
        code: 'credentials-rejected',
        message: expect.stringMatching(
          /^The server at 127\.0\.0\.1:\d+ rejected the manager username or password/,
        ),
      });
      expect(english!.refused.lines[1]).toMatchObject({
        state: 'backoff',
        code: 'connection-refused',
        message: expect.stringMatching(/^Nothing accepts connections at 127\.0\.0\.1:\d+;.*\(next try in/),
      });
      // The wait before the next try has jitter: the words around it are what must not change.
      const steady = (run: (typeof runs)[number]) =>
        JSON.stringify(run).replace(/next try in (under a second|\d+ s)/g, 'next try in …');
      for (const other of others) expect(steady(other)).toBe(steady(english!));
      // Only the documented fields: the app's message references never reach the JSON.
      for (const line of [...english!.rejected.lines, ...english!.refused.lines]) {
        expect(Object.keys(line).sort()).toEqual(['code', 'kind', 'message', 'state']);
      }
    },
  );
});
