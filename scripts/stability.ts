/**
 * `npm run test:stability`: the whole vitest suite several times in a row (STABILITY_RUNS, default 3)
 * while a CPU hog keeps every core busy, then a report of the failures per test: how many of the
 * runs each failing test failed in. Zero is the bar; the exit code is 1 otherwise. Arguments are
 * passed to vitest, so a subset can be tried: `npm run test:stability -- test/unit/session`.
 * The figures go to .tmp/reliability/stability.json (docs/reliability.md).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, '.tmp/stability');
const FIGURES = resolve(ROOT, '.tmp/reliability/stability.json');

interface JsonReport {
  readonly numTotalTests: number;
  readonly numFailedTests: number;
  readonly testResults: readonly {
    readonly name: string;
    readonly status: string;
    readonly message?: string;
    readonly assertionResults: readonly { readonly fullName: string; readonly status: string }[];
  }[];
}

interface RunResult {
  readonly run: number;
  readonly seconds: number;
  readonly tests: number;
  readonly failed: readonly string[];
}

/** One busy loop per core, at normal priority, so the suite shares the machine the way a loaded CI box would. */
function startHogs(count: number): ChildProcess[] {
  return Array.from({ length: count }, () =>
    spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
  );
}

function runVitest(run: number, args: readonly string[]): Promise<RunResult> {
  const outputFile = resolve(OUT, `run-${run}.json`);
  const started = Date.now();
  return new Promise((done, fail) => {
    const child = spawn(
      'npx',
      ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${outputFile}`, ...args],
      { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.on('error', fail);
    child.on('close', () => {
      readFile(outputFile, 'utf8')
        .then((text) => {
          const report = JSON.parse(text) as JsonReport;
          const failed: string[] = [];
          for (const file of report.testResults) {
            const path = file.name.startsWith(ROOT) ? file.name.slice(ROOT.length + 1) : file.name;
            const tests = file.assertionResults.filter((t) => t.status === 'failed');
            for (const test of tests) failed.push(`${path} › ${test.fullName}`);
            // A file that failed to load has no test results of its own.
            if (file.status === 'failed' && tests.length === 0) failed.push(`${path} (the file failed)`);
          }
          done({
            run,
            seconds: Math.round((Date.now() - started) / 1000),
            tests: report.numTotalTests,
            failed,
          });
        })
        .catch((error: unknown) => fail(new Error(`run ${run} left no report (${String(error)})`)));
    });
  });
}

async function main(): Promise<void> {
  const runs = Number(process.env.STABILITY_RUNS ?? 3);
  const cores = availableParallelism();
  const args = process.argv.slice(2);
  await mkdir(OUT, { recursive: true });
  const hogs = startHogs(cores);
  const stopHogs = () => hogs.forEach((h) => h.kill('SIGKILL'));
  process.once('SIGINT', () => {
    stopHogs();
    process.exit(130);
  });
  process.stdout.write(
    `stability: ${runs} runs of vitest ${args.join(' ') || '(the whole suite)'}, ${cores} CPU hogs\n`,
  );
  const results: RunResult[] = [];
  try {
    for (let run = 1; run <= runs; run++) results.push(await runVitest(run, args));
  } finally {
    stopHogs();
  }

  const failuresPerTest = new Map<string, number>();
  for (const r of results)
    for (const name of r.failed) failuresPerTest.set(name, (failuresPerTest.get(name) ?? 0) + 1);
  const lines = [
    '',
    'stability report',
    ...results.map((r) => `  run ${r.run}: ${r.tests} tests, ${r.failed.length} failed, ${r.seconds} s`),
    failuresPerTest.size === 0 ? '  no failures' : '  failures per test:',
    ...[...failuresPerTest].sort((a, b) => b[1] - a[1]).map(([name, n]) => `    ${n} of ${runs}  ${name}`),
  ];
  process.stdout.write(lines.join('\n') + '\n');
  await mkdir(resolve(FIGURES, '..'), { recursive: true });
  await writeFile(
    FIGURES,
    JSON.stringify(
      {
        runs: results,
        args,
        hogs: cores,
        failuresPerTest: Object.fromEntries(failuresPerTest),
        recordedAt: new Date().toISOString(),
      },
      null,
      2,
    ) + '\n',
  );
  process.exitCode = failuresPerTest.size === 0 ? 0 : 1;
}

await main();
