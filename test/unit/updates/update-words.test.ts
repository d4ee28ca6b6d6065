import { describe, expect, it } from 'vitest';
import { isLiveCall } from '../../../src-main/updates/update-controller';
import { describeUpdateError } from '../../../src-main/updates/update-problems';
import { updateMenuView } from '../../../src-main/updates/update-view';

describe('what an update failure is called', () => {
  it("names Electron's network errors and Node's socket errors as an unreachable server", () => {
    for (const thrown of [
      new Error('net::ERR_CONNECTION_REFUSED'),
      new Error('net::ERR_NAME_NOT_RESOLVED'),
      new Error('net::ERR_INTERNET_DISCONNECTED'),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
    ]) {
      expect(describeUpdateError(thrown).code).toBe('unreachable');
    }
  });

  it('tells a missing release from a server error', () => {
    expect(describeUpdateError(Object.assign(new Error('x'), { statusCode: 404 })).code).toBe('no-release');
    expect(describeUpdateError({ code: 'ERR_UPDATER_LATEST_VERSION_NOT_FOUND', message: 'x' }).code).toBe(
      'no-release',
    );
    expect(describeUpdateError(Object.assign(new Error('x'), { statusCode: 503 }))).toMatchObject({
      code: 'server-error',
      message: 'The update server answered with an error (HTTP 503); the app tries again later.',
    });
  });

  it('keeps only the first line of an unknown error, capped, so no stack or body reaches the tray', () => {
    const long = `${'x'.repeat(500)}\n    at somewhere (file.js:1:1)`;
    const { code, message } = describeUpdateError(new Error(long));
    expect(code).toBe('failed');
    expect(message).not.toContain('\n');
    expect(message).not.toContain(' at ');
    expect(message.length).toBeLessThan(200);
    expect(describeUpdateError('odd').message).toBe('The update failed: odd');
  });
});

describe('which calls hold an install back', () => {
  it('a ringing or answered call, also while the connection is lost mid-call; not a finished one', () => {
    const call = (state: string, lastKnownState: 'ringing' | 'answered' | null = null) => ({
      state,
      lastKnownState,
    });
    expect(isLiveCall(call('ringing'))).toBe(true);
    expect(isLiveCall(call('answered'))).toBe(true);
    expect(isLiveCall(call('unknown', 'answered'))).toBe(true);
    for (const state of ['ended', 'missed', 'answered-elsewhere', 'unknown']) {
      expect(isLiveCall(call(state)), state).toBe(false);
    }
  });
});

describe('the updates item of the tray menu', () => {
  it('is disabled while checking or downloading, so a click cannot start a second one', () => {
    expect(updateMenuView({ kind: 'checking', manual: true }, '0.1.0')).toMatchObject({
      label: { key: 'update.checking' },
      enabled: false,
      action: null,
    });
    expect(updateMenuView({ kind: 'downloading', version: '0.2.0' }, '0.1.0')).toMatchObject({
      label: { key: 'update.downloading', values: { version: '0.2.0' } },
      enabled: false,
      action: null,
    });
  });

  it('says plainly when this copy cannot be updated at all', () => {
    const view = updateMenuView(
      {
        kind: 'failed',
        problem: { code: 'unavailable', message: 'Updates come with the installed app.' },
        checkedAt: 0,
      },
      '0.1.0',
    );
    expect(view).toEqual({
      status: { code: 'unavailable', message: 'Updates come with the installed app.' },
      label: { key: 'update.check' },
      enabled: true,
      action: 'check',
    });
  });

  it('carries a failed check as English and as a message that holds the reason', () => {
    const view = updateMenuView(
      {
        kind: 'failed',
        problem: { code: 'no-release', message: 'The update server has no release to offer yet.' },
        checkedAt: 0,
      },
      '0.1.0',
    );
    expect(view.status).toEqual({
      message: 'Update check failed: The update server has no release to offer yet.',
      text: {
        key: 'update.checkFailed',
        values: { reason: 'The update server has no release to offer yet.' },
      },
    });
  });
});
