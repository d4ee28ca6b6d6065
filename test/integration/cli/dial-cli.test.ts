/**
 * `isymphony-companion dial NUMBER`, the built CLI in a child process against the demo server:
 * the PBX places the call (the demo server plays the outbound call, seen by a watching client),
 * a hostile NUMBER is never sent, and a refusal prints the tel: link to use instead.
 */
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../../src-main/demo-server';
import { startBuiltCli, watchArgs } from '../../support/built-cli';
import { demoServerPerFile } from '../../support/demo-server-per-file';
import { cleanupsAfterEach } from '../../support/cleanup';

const PASSWORD = 'Dial-cli-pw-5e2d!';
const env = { ISYMPHONY_PASSWORD: PASSWORD };
const cleanups = cleanupsAfterEach();
let server: DemoServer;

demoServerPerFile(PASSWORD, (started) => (server = started));

function dial(number: string, ...flags: string[]) {
  const cli = startBuiltCli(
    ['dial', number, '--host', '127.0.0.1', '--port', String(server.port), ...flags],
    env,
  );
  cleanups.push(async () => void (await cli.stop('SIGKILL')));
  return cli;
}

describe('isymphony-companion dial', () => {
  it('has the PBX call the number from the extension: the outbound call follows on the event socket', async () => {
    // A watcher of extension 4224 sees the call the PBX places.
    const watch = startBuiltCli(watchArgs(server.port), env);
    cleanups.push(async () => void (await watch.stop('SIGKILL')));
    await watch.waitForLine((l) => l.state === 'live', 'the watcher live', 30_000);

    const cli = dial('020 7946 0018', '--extension', '4224', '--prefix', '9');
    expect(await cli.exited).toEqual({ code: 0, signal: null });
    expect(cli.lines.map((l) => l.value)).toEqual([
      {
        via: 'pbx',
        number: '+442079460018',
        message: expect.stringMatching(/your phone \(4224\) rings first/),
      },
    ]);
    const call = await watch.waitForLine(
      (l) => l.kind === 'call' && l.direction === 'outbound',
      'the outbound call',
      30_000,
    );
    expect(call.value).toMatchObject({ calleeNumber: '902079460018', extension: '4224' });
  }, 60_000);

  it.each([
    ['a script', '<script>alert(1)</script>'],
    ['a feature code', '*99#'],
    ['a SIP URI', 'sip:123@evil.example'],
    ['a number with a parameter', '+442079460018;ext=1'],
  ])(
    'refuses %s with exit 12 and sends nothing',
    async (_what, number) => {
      const cli = dial(number, '--extension', '4224');
      expect(await cli.exited).toEqual({ code: 12, signal: null });
      expect(cli.lines.map((l) => l.value)).toEqual([
        { code: 'not-a-number', message: expect.stringMatching(/Nothing was dialled\.$/) },
      ]);
    },
    30_000,
  );

  it('prints the tel: link to use when the licence refuses the Live API (exit 13)', async () => {
    server.refuseRest(403);
    try {
      const cli = dial('+1 212 555 0142', '--extension', '4224');
      expect(await cli.exited).toEqual({ code: 13, signal: null });
      expect(cli.lines[0]?.value).toEqual({
        code: 'dial-failed',
        message: expect.stringMatching(/HTTP 403.*Dial tel:\+12125550142 with your phone app instead/),
      });
    } finally {
      server.refuseRest(null);
    }
  }, 30_000);

  it('needs the number first and an extension', async () => {
    const noExtension = dial('+12125550142');
    expect(await noExtension.exited).toEqual({ code: 2, signal: null });
    expect(noExtension.stderr()).toMatch(/--extension/);
  }, 30_000);
});
