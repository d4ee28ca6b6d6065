import { Secret } from '../common/secret';
import { silentLogger, type Logger } from '../common/log';
import { err, ok, type Problem, type Result } from '../common/result';
import { english, problemSaid } from '../i18n/english';
import type { MessageKey } from '../i18n/catalogues';

/**
 * Where the manager password lives: the OS keychain (macOS Keychain, Windows Credential Manager,
 * the Secret Service on Linux) through keytar. There is no file fallback. When no keychain can be
 * used, the caller gets a problem that says what to install or unlock, and may choose, explicitly,
 * to keep the password in memory until the app quits.
 */
export const KEYCHAIN_SERVICE = 'iSymphony Companion';

export type KeychainProblemCode = 'keychain-unavailable' | 'keychain-failed' | 'keychain-bad-account';
export type KeychainProblem = Problem<KeychainProblemCode>;

export interface SecretStore {
  /** Where secrets go: the system keychain, or this process's memory. */
  readonly where: 'keychain' | 'memory';
  get(account: string): Promise<Result<Secret | null, KeychainProblem>>;
  set(account: string, secret: Secret): Promise<Result<void, KeychainProblem>>;
  /** Whether there was anything to delete. */
  delete(account: string): Promise<Result<boolean, KeychainProblem>>;
  /** For a changed server or user name. Whether there was anything to move; the old entry goes only once the new one is stored. */
  move(from: string, to: string): Promise<Result<boolean, KeychainProblem>>;
}

/** `manager@pbx.example.com:58080`: one password per manager account and server. */
export function accountFor(target: { manager: string; host: string; port: number }): string {
  return `${target.manager}@${target.host.toLowerCase()}:${target.port}`;
}

/** The part of keytar this store uses, so tests and other platforms can pass their own. */
export interface KeytarApi {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

/** Loads the native module only when a secret is first needed, never at import time. */
export async function loadKeytar(): Promise<KeytarApi> {
  const loaded = (await import('keytar')) as KeytarApi & { default?: KeytarApi };
  return loaded.default ?? loaded;
}

const MAX_ACCOUNT = 512;

function badAccount(account: string): KeychainProblem | null {
  if (typeof account !== 'string' || account.length === 0 || account.length > MAX_ACCOUNT) {
    return problemSaid('keychain-bad-account', 'problem.keychainBadAccount');
  }
  return null;
}

function unavailableKey(platform: NodeJS.Platform): MessageKey {
  if (platform === 'darwin') return 'problem.keychainUnavailableMac';
  if (platform === 'win32') return 'problem.keychainUnavailableWindows';
  return 'problem.keychainUnavailableLinux';
}

/** What to do when no keychain can be used, for this OS (English; the problem also carries it as a message). */
export function unavailableSentence(platform: NodeJS.Platform): string {
  return english(unavailableKey(platform));
}

function unavailable(platform: NodeJS.Platform): KeychainProblem {
  return problemSaid('keychain-unavailable', unavailableKey(platform));
}

/** What keytar and libsecret say when there is no usable keychain, as opposed to a failed operation. */
const UNAVAILABLE = [
  /org\.freedesktop\.secrets/i,
  /not provided by any \.service files/i,
  /autolaunch/i,
  /dbus/i,
  /secret service/i,
  /locked/i,
  /cannot find module|module did not self-register|invalid elf|was compiled against a different/i,
  /no such (?:interface|object)|object does not exist/i,
  /prompt/i,
];

export interface KeytarSecretStoreOptions {
  readonly loadKeytar?: () => Promise<KeytarApi>;
  readonly service?: string;
  readonly platform?: NodeJS.Platform;
  readonly logger?: Logger;
}

export class KeytarSecretStore implements SecretStore {
  readonly where = 'keychain' as const;
  private readonly load: () => Promise<KeytarApi>;
  private readonly service: string;
  private readonly platform: NodeJS.Platform;
  private readonly logger: Logger;
  private keytar: Promise<KeytarApi> | null = null;

  constructor(options: KeytarSecretStoreOptions = {}) {
    this.load = options.loadKeytar ?? loadKeytar;
    this.service = options.service ?? KEYCHAIN_SERVICE;
    this.platform = options.platform ?? process.platform;
    this.logger = options.logger ?? silentLogger;
  }

  async get(account: string): Promise<Result<Secret | null, KeychainProblem>> {
    const bad = badAccount(account);
    if (bad) return err(bad);
    return this.run('get', [], async (k) => {
      const value = await k.getPassword(this.service, account);
      return value === null ? null : new Secret(value);
    });
  }

  async set(account: string, secret: Secret): Promise<Result<void, KeychainProblem>> {
    const bad = badAccount(account);
    if (bad) return err(bad);
    return this.run('set', [secret], (k) => k.setPassword(this.service, account, secret.reveal()));
  }

  async delete(account: string): Promise<Result<boolean, KeychainProblem>> {
    const bad = badAccount(account);
    if (bad) return err(bad);
    return this.run('delete', [], (k) => k.deletePassword(this.service, account));
  }

  move(from: string, to: string): Promise<Result<boolean, KeychainProblem>> {
    return moveSecret(this, from, to);
  }

  /** Whether the keychain answers at all (reads an entry that does not exist). */
  async check(): Promise<Result<void, KeychainProblem>> {
    const probe = await this.get('availability-check');
    return probe.ok ? ok(undefined) : probe;
  }

  private async run<T>(
    operation: string,
    secrets: readonly Secret[],
    task: (keytar: KeytarApi) => Promise<T>,
  ): Promise<Result<T, KeychainProblem>> {
    let keytar: KeytarApi;
    try {
      this.keytar ??= this.load();
      keytar = await this.keytar;
    } catch (error) {
      // A missing or broken native module: the same for every later call, so keep the failure.
      this.logger.log('warn', 'keychain module could not be loaded', { detail: describe(error, secrets) });
      return err(unavailable(this.platform));
    }
    try {
      return ok(await task(keytar));
    } catch (error) {
      const detail = describe(error, secrets);
      this.logger.log('warn', `keychain ${operation} failed`, { detail });
      if (UNAVAILABLE.some((pattern) => pattern.test(detail))) {
        return err(unavailable(this.platform));
      }
      return err(
        problemSaid('keychain-failed', 'problem.keychainRefused', { operation, service: this.service }),
      );
    }
  }
}

/** An error's text for the log, with any secret in play cut out, in case a library echoed it. */
function describe(error: unknown, secrets: readonly Secret[]): string {
  let text = error instanceof Error ? error.message : String(error);
  for (const secret of secrets) {
    const value = secret.reveal();
    if (value.length > 0) text = text.split(value).join('[secret]');
  }
  return text.slice(0, 500);
}

async function moveSecret(
  store: SecretStore,
  from: string,
  to: string,
): Promise<Result<boolean, KeychainProblem>> {
  if (from === to) {
    const same = await store.get(from);
    return same.ok ? ok(same.value !== null) : same;
  }
  const found = await store.get(from);
  if (!found.ok) return found;
  if (found.value === null) return ok(false);
  const stored = await store.set(to, found.value);
  if (!stored.ok) return stored;
  const removed = await store.delete(from);
  return removed.ok ? ok(true) : removed;
}

/** Secrets kept only by this process: gone when the app quits. Only ever used by the user's explicit choice. */
export class MemorySecretStore implements SecretStore {
  readonly where = 'memory' as const;
  private readonly secrets = new Map<string, Secret>();

  async get(account: string): Promise<Result<Secret | null, KeychainProblem>> {
    const bad = badAccount(account);
    return bad ? err(bad) : ok(this.secrets.get(account) ?? null);
  }

  async set(account: string, secret: Secret): Promise<Result<void, KeychainProblem>> {
    const bad = badAccount(account);
    if (bad) return err(bad);
    this.secrets.set(account, secret);
    return ok(undefined);
  }

  async delete(account: string): Promise<Result<boolean, KeychainProblem>> {
    const bad = badAccount(account);
    return bad ? err(bad) : ok(this.secrets.delete(account));
  }

  move(from: string, to: string): Promise<Result<boolean, KeychainProblem>> {
    return moveSecret(this, from, to);
  }
}

/**
 * The store the app holds: the keychain, until the user, told that it is unavailable, chooses to
 * keep the password in memory for this run. It never switches by itself.
 */
export class ChoosableSecretStore implements SecretStore {
  private readonly memory = new MemorySecretStore();
  private useMemory = false;

  constructor(private readonly keychain: SecretStore) {}

  get where(): 'keychain' | 'memory' {
    return this.useMemory ? 'memory' : 'keychain';
  }

  /** The explicit choice: from now until the app quits, secrets stay in this process only. */
  useMemoryForThisRun(): void {
    this.useMemory = true;
  }

  private get active(): SecretStore {
    return this.useMemory ? this.memory : this.keychain;
  }

  get(account: string): Promise<Result<Secret | null, KeychainProblem>> {
    return this.active.get(account);
  }

  set(account: string, secret: Secret): Promise<Result<void, KeychainProblem>> {
    return this.active.set(account, secret);
  }

  delete(account: string): Promise<Result<boolean, KeychainProblem>> {
    return this.active.delete(account);
  }

  move(from: string, to: string): Promise<Result<boolean, KeychainProblem>> {
    return this.active.move(from, to);
  }
}
