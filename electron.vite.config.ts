import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/** Where the renderer build lists the project files it was made from (not packaged). */
export const RENDERER_SOURCES = 'out/renderer-sources.json';

// The renderer bundles code from src-main too (the IPC contract and what it re-exports): the
// browser tests' rebuild check (test/support/renderer-build.ts) watches exactly the files this
// list names, taken from the build's own module graph, so no hand-kept list can miss one.
function listRendererSources(): Plugin {
  return {
    name: 'list-renderer-sources',
    apply: 'build',
    writeBundle() {
      const root = resolve('.');
      const files = [...this.getModuleIds()]
        .filter((id) => !id.startsWith('\0') && !id.includes('/node_modules/'))
        .map((id) => relative(root, id.split('?')[0] ?? id))
        .filter((path) => !path.startsWith('..'));
      const sources = [...new Set([...files, 'svelte.config.js', 'electron.vite.config.ts'])].sort();
      mkdirSync(dirname(resolve(RENDERER_SOURCES)), { recursive: true });
      writeFileSync(resolve(RENDERER_SOURCES), `${JSON.stringify({ sources }, null, 2)}\n`);
    },
  };
}

// One build for the three Electron targets. The command line (src-main/cli) is a second
// entry of the main build: it is plain Node and never imports `electron`.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('src-main/electron/main.ts'),
          cli: resolve('src-main/cli/main.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { preload: resolve('src-main/electron/preload.ts') },
        // A sandboxed preload must be one CommonJS file that requires nothing but `electron`.
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    plugins: [svelte({ configFile: resolve('svelte.config.js') }), listRendererSources()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: {
        input: {
          index: resolve('src-renderer/index.html'),
          pop: resolve('src-renderer/pop.html'),
        },
      },
    },
  },
});
