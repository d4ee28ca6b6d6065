import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localDayStart } from '../../../src-main/storage/history-days';
import { historyLine } from '../../../src-main/storage/history-entry';
import { FIRST_PAGE, HistoryStore } from '../../../src-main/storage/history-store';
import { sampleEntry } from './history-fixtures';

/**
 * Opening a long history on the real disk: the newest page comes from the end of the file before
 * the rest is read, queries say how much they covered until then, and what happens meanwhile
 * (appends, a clear, a close) loses nothing and mixes nothing.
 */
const LONG = 30_000;
let dir: string;
let file: string;
const stores: HistoryStore[] = [];

function openStore(options: { cap?: number } = {}): HistoryStore {
  const store = new HistoryStore({ dataDir: dir, cap: LONG * 2, ...options });
  stores.push(store);
  return store;
}

async function writeHistory(count: number): Promise<void> {
  const lines: string[] = [];
  for (let n = 0; n < count; n++) lines.push(historyLine(sampleEntry(n)));
  await writeFile(file, lines.join(''));
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'history-open-'));
  file = join(dir, 'history.jsonl');
});

afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await rm(dir, { recursive: true, force: true });
});

describe('HistoryStore opened from the end of a long file', () => {
  it('holds the newest page when open returns, reads the rest in the background, and ends the same as a whole read', async () => {
    await writeHistory(LONG);
    const store = openStore();
    let blocks = 0;
    expect(await store.open(() => blocks++)).toEqual({ ok: true, value: undefined });

    // Open returned with the newest calls only: a page at least, far from all of them.
    const held = store.readingOlder;
    expect(held).not.toBeNull();
    expect(held!).toBeGreaterThanOrEqual(FIRST_PAGE);
    expect(held!).toBeLessThan(LONG / 10);
    const first = store.query({ limit: FIRST_PAGE, withDays: true });
    expect(first.entries.map((e) => e.id)).toEqual(
      Array.from({ length: FIRST_PAGE }, (_, i) => `call-${LONG - 1 - i}`),
    );
    expect(first.readingOlder).toBe(held);
    expect(first.total).toBe(held);

    const loaded = await store.load();
    expect(loaded).toEqual({
      ok: true,
      value: { entries: LONG, skippedInvalid: 0, tornLastLine: false, compacted: false },
    });
    expect(blocks).toBeGreaterThan(0);
    expect(store.readingOlder).toBeNull();
    const all = store.query({ limit: 500, offset: LONG - 500 });
    expect(all.total).toBe(LONG);
    expect(all.readingOlder).toBeNull();
    expect(all.entries.at(-1)?.id).toBe('call-0');
    // Every call once, in file order, as a whole read gives them.
    const text = await readFile(file, 'utf8');
    const ids = text
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(store.all().map((e) => e.id)).toEqual(ids);
  });

  it('searches what it has read so far and says how much that is', async () => {
    await writeHistory(LONG);
    const store = openStore();
    await store.open();
    const newest = store.query({ search: `Caller ${LONG - 1}` });
    expect(newest.entries.map((e) => e.id)).toEqual([`call-${LONG - 1}`]);
    expect(newest.readingOlder).toBe(store.readingOlder);
    // The oldest call is not read yet; once it is, the same search finds it.
    expect(store.query({ search: 'Caller 3' }).entries.some((e) => e.id === 'call-3')).toBe(false);
    await store.load();
    const later = store.query({ search: 'Caller 3', limit: 500, offset: 0 });
    expect(later.readingOlder).toBeNull();
    expect(store.query({ search: 'Caller 3', offset: later.total - 1 }).entries.map((e) => e.id)).toEqual([
      'call-3',
    ]);
  });

  it('takes appends while it reads: they are newest, and the file holds every call once', async () => {
    await writeHistory(LONG);
    const store = openStore();
    await store.open();
    expect(store.readingOlder).not.toBeNull();
    expect((await store.append(sampleEntry(LONG))).ok).toBe(true);
    expect(store.query({ limit: 1 }).entries[0]?.id).toBe(`call-${LONG}`);
    await store.load();
    expect(store.query().total).toBe(LONG + 1);
    expect(store.all()[0]?.id).toBe('call-0');
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(LONG + 1);
    expect(lines.at(-1)).toBe(historyLine(sampleEntry(LONG)).trimEnd());
  });

  it('stops reading when cleared: older calls never come back', async () => {
    await writeHistory(LONG);
    const store = openStore();
    await store.open();
    expect(store.readingOlder).not.toBeNull();
    expect(await store.clear()).toEqual({ ok: true, value: undefined });
    await store.load();
    expect(store.query()).toMatchObject({ total: 0, readingOlder: null });
    expect(await readFile(file, 'utf8')).toBe('');
  });

  it('is read again from the start when closed half-read', async () => {
    await writeHistory(LONG);
    const store = openStore();
    await store.open();
    expect(store.readingOlder).not.toBeNull();
    await store.close();
    const loaded = await store.load();
    expect(loaded.ok && loaded.value.entries).toBe(LONG);
    expect(store.query().total).toBe(LONG);
  });

  it('compacts a file past its cap once all of it is read', async () => {
    await writeHistory(LONG);
    const store = openStore({ cap: LONG / 2 });
    const loaded = await store.load();
    expect(loaded.ok && loaded.value).toMatchObject({ entries: LONG / 2, compacted: true });
    expect(store.all()[0]?.id).toBe(`call-${LONG / 2}`);
    expect((await readFile(file, 'utf8')).trimEnd().split('\n')).toHaveLength(LONG / 2);
  });

  it('gives the day groups of the whole answer, newest first, at local midnights', async () => {
    await writeHistory(5_000);
    const store = openStore();
    await store.load();
    const page = store.query({ limit: 10, withDays: true });
    expect(page.days.reduce((sum, d) => sum + d.count, 0)).toBe(5_000);
    for (const day of page.days) expect(localDayStart(day.start)).toBe(day.start);
    const starts = page.days.map((d) => d.start);
    expect([...starts].sort((a, b) => b - a)).toEqual(starts);
    // One call a minute: 5,000 calls span four or five days.
    expect(page.days.length).toBeGreaterThanOrEqual(4);
    expect(page.days[0]!.start).toBe(localDayStart(sampleEntry(4_999).startedAt));
    // The tray's and lookups' pages skip the work.
    expect(store.query({ limit: 10 }).days).toEqual([]);
  });
});
