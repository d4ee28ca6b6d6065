import { describe, expect, it } from 'vitest';
import {
  basicCredentials,
  checkGate,
  decodeBasic,
  DEFAULT_ALLOW_LIST,
  parseAllowList,
  plausibleHost,
  type GateOptions,
  type GateRequest,
} from '../../../src-main/demo-server/http-gate';

const basic = (text: string): string => `Basic ${Buffer.from(text).toString('base64')}`;

function allow(entries: readonly string[]) {
  const list = parseAllowList(entries);
  if (!list.ok) throw new Error(list.error.message);
  return list.value;
}

const options: GateOptions = {
  allowList: allow(DEFAULT_ALLOW_LIST),
  credentials: basicCredentials('manager', 'pa:ss wörd'),
  fallbackHost: '127.0.0.1',
};

const request = (over: Partial<GateRequest> = {}): GateRequest => ({
  remoteAddress: '127.0.0.1',
  authorization: basic('manager:pa:ss wörd'),
  host: '127.0.0.1:58080',
  url: '/communication_manager/ws/event',
  encrypted: false,
  ...over,
});

describe('Basic credentials', () => {
  it('accepts the exact user and password, a password with ":" and non-ASCII included', () => {
    expect(checkGate(request(), options)).toEqual({ pass: true });
  });

  it('refuses a wrong user, a wrong or truncated password, and a missing header with 401 and the realm', () => {
    for (const authorization of [
      basic('admin:pa:ss wörd'),
      basic('manager:pa'),
      basic('manager:pa:ss wörd '),
      undefined,
      'Digest abc',
    ]) {
      const verdict = checkGate(request({ authorization }), options);
      expect(verdict).toMatchObject({ pass: false, rejection: { status: 401 } });
      if (!verdict.pass) {
        expect(verdict.rejection.headers['WWW-Authenticate']).toBe('Basic realm="communication_manager"');
        expect(verdict.rejection.body).not.toContain('pa:ss');
      }
    }
  });

  it('decodes only well-formed Basic headers that hold a colon', () => {
    expect(decodeBasic(basic('a:b'))).toBe('a:b');
    expect(decodeBasic(`basic   ${Buffer.from('a:b').toString('base64')}`)).toBe('a:b');
    expect(decodeBasic(basic('nocolon'))).toBeNull();
    expect(decodeBasic('Basic')).toBeNull();
    expect(decodeBasic('Basic a b')).toBeNull();
    expect(decodeBasic(undefined)).toBeNull();
  });
});

describe('the allow-list', () => {
  it('allows the loopback addresses by default, in both socket families', () => {
    const list = allow(DEFAULT_ALLOW_LIST);
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) expect(list.allows(address)).toBe(true);
    for (const address of ['127.0.0.2', '10.0.0.1', '::2', undefined, 'garbage'])
      expect(list.allows(address)).toBe(false);
  });

  it('matches an IPv4 entry for a client that arrives over a dual-stack socket', () => {
    expect(allow(['192.168.1.20']).allows('::ffff:192.168.1.20')).toBe(true);
  });

  it('accepts subnets in either family', () => {
    const list = allow(['10.0.0.0/8', 'fd00::/8']);
    expect(list.allows('10.20.30.40')).toBe(true);
    expect(list.allows('11.0.0.1')).toBe(false);
    expect(list.allows('fd12::1')).toBe(true);
    expect(list.allows('fe80::1')).toBe(false);
  });

  it('refuses entries that are not addresses or subnets, with a sentence that shows the form', () => {
    for (const entry of ['localhost', '10.0.0.0/33', '::/129', '1.2.3.4/8/9', '10.0.0.0/x', '']) {
      const result = parseAllowList([entry]);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/such as 127\.0\.0\.1/);
    }
  });

  it('is checked before credentials: 403 even without a password', () => {
    const verdict = checkGate(request({ remoteAddress: '10.1.1.1', authorization: undefined }), options);
    expect(verdict).toMatchObject({ pass: false, rejection: { status: 403 } });
  });
});

describe('SSL required', () => {
  const ssl: GateOptions = { ...options, requireSslPort: 55050 };

  it('answers plain requests with 302 to https on the SSL port, keeping host, path and query', () => {
    const verdict = checkGate(
      request({ url: '/communication_manager/ws/event?x=1', host: 'pbx.local:58080' }),
      ssl,
    );
    expect(verdict).toMatchObject({
      pass: false,
      rejection: {
        status: 302,
        headers: { Location: 'https://pbx.local:55050/communication_manager/ws/event?x=1' },
      },
    });
  });

  it('redirects before asking for credentials, and never to a host it cannot vouch for', () => {
    const verdict = checkGate(request({ authorization: undefined, host: 'evil.example/x?' }), ssl);
    expect(verdict).toMatchObject({ pass: false, rejection: { status: 302 } });
    if (!verdict.pass)
      expect(verdict.rejection.headers['Location']).toMatch(/^https:\/\/127\.0\.0\.1:55050\//);
  });

  it('lets encrypted requests through', () => {
    expect(checkGate(request({ encrypted: true }), ssl)).toEqual({ pass: true });
  });

  it('reads host names and bracketed IPv6 from a Host header', () => {
    expect(plausibleHost('[::1]:58080')).toBe('[::1]');
    expect(plausibleHost('PBX.example.com')).toBe('PBX.example.com');
    expect(plausibleHost('a b')).toBeNull();
    expect(plausibleHost(undefined)).toBeNull();
  });
});
