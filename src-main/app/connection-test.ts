/**
 * "Test connection": checks the settings as typed (not the saved ones), takes the typed password
 * or else the stored one for that account, and connects once through the pipeline's check. Every
 * outcome is a `ConnectionTestResult`; nothing is saved and nothing is thrown.
 */
import type { Clock } from '../common/clock';
import type { Logger } from '../common/log';
import type { Result } from '../common/result';
import { Secret } from '../common/secret';
import type { ConnectionTestResult } from '../ipc/contract';
import { checkConnection } from '../pipeline/connection-check';
import type { KeychainProblem, SecretStore } from '../storage/secret-store';
import { validateSettings } from '../storage/settings-schema';
import { passwordMissing } from './connection-view';
import { accountOf, serverPlan } from './server-connection';

export interface ConnectionTestOptions {
  readonly secrets: Pick<SecretStore, 'get'>;
  /** Every password the test uses is handed here, so the log scrubber knows it. */
  readonly remember: (secret: Secret) => void;
  readonly clock: Clock;
  readonly logger: Logger;
  /** How long the test waits for the socket to open (the check's default when left out). */
  readonly timeoutMs?: number;
}

export async function testConnection(
  input: unknown,
  typed: string | undefined,
  o: ConnectionTestOptions,
): Promise<ConnectionTestResult> {
  const valid = validateSettings(input);
  if (!valid.ok) {
    return {
      ok: false,
      code: valid.error.code,
      message: valid.error.message,
      fields: valid.error.fields.map((f) => ({ path: f.path, message: f.message })),
    };
  }
  const settings = valid.value;
  let password: Secret;
  if (typed !== undefined) {
    password = new Secret(typed);
    o.remember(password);
  } else {
    const account = accountOf(settings);
    const found: Result<Secret | null, KeychainProblem> = await o.secrets.get(account);
    if (!found.ok) return { ok: false, code: found.error.code, message: found.error.message };
    if (found.value === null) {
      const missing = passwordMissing(account);
      return {
        ok: false,
        code: missing.code,
        message: `No password is stored for ${account}; type the manager password to test the connection.`,
      };
    }
    password = found.value;
    o.remember(password);
  }
  const plan = serverPlan(settings, password);
  if (!plan.ok) return { ok: false, code: plan.error.code, message: plan.error.message };
  const result = await checkConnection({
    connection: plan.value.connection,
    profile: plan.value.profile,
    clock: o.clock,
    logger: o.logger,
    ...(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}),
  });
  return { ok: result.ok, code: result.code, message: result.message };
}
