/**
 * The built command line (`bin/isymphony-companion.js` → out/main/cli.js, made by `npm run build`)
 * as a child process, for commands meant to keep running: its stdout JSON lines with the moment
 * each arrived, its stderr, and whether it is still alive. Waiting for a line fails at once, with
 * what the child printed, if the child exits first.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { CliResult } from './cli-io';
import { eventually } from './eventually';

const ROOT = resolve(import.meta.dirname, '../..');
export const BUILT_CLI = join(ROOT, 'bin/isymphony-companion.js');
const BUILT_BUNDLE = join(ROOT, 'out/main/cli.js');

export interface Line {
  /** Its place in `lines`. */
  readonly index: number;
  readonly at: number;
  readonly value: Record<string, unknown>;
}

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface BuiltCli {
  readonly child: ChildProcess;
  readonly lines: Line[];
  stderr(): string;
  /** Null while the process runs. */
  exit(): Exit | null;
  readonly exited: Promise<Exit>;
  /** The first line from index `from` on that matches; throws if the child exits or time runs out. */
  waitForLine(
    match: (line: Record<string, unknown>) => boolean,
    what: string,
    timeoutMs: number,
    from?: number,
  ): Promise<Line>;
  /** Sends the signal and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<Exit>;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Refuses to test a missing or stale build, which would test yesterday's code. */
export function assertBuiltCliIsFresh(): void {
  let built: number;
  try {
    built = statSync(BUILT_BUNDLE).mtimeMs;
  } catch {
    throw new Error(`${BUILT_BUNDLE} is missing: run \`npm run build\` first (npm test does).`);
  }
  if (newestMtime(join(ROOT, 'src-main')) > built) {
    throw new Error(`${BUILT_BUNDLE} is older than src-main/: run \`npm run build\` first (npm test does).`);
  }
}

/**
 * The built command line run to its end, with this process's environment and `env`: its exit code
 * and what it printed (a failing exit is a result here, not an error).
 */
export async function runBuiltCli(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<CliResult> {
  assertBuiltCliIsFresh();
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BUILT_CLI, ...args], {
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error: unknown) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The arguments of `watch` for user and extension 4224 of the demo server on 127.0.0.1:`port`, then `extra`. */
export function watchArgs(port: number, ...extra: string[]): string[] {
  return [
    'watch',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--username',
    '4224',
    '--extension',
    '4224',
    ...extra,
  ];
}

export function startBuiltCli(args: readonly string[], env: Record<string, string>): BuiltCli {
  assertBuiltCliIsFresh();
  const child = spawn(process.execPath, [BUILT_CLI, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Line[] = [];
  let stderr = '';
  let partial = '';
  let exit: Exit | null = null;
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop()!;
    const at = Date.now();
    for (const text of parts)
      if (text.length > 0)
        lines.push({ index: lines.length, at, value: JSON.parse(text) as Record<string, unknown> });
  });
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => void (stderr += chunk));
  const exited = new Promise<Exit>((resolve) =>
    child.on('close', (code, signal) => resolve((exit = { code, signal }))),
  );

  const describeChild = () =>
    `exit ${JSON.stringify(exit)}; last lines ${JSON.stringify(lines.slice(-5).map((l) => l.value))}; stderr tail ${JSON.stringify(stderr.slice(-600))}`;

  return {
    child,
    lines,
    stderr: () => stderr,
    exit: () => exit,
    exited,
    async waitForLine(match, what, timeoutMs, from = 0) {
      let found: Line | undefined;
      try {
        await eventually(
          () => {
            found = lines.slice(from).find((l) => match(l.value));
            if (found === undefined && exit !== null)
              throw new Error(`the process exited while waiting for ${what}`);
            return found !== undefined;
          },
          what,
          timeoutMs,
        );
      } catch (error) {
        throw new Error(`${(error as Error).message} (${describeChild()})`);
      }
      return found!;
    },
    async stop(signal = 'SIGTERM') {
      if (exit === null) child.kill(signal);
      return exited;
    },
  };
}
