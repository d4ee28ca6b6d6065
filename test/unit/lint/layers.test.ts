import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS, layerTable } from '../../../lint/layers.js';
import { ARCHITECTURE_DOC, withLayerTable } from '../../../scripts/docs-layers';

// The layer rules live once, in lint/layers.js: these tests prove lint enforces them, and that
// the table in docs/architecture.md and the README's layout say the same.
const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.startsWith('boundaries/') ?? false)
    .map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the layer rules of the lint configuration', () => {
  it('refuses an import that runs back up the layers', async () => {
    const messages = await boundaryMessages(
      "import { CallTracker } from '../calls/tracker';\nexport const t = CallTracker;\n",
      'src-main/protocol/x.ts',
    );
    expect(messages).toEqual([
      expect.stringMatching(/^boundaries\/dependencies: protocol may not import calls \(value\)/),
    ]);
  });

  it('refuses a sideways import between layers that do not know each other', async () => {
    expect(
      await boundaryMessages(
        "import { startDemoServer } from '../demo-server';\nexport const s = startDemoServer;\n",
        'src-main/session/x.ts',
      ),
    ).toHaveLength(1);
    // Re-exports and lazy imports are imports too.
    expect(
      await boundaryMessages("export { startDemoServer } from '../demo-server';\n", 'src-main/session/x.ts'),
    ).toHaveLength(1);
    expect(
      await boundaryMessages(
        "export const load = () => import('../demo-server');\n",
        'src-main/session/x.ts',
      ),
    ).toHaveLength(1);
  });

  it('allows what the importing layer lists', async () => {
    expect(
      await boundaryMessages(
        "import { startDemoServer } from '../demo-server';\nexport const s = startDemoServer;\n",
        'src-main/app/x.ts',
      ),
    ).toEqual([]);
    expect(
      await boundaryMessages(
        "import { DEFAULT_PROFILE } from '../protocol/profile';\nexport const p = DEFAULT_PROFILE;\n",
        'src-main/session/x.ts',
      ),
    ).toEqual([]);
  });

  it('tells a type-only allowance from a runtime one', async () => {
    const typeOnly = await boundaryMessages(
      "import type { EventKind } from '../protocol/profile';\nexport type K = EventKind;\n",
      'src-main/calls/x.ts',
    );
    expect(typeOnly).toEqual([]);
    const runtime = await boundaryMessages(
      "import { DEFAULT_PROFILE } from '../protocol/profile';\nexport const p = DEFAULT_PROFILE;\n",
      'src-main/calls/x.ts',
    );
    expect(runtime).toHaveLength(1);
  });

  it('keeps npm packages in the layers that list them', async () => {
    const crm = await boundaryMessages(
      "import WebSocket from 'ws';\nexport const w = WebSocket;\n",
      'src-main/crm/x.ts',
    );
    expect(crm).toEqual([expect.stringMatching(/crm may not import ws/)]);
    const session = await boundaryMessages(
      "import WebSocket from 'ws';\nexport const w = WebSocket;\n",
      'src-main/session/x.ts',
    );
    expect(session).toEqual([]);
  });

  it('allows Node built-ins in main and refuses them in the renderer', async () => {
    const code = "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n";
    expect(await boundaryMessages(code, 'src-main/storage/x.ts')).toEqual([]);
    expect(await boundaryMessages(code, 'src-renderer/src/x.ts')).toHaveLength(1);
  });

  it('keeps the renderer to the IPC contract, in Svelte components too', async () => {
    const svelte = await boundaryMessages(
      '<script lang="ts">\n  import { HistoryStore } from \'../../src-main/storage/history-store\';\n  const h = HistoryStore;\n</script>\n\n<p>{String(h)}</p>\n',
      'src-renderer/src/X.svelte',
    );
    expect(svelte).toEqual([expect.stringMatching(/renderer may not import storage/)]);
    const contract = await boundaryMessages(
      "import { EVENT_KINDS } from '../../src-main/ipc/contract';\nexport const k = EVENT_KINDS;\n",
      'src-renderer/src/x.ts',
    );
    expect(contract).toEqual([]);
  });

  it('refuses a file in a src-main folder that no layer claims', async () => {
    const messages = await boundaryMessages('export const a = 1;\n', 'src-main/not-a-layer/x.ts');
    expect(messages).toEqual([expect.stringMatching(/^boundaries\/no-unknown-files:/)]);
  });
});

describe('the layers themselves', () => {
  it('name only layers that exist', () => {
    const names = new Set(LAYERS.map((layer) => layer.name));
    for (const layer of LAYERS) {
      for (const other of [...layer.imports, ...(layer.typeImports ?? [])]) {
        expect(names, `${layer.name} lists ${other}`).toContain(other);
      }
    }
  });

  it('claim every folder of src-main', () => {
    const folders = readdirSync(resolve('src-main'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `src-main/${entry.name}`);
    expect(LAYERS.map((layer) => layer.folder)).toEqual(expect.arrayContaining(folders));
  });

  it('form no cycle, so every layer can be built and tested without those above it', () => {
    const byName = new Map(LAYERS.map((layer) => [layer.name, layer]));
    const done = new Set<string>();
    const visit = (name: string, path: string[]): void => {
      expect(path, `cycle: ${[...path, name].join(' → ')}`).not.toContain(name);
      if (done.has(name)) return;
      const layer = byName.get(name);
      for (const next of [...(layer?.imports ?? []), ...(layer?.typeImports ?? [])])
        visit(next, [...path, name]);
      done.add(name);
    };
    for (const layer of LAYERS) visit(layer.name, []);
    expect(done.size).toBe(LAYERS.length);
  });
});

describe('the documents that describe the layers', () => {
  it('docs/architecture.md carries the table rendered from the rules (npm run docs:layers)', () => {
    const doc = readFileSync(ARCHITECTURE_DOC, 'utf8');
    expect(doc).toContain(layerTable());
    expect(withLayerTable(doc)).toBe(doc);
  });

  it('the README layout table names every folder', () => {
    const readme = readFileSync(resolve('README.md'), 'utf8');
    for (const layer of LAYERS) expect(readme, layer.folder).toContain(`| \`${layer.folder}/\` |`);
  });
});
