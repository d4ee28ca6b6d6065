/**
 * The password never leaves the keychain except in the Authorization header. A whole scenario runs
 * (no password, a wrong one, tests of the connection, the right one, a call, a server change, the
 * demo), then every state push, answer, port call, log line and file in the data folder is
 * searched for each password used, the demo's made-up one included.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../../src-main/demo-server';
import { eventFactory } from '../../support/events';
import { eventually } from '../../support/eventually';
import { cleanupsAfterEach } from '../../support/cleanup';
import { companionIn, recordingLogger, serverSettings } from '../../support/companion-harness';

const RIGHT = 'Right-Pa55word-e41b9c';
const WRONG = 'Wrong-Pa55word-0d7f3a';
let server: DemoServer;
const cleanups = cleanupsAfterEach();

beforeAll(async () => {
  server = await startDemoServer({ username: 'manager', password: RIGHT });
});
afterAll(async () => {
  await server?.stop();
});

describe('the manager password', () => {
  it('appears in no state, answer, port call, log line or file', async () => {
    const settings = serverSettings(server.port, { popStyle: 'both' });
    const logger = recordingLogger();
    const demoPasswords: string[] = [];
    const { companion, states, latest, recorded, dir, stop } = await companionIn({
      cleanups,
      settings,
      options: {
        logger,
        demoTraffic: { callsPerMinute: 600, stepMs: 20 },
        startDemoServer: (options) => {
          demoPasswords.push(options.password);
          return startDemoServer(options);
        },
      },
    });
    const answers: unknown[] = [];
    const ask = async (channel: Parameters<typeof companion.invoke>[0], request?: unknown) => {
      const answer = await companion.invoke(channel, request);
      answers.push(answer);
      return answer;
    };
    try {
      await eventually(() => latest().connection.code === 'password-missing', 'password-missing');
      await ask('setPassword', { password: WRONG });
      await eventually(
        () => latest().connection.code === 'credentials-rejected',
        'the wrong password refused',
      );
      expect(await ask('testConnection', { settings })).toMatchObject({
        ok: false,
        code: 'credentials-rejected',
      });
      expect(await ask('testConnection', { settings, password: RIGHT })).toMatchObject({
        ok: true,
        code: 'live',
      });
      await ask('testConnection', { settings: { ...settings, password: RIGHT } });
      await ask('saveSettings', { settings: { ...settings, password: RIGHT } });
      await ask('setPassword', { password: RIGHT });
      await eventually(() => latest().connection.state === 'live', 'the connection with the right password');

      const ev = eventFactory({ prefix: 'secret-' });
      const caller = ev.external({ name: 'Caller', number: '+15555550123' });
      server.emitEvent(ev.dial(caller, ev.phone({ username: '4224', extension: '4224' })));
      await eventually(() => latest().pops.length === 1, 'the pop');
      await ask('openCrm', { callId: latest().pops[0]!.id });
      server.emitEvent(ev.hangup(caller));
      await eventually(() => latest().historyVersion === 1, 'the history entry');
      await ask('saveSettings', { settings: { ...settings, managerUser: 'admin' } });
      // Not confirmed in main's dialog (these ports have none), the password does not follow the account.
      await eventually(() => latest().connection.code === 'password-missing', 'the password forgotten');
      await ask('startDemo');
      await eventually(() => latest().demo.running && latest().connection.state === 'live', 'the demo');
      await ask('getState');
    } finally {
      await stop();
    }

    const files: string[] = [];
    for (const name of await readdir(dir)) files.push(await readFile(join(dir, name), 'utf8'));
    const haystacks = {
      states: JSON.stringify(states),
      answers: JSON.stringify(answers),
      ports: JSON.stringify(recorded),
      logs: logger.lines.join('\n'),
      files: files.join('\n'),
    };
    // The search means something only if there was plenty to search.
    expect(states.length).toBeGreaterThan(5);
    expect(logger.lines.length).toBeGreaterThan(5);
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(demoPasswords).toHaveLength(1);
    for (const [where, text] of Object.entries(haystacks)) {
      for (const secret of [RIGHT, WRONG, ...demoPasswords]) {
        expect(text.includes(secret), `${where} holds a password`).toBe(false);
        expect(text.includes(Buffer.from(secret).toString('base64')), `${where} holds it in base64`).toBe(
          false,
        );
        expect(
          text.includes(Buffer.from(`manager:${secret}`).toString('base64')),
          `${where} holds a header`,
        ).toBe(false);
      }
    }
  });
});
