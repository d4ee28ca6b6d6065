import { describe, expect, it } from 'vitest';
import { createNotifier } from '../../../src-main/electron/notifications';
import { escapeNotificationMarkup, notificationText } from '../../../src-main/electron/notification-text';
import { silentLogger } from '../../../src-main/common/log';
import { FakeNotification } from '../../support/fake-electron';

function notifier(platform: NodeJS.Platform = 'linux', supported = true) {
  const created: FakeNotification[] = [];
  const clicks: string[] = [];
  const n = createNotifier({
    createNotification: (options) => {
      const notification = new FakeNotification(options);
      created.push(notification);
      return notification;
    },
    isSupported: () => supported,
    platform,
    onClick: (callId) => clicks.push(callId),
    logger: silentLogger,
  });
  return { n, created, clicks };
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
