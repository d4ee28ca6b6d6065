/**
 * Runs keychain operations through the real KeytarSecretStore in a process of its own, whose
 * environment points at a private D-Bus session (see test/support/keyring.ts).
 * Usage: node --import tsx keychain-child.ts '<json list of operations>'
 * Prints one JSON object: the result of each operation, and every log line the store wrote.
 */
import { Secret } from '../../../src-main/common/secret';
import { KeytarSecretStore } from '../../../src-main/storage/secret-store';

export type KeychainOperation =
  | { readonly op: 'get'; readonly account: string }
  | { readonly op: 'set'; readonly account: string; readonly password: string }
  | { readonly op: 'delete'; readonly account: string }
  | { readonly op: 'move'; readonly from: string; readonly to: string }
  | { readonly op: 'check' };

export type OperationResult =
  | { readonly ok: true; readonly value: string | boolean | null }
  | { readonly ok: false; readonly code: string; readonly message: string };

export interface ChildReport {
  readonly results: readonly OperationResult[];
  readonly log: readonly string[];
}

async function main(): Promise<void> {
  const operations = JSON.parse(process.argv[2] ?? '[]') as KeychainOperation[];
  const log: string[] = [];
  const store = new KeytarSecretStore({
    service: process.env.KEYCHAIN_TEST_SERVICE ?? 'iSymphony Companion (test)',
    logger: {
      log: (level, message, fields) => log.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`),
    },
  });
  const results: OperationResult[] = [];
  for (const operation of operations) {
    const result =
      operation.op === 'get'
        ? await store.get(operation.account)
        : operation.op === 'set'
          ? await store.set(operation.account, new Secret(operation.password))
          : operation.op === 'delete'
            ? await store.delete(operation.account)
            : operation.op === 'move'
              ? await store.move(operation.from, operation.to)
              : await store.check();
    if (!result.ok) results.push({ ok: false, code: result.error.code, message: result.error.message });
    else if (result.value instanceof Secret) results.push({ ok: true, value: result.value.reveal() });
    else results.push({ ok: true, value: result.value ?? null });
  }
  const report: ChildReport = { results, log };
  process.stdout.write(JSON.stringify(report) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
