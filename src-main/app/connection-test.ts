/**
 * "Test connection": checks the settings as typed (not the saved ones), takes the typed password
 * or else the stored one (only when the typed server is the saved one: the password belongs to its
 * server), and connects once through the pipeline's check; one at a time, with a pause between. Every
 * outcome is a `ConnectionTestResult`; nothing is saved and nothing is thrown.
 */
import type { Clock } from '../common/clock';
import type { Logger } from '../common/log';
import type { Problem, Result } from '../common/result';
import { problemSaid } from '../i18n/english';
import { Secret } from '../common/secret';
import type { ConnectionTestResult } from '../ipc/contract';
import { checkConnection } from '../pipeline/connection-check';
import type { KeychainProblem, SecretStore } from '../storage/secret-store';
import { validateSettings, type Settings } from '../storage/settings-schema';
import { sameIdentity, serverIdentityOf } from './password-binding';
import { accountOf, serverPlan } from './server-connection';

export interface ConnectionTestOptions {
  readonly secrets: Pick<SecretStore, 'get'>;
  /** Every password the test uses is handed here, so the log scrubber knows it. */
  readonly remember: (secret: Secret) => void;
  readonly clock: Clock;
  readonly logger: Logger;
  /** How long the test waits for the socket to open (the check's default when left out). */
  readonly timeoutMs?: number;
  /** The saved settings: the stored password is only ever used for their server identity. */
  readonly saved: Settings;
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
      ...(valid.error.text ? { text: valid.error.text } : {}),
      fields: valid.error.fields.map((f) => ({
        path: f.path,
        message: f.message,
        ...(f.text ? { text: f.text } : {}),
      })),
    };
  }
  const settings = valid.value;
  let password: Secret;
  if (typed !== undefined) {
    password = new Secret(typed);
    o.remember(password);
  } else if (!sameIdentity(serverIdentityOf(settings), serverIdentityOf(o.saved))) {
    // The stored password belongs to the saved server; a typed one is the user's own decision.
    return failed(problemSaid('password-missing', 'problem.testOtherServer'));
  } else {
    const account = accountOf(settings);
    const found: Result<Secret | null, KeychainProblem> = await o.secrets.get(account);
    if (!found.ok) return failed(found.error);
    if (found.value === null) {
      return failed(problemSaid('password-missing', 'problem.testNoPassword', { account }));
    }
    password = found.value;
    o.remember(password);
  }
  const plan = serverPlan(settings, password);
  if (!plan.ok) return failed(plan.error);
  const result = await checkConnection({
    connection: plan.value.connection,
    profile: plan.value.profile,
    clock: o.clock,
    logger: o.logger,
    ...(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}),
  });
  return {
    ok: result.ok,
    code: result.code,
    message: result.message,
    ...(result.text ? { text: result.text } : {}),
  };
}

/** A problem as a test result, its catalogue message kept so Settings says it in the chosen language. */
function failed(problem: Problem): ConnectionTestResult {
  return {
    ok: false,
    code: problem.code,
    message: problem.message,
    ...(problem.text ? { text: problem.text } : {}),
  };
}

/** The pause after one test ends before the next may start. */
export const TEST_PAUSE_MS = 1_000;

/**
 * One "Test connection" at a time, with a short pause between attempts, so a compromised page
 * cannot use it to scan hosts and ports: a test asked for while one runs (or waits out the pause)
 * is refused in words; one asked for during the pause starts when the pause is over.
 */
export class ConnectionTestGate {
  #busy = false;
  #lastEnd = Number.NEGATIVE_INFINITY;

  constructor(private readonly clock: Clock) {}

  async run(test: () => Promise<ConnectionTestResult>): Promise<ConnectionTestResult> {
    if (this.#busy) {
      return failed(problemSaid('test-busy', 'problem.testBusy'));
    }
    this.#busy = true;
    try {
      const wait = this.#lastEnd + TEST_PAUSE_MS - this.clock.now();
      if (wait > 0) await new Promise<void>((resolve) => this.clock.setTimeout(resolve, wait));
      return await test();
    } finally {
      this.#lastEnd = this.clock.now();
      this.#busy = false;
    }
  }
}
