/**
 * The manager password belongs to one server identity: scheme, host, port and manager user. When a
 * settings change names another identity, the password does not follow by itself (a typo in the
 * port, or a page that can save settings, would otherwise send it as Basic auth to whatever listens
 * there, in clear text when TLS is off). It moves only when the user confirms, in a native dialog
 * main shows itself, naming the old and the new server; otherwise it is forgotten and the user
 * types it again. So the keychain only ever holds the password of the server it was typed for.
 */
import type { Result } from '../common/result';
import type { Secret } from '../common/secret';
import type { KeychainProblem } from '../storage/secret-store';
import type { Settings } from '../storage/settings-schema';
import type { PasswordMoveConfirmer } from './ports';
import { accountOf } from './server-connection';

export interface ServerIdentity {
  readonly scheme: 'ws' | 'wss';
  /** Lower case: host names are not case-sensitive. */
  readonly host: string;
  readonly port: number;
  readonly manager: string;
}

export function serverIdentityOf(settings: Settings): ServerIdentity {
  return {
    scheme: settings.server.tls ? 'wss' : 'ws',
    host: settings.server.host.toLowerCase(),
    port: settings.server.port,
    manager: settings.managerUser,
  };
}

export function sameIdentity(a: ServerIdentity, b: ServerIdentity): boolean {
  return a.scheme === b.scheme && a.host === b.host && a.port === b.port && a.manager === b.manager;
}

/** `wss://manager@pbx.example.com:58080`, as the dialog names a server. */
export function identityText(id: ServerIdentity): string {
  const host = id.host.includes(':') ? `[${id.host}]` : id.host;
  return `${id.scheme}://${id.manager}@${host}:${id.port}`;
}

/** What a save does to the stored password. */
export type PasswordOnSave =
  | { readonly kind: 'same-server' }
  | { readonly kind: 'new-server'; readonly from: ServerIdentity; readonly to: ServerIdentity };

export function passwordOnSave(before: Settings, after: Settings): PasswordOnSave {
  const from = serverIdentityOf(before);
  const to = serverIdentityOf(after);
  return sameIdentity(from, to) ? { kind: 'same-server' } : { kind: 'new-server', from, to };
}

/** The keychain operations the binding needs (the app's ChoosableSecretStore has them). */
export interface PasswordStore {
  get(account: string): Promise<Result<Secret | null, KeychainProblem>>;
  delete(account: string): Promise<Result<boolean, KeychainProblem>>;
  move(from: string, to: string): Promise<Result<boolean, KeychainProblem>>;
}

export type BindingOutcome =
  /** Same server, or nothing was stored: nothing to decide. */
  | 'kept'
  /** The user confirmed: the password now belongs to the new server. */
  | 'moved'
  /** Not confirmed (or no way to ask): the password is gone and must be typed again. */
  | 'forgotten';

/**
 * Applies a settings change to the stored password: asks the user (never the renderer) whether it
 * may go to the new server, and moves or forgets it. A keychain failure is returned as it came.
 */
export async function bindPasswordToServer(
  before: Settings,
  after: Settings,
  store: PasswordStore,
  confirmer: PasswordMoveConfirmer | undefined,
): Promise<Result<BindingOutcome, KeychainProblem>> {
  const change = passwordOnSave(before, after);
  if (change.kind === 'same-server') return { ok: true, value: 'kept' };
  const from = accountOf(before);
  const to = accountOf(after);
  const stored = await store.get(from);
  if (!stored.ok) return stored;
  if (stored.value === null) return { ok: true, value: 'kept' };
  const confirmed =
    confirmer !== undefined &&
    (await confirmer.confirmPasswordMove(identityText(change.from), identityText(change.to)));
  if (confirmed) {
    if (from === to) return { ok: true, value: 'moved' };
    const moved = await store.move(from, to);
    return moved.ok ? { ok: true, value: 'moved' } : moved;
  }
  const removed = await store.delete(from);
  return removed.ok ? { ok: true, value: 'forgotten' } : removed;
}
