import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { historyLine } from '../../../src-main/storage/history-entry';
import { HistoryStore } from '../../../src-main/storage/history-store';
import { sampleEntry } from './history-fixtures';

let dir: string;
let file: string;
const stores: HistoryStore[] = [];

function openStore(options: { cap?: number; slack?: number } = {}): HistoryStore {
  const store = new HistoryStore({ dataDir: dir, ...options });
  stores.push(store);
  return store;
}

async function lines(): Promise<string[]> {
  return (await readFile(file, 'utf8')).split('\n').filter((l) => l !== '');
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'history-'));
  file = join(dir, 'history.jsonl');
});

afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await rm(dir, { recursive: true, force: true });
});

describe('HistoryStore', () => {
  it('starts empty when there is no file', async () => {
    const store = openStore();
    expect(await store.load()).toEqual({
      ok: true,
      value: { entries: 0, skippedInvalid: 0, tornLastLine: false, compacted: false },
    });
    expect(store.query()).toEqual({ total: 0, offset: 0, entries: [], days: [], readingOlder: null });
  });

  it('appends one line per call and reads them back in a new store, newest first', async () => {
    const store = openStore();
    for (let n = 1; n <= 3; n++)
      expect(await store.append(sampleEntry(n))).toEqual({ ok: true, value: undefined });
    expect(await lines()).toEqual([1, 2, 3].map((n) => historyLine(sampleEntry(n)).trimEnd()));
    const again = openStore();
    await again.load();
    expect(again.query().entries.map((e) => e.id)).toEqual(['call-3', 'call-2', 'call-1']);
  });

  it('serialises parallel appends: every call is a whole line of its own', async () => {
    const store = openStore();
    await Promise.all(Array.from({ length: 200 }, (_, n) => store.append(sampleEntry(n))));
    const written = await lines();
    expect(written).toHaveLength(200);
    expect(new Set(written.map((l) => (JSON.parse(l) as { id: string }).id)).size).toBe(200);
  });

  it('refuses an entry that is not one, without writing', async () => {
    const store = openStore();
    const result = await store.append({ ...sampleEntry(1), state: 'ringing' } as never);
    expect(result.ok).toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });

  it('skips and counts invalid lines, and keeps the good ones', async () => {
    await writeFile(
      file,
      [historyLine(sampleEntry(1)), 'not json\n', '{"id":"x"}\n', '\n', historyLine(sampleEntry(2))].join(''),
    );
    const store = openStore();
    const loaded = await store.load();
    expect(loaded.ok && loaded.value).toMatchObject({ entries: 2, skippedInvalid: 2, tornLastLine: false });
  });

  it('drops a torn last line after a crash and the next append starts a line of its own', async () => {
    const torn = historyLine(sampleEntry(2)).slice(0, 40);
    await writeFile(file, historyLine(sampleEntry(1)) + torn);
    const store = openStore();
    const loaded = await store.load();
    expect(loaded.ok && loaded.value).toMatchObject({ entries: 1, skippedInvalid: 0, tornLastLine: true });
    await store.append(sampleEntry(3));
    expect(await lines()).toEqual(
      [historyLine(sampleEntry(1)), historyLine(sampleEntry(3))].map((l) => l.trimEnd()),
    );
  });

  it('keeps a last record that lost only its newline', async () => {
    await writeFile(file, historyLine(sampleEntry(1)) + historyLine(sampleEntry(2)).trimEnd());
    const store = openStore();
    const loaded = await store.load();
    expect(loaded.ok && loaded.value).toMatchObject({ entries: 2, tornLastLine: false });
    await store.append(sampleEntry(3));
    expect(await lines()).toHaveLength(3);
  });

  it('pages newest first with offset and limit', async () => {
    const store = openStore();
    for (let n = 0; n < 30; n++) await store.append(sampleEntry(n));
    const page = store.query({ offset: 10, limit: 5 });
    expect(page.total).toBe(30);
    expect(page.entries.map((e) => e.id)).toEqual(['call-19', 'call-18', 'call-17', 'call-16', 'call-15']);
    expect(store.query({ offset: 28, limit: 5 }).entries.map((e) => e.id)).toEqual(['call-1', 'call-0']);
    expect(store.query({ offset: 40, limit: 5 }).entries).toEqual([]);
  });

  it('filters missed calls and searches by name or by the digits of a number', async () => {
    const store = openStore();
    await store.append(sampleEntry(1, { callerName: 'Alice Smith', callerNumber: '+44 20 7946 0018' }));
    await store.append(
      sampleEntry(2, { callerName: 'Bob Jones', callerNumber: '442079461111', state: 'missed' }),
    );
    await store.append(
      sampleEntry(3, { callerName: 'alice cooper', callerNumber: '+1 555 0100', state: 'missed' }),
    );
    const ids = (q: Parameters<HistoryStore['query']>[0]): string[] =>
      store.query(q).entries.map((e) => e.id);
    expect(ids({ search: 'ALICE' })).toEqual(['call-3', 'call-1']);
    expect(ids({ search: '+44 20' })).toEqual(['call-2', 'call-1']);
    expect(ids({ search: '0100' })).toEqual(['call-3']);
    expect(ids({ missedOnly: true })).toEqual(['call-3', 'call-2']);
    expect(ids({ missedOnly: true, search: 'alice' })).toEqual(['call-3']);
    expect(store.query({ search: 'alice', limit: 1 })).toMatchObject({
      total: 2,
      entries: [{ id: 'call-3' }],
    });
  });

  it('compacts to the newest calls once the cap is passed by the slack, not on every append', async () => {
    const store = openStore({ cap: 10, slack: 0.5 });
    for (let n = 0; n < 15; n++) await store.append(sampleEntry(n));
    expect(await lines()).toHaveLength(15);
    await store.append(sampleEntry(15));
    expect(await lines()).toHaveLength(10);
    expect(store.size).toBe(10);
    expect(store.query({ limit: 100 }).entries.at(-1)?.id).toBe('call-6');
    await store.append(sampleEntry(16));
    expect(await lines()).toHaveLength(11);
    expect(store.query({ search: 'Caller 16' }).entries.map((e) => e.id)).toEqual(['call-16']);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps search results right across a compaction', async () => {
    const store = openStore({ cap: 4, slack: 0 });
    for (let n = 0; n < 4; n++) await store.append(sampleEntry(n));
    expect(store.query({ search: 'Caller 3' }).total).toBe(1);
    for (let n = 4; n < 7; n++) await store.append(sampleEntry(n));
    expect(store.query({ search: 'Caller' }).entries.map((e) => e.id)).toEqual([
      'call-6',
      'call-5',
      'call-4',
      'call-3',
    ]);
    expect(store.query({ search: 'Caller 3' }).entries.map((e) => e.id)).toEqual(['call-3']);
  });

  it('compacts an oversized file on load', async () => {
    await writeFile(file, Array.from({ length: 30 }, (_, n) => historyLine(sampleEntry(n))).join(''));
    const store = openStore({ cap: 20 });
    const loaded = await store.load();
    expect(loaded.ok && loaded.value).toMatchObject({ entries: 20, compacted: true });
    expect(await lines()).toHaveLength(20);
  });

  it('clears everything, and appends go on afterwards', async () => {
    const store = openStore();
    for (let n = 0; n < 5; n++) await store.append(sampleEntry(n));
    expect(await store.clear()).toEqual({ ok: true, value: undefined });
    expect(store.query().total).toBe(0);
    expect(await readFile(file, 'utf8')).toBe('');
    await store.append(sampleEntry(9));
    expect(await lines()).toHaveLength(1);
  });

  it('records appends made by another writer before load alongside its own', async () => {
    await appendFile(file, historyLine(sampleEntry(1)));
    const store = openStore();
    await store.append(sampleEntry(2));
    expect(store.query().entries.map((e) => e.id)).toEqual(['call-2', 'call-1']);
  });

  it('creates a missing data folder on the first append', async () => {
    const store = new HistoryStore({ dataDir: join(dir, 'a', 'b') });
    stores.push(store);
    expect((await store.append(sampleEntry(1))).ok).toBe(true);
    expect(await readdir(join(dir, 'a', 'b'))).toEqual(['history.jsonl']);
  });

  it('reports an unreadable history as a value and tries again on the next call', async () => {
    await import('node:fs/promises').then((fs) => fs.mkdir(file));
    const store = openStore();
    const first = await store.load();
    expect(first.ok).toBe(false);
    if (!first.ok) expect(first.error.code).toBe('history-unreadable');
    expect((await store.append(sampleEntry(1))).ok).toBe(false);
    await rm(file, { recursive: true });
    expect((await store.append(sampleEntry(1))).ok).toBe(true);
    expect(await lines()).toHaveLength(1);
  });
});
