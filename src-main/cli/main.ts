import type { CommandIo } from './io';
import { keepAliveUntilSettled } from './keep-alive';
import { runCli } from './run';
import { readSecretFrom } from './secret-input';

// The program entry (built to out/main/cli.js, or run with `tsx src-main/cli/main.ts`).
// Everything testable lives in run.ts; this file only binds it to the process.
function processIo(): CommandIo {
  const stopRequested = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  return {
    argv: process.argv.slice(2),
    env: process.env,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stopRequested,
    readSecret: readSecretFrom(process.stdin, process.stderr),
  };
}

// Every command, however long it runs, keeps the process until it returns its exit code.
keepAliveUntilSettled(runCli(processIo())).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`isymphony-companion: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
