import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * Builds the renderer (only the renderer: main's build is not this harness's business) when
 * out/renderer is missing or older than its sources. Used as a Vitest globalSetup, so one build
 * serves every browser test file, and by the screenshot and benchmark scripts.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'out/renderer/index.html');
const SOURCES = [
  'src-renderer',
  'src-main/ipc',
  'src-main/storage/settings-schema.ts',
  'svelte.config.js',
  'electron.vite.config.ts',
];

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(path)) newest = Math.max(newest, await newestMtime(join(path, entry)));
  return newest;
}

export async function rendererIsStale(): Promise<boolean> {
  const built = await stat(OUT).catch(() => null);
  if (!built) return true;
  const sources = await Promise.all(SOURCES.map((source) => newestMtime(join(ROOT, source))));
  return Math.max(...sources) > built.mtimeMs;
}

export async function ensureRendererBuilt(): Promise<void> {
  if (!(await rendererIsStale())) return;
  // electron-vite resolves its config for all three targets; only the renderer one is built here.
  const { resolveConfig } = await import('electron-vite');
  const { build } = await import('vite');
  const previousCwd = process.cwd();
  process.chdir(ROOT);
  try {
    const resolved = await resolveConfig({ logLevel: 'warn' }, 'build', 'production');
    const renderer = resolved.config?.renderer;
    if (!renderer) throw new Error('electron.vite.config.ts has no renderer config.');
    await build({ ...renderer, logLevel: 'warn' });
  } finally {
    process.chdir(previousCwd);
  }
}

/** Vitest globalSetup entry. */
export default async function setup(): Promise<void> {
  await ensureRendererBuilt();
}
