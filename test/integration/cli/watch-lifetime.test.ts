/**
 * `watch` is meant to run until SIGINT/SIGTERM, so it is tested as the built command line in a
 * child process: the test runner's own event loop cannot keep it alive here. (In-process runs of
 * the same command are in watch-check.test.ts.) The long version, 20 restarts, a 2-minute outage
 * and a half-open connection, is test/soak/watch-lifetime.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../../src-main/demo-server';
import { startBuiltCli, watchArgs } from '../../support/built-cli';
import { cleanupsAfterEach } from '../../support/cleanup';
import { eventually } from '../../support/eventually';

const PASSWORD = 'Lifetime-pw-7c1d!';
const cleanups = cleanupsAfterEach();

async function demoServer(port = 0): Promise<DemoServer> {
  const server = await startDemoServer({ username: 'manager', password: PASSWORD, port });
  cleanups.push(() => server.stop());
  return server;
}

describe('watch as a built process', () => {
  it('keeps running through a server restart (backoff, retry, live again) and pops the next call', async () => {
    let server = await demoServer();
    const port = server.port;
    const watch = startBuiltCli(watchArgs(port), { ISYMPHONY_PASSWORD: PASSWORD });
    cleanups.push(async () => void (await watch.stop('SIGKILL')));
    await watch.waitForLine((l) => l.state === 'live', 'the first live line', 20_000);
    await eventually(() => server.clients().some((c) => c.filters.length > 0), 'the filter');

    await server.stop();
    const backoff = await watch.waitForLine((l) => l.state === 'backoff', 'the backoff line', 10_000);
    // Before the fix, the process exited here with status 0: the backoff timer held nothing open.
    await watch.waitForLine(
      (l) => l.state === 'connecting',
      'a retry after the backoff',
      20_000,
      backoff.index + 1,
    );
    expect(watch.exit()).toBeNull();

    server = await demoServer(port);
    const live = watch.lines.length;
    await watch.waitForLine((l) => l.state === 'live', 'live again on the restarted server', 40_000, live);
    await eventually(
      () => server.clients().some((c) => c.filters.length > 0),
      'the filter on the new server',
    );
    await server.scenarios.missed({ to: '4224' });
    await watch.waitForLine((l) => l.kind === 'call' && l.pop === true, 'the pop of the new call', 10_000);

    expect(await watch.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    expect(watch.lines.at(-1)?.value).toMatchObject({ kind: 'connection', state: 'stopped' });
    expect(watch.stderr() + JSON.stringify(watch.lines)).not.toContain(PASSWORD);
  }, 90_000);

  it('runs with a password that is a JSON word (ISYMPHONY_PASSWORD=true) without its logging crashing', async () => {
    const server = await startDemoServer({ username: 'manager', password: 'true', port: 0 });
    cleanups.push(() => server.stop());
    const watch = startBuiltCli(
      ['watch', '--host', '127.0.0.1', '--port', String(server.port), '--username', '4224', '--verbose'],
      { ISYMPHONY_PASSWORD: 'true' },
    );
    cleanups.push(async () => void (await watch.stop('SIGKILL')));
    await watch.waitForLine((l) => l.state === 'live', 'the live line', 20_000);
    await eventually(() => server.clients().some((c) => c.filters.length > 0), 'the filter');
    await server.scenarios.missed({ to: '4224' });
    await watch.waitForLine((l) => l.kind === 'call' && l.state === 'missed', 'the missed call', 10_000);
    expect(await watch.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    expect(watch.stderr()).not.toMatch(/SyntaxError|Unexpected token|at .*\.js:\d+/);
    expect(watch.stderr()).toContain('Connected to 127.0.0.1');
  }, 60_000);
});
