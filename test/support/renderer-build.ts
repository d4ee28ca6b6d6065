import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * Builds the renderer (only the renderer: main's build is not this harness's business) when
 * out/renderer is missing or older than its sources. Used as a Vitest globalSetup, so one build
 * serves every browser test file, and by the screenshot and benchmark scripts.
 *
 * The sources are the files the last build was made from, as its module graph lists them in
 * out/renderer-sources.json (electron.vite.config.ts writes it): src-main code the renderer
 * bundles through the IPC contract counts, and nothing here has to be kept in step by hand.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const BUILT = 'out/renderer/index.html';
export const SOURCES_LIST = 'out/renderer-sources.json';

/** The files the build at `root` was made from, or null when it left no readable list. */
export async function rendererSources(root = ROOT): Promise<string[] | null> {
  const text = await readFile(join(root, SOURCES_LIST), 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    const sources = (parsed as { sources?: unknown }).sources;
    return Array.isArray(sources) && sources.every((s) => typeof s === 'string') ? sources : null;
  } catch {
    return null;
  }
}

/** True when there is no build, no list of its sources, or a listed source changed or went away. */
export async function rendererIsStale(root = ROOT): Promise<boolean> {
  const built = await stat(join(root, BUILT)).catch(() => null);
  const sources = await rendererSources(root);
  if (!built || !sources || sources.length === 0) return true;
  for (const source of sources) {
    const info = await stat(join(root, source)).catch(() => null);
    if (!info || info.mtimeMs > built.mtimeMs) return true;
  }
  return false;
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
