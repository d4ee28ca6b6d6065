import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SOURCES_LIST, rendererIsStale, rendererSources } from '../../support/renderer-build';

// The browser tests run out/renderer; the rebuild check decides whether it still matches the
// sources. These tests hold it to the list the build itself writes from its module graph.

describe('the list of sources the renderer build writes', () => {
  it('names the src-main files the renderer bundles, not only src-renderer', async () => {
    const sources = await rendererSources();
    expect(sources).toEqual(
      expect.arrayContaining([
        'src-renderer/src/main.ts',
        'src-renderer/src/App.svelte',
        'src-renderer/index.html',
        'src-main/ipc/views.ts',
        'src-main/protocol/profile.ts',
        'svelte.config.js',
        'electron.vite.config.ts',
      ]),
    );
    expect(sources?.filter((source) => source.includes('node_modules') || source.startsWith('/'))).toEqual(
      [],
    );
  });
});

describe('the rebuild check', () => {
  let root = '';
  const past = new Date('2026-01-01T00:00:00Z');
  const built = new Date('2026-01-02T00:00:00Z');
  const later = new Date('2026-01-03T00:00:00Z');

  async function file(path: string, time: Date, text = ''): Promise<void> {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
    await utimes(join(root, path), time, time);
  }

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'renderer-build-'));
    await file('src-renderer/src/main.ts', past);
    await file('src-main/protocol/profile.ts', past);
    await file('out/renderer/index.html', built);
    const sources = ['src-renderer/src/main.ts', 'src-main/protocol/profile.ts'];
    await file(SOURCES_LIST, built, JSON.stringify({ sources }));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('keeps a build that is newer than every listed source', async () => {
    expect(await rendererIsStale(root)).toBe(false);
  });

  it('rebuilds when a listed file outside src-renderer changed after the build', async () => {
    await utimes(join(root, 'src-main/protocol/profile.ts'), later, later);
    expect(await rendererIsStale(root)).toBe(true);
  });

  it('rebuilds when a listed source went away', async () => {
    await rm(join(root, 'src-renderer/src/main.ts'));
    expect(await rendererIsStale(root)).toBe(true);
  });

  it('rebuilds when there is no build, or no readable list of what it was made from', async () => {
    await rm(join(root, SOURCES_LIST));
    expect(await rendererIsStale(root)).toBe(true);
    await file(SOURCES_LIST, built, '{ not json');
    expect(await rendererIsStale(root)).toBe(true);
    await file(SOURCES_LIST, built, JSON.stringify({ sources: ['src-renderer/src/main.ts'] }));
    expect(await rendererIsStale(root)).toBe(false);
    await rm(join(root, 'out/renderer/index.html'));
    expect(await rendererIsStale(root)).toBe(true);
  });
});
