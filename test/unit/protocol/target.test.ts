import { describe, expect, it } from 'vitest';
import { Secret } from '../../../src-main/common/secret';
import {
  basicAuthorization,
  DEFAULT_PLAIN_PORT,
  DEFAULT_TLS_PORT,
  EVENT_SOCKET_PATH,
  eventSocketUrl,
  liveApiBase,
  parseTarget,
  validateManagerUsername,
  type ServerTarget,
} from '../../../src-main/protocol/target';

function target(input: Parameters<typeof parseTarget>[0]): ServerTarget {
  const r = parseTarget(input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('parseTarget', () => {
  it('fills the documented defaults: plain port 58080, the event path', () => {
    expect(target({ host: 'pbx.example.com' })).toEqual({
      host: 'pbx.example.com',
      port: DEFAULT_PLAIN_PORT,
      tls: false,
      path: EVENT_SOCKET_PATH,
    });
  });

  it('uses port 55050 with SSL unless a port is given', () => {
    expect(target({ host: 'pbx', tls: true }).port).toBe(DEFAULT_TLS_PORT);
    expect(target({ host: 'pbx', tls: true, port: 443 }).port).toBe(443);
  });

  it.each([
    ['a DNS name, lower-cased', 'PBX.Example.COM', 'pbx.example.com'],
    ['a single-label name', 'localhost', 'localhost'],
    ['a name with a trailing dot', 'pbx.example.com.', 'pbx.example.com'],
    ['a name with hyphens and underscores', 'my-pbx_01.lan', 'my-pbx_01.lan'],
    ['an internationalised name, as punycode', 'münchen.example', 'xn--mnchen-3ya.example'],
    ['an IPv4 address', '127.0.0.1', '127.0.0.1'],
    ['an IPv6 address', '::1', '::1'],
    ['a bracketed IPv6 address', '[2001:DB8::1]', '2001:db8::1'],
    ['surrounding spaces from a paste', '  127.0.0.1 ', '127.0.0.1'],
  ])('accepts %s', (_what, host, expected) => {
    expect(target({ host }).host).toBe(expected);
  });

  it.each([
    ['an empty host', '', "server's name or IP address"],
    ['a URL with a scheme', 'ws://pbx:58080/communication_manager/ws/event', 'without "ws://"'],
    ['user info', 'manager:pass@pbx', 'Leave user names out'],
    ['user info without a password', 'manager@pbx', 'Leave user names out'],
    ['a path', 'pbx/communication_manager', 'without a path'],
    ['a query', 'pbx?x=1', 'without a path'],
    ['a space inside', 'pbx example', 'cannot contain spaces'],
    ['a port after a name', 'pbx:58080', 'port field'],
    ['a port after a bracketed IPv6 address', '[::1]:58080', 'port field'],
    ['an IPv6 zone', 'fe80::1%eth0', 'zone'],
    ['a malformed IPv6 address', '2001:db8:::1', 'not a valid IPv6 address'],
    ['an IPv4 address with a part over 255', '192.168.1.256', 'not a valid IPv4 address'],
    ['a three-part IPv4 address', '10.0.1', 'not a valid IPv4 address'],
    ['an IPv4 address with a leading zero', '010.0.0.1', 'not a valid IPv4 address'],
    ['a label starting with a hyphen', '-pbx.example.com', 'not a valid server name'],
    ['a label over 63 characters', `${'a'.repeat(64)}.example.com`, 'not a valid server name'],
    ['a name over 253 characters', `${'abcdefghi.'.repeat(26)}com`, 'not a valid server name'],
    ['an empty label', 'pbx..example.com', 'not a valid server name'],
    ['punctuation', 'pbx!.example.com', 'not a valid server name'],
  ])('refuses %s with a plain sentence', (_what, host, fragment) => {
    const r = parseTarget({ host });
    if (r.ok) throw new Error(`expected a refusal, got ${JSON.stringify(r.value)}`);
    expect(r.error.code).toBe('target-invalid');
    expect(r.error.message).toContain(fragment);
    expect(r.error.message).toMatch(/\.$/);
  });

  it('never echoes a password typed into the host field', () => {
    const r = parseTarget({ host: 'manager:hunter2@pbx' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).not.toContain('hunter2');
  });

  it.each([0, 65536, -1, 1.5, Number.NaN, Infinity])('refuses port %s', (port) => {
    const r = parseTarget({ host: 'pbx', port });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('1 to 65535');
  });

  it('accepts ports 1 and 65535', () => {
    expect(target({ host: 'pbx', port: 1 }).port).toBe(1);
    expect(target({ host: 'pbx', port: 65535 }).port).toBe(65535);
  });

  it.each(['communication_manager/ws/event', '/a b', '/x?y', '/x#y', '/%2e'])('refuses path %s', (path) => {
    expect(parseTarget({ host: 'pbx', path }).ok).toBe(false);
  });

  it('accepts a path behind a reverse proxy', () => {
    expect(target({ host: 'pbx', path: '/pbx/communication_manager/ws/event' }).path).toBe(
      '/pbx/communication_manager/ws/event',
    );
  });
});

describe('eventSocketUrl', () => {
  it('builds ws:// for plain and wss:// for SSL, with the documented path', () => {
    expect(eventSocketUrl(target({ host: 'pbx.example.com' }))).toBe(
      'ws://pbx.example.com:58080/communication_manager/ws/event',
    );
    expect(eventSocketUrl(target({ host: 'pbx.example.com', tls: true }))).toBe(
      'wss://pbx.example.com:55050/communication_manager/ws/event',
    );
  });

  it('brackets IPv6 literals, and the result parses back to the same host and port', () => {
    const url = eventSocketUrl(target({ host: '::1', port: 1234 }));
    expect(url).toBe('ws://[::1]:1234/communication_manager/ws/event');
    const parsed = new URL(url);
    expect(parsed.hostname).toBe('[::1]');
    expect(parsed.port).toBe('1234');
    expect(parsed.username).toBe('');
    expect(parsed.password).toBe('');
  });
});

describe('liveApiBase', () => {
  const t = target({ host: 'pbx', tls: false });

  it('addresses the default core server by name unless told otherwise', () => {
    expect(liveApiBase(t)).toBe(
      'http://pbx:58080/communication_manager/rest/live/coreServers/getByName/default',
    );
  });

  it('addresses a core server by id or by name, percent-encoded', () => {
    expect(liveApiBase(t, { id: 'e5c01703-3c6d' })).toBe(
      'http://pbx:58080/communication_manager/rest/live/coreServers/e5c01703-3c6d',
    );
    expect(liveApiBase(t, { name: 'main office/2' })).toBe(
      'http://pbx:58080/communication_manager/rest/live/coreServers/getByName/main%20office%2F2',
    );
    expect(liveApiBase(t, { name: '' })).toMatch(/getByName\/default$/);
  });

  it('uses https with SSL and keeps a reverse-proxy prefix', () => {
    const proxied = target({ host: '::1', tls: true, path: '/pbx/communication_manager/ws/event' });
    expect(liveApiBase(proxied)).toBe(
      'https://[::1]:55050/pbx/communication_manager/rest/live/coreServers/getByName/default',
    );
  });
});

describe('basicAuthorization and validateManagerUsername', () => {
  it('encodes user:password in base64, as the FreePBX module authenticates', () => {
    const header = basicAuthorization('manager', new Secret('manag3rpa55word'));
    expect(header).toBe(`Basic ${Buffer.from('manager:manag3rpa55word').toString('base64')}`);
    expect(Buffer.from(header.slice(6), 'base64').toString('utf8')).toBe('manager:manag3rpa55word');
  });

  it('encodes non-ASCII credentials as UTF-8', () => {
    const header = basicAuthorization('jürgen', new Secret('pässwörd:with:colons'));
    expect(Buffer.from(header.slice(6), 'base64').toString('utf8')).toBe('jürgen:pässwörd:with:colons');
  });

  it('refuses a user name with ":" in the validator and in the header builder', () => {
    const r = validateManagerUsername('man:ager');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('":"');
    expect(() => basicAuthorization('man:ager', new Secret('x'))).toThrow(TypeError);
  });

  it('accepts an ordinary user name and refuses empty, control characters and overlong names', () => {
    expect(validateManagerUsername('manager')).toEqual({ ok: true, value: 'manager' });
    for (const bad of ['', 'man\nager', 'x'.repeat(257), 'a\ud800']) {
      expect(validateManagerUsername(bad)).toMatchObject({ ok: false, error: { code: 'username-invalid' } });
    }
  });
});
