/**
 * The shell's side of dialling from outside a window: registering the app for call links, the
 * question before a clipboard number is dialled, and the notice that says how a dial went.
 */
import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src-main/common/log';
import { createDialConfirm, createDialNotices } from '../../../src-main/electron/dial-dialogs';
import { createCallLinkRegistration } from '../../../src-main/electron/protocol-client';
import { FakeNotification } from '../../support/fake-electron';

function recordingApp(refuse: readonly string[] = []) {
  const calls: unknown[][] = [];
  return {
    calls,
    setAsDefaultProtocolClient: (scheme: string, ...rest: unknown[]) => {
      calls.push(['set', scheme, ...rest]);
      return !refuse.includes(scheme);
    },
    removeAsDefaultProtocolClient: (scheme: string, ...rest: unknown[]) => {
      calls.push(['remove', scheme, ...rest]);
      return !refuse.includes(scheme);
    },
  };
}

describe('the call-link registration', () => {
  it('registers and removes tel:, callto: and sip: for the packaged app as it is', () => {
    const app = recordingApp();
    const set = createCallLinkRegistration(app, {
      defaultApp: false,
      execPath: '/opt/app',
      script: undefined,
    });
    expect(set(true)).toEqual({ ok: true, value: null });
    expect(set(false)).toEqual({ ok: true, value: null });
    expect(app.calls).toEqual([
      ['set', 'tel'],
      ['set', 'callto'],
      ['set', 'sip'],
      ['remove', 'tel'],
      ['remove', 'callto'],
      ['remove', 'sip'],
    ]);
  });

  it('names the script when run from a checkout, so the OS starts this app and not bare Electron', () => {
    const app = recordingApp();
    createCallLinkRegistration(app, {
      defaultApp: true,
      execPath: '/dev/electron',
      script: '/src/out/main/index.js',
    })(true);
    expect(app.calls[0]).toEqual(['set', 'tel', '/dev/electron', ['/src/out/main/index.js']]);
  });

  it('says in words which links the system would not give it', () => {
    const set = createCallLinkRegistration(recordingApp(['callto', 'sip']), {
      defaultApp: false,
      execPath: '/opt/app',
      script: undefined,
    });
    // The sentence in other languages: test/unit/i18n/desk-words.test.ts.
    expect(set(true)).toMatchObject({
      ok: false,
      error: {
        code: 'call-links-refused',
        message: expect.stringMatching(/did not let this app handle callto:, sip: links/),
      },
    });
  });
});

describe('the question before a clipboard number is dialled', () => {
  function asking(response: number | Error) {
    const shown: MessageBoxOptions[] = [];
    const confirm = createDialConfirm(async (options) => {
      shown.push(options);
      if (response instanceof Error) throw response;
      return { response, checkboxChecked: false } satisfies MessageBoxReturnValue;
    });
    return { shown, confirm };
  }

  it('shows the number as given (isolated by the app) and dials only on "Call"', async () => {
    const yes = asking(0);
    expect(await yes.confirm('\u2066+442079460018\u2069')).toBe(true);
    expect(yes.shown[0]).toMatchObject({
      message: 'Call \u2066+442079460018\u2069?',
      buttons: ['Call', 'Cancel'],
      cancelId: 1,
    });
    expect(await asking(1).confirm('4225')).toBe(false);
    expect(await asking(7).confirm('4225')).toBe(false);
  });

  it('treats a dialog that fails as a no', async () => {
    expect(await asking(new Error('no display')).confirm('4225')).toBe(false);
  });
});

describe('the dial notice', () => {
  function notices(platform: NodeJS.Platform = 'linux', supported = true) {
    const made: FakeNotification[] = [];
    const say = createDialNotices({
      createNotification: (options) => {
        const notification = new FakeNotification(options);
        made.push(notification);
        return notification;
      },
      isSupported: () => supported,
      platform,
      logger: silentLogger,
    });
    return { say, made };
  }

  it('shows one notice at a time, the newest replacing the last', () => {
    const { say, made } = notices();
    say('Calling through the PBX', 'Calling 4225 through the PBX.');
    say('Not dialled', 'That is not a phone number. Nothing was dialled.');
    expect(made.map((n) => [n.options.title, n.shown, n.closed])).toEqual([
      ['Calling through the PBX', true, true],
      ['Not dialled', true, false],
    ]);
  });

  it('escapes markup in the body where the notification server reads it (Linux)', () => {
    const linux = notices('linux');
    linux.say('Not dialled', '<b>x</b> & y');
    expect(linux.made[0]!.options.body).toBe('&lt;b&gt;x&lt;/b&gt; &amp; y');
    const mac = notices('darwin');
    mac.say('Not dialled', '<b>x</b> & y');
    expect(mac.made[0]!.options.body).toBe('<b>x</b> & y');
  });

  it('shows nothing where notifications are not supported', () => {
    const { say, made } = notices('linux', false);
    say('Calling through the PBX', 'Calling 4225.');
    expect(made).toEqual([]);
  });
});
