/**
 * phonebook.json beside the history: replaced atomically, read back as saved, and a file that
 * cannot be used is set aside (never overwritten) with a sentence saying where it went.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PhonebookStore, type StoredContact } from '../../../src-main/storage/phonebook-store';
import { FakeClock } from '../../unit/session/support/fake-clock';

// Backups are named after the moment; the clock never moves here.
const fixedClock = new FakeClock(Date.UTC(2025, 0, 2, 3, 4, 5, 6));

const ADA: StoredContact = {
  id: 'c1',
  name: 'Ada Lovelace',
  company: 'Engines',
  numbers: ['+44 20 7946 0018'],
};
const GRACE: StoredContact = {
  id: 'c2',
  name: 'Grace Hopper',
  company: null,
  numbers: ['+1 212 555 0100', '4225'],
};

let dir: string;
let store: PhonebookStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'phonebook-'));
  store = new PhonebookStore({ dataDir: dir, clock: fixedClock });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the phonebook file', () => {
  it('starts empty without a file, and a saved phonebook loads back in a new store (a restart)', async () => {
    expect(await store.load()).toEqual({ contacts: [], notice: null, writable: true });
    expect((await store.save([ADA, GRACE])).ok).toBe(true);
    const again = await new PhonebookStore({ dataDir: dir, clock: fixedClock }).load();
    expect(again).toEqual({ contacts: [ADA, GRACE], notice: null, writable: true });
    // Written through a temporary file and a rename: nothing else is left in the folder.
    expect(await readdir(dir)).toEqual(['phonebook.json']);
  });

  it('a file that is not JSON is moved aside whole, and the notice names where', async () => {
    const damaged = '{"format":1,"contacts":[{"id":"c1","name":"Ada"';
    await writeFile(join(dir, 'phonebook.json'), damaged);
    const loaded = await store.load();
    expect(loaded.contacts).toEqual([]);
    expect(loaded.writable).toBe(true);
    expect(loaded.notice?.code).toBe('phonebook-corrupt');
    const backup = 'phonebook.json.corrupt-2025-01-02T03-04-05-006Z';
    expect(loaded.notice?.message).toContain(backup);
    expect(await readFile(join(dir, backup), 'utf8')).toBe(damaged);
    // Saving now cannot touch what was set aside.
    await store.save([ADA]);
    expect(await readFile(join(dir, backup), 'utf8')).toBe(damaged);
  });

  it('a file in an unknown format is set aside, saying so', async () => {
    await writeFile(join(dir, 'phonebook.json'), JSON.stringify({ format: 7, contacts: [] }));
    const loaded = await store.load();
    expect(loaded.notice?.message).toMatch(/format this version does not know \(7\)/);
    expect(await readdir(dir)).toContain('phonebook.json.corrupt-2025-01-02T03-04-05-006Z');
  });

  it('entries that are not contacts are left out, and the file as it was is kept', async () => {
    const text = JSON.stringify({
      format: 1,
      contacts: [
        ADA,
        { id: 'c9', name: 42, numbers: ['1'] },
        { id: 'c1', name: 'twin', company: null, numbers: ['2'] },
        GRACE,
      ],
    });
    await writeFile(join(dir, 'phonebook.json'), text);
    const loaded = await store.load();
    expect(loaded.contacts).toEqual([ADA, GRACE]);
    expect(loaded.notice?.code).toBe('phonebook-partly-unreadable');
    expect(loaded.notice?.message).toMatch(/^2 entries/);
    expect(await readFile(join(dir, 'phonebook.json.corrupt-2025-01-02T03-04-05-006Z'), 'utf8')).toBe(text);
  });

  it('caps hand-edited text like imported text', async () => {
    const long = {
      id: 'c1',
      name: 'N'.repeat(10_000),
      company: 'C'.repeat(10_000),
      numbers: ['9'.repeat(1_000)],
    };
    await writeFile(join(dir, 'phonebook.json'), JSON.stringify({ format: 1, contacts: [long] }));
    const [contact] = (await store.load()).contacts;
    expect(contact?.name?.length).toBe(128);
    expect(contact?.company?.length).toBe(128);
    expect(contact?.numbers[0]?.length).toBe(64);
  });
});
