import { describe, expect, it } from 'vitest';
import type { Logger } from '../../../src-main/common/log';
import { Secret } from '../../../src-main/common/secret';
import {
  ChoosableSecretStore,
  KEYCHAIN_SERVICE,
  KeytarSecretStore,
  MemorySecretStore,
  accountFor,
  type KeytarApi,
  type SecretStore,
} from '../../../src-main/storage/secret-store';

/** A keychain held in a Map, standing in for the OS one (the real one is tested in integration). */
function mapKeytar(): KeytarApi & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getPassword: async (service, account) => items.get(`${service}/${account}`) ?? null,
    setPassword: async (service, account, password) => void items.set(`${service}/${account}`, password),
    deletePassword: async (service, account) => items.delete(`${service}/${account}`),
  };
}

function throwingKeytar(message: string): KeytarApi {
  const fail = async (): Promise<never> => {
    throw new Error(message);
  };
  return { getPassword: fail, setPassword: fail, deletePassword: fail };
}

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    log: (level, message, fields) => lines.push(`${level} ${message} ${JSON.stringify(fields)}`),
  };
}

describe('accountFor', () => {
  it('names the account manager@host:port, host in lower case', () => {
    expect(accountFor({ manager: 'manager', host: 'PBX.example.com', port: 58080 })).toBe(
      'manager@pbx.example.com:58080',
    );
  });
});

function behavesLikeASecretStore(name: string, make: () => SecretStore): void {
  describe(`${name} as a secret store`, () => {
    it('stores, reads, changes and deletes a password', async () => {
      const store = make();
      expect(await store.get('m@h:1')).toEqual({ ok: true, value: null });
      expect((await store.set('m@h:1', new Secret('first'))).ok).toBe(true);
      const got = await store.get('m@h:1');
      expect(got.ok && got.value?.reveal()).toBe('first');
      await store.set('m@h:1', new Secret('second'));
      const changed = await store.get('m@h:1');
      expect(changed.ok && changed.value?.reveal()).toBe('second');
      expect(await store.delete('m@h:1')).toEqual({ ok: true, value: true });
      expect(await store.delete('m@h:1')).toEqual({ ok: true, value: false });
      expect(await store.get('m@h:1')).toEqual({ ok: true, value: null });
    });

    it('moves a password to a new account and removes the old one', async () => {
      const store = make();
      await store.set('old@h:1', new Secret('pw'));
      expect(await store.move('old@h:1', 'new@h:2')).toEqual({ ok: true, value: true });
      expect(await store.get('old@h:1')).toEqual({ ok: true, value: null });
      const moved = await store.get('new@h:2');
      expect(moved.ok && moved.value?.reveal()).toBe('pw');
      expect(await store.move('nobody@h:1', 'x@h:1')).toEqual({ ok: true, value: false });
      expect(await store.move('new@h:2', 'new@h:2')).toEqual({ ok: true, value: true });
    });

    it('refuses an empty account name', async () => {
      const result = await make().get('');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('keychain-bad-account');
    });
  });
}

behavesLikeASecretStore('KeytarSecretStore', () => {
  const keytar = mapKeytar();
  return new KeytarSecretStore({ loadKeytar: async () => keytar });
});
behavesLikeASecretStore('MemorySecretStore', () => new MemorySecretStore());

describe('KeytarSecretStore', () => {
  it('files entries under the service "iSymphony Companion"', async () => {
    const keytar = mapKeytar();
    await new KeytarSecretStore({ loadKeytar: async () => keytar }).set('m@h:1', new Secret('pw'));
    expect([...keytar.items.keys()]).toEqual([`${KEYCHAIN_SERVICE}/m@h:1`]);
  });

  it('does not load the native module until a secret is needed', async () => {
    let loads = 0;
    const store = new KeytarSecretStore({
      loadKeytar: async () => {
        loads++;
        return mapKeytar();
      },
    });
    expect(loads).toBe(0);
    await store.get('m@h:1');
    await store.get('m@h:1');
    expect(loads).toBe(1);
  });

  it('says the keychain is unavailable, and what to install, when the module cannot load', async () => {
    const store = new KeytarSecretStore({
      platform: 'linux',
      loadKeytar: async () => {
        throw new Error('Cannot find module keytar.node');
      },
    });
    const result = await store.set('m@h:1', new Secret('hunter2'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('keychain-unavailable');
    expect(result.error.message).toMatch(/gnome-keyring and libsecret-1-0/);
    expect(result.error.message).toMatch(/in memory until the app quits/);
  });

  it('reads a missing Secret Service as unavailable, with a sentence for each platform', async () => {
    for (const [platform, words] of [
      ['linux', /Secret Service/],
      ['darwin', /login keychain/],
      ['win32', /Credential Manager/],
    ] as const) {
      const store = new KeytarSecretStore({
        platform,
        loadKeytar: async () =>
          throwingKeytar('The name org.freedesktop.secrets was not provided by any .service files'),
      });
      const result = await store.get('m@h:1');
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('keychain-unavailable');
        expect(result.error.message).toMatch(words);
      }
    }
  });

  it('reports other keychain errors as a failed operation', async () => {
    const store = new KeytarSecretStore({ loadKeytar: async () => throwingKeytar('Item already exists') });
    const result = await store.delete('m@h:1');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatchObject({ code: 'keychain-failed', message: /refused to delete/ });
  });

  it('never puts the password in a problem or a log line, even when the library echoes it', async () => {
    const logger = recordingLogger();
    const store = new KeytarSecretStore({
      logger,
      loadKeytar: async () => throwingKeytar('cannot store s3cr3t-pw: DBus error'),
    });
    const result = await store.set('m@h:1', new Secret('s3cr3t-pw'));
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('s3cr3t-pw');
    expect(logger.lines.length).toBeGreaterThan(0);
    expect(logger.lines.join('\n')).not.toContain('s3cr3t-pw');
    expect(logger.lines.join('\n')).toContain('[secret]');
  });

  it('keeps the old entry when moving to the new one fails', async () => {
    const keytar = mapKeytar();
    const store = new KeytarSecretStore({ loadKeytar: async () => keytar });
    await store.set('old@h:1', new Secret('pw'));
    keytar.setPassword = async () => {
      throw new Error('Item could not be created');
    };
    expect((await store.move('old@h:1', 'new@h:1')).ok).toBe(false);
    const still = await store.get('old@h:1');
    expect(still.ok && still.value?.reveal()).toBe('pw');
  });

  it('checks availability without needing a stored password', async () => {
    expect(await new KeytarSecretStore({ loadKeytar: async () => mapKeytar() }).check()).toEqual({
      ok: true,
      value: undefined,
    });
    const broken = new KeytarSecretStore({
      loadKeytar: async () => throwingKeytar('Cannot autolaunch D-Bus without X11 $DISPLAY'),
    });
    expect(await broken.check()).toMatchObject({ ok: false, error: { code: 'keychain-unavailable' } });
  });
});

describe('ChoosableSecretStore', () => {
  const unavailable = (): KeytarSecretStore =>
    new KeytarSecretStore({ loadKeytar: async () => throwingKeytar('org.freedesktop.secrets missing') });

  it('uses the keychain and does not fall back to memory by itself', async () => {
    const store = new ChoosableSecretStore(unavailable());
    expect(store.where).toBe('keychain');
    const result = await store.set('m@h:1', new Secret('pw'));
    expect(result).toMatchObject({ ok: false, error: { code: 'keychain-unavailable' } });
    expect(store.where).toBe('keychain');
  });

  it('keeps the password in memory once the user chose that for this run', async () => {
    const store = new ChoosableSecretStore(unavailable());
    store.useMemoryForThisRun();
    expect(store.where).toBe('memory');
    expect((await store.set('m@h:1', new Secret('pw'))).ok).toBe(true);
    const got = await store.get('m@h:1');
    expect(got.ok && got.value?.reveal()).toBe('pw');
    // A new run starts without it.
    const nextRun = new ChoosableSecretStore(unavailable());
    nextRun.useMemoryForThisRun();
    expect(await nextRun.get('m@h:1')).toEqual({ ok: true, value: null });
  });
});
