import { describe, expect, it } from 'vitest';
import {
  bindPasswordToServer,
  identityText,
  passwordOnSave,
  serverIdentityOf,
} from '../../../src-main/app/password-binding';
import { Secret } from '../../../src-main/common/secret';
import { MemorySecretStore } from '../../../src-main/storage/secret-store';
import { defaultSettings, type Settings } from '../../../src-main/storage/settings-schema';

const base: Settings = {
  ...defaultSettings(),
  mode: 'server',
  server: { host: 'PBX.example.com', port: 58080, tls: true, trustedCertificateSha256: null },
  managerUser: 'manager',
};
const withServer = (server: Partial<Settings['server']>, manager = 'manager'): Settings => ({
  ...base,
  managerUser: manager,
  server: { ...base.server, ...server },
});
const ACCOUNT = 'manager@pbx.example.com:58080';

async function storeWith(): Promise<MemorySecretStore> {
  const store = new MemorySecretStore();
  await store.set(ACCOUNT, new Secret('s3cret'));
  return store;
}

function confirmer(answer: boolean) {
  const asked: [string, string][] = [];
  return {
    asked,
    confirmPasswordMove: async (from: string, to: string) => {
      asked.push([from, to]);
      return answer;
    },
  };
}

describe('the server identity a password belongs to', () => {
  it('is scheme, host (any case), port and manager user', () => {
    expect(serverIdentityOf(base)).toEqual({
      scheme: 'wss',
      host: 'pbx.example.com',
      port: 58080,
      manager: 'manager',
    });
    expect(identityText(serverIdentityOf(base))).toBe('wss://manager@pbx.example.com:58080');
    expect(identityText(serverIdentityOf(withServer({ host: '::1', tls: false })))).toBe(
      'ws://manager@[::1]:58080',
    );
  });

  it('changes with any of the four, and with nothing else', () => {
    expect(passwordOnSave(base, withServer({ host: 'pbx.EXAMPLE.com' })).kind).toBe('same-server');
    expect(passwordOnSave(base, { ...base, popStyle: 'notification' }).kind).toBe('same-server');
    for (const after of [
      withServer({ port: 58081 }),
      withServer({ host: 'other.example.com' }),
      withServer({ tls: false }),
      withServer({}, 'admin'),
    ])
      expect(passwordOnSave(base, after).kind).toBe('new-server');
  });
});

describe('binding the stored password on save', () => {
  it('moves it only when the user confirms, naming the old and the new server', async () => {
    const store = await storeWith();
    const ask = confirmer(true);
    expect(await bindPasswordToServer(base, withServer({ port: 443 }), store, ask)).toEqual({
      ok: true,
      value: 'moved',
    });
    expect(ask.asked).toEqual([['wss://manager@pbx.example.com:58080', 'wss://manager@pbx.example.com:443']]);
    expect((await store.get('manager@pbx.example.com:443')).ok).toBe(true);
    expect(await store.get('manager@pbx.example.com:443')).toMatchObject({
      ok: true,
      value: expect.any(Secret),
    });
    expect(await store.get(ACCOUNT)).toEqual({ ok: true, value: null });
  });

  it('forgets it when the user says no, and when there is no one to ask', async () => {
    for (const ask of [confirmer(false), undefined]) {
      const store = await storeWith();
      expect(await bindPasswordToServer(base, withServer({ port: 443 }), store, ask)).toEqual({
        ok: true,
        value: 'forgotten',
      });
      expect(await store.get(ACCOUNT)).toEqual({ ok: true, value: null });
      expect(await store.get('manager@pbx.example.com:443')).toEqual({ ok: true, value: null });
    }
  });

  it('forgets it on a scheme change that is not confirmed, though the keychain account is the same', async () => {
    const store = await storeWith();
    expect(await bindPasswordToServer(base, withServer({ tls: false }), store, confirmer(false))).toEqual({
      ok: true,
      value: 'forgotten',
    });
    expect(await store.get(ACCOUNT)).toEqual({ ok: true, value: null });
    const kept = await storeWith();
    expect(await bindPasswordToServer(base, withServer({ tls: false }), kept, confirmer(true))).toEqual({
      ok: true,
      value: 'moved',
    });
    expect(await kept.get(ACCOUNT)).toMatchObject({ ok: true, value: expect.any(Secret) });
  });

  it('asks nothing when nothing is stored or the server is the same', async () => {
    const ask = confirmer(true);
    expect(await bindPasswordToServer(base, withServer({ port: 1 }), new MemorySecretStore(), ask)).toEqual({
      ok: true,
      value: 'kept',
    });
    expect(await bindPasswordToServer(base, { ...base, doNotDisturb: true }, await storeWith(), ask)).toEqual(
      {
        ok: true,
        value: 'kept',
      },
    );
    expect(ask.asked).toEqual([]);
  });
});
