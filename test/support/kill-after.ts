/** A Node child killed mid-work, for the crash tests: what it reported before the kill is kept. */
import { spawn } from 'node:child_process';

export interface Killed {
  /** The lines the child wrote that count (as `counts` said), in order. */
  readonly done: string[];
  readonly stderr: string;
}

/**
 * Runs `node ...args` (no environment but PATH) and kills it with SIGKILL once it has written `after`
 * lines that count. Resolves when the child is gone and its pipes drained: lines written before the
 * kill all count.
 */
export function killAfter(
  args: readonly string[],
  counts: (line: string) => boolean,
  after: number,
): Promise<Killed> {
  return new Promise((finish, fail) => {
    const child = spawn(process.execPath, [...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '' },
    });
    let partial = '';
    const done: string[] = [];
    let stderr = '';
    let killed = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (counts(line)) done.push(line);
      if (!killed && done.length >= after) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', () => finish({ done, stderr }));
  });
}
