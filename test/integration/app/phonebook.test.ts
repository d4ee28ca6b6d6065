/**
 * The app's phonebook through the Companion's requests, with real files: imported from the file
 * main's open dialog chose (the one faked Electron part), kept across a restart, searched and
 * edited; a damaged file set aside with a sentence in the state, and nothing lost.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnswerOf, ArgsOf, RequestChannel } from '../../../src-main/ipc/contract';
import { cleanupsAfterEach } from '../../support/cleanup';
import { recordingPorts, startCompanion, tempDir } from '../../support/companion-harness';
import { eventually } from '../../support/eventually';

const cleanups = cleanupsAfterEach();

const CSV = [
  'Name,Organisation,Phone,Mobile',
  'Ada Lovelace,Analytical Engines,020 7946 0018,',
  'Grace Hopper,US Navy,+1 212 555 0100,+1 212 555 0101',
  'Nobody,No Number Ltd,,',
].join('\n');

async function app(dir: string, chosen: { path: string | null }) {
  const { ports } = recordingPorts();
  const running = await startCompanion({
    dataDir: dir,
    ports: { ...ports, fileChooser: { chooseFile: async () => chosen.path } },
    demoTraffic: { users: ['demo'], callsPerMinute: 0.001 },
  });
  cleanups.push(() => running.companion.stop());
  const ask = <C extends RequestChannel>(channel: C, ...request: ArgsOf<C>): Promise<AnswerOf<C>> =>
    running.companion.invoke(channel, request[0]) as Promise<AnswerOf<C>>;
  return { ...running, ask };
}

async function dataDir(): Promise<string> {
  const data = await tempDir();
  cleanups.push(data.remove);
  return data.dir;
}

describe('the phonebook in the app', () => {
  it('imports the file chosen in main’s dialog with the columns mapped, and keeps it across a restart', async () => {
    const dir = await dataDir();
    const chosen = { path: join(dir, 'export.csv') };
    await writeFile(chosen.path, CSV);
    const first = await app(dir, chosen);

    const preview = await first.ask('pickPhonebookFile');
    expect(preview).toEqual({
      ok: true,
      value: {
        format: 'csv',
        fileName: 'export.csv',
        headers: ['Name', 'Organisation', 'Phone', 'Mobile'],
        sample: [
          ['Ada Lovelace', 'Analytical Engines', '020 7946 0018', ''],
          ['Grace Hopper', 'US Navy', '+1 212 555 0100', '+1 212 555 0101'],
          ['Nobody', 'No Number Ltd', '', ''],
        ],
        rows: 3,
        mapping: { name: [0], company: 1, numbers: [2, 3] },
      },
    });
    // Only the phone column, not the mobile one: the user's mapping is what is imported.
    const imported = await first.ask('importPhonebook', {
      mapping: { name: [0], company: 1, numbers: [2] },
      replace: true,
    });
    expect(imported).toEqual({ ok: true, value: { imported: 2, skipped: 1, total: 2 } });
    await eventually(() => first.latest().phonebook.contacts === 2, 'the state to count the contacts');
    expect(first.latest().phonebook).toMatchObject({ contacts: 2, notice: null });
    // The picked file is gone from main once imported: importing again needs a new pick.
    expect(await first.ask('importPhonebook', { replace: true })).toMatchObject({
      ok: false,
      error: { code: 'no-file-picked' },
    });
    await first.companion.stop();

    const second = await app(dir, { path: null });
    expect(second.latest().phonebook.contacts).toBe(2);
    const page = await second.ask('queryPhonebook', { search: 'navy', offset: 0, limit: 10 });
    expect(page).toEqual({
      ok: true,
      value: {
        total: 1,
        offset: 0,
        contacts: [{ id: 'c2', name: 'Grace Hopper', company: 'US Navy', numbers: ['+1 212 555 0100'] }],
      },
    });
  });

  it('a cancelled dialog reads nothing; a folder or a file over the cap is refused in words', async () => {
    const dir = await dataDir();
    const chosen: { path: string | null } = { path: null };
    const running = await app(dir, chosen);
    expect(await running.ask('pickPhonebookFile')).toEqual({ ok: true, value: null });
    chosen.path = dir;
    expect(await running.ask('pickPhonebookFile')).toMatchObject({
      ok: false,
      error: { code: 'not-a-file' },
    });
    chosen.path = join(dir, 'huge.csv');
    await writeFile(chosen.path, Buffer.alloc(32 * 1024 * 1024 + 1, 0x41));
    expect(await running.ask('pickPhonebookFile')).toMatchObject({
      ok: false,
      error: { code: 'file-too-large', message: expect.stringMatching(/huge\.csv is larger than 32 MB/) },
    });
  });

  it('adds, edits and deletes contacts; a contact needs a number', async () => {
    const running = await app(await dataDir(), { path: null });
    expect(
      await running.ask('savePhonebookContact', { name: 'No Number', company: null, numbers: [' '] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'contact-needs-number' },
    });
    const added = await running.ask('savePhonebookContact', {
      name: 'Ada',
      company: null,
      numbers: ['+44 20 7946 0018'],
    });
    expect(added).toEqual({
      ok: true,
      value: { id: 'c1', name: 'Ada', company: null, numbers: ['+44 20 7946 0018'] },
    });
    const edited = await running.ask('savePhonebookContact', {
      id: 'c1',
      name: 'Ada Lovelace',
      company: 'Engines',
      numbers: ['+44 20 7946 0018'],
    });
    expect(edited).toMatchObject({ ok: true, value: { id: 'c1', name: 'Ada Lovelace', company: 'Engines' } });
    expect(await running.ask('deletePhonebookContact', { id: 'c1' })).toEqual({ ok: true, value: null });
    expect(await running.ask('deletePhonebookContact', { id: 'c1' })).toMatchObject({
      ok: false,
      error: { code: 'contact-not-found' },
    });
    await eventually(() => running.latest().phonebook.version === 3, 'the state to show the three changes');
    expect(running.latest().phonebook.contacts).toBe(0);
  });

  it('a damaged phonebook file is set aside whole, and the state says where', async () => {
    const dir = await dataDir();
    await writeFile(join(dir, 'phonebook.json'), 'not json {');
    const running = await app(dir, { path: null });
    const notice = running.latest().phonebook.notice;
    expect(notice?.code).toBe('phonebook-corrupt');
    const kept = (await readdir(dir)).find((name) => name.startsWith('phonebook.json.corrupt-'));
    expect(kept).toBeDefined();
    expect(notice?.message).toContain(kept);
    expect(await readFile(join(dir, kept!), 'utf8')).toBe('not json {');
  });
});
