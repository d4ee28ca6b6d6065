/**
 * The benchmark runner: `npm run bench` (all suites) or `npm run bench -- --suite pipeline`.
 * Runs each suite it knows one after the other, prints a table, and rewrites the figures section
 * of docs/benchmarks.md (between the markers; the hand-written part above stays). A suite whose
 * module is absent is skipped with a note. Benchmarks report; they never fail a build.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchFigure, BenchSuite } from './figures';

interface KnownSuite {
  readonly name: string;
  /** The module and the export that holds the suite. */
  readonly module: string;
  readonly exportName: string;
}

const KNOWN: readonly KnownSuite[] = [
  { name: 'pipeline', module: './pipeline.ts', exportName: 'pipelineBench' },
  { name: 'history', module: './history.ts', exportName: 'historyBench' },
  { name: 'renderer', module: './renderer.ts', exportName: 'rendererBench' },
  { name: 'app', module: './app.ts', exportName: 'appBench' },
  { name: 'phonebook', module: './phonebook.ts', exportName: 'phonebookBench' },
];

const DOC = resolve('docs/benchmarks.md');
const START = '<!-- figures:start -->';
const END = '<!-- figures:end -->';

interface SuiteResult {
  readonly name: string;
  readonly figures: readonly BenchFigure[] | null;
  readonly note: string | null;
  /** When the suite started (UTC) and the machine's load averages around it: shared machines are noisy. */
  readonly when?: { readonly start: Date; readonly loadBefore: string; readonly loadAfter: string };
}

/** The 1, 5 and 15 minute load averages, as `uptime` prints them. */
function loadAverages(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
}

function circumstances(result: SuiteResult): string {
  const when = result.when;
  if (!when) return new Date().toISOString().slice(0, 10);
  const at = `${when.start.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `${at} · load average before ${when.loadBefore}, after ${when.loadAfter}`;
}

function isMissingModule(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}

async function load(known: KnownSuite): Promise<BenchSuite | string> {
  let module: Record<string, unknown>;
  try {
    module = (await import(known.module)) as Record<string, unknown>;
  } catch (error) {
    if (isMissingModule(error) && String(error).includes(known.module.slice(2))) {
      return `skipped: ${known.module.slice(2)} does not exist yet`;
    }
    throw error;
  }
  const suite = module[known.exportName] as BenchSuite | undefined;
  if (!suite || typeof suite.run !== 'function')
    return `skipped: ${known.module.slice(2)} has no ${known.exportName}`;
  return suite;
}

function formatValue(figure: BenchFigure): string {
  const value = Number.isInteger(figure.value) ? figure.value.toLocaleString('en') : String(figure.value);
  return `${value} ${figure.unit}`;
}

/** The floor measured in the same run, and the figure as a multiple of it. */
function formatFloor(figure: BenchFigure): string {
  if (figure.floor === undefined) return '';
  const ratio = figure.floor === 0 ? '' : ` (${(figure.value / figure.floor).toFixed(2)} ×)`;
  return `${formatValue({ ...figure, value: figure.floor })}${ratio}`;
}

function verdict(figure: BenchFigure): string {
  if (figure.meetsTarget === undefined) return '';
  return figure.meetsTarget ? 'met' : '**missed**';
}

function table(results: readonly SuiteResult[]): string {
  const rows = ['| Suite | Figure | Value | Floor, same run | Target | |', '|---|---|---|---|---|---|'];
  for (const result of results) {
    if (!result.figures) {
      rows.push(`| ${result.name} | ${result.note ?? ''} | | | | |`);
      continue;
    }
    for (const figure of result.figures) {
      rows.push(
        `| ${result.name} | ${figure.name} | ${formatValue(figure)} | ${formatFloor(figure)} | ${figure.target ?? ''} | ${verdict(figure)} |`,
      );
    }
  }
  return rows.join('\n');
}

function machine(): string {
  const list = cpus();
  const model = list[0]?.model.trim() ?? 'unknown CPU';
  return `${list.length} × ${model}, Node ${process.version}, ${process.platform}/${process.arch}`;
}

async function writeDoc(results: readonly SuiteResult[], command: string): Promise<void> {
  let doc: string;
  try {
    doc = await readFile(DOC, 'utf8');
  } catch {
    doc = `# Benchmarks\n\n${START}\n${END}\n`;
  }
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) {
    doc = `${doc.trimEnd()}\n\n${START}\n${END}\n`;
  }
  const before = doc.slice(0, doc.indexOf(START) + START.length);
  const after = doc.slice(doc.indexOf(END));
  // Figures of suites not run this time are kept from the last run, so a --suite run edits its own rows only.
  const previous = doc.slice(doc.indexOf(START) + START.length, doc.indexOf(END));
  const kept = KNOWN.filter((k) => !results.some((r) => r.name === k.name))
    .map((k) => sectionOf(previous, k.name))
    .filter((s): s is string => s !== null);
  const sections = [
    ...results.map(
      (r) =>
        `<!-- suite:${r.name} -->\n### ${r.name}\n\n${circumstances(r)} · ${machine()} · \`${command}\`\n\n${table([r])}\n<!-- /suite:${r.name} -->`,
    ),
    ...kept,
  ];
  await writeFile(DOC, `${before}\n\n${sections.join('\n\n')}\n\n${after}`);
}

function sectionOf(text: string, name: string): string | null {
  const open = `<!-- suite:${name} -->`;
  const close = `<!-- /suite:${name} -->`;
  const a = text.indexOf(open);
  const b = text.indexOf(close);
  return a >= 0 && b > a ? text.slice(a, b + close.length) : null;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { suite: { type: 'string', multiple: true }, 'no-write': { type: 'boolean' } },
  });
  const wanted = values.suite;
  const unknown = wanted?.find((name) => !KNOWN.some((k) => k.name === name));
  if (unknown !== undefined) {
    process.stderr.write(
      `Unknown suite "${unknown}"; the suites are ${KNOWN.map((k) => k.name).join(', ')}.\n`,
    );
    process.exitCode = 2;
    return;
  }
  const results: SuiteResult[] = [];
  for (const known of KNOWN) {
    if (wanted && !wanted.includes(known.name)) continue;
    const suite = await load(known);
    if (typeof suite === 'string') {
      process.stderr.write(`${known.name}: ${suite}\n`);
      results.push({ name: known.name, figures: null, note: suite });
      continue;
    }
    process.stderr.write(`${known.name}: running…\n`);
    const start = new Date();
    const loadBefore = loadAverages();
    const figures = await suite.run();
    results.push({
      name: known.name,
      figures,
      note: null,
      when: { start, loadBefore, loadAfter: loadAverages() },
    });
  }
  process.stdout.write(`${machine()}\n\n${table(results)}\n`);
  const command = `npm run bench${wanted ? ` -- ${wanted.map((s) => `--suite ${s}`).join(' ')}` : ''}`;
  if (!values['no-write']) await writeDoc(results, command);
}

await main();
