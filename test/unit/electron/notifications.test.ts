import { describe, expect, it } from 'vitest';
import { createNotifier } from '../../../src-main/electron/notifications';
import { escapeNotificationMarkup, notificationText } from '../../../src-main/electron/notification-text';
import { silentLogger } from '../../../src-main/common/log';
import { FakeNotification } from '../../support/fake-electron';

function notifier(platform: NodeJS.Platform = 'linux', supported = true, ownRingSound?: () => boolean) {
  const created: FakeNotification[] = [];
  const clicks: string[] = [];
  const missedClicks: string[] = [];
  const callBacks: string[] = [];
  const n = createNotifier({
    createNotification: (options) => {
      const notification = new FakeNotification(options);
      created.push(notification);
      return notification;
    },
    isSupported: () => supported,
    platform,
    onClick: (callId) => clicks.push(callId),
    ...(ownRingSound ? { ownRingSound } : {}),
    onMissedClick: (callId) => missedClicks.push(callId),
    onMissedCallBack: (callId) => callBacks.push(callId),
    logger: silentLogger,
  });
  return { n, created, clicks, missedClicks, callBacks };
}

describe('Linux notification escaping', () => {
  it('escapes &, < and > so caller-ID text cannot become markup', () => {
    expect(escapeNotificationMarkup('<b>Bob</b> & <a href="x">')).toBe(
      '&lt;b&gt;Bob&lt;/b&gt; &amp; &lt;a href="x"&gt;',
    );
  });

  it('escapes an ampersand first, so existing entities are shown literally', () => {
    expect(escapeNotificationMarkup('&lt;')).toBe('&amp;lt;');
  });

  it('escapes the body on Linux only; the title is plain text everywhere (the spec reads no markup there)', () => {
    const notice = { title: 'Ada & Co <Ltd>', body: '<i>x</i>' };
    expect(notificationText(notice, 'linux')).toEqual({
      title: 'Ada & Co <Ltd>',
      body: '&lt;i&gt;x&lt;/i&gt;',
    });
    expect(notificationText(notice, 'win32')).toEqual(notice);
    expect(notificationText(notice, 'darwin')).toEqual(notice);
  });
});

describe('the notifier', () => {
  it('shows a non-silent notification with the escaped text', () => {
    const { n, created } = notifier('linux');
    n.show({ callId: 'c-1', title: 'Call from <Bob>', body: '0123 & more' });
    expect(created).toHaveLength(1);
    expect(created[0]?.options).toEqual({
      title: 'Call from <Bob>',
      body: '0123 &amp; more',
      silent: false,
    });
    expect(created[0]?.shown).toBe(true);
  });

  it('is silent while the app rings its own sound, so a call is not heard twice', () => {
    let ringing = true;
    const { n, created } = notifier('linux', true, () => ringing);
    n.show({ callId: 'c-1', title: 'Call from Ada', body: '0123' });
    expect(created[0]?.options.silent).toBe(true);
    // The ring sound turned off in Settings: the next call's notification sounds again.
    ringing = false;
    n.show({ callId: 'c-2', title: 'Call from Bob', body: '0456' });
    expect(created[1]?.options.silent).toBe(false);
  });

  it('sends a click to the Companion with the call id of the clicked notification', () => {
    const { n, created, clicks } = notifier();
    n.show({ callId: 'c-1', title: 'a', body: 'b' });
    n.show({ callId: 'c-2', title: 'c', body: 'd' });
    created[1]?.emit('click');
    expect(clicks).toEqual(['c-2']);
  });

  it('keeps a reference to each live notification until it closes', () => {
    const { n, created } = notifier();
    n.show({ callId: 'c-1', title: 'a', body: 'b' });
    n.show({ callId: 'c-2', title: 'a', body: 'b' });
    expect(n.liveCount()).toBe(2);
    created[0]?.emit('close', {});
    expect(n.liveCount()).toBe(1);
  });

  it('replaces the notification of a call that is shown again, without losing the new one', () => {
    const { n, created, clicks } = notifier();
    n.show({ callId: 'c-1', title: 'first', body: '' });
    n.show({ callId: 'c-1', title: 'second', body: '' });
    expect(created[0]?.closed).toBe(true);
    expect(n.liveCount()).toBe(1);
    created[1]?.emit('click');
    expect(clicks).toEqual(['c-1']);
  });

  it('withdraws the notification of a call that stopped ringing', () => {
    const { n, created } = notifier();
    n.show({ callId: 'c-1', title: 'a', body: 'b' });
    n.close('c-1');
    n.close('unknown');
    expect(created[0]?.closed).toBe(true);
    expect(n.liveCount()).toBe(0);
  });

  it('leaves titles unescaped on Windows', () => {
    const { n, created } = notifier('win32');
    n.show({ callId: 'c-1', title: 'A & B', body: '<x>' });
    expect(created[0]?.options).toMatchObject({ title: 'A & B', body: '<x>' });
  });

  it('shows nothing where notifications are not supported', () => {
    const { n, created } = notifier('linux', false);
    n.show({ callId: 'c-1', title: 'a', body: 'b' });
    expect(created).toEqual([]);
  });
});

describe('the missed-call notification', () => {
  it('stays until dismissed and is quiet; the body is escaped on Linux, the title plain', () => {
    const { n, created } = notifier('linux');
    n.showMissed({ callId: 'm-1', title: 'Missed call from <Bob> & Co', body: '<b>0123</b>' });
    expect(created[0]?.options).toEqual({
      title: 'Missed call from <Bob> & Co',
      body: '&lt;b&gt;0123&lt;/b&gt;',
      silent: true,
      timeoutType: 'never',
    });
    expect(created[0]?.shown).toBe(true);
  });

  it('has a Call back button on macOS only, which calls back by call id', () => {
    const mac = notifier('darwin');
    mac.n.showMissed({ callId: 'm-1', title: 'Missed call from Ada', body: '0123' });
    expect(mac.created[0]?.options).toMatchObject({ actions: [{ type: 'button', text: 'Call back' }] });
    mac.created[0]?.emit('action', { actionIndex: 0 });
    expect(mac.callBacks).toEqual(['m-1']);
    expect(mac.clicks).toEqual([]);

    const windows = notifier('win32');
    windows.n.showMissed({ callId: 'm-2', title: 'Missed call from Ada', body: '0123' });
    expect(windows.created[0]?.options).not.toHaveProperty('actions');
  });

  it('opens the call in the window on a click (not the CRM: that is the ringing pop’s click)', () => {
    const { n, created, clicks, missedClicks } = notifier('linux');
    n.showMissed({ callId: 'm-1', title: 'Missed call', body: '0123' });
    created[0]?.emit('click');
    expect(missedClicks).toEqual(['m-1']);
    expect(clicks).toEqual([]);
    expect(n.liveCount()).toBe(0);
  });

  it('is withdrawn by call id without touching the pop notification of the same call', () => {
    const { n, created } = notifier('linux');
    n.show({ callId: 'c-1', title: 'Call from Ada', body: '0123' });
    n.showMissed({ callId: 'c-1', title: 'Missed call from Ada', body: '0123' });
    expect(n.liveCount()).toBe(2);
    n.closeMissed('c-1');
    expect(created.map((c) => c.closed)).toEqual([false, true]);
    n.close('c-1');
    expect(created.map((c) => c.closed)).toEqual([true, true]);
    expect(n.liveCount()).toBe(0);
  });
});
