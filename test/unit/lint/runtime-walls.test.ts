import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint configuration is part of the architecture: these tests prove its walls hold, so a
// careless edit of eslint.config.js cannot quietly let electron into plain-Node code.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the runtime walls of the lint configuration', () => {
  it('refuses a runtime electron import outside src-main/electron', async () => {
    const ids = await ruleIds(
      "import { app } from 'electron';\nexport const a = app;\n",
      'src-main/app/x.ts',
    );
    expect(ids).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('refuses electron subpath imports too', async () => {
    const ids = await ruleIds(
      "import x from 'electron/main';\nexport const a = x;\n",
      'src-main/session/x.ts',
    );
    expect(ids).toContain('@typescript-eslint/no-restricted-imports');
  });

  it('allows type-only electron imports anywhere in main', async () => {
    const ids = await ruleIds(
      "import type { App } from 'electron';\nexport type A = App;\n",
      'src-main/app/x.ts',
    );
    expect(ids).not.toContain('@typescript-eslint/no-restricted-imports');
  });

  it('allows runtime electron imports inside src-main/electron', async () => {
    const ids = await ruleIds(
      "import { app } from 'electron';\nexport const a = app;\n",
      'src-main/electron/x.ts',
    );
    expect(ids).not.toContain('@typescript-eslint/no-restricted-imports');
  });

  it('keeps the renderer away from main code other than the IPC contract', async () => {
    const storage = await ruleIds(
      "import { HistoryStore } from '../../src-main/storage/history-store';\nexport const h = HistoryStore;\n",
      'src-renderer/src/x.ts',
    );
    expect(storage).toContain('@typescript-eslint/no-restricted-imports');
    const contract = await ruleIds(
      "import type { AppState } from '../../src-main/ipc/contract';\nexport type S = AppState;\n",
      'src-renderer/src/x.ts',
    );
    expect(contract).not.toContain('@typescript-eslint/no-restricted-imports');
  });

  it('forbids {@html} in Svelte components', async () => {
    const ids = await ruleIds(
      '<script lang="ts">\n  let { name }: { name: string } = $props();\n</script>\n\n<p>{@html name}</p>\n',
      'src-renderer/src/X.svelte',
    );
    expect(ids).toContain('svelte/no-at-html-tags');
  });
});
