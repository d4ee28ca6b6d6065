import type { Result } from '../common/result';
import type { LiveApiProblem } from './client';
import type { LiveExtension, LiveUser } from './shapes';

/**
 * After going live: do the configured iSymphony user and extensions exist on this server? A
 * typo there goes live and never pops, so it is said, by name (issue 11 §3). Asks the Live REST
 * `users` and `extensions` lists; when REST cannot be asked, says that the check could not be made.
 */
export interface DirectoryApi {
  getUsers(): Promise<Result<LiveUser[], LiveApiProblem>>;
  getExtensions(): Promise<Result<LiveExtension[], LiveApiProblem>>;
}

export type IdentityWarning =
  | { readonly code: 'unknown-user'; readonly name: string; readonly message: string }
  | { readonly code: 'unknown-extension'; readonly name: string; readonly message: string }
  | { readonly code: 'identity-not-checked'; readonly problemCode: string; readonly message: string };

export interface IdentityCheck {
  /** Empty when every name was found (or there was nothing to check). */
  readonly warnings: readonly IdentityWarning[];
}

const MAX_SHOWN = 64;

function shown(name: string): string {
  return name.length > MAX_SHOWN ? `${name.slice(0, MAX_SHOWN)}…` : name;
}

/** Where the names were set, so the fix names the place: a command's flags or the app's settings. */
export type IdentitySource = 'flags' | 'settings';

export function unknownUserSentence(name: string, source: IdentitySource = 'flags'): string {
  const fix =
    source === 'flags'
      ? 'Check the iSymphony user name (--username).'
      : 'Check "iSymphony username" in Settings.';
  return `There is no iSymphony user '${shown(name)}' on this server; calls for them will never pop. ${fix}`;
}

export function unknownExtensionSentence(name: string, source: IdentitySource = 'flags'): string {
  const fix = source === 'flags' ? 'Check the extensions (--extension).' : 'Check "Extensions" in Settings.';
  return `There is no extension '${shown(name)}' on this server; calls to it will never pop. ${fix}`;
}

function notChecked(problem: LiveApiProblem, source: IdentitySource): IdentityWarning {
  const coreServer = source === 'flags' ? '--core-server' : '"Core server" in Settings → Server → Advanced';
  const why =
    problem.code === 'rest-refused'
      ? 'the server refused the Live REST API (HTTP 403): the iSymphony licence restricts it, or the manager account has no permission for it'
      : problem.code === 'not-found'
        ? // The lists themselves are missing while the event socket works: the core server named is not there.
          `the Live REST API has no such core server (HTTP 404); check ${coreServer} (usually "default")`
        : problem.message.replace(/\.$/, '');
  return {
    code: 'identity-not-checked',
    problemCode: problem.code,
    message: `Could not check that the iSymphony user and extensions exist on this server: ${why}. Calls still pop if the names are right.`,
  };
}

export async function checkIdentity(
  api: DirectoryApi,
  username: string | null,
  extensions: readonly string[],
  source: IdentitySource = 'flags',
): Promise<IdentityCheck> {
  if (username === null && extensions.length === 0) return { warnings: [] };
  const [users, numbers] = await Promise.all([
    username === null ? null : api.getUsers(),
    extensions.length === 0 ? null : api.getExtensions(),
  ]);
  const warnings: IdentityWarning[] = [];
  const failed = [users, numbers].find((r) => r !== null && !r.ok);
  if (failed && !failed.ok) return { warnings: [notChecked(failed.error, source)] };
  if (username !== null && users?.ok && !users.value.some((u) => u.userName === username)) {
    warnings.push({ code: 'unknown-user', name: username, message: unknownUserSentence(username, source) });
  }
  if (numbers?.ok) {
    const known = new Set(numbers.value.map((e) => e.extensionNumber));
    for (const extension of new Set(extensions)) {
      if (!known.has(extension)) {
        warnings.push({
          code: 'unknown-extension',
          name: extension,
          message: unknownExtensionSentence(extension, source),
        });
      }
    }
  }
  return { warnings };
}
