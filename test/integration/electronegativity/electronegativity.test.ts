/**
 * Doyensec's Electronegativity over the sources and the built app. It exits 0 even with findings,
 * so its report is read here: any finding fails unless the line it points at (or, for the built
 * output, the source line with the same code) suppresses that check with an `eng-disable` comment
 * that says why it is safe — and every such comment must give a reason.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve('.');
const RUNNER = resolve('test/integration/electronegativity/run-offline.mjs');
const SOURCE_FOLDERS = ['src-main', 'src-renderer'];

interface Finding {
  readonly id: string;
  readonly file: string;
  readonly line: number;
  readonly sample: string | null;
  readonly description: string;
}
interface Report {
  readonly findings: readonly Finding[];
  readonly parseErrors: readonly { file: string; message: string; tolerable: boolean }[];
}

/** `eng-disable CHECK[, CHECK]: why` — the reason after the colon is required. */
const SUPPRESSION =
  /(?:\/\/|\/\*|<!--)[ \t]*eng-disable[ \t]+([\w \t,]+?)(?::[ \t]*([^*\n]*?))?[ \t]*(?:\*\/|-->|$)/;

interface SourceLine {
  readonly file: string;
  readonly number: number;
  readonly text: string;
}

async function sourceLines(): Promise<SourceLine[]> {
  const lines: SourceLine[] = [];
  for (const folder of SOURCE_FOLDERS) {
    const entries = await readdir(resolve(folder), { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile() || !/\.(ts|js|cjs|mjs|html|svelte)$/.test(entry.name)) continue;
      const file = join(entry.parentPath, entry.name);
      const text = await readFile(file, 'utf8');
      text.split('\n').forEach((line, i) => lines.push({ file, number: i + 1, text: line }));
    }
  }
  return lines;
}

function suppressedChecks(line: string): string[] {
  const match = SUPPRESSION.exec(line);
  return match?.[1] ? match[1].split(/[\s,]+/).filter(Boolean) : [];
}

async function scan(input: string): Promise<Report> {
  const folder = await mkdtemp(join(tmpdir(), 'electronegativity-'));
  const reportPath = join(folder, 'report.json');
  try {
    await run(process.execPath, [RUNNER, input, reportPath], { cwd: ROOT, timeout: 120_000 });
    return JSON.parse(await readFile(reportPath, 'utf8')) as Report;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * A copy of out/ in which every script is named .ts: the tool skips .cjs files (the preload) and
 * its JavaScript reader cannot walk modern class fields, while its TypeScript reader handles both.
 */
async function stageBuiltOutput(): Promise<string> {
  const stage = await mkdtemp(join(tmpdir(), 'electronegativity-out-'));
  await cp(resolve('out'), stage, { recursive: true });
  const entries = await readdir(stage, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (entry.isFile() && /\.(js|cjs|mjs)$/.test(entry.name)) {
      const path = join(entry.parentPath, entry.name);
      await rename(path, path.replace(/\.(js|cjs|mjs)$/, '.ts'));
    }
  }
  return stage;
}

let lines: SourceLine[] = [];

beforeAll(async () => {
  if (!existsSync(resolve('out/main/index.js')) || !existsSync(resolve('out/preload/preload.cjs'))) {
    await run(process.execPath, [resolve('node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
      cwd: ROOT,
      timeout: 300_000,
    });
  }
  lines = await sourceLines();
}, 300_000);

describe('eng-disable comments', () => {
  it('each say why the suppressed check is safe to ignore there', () => {
    const bare = lines
      .filter((l) => /eng-disable/.test(l.text) && !l.file.endsWith('electronegativity.test.ts'))
      .filter((l) => {
        const match = SUPPRESSION.exec(l.text);
        return !match || !match[2] || match[2].trim().length < 15;
      })
      .map((l) => `${l.file}:${l.number}`);
    expect(bare).toEqual([]);
  });
});

describe('Electronegativity', () => {
  it('finds nothing unsuppressed in src-main', async () => {
    const report = await scan(resolve('src-main'));
    expect(report.parseErrors.filter((e) => !e.tolerable)).toEqual([]);
    expect(report.findings).toEqual([]);
  });

  it('finds nothing in the built app that the sources do not suppress with a reason', async () => {
    const stage = await stageBuiltOutput();
    try {
      const report = await scan(stage);
      expect(report.parseErrors.filter((e) => !e.tolerable)).toEqual([]);
      // The bundler drops comments, so a finding in out/ is matched to the source line that holds
      // the same code (or the same CSP text) and carries the suppression for that check.
      const unexplained = report.findings.filter((finding) => {
        const sample = finding.sample?.trim();
        if (!sample || sample === 'N/A') return true;
        return !lines.some((l) => l.text.includes(sample) && suppressedChecks(l.text).includes(finding.id));
      });
      expect(unexplained).toEqual([]);
      // The scan did read the built app (so an empty result above means something).
      expect(report.findings.map((f) => f.file)).toEqual(expect.arrayContaining(['main/index.ts']));
    } finally {
      await rm(stage, { recursive: true, force: true });
    }
  });
});
