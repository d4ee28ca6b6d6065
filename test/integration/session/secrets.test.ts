import { describe, expect, it } from 'vitest';
import { Secret } from '../../../src-main/common/secret';
import { defaultSocketFactory } from '../../../src-main/session/event-session';
import { eventFactory } from '../../support/events';
import { eventually } from '../../support/eventually';
import { newSession, PASSWORD, reaches, startServer, targetOf } from './support';
import { cleanupsAfterEach } from '../../support/cleanup';

const cleanups = cleanupsAfterEach();

const WRONG = 'Wr0ng-pass-7e1d';

/** Everything a run leaves behind that a person or a log file could see. */
function visibleText(run: ReturnType<typeof newSession>, urls: string[]): string {
  return [
    ...run.logger.lines,
    ...run.states.map((s) => `${s.code} ${s.message} ${JSON.stringify(s)}`),
    JSON.stringify(run.session.stats),
    JSON.stringify(run.session.state),
    ...urls,
  ].join('\n');
}

function recordingFactory(urls: string[]) {
  return (url: string, options: Parameters<typeof defaultSocketFactory>[1]) => {
    urls.push(url);
    return defaultSocketFactory(url, options);
  };
}

describe('the manager password never shows', () => {
  it('in logs, state sentences or URLs of a run that succeeds', async () => {
    const server = await startServer();
    cleanups.push(() => server.stop());
    const urls: string[] = [];
    const run = newSession(targetOf(server), { socketFactory: recordingFactory(urls) });
    run.session.start();
    await reaches(run.session, 'live');
    const ev = eventFactory();
    server.emitRaw('not json');
    server.emitEvent(ev.dial(ev.external({}), ev.phone({ username: '4224', extension: '4224' })));
    await eventually(() => run.messages.length === 1, 'an event');
    await run.session.stop();
    const text = visibleText(run, urls);
    expect(urls).toHaveLength(1);
    expect(text).toContain('live');
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(Buffer.from(`manager:${PASSWORD}`).toString('base64'));
  });

  it('in logs, state sentences or URLs of runs that fail (wrong password, forbidden address, bad pin)', async () => {
    const plain = await startServer();
    const forbidding = await startServer({ allowList: ['192.0.2.1'] });
    const tls = await startServer({ tls: 'generate' });
    cleanups.push(
      () => plain.stop(),
      () => forbidding.stop(),
      () => tls.stop(),
    );
    const urls: string[] = [];
    const runs = [
      newSession(targetOf(plain), { password: new Secret(WRONG), socketFactory: recordingFactory(urls) }),
      newSession(targetOf(forbidding), { socketFactory: recordingFactory(urls) }),
      newSession(targetOf(tls, { tls: true }), {
        trust: { kind: 'pinned', fingerprint256: '00'.repeat(32) },
        socketFactory: recordingFactory(urls),
      }),
      newSession(targetOf(tls, { tls: true }), { socketFactory: recordingFactory(urls) }),
    ];
    for (const run of runs) {
      cleanups.push(() => run.session.stop());
      run.session.start();
      await reaches(run.session, 'failed');
    }
    const text = runs.map((run) => visibleText(run, [])).join('\n') + urls.join('\n');
    expect(runs.map((r) => r.session.state.code)).toEqual([
      'credentials-rejected',
      'address-not-allowed',
      'tls-fingerprint-mismatch',
      'tls-certificate-rejected',
    ]);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(WRONG);
  });
});
