/**
 * `discover` as the built command line in a child process, against the demo server speaking the
 * foreign dialect (the client is not told): through a server restart mid-discovery, it ends early
 * with a profile; `watch --protocol-profile @found.json` then pops that dialect's calls with the
 * right caller.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../../src-main/demo-server';
import { EXIT_NOTHING_SEEN } from '../../../src-main/cli/commands/discover';
import { startBuiltCli } from '../../support/built-cli';
import { cleanupsAfterEach } from '../../support/cleanup';
import { eventually } from '../../support/eventually';

const PASSWORD = 'Discover-cli-pw-5e2b!';
const cleanups = cleanupsAfterEach();
const CALLER = { name: 'Ada Lovelace', number: '+445555550123' };

async function foreignServer(port = 0): Promise<DemoServer> {
  const server = await startDemoServer({ username: 'manager', password: PASSWORD, port, dialect: 'foreign' });
  cleanups.push(() => server.stop());
  return server;
}

function connect(port: number): string[] {
  return ['--host', '127.0.0.1', '--port', String(port), '--username', '4224', '--extension', '4224'];
}

describe('discover as a built process', () => {
  it('survives a server restart, finds the foreign dialect, and watch pops its calls with the right caller', async () => {
    let server = await foreignServer();
    const port = server.port;
    const discover = startBuiltCli(['discover', ...connect(port), '--seconds', '120'], {
      ISYMPHONY_PASSWORD: PASSWORD,
    });
    cleanups.push(async () => void (await discover.stop('SIGKILL')));
    await discover.waitForLine((l) => l.state === 'live', 'live', 20_000);
    await eventually(() => server.clients().length === 1, 'the connection at the server');

    await server.stop();
    await discover.waitForLine((l) => l.state === 'backoff', 'the backoff after the restart', 10_000);
    server = await foreignServer(port);
    const again = discover.lines.length;
    await discover.waitForLine((l) => l.state === 'live', 'live on the restarted server', 40_000, again);
    await eventually(() => server.clients().length === 1, 'the connection at the restarted server');

    await server.scenarios.inboundAnswered({ to: '4224', from: CALLER });
    const found = await discover.waitForLine((l) => l.kind === 'profile', 'the profile line', 20_000);
    expect(await discover.exited).toEqual({ code: 0, signal: null });
    expect(found.value).toMatchObject({
      confidence: 'high',
      profile: {
        eventTypes: {
          dial: 'CallRinging',
          link: 'CallConnected',
          linkEnd: 'CallDisconnected',
          hangup: 'ChannelClosed',
        },
        callerSuffix: '2',
        fieldNames: { callerIdName: 'cidName', callerIdNumber: 'cidNum', username: 'user' },
      },
    });
    expect(discover.lines.some((l) => l.value.kind === 'progress' && l.value.namedUser === true)).toBe(true);
    expect(discover.stderr() + JSON.stringify(discover.lines)).not.toContain(PASSWORD);

    const dir = mkdtempSync(join(tmpdir(), 'discover-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'found.json');
    writeFileSync(file, JSON.stringify(found.value.profile));
    const watch = startBuiltCli(['watch', ...connect(port), '--protocol-profile', `@${file}`], {
      ISYMPHONY_PASSWORD: PASSWORD,
    });
    cleanups.push(async () => void (await watch.stop('SIGKILL')));
    await watch.waitForLine((l) => l.state === 'live', 'watch live', 20_000);
    await eventually(() => server.clients().some((c) => c.filters.length > 0), 'the watch filter');
    await server.scenarios.inboundAnswered({ to: '4224', from: CALLER });
    const pop = await watch.waitForLine((l) => l.kind === 'call' && l.pop === true, 'the pop', 10_000);
    expect(pop.value).toMatchObject({
      callerName: CALLER.name,
      callerNumber: CALLER.number,
      did: '+15555550100',
    });
    expect(await watch.stop('SIGTERM')).toEqual({ code: 0, signal: null });
  }, 120_000);

  it(`exits ${EXIT_NOTHING_SEEN} with a profile line of confidence "none" when nothing named the user`, async () => {
    const server = await foreignServer();
    const discover = startBuiltCli(
      [
        'discover',
        '--host',
        '127.0.0.1',
        '--port',
        String(server.port),
        '--username',
        'nobody',
        '--seconds',
        '30',
      ],
      { ISYMPHONY_PASSWORD: PASSWORD },
    );
    cleanups.push(async () => void (await discover.stop('SIGKILL')));
    await discover.waitForLine((l) => l.state === 'live', 'live', 20_000);
    await eventually(() => server.clients().length === 1, 'the connection at the server');
    await server.scenarios.inboundAnswered({ to: '4224', from: CALLER });
    // Proof it would have seen the call: the types arrive as progress lines.
    await discover.waitForLine((l) => l.newType === 'ChannelClosed', 'the hang-up type seen', 10_000);
    expect(await discover.stop('SIGINT')).toEqual({ code: EXIT_NOTHING_SEEN, signal: null });
    expect(discover.lines.at(-1)?.value).toMatchObject({ kind: 'profile', confidence: 'none', profile: {} });
  }, 60_000);
});
