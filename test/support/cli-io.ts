/**
 * The command line run in this process (runCli with a recording CommandIo): what a command printed,
 * its exit code, and a stop the test can pull.
 */
import type { CommandIo } from '../../src-main/cli/io';
import { runCli } from '../../src-main/cli/run';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RecordingIo {
  readonly io: CommandIo;
  stdout(): string;
  stderr(): string;
  /** Stdout's JSON lines so far. */
  lines(): Record<string, unknown>[];
  /** Resolves the io's stop request, as Ctrl+C would. */
  stop(): void;
}

/** A CommandIo for `argv` and `env` that keeps what the command prints. */
export function recordingIo(argv: string[], env: Record<string, string> = {}): RecordingIo {
  let stdout = '';
  let stderr = '';
  let requestStop: () => void = () => {};
  const stopRequested = new Promise<void>((resolve) => (requestStop = resolve));
  return {
    io: {
      argv,
      env,
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      stopRequested,
    },
    stdout: () => stdout,
    stderr: () => stderr,
    lines: () =>
      stdout
        .split('\n')
        .filter((l) => l.length > 0)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    stop: () => requestStop(),
  };
}

/** runCli to its end: the exit code and what it printed. */
export async function runCliInProcess(argv: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const r = recordingIo(argv, env);
  const code = await runCli(r.io);
  return { code, stdout: r.stdout(), stderr: r.stderr() };
}
