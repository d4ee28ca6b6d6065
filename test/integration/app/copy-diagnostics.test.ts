/**
 * "Copy diagnostics" in the app: main builds the report and puts it on the clipboard; the window
 * gets only "done". A password planted on purpose in the log ring, in every shape, is found in
 * none of its encodings in what was copied. Real sockets against the demo server.
 */
import { describe, expect, it } from 'vitest';
import { LogRing } from '../../../src-main/common/log-ring';
import { startDemoServer } from '../../../src-main/demo-server';
import { cleanupsAfterEach } from '../../support/cleanup';
import { serverCompanion } from '../../support/companion-harness';
import { eventually } from '../../support/eventually';
import { encodingsOf, plantEverywhere } from '../../support/planted-secret';

const cleanups = cleanupsAfterEach();
const PASSWORD = 'Diag-planted-pw/3+"q\\%';

describe('Copy diagnostics', () => {
  it('copies the report without the password in any encoding, and answers the window only ok', async () => {
    const server = await startDemoServer({ username: 'manager', password: PASSWORD });
    cleanups.push(() => server.stop());
    const ring = new LogRing();
    const running = await serverCompanion({
      port: server.port,
      password: PASSWORD,
      cleanups,
      overrides: { isymphonyUser: 'nobody' },
      options: { logRing: ring },
    });
    const { recorded } = running;
    await eventually(() => running.latest().identityWarnings.length > 0, 'live, with the user checked');

    // Lines that never went through the app's scrubber: the report must stand on its own.
    plantEverywhere((message, fields) => ring.log('error', message, fields), PASSWORD);

    const answer = await running.companion.invoke('copyDiagnostics', null);
    expect(answer).toEqual({ ok: true, value: null });
    expect(recorded.clipboard).toHaveLength(1);
    const copied = recorded.clipboard[0]!;
    for (const form of encodingsOf(PASSWORD)) expect(copied).not.toContain(form);
    expect(copied).not.toMatch(/Basic [A-Za-z0-9+/]{8,}/);

    // It is the report: versions, the settings, the connection, the warning, the log.
    expect(copied).toMatch(/^iSymphony Companion diagnostics \(app\)/);
    expect(copied).toContain(`"port":${server.port}`);
    expect(copied).toMatch(/Connection: live \(live\)/);
    expect(copied).toContain("unknown-user: There is no iSymphony user 'nobody'");
    expect(copied).toMatch(/Log \(last \d+ lines\):/);
    expect(copied).toContain('password is [redacted]');
  });
});
