/**
 * The phonebook's sentences in every language: main's refusals of the phonebook screen's requests
 * (app/phonebook.ts) and the phonebook file's notices (storage/phonebook-store.ts), each made to
 * happen with real files. English stays in `message` (the command line, logs), word for word.
 */
import type * as FsPromises from 'node:fs/promises';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Phonebook } from '../../../src-main/app/phonebook';
import type { FileChooser } from '../../../src-main/app/ports';
import { silentLogger } from '../../../src-main/common/log';
import type * as Limits from '../../../src-main/lookup/limits';
import type { Problem } from '../../../src-main/common/result';
import { PhonebookStore } from '../../../src-main/storage/phonebook-store';
import { refusal, saidEverywhere } from '../../support/said-everywhere';
import { FakeClock } from '../session/support/fake-clock';

// Small limits, so that a full phonebook and a file over the cap take a few bytes, not megabytes.
vi.mock('../../../src-main/lookup/limits', async (original) => ({
  ...(await original<typeof Limits>()),
  MAX_CONTACTS: 2,
  MAX_PHONEBOOK_CHARS: 1024 * 1024,
}));

// Moving or copying the damaged file aside fails only when a test says so (root may write anywhere).
const refuse = vi.hoisted(() => ({ rename: false, copyFile: false }));
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof FsPromises>();
  const failing = (code: string) => Object.assign(new Error(code), { code });
  return {
    ...fs,
    rename: (...args: Parameters<typeof fs.rename>) =>
      refuse.rename && String(args[1]).includes('.corrupt-')
        ? Promise.reject(failing('EACCES'))
        : fs.rename(...args),
    copyFile: (...args: Parameters<typeof fs.copyFile>) =>
      refuse.copyFile ? Promise.reject(failing('EROFS')) : fs.copyFile(...args),
  };
});

const clock = new FakeClock(Date.UTC(2025, 0, 2, 3, 4, 5, 6));
const BACKUP = 'phonebook.json.corrupt-2025-01-02T03-04-05-006Z';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'phonebook-words-'));
  refuse.rename = false;
  refuse.copyFile = false;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function phonebook(options: { chosen?: string | null; dialog?: boolean } = {}) {
  const chooser: FileChooser = { chooseFile: () => Promise.resolve(options.chosen ?? null) };
  const book = new Phonebook({
    store: new PhonebookStore({ dataDir: dir, clock }),
    country: () => 'GB',
    fileChooser: options.dialog === false ? undefined : chooser,
    caller: (id) => (id === 'quiet' ? { name: 'Withheld', number: null } : undefined),
    logger: silentLogger,
    changed: () => {},
  });
  return book;
}

async function loadedNotice(file: string | null): Promise<Problem> {
  if (file !== null) await writeFile(join(dir, 'phonebook.json'), file);
  const store = new PhonebookStore({ dataDir: dir, clock });
  const { notice } = await store.load();
  if (notice === null) throw new Error('expected a notice');
  return notice;
}

describe('the phonebook screen’s refusals in every language', () => {
  it('no dialog, no file picked, a folder, a file over the cap', async () => {
    const noDialog = saidEverywhere(refusal(await phonebook({ dialog: false }).pickFile()));
    expect(noDialog.en).toBe('This app cannot show a file dialog here, so files cannot be imported.');
    expect(noDialog.de).toContain('Dateifenster');
    expect(noDialog.ar).toContain('نافذة اختيار الملفات');

    const notPicked = saidEverywhere(refusal(await phonebook().importPicked(undefined, true)));
    expect(notPicked.en).toBe('Choose a file to import first.');
    expect(notPicked.de).toContain('Wählen Sie zuerst');

    const folder = join(dir, 'contacts');
    await mkdir(folder);
    const notAFile = saidEverywhere(refusal(await phonebook({ chosen: folder }).pickFile()));
    expect(notAFile.en).toBe('contacts is not a file.');
    expect(notAFile.de).toBe('contacts ist keine Datei.');
    expect(notAFile.ar).toContain('ليس ملفًا');

    const huge = join(dir, 'huge.csv');
    await writeFile(huge, Buffer.alloc(1024 * 1024 + 1, 0x41));
    const tooLarge = saidEverywhere(refusal(await phonebook({ chosen: huge }).pickFile()));
    expect(tooLarge.en).toBe('huge.csv is larger than 1 MB; split it or export fewer fields.');
    expect(tooLarge.de).toContain('huge.csv ist größer als 1 MB');
    expect(tooLarge.ar).toContain('ميغابايت');
  });

  it('a contact without a number, a full phonebook, an import too big to add, a contact or call gone', async () => {
    const book = phonebook();
    await book.load();
    const needsNumber = saidEverywhere(
      refusal(await book.saveContact({ name: 'A', company: null, numbers: [' '] })),
    );
    expect(needsNumber.en).toBe('Enter at least one phone number.');
    expect(needsNumber.de).toContain('Telefonnummer');

    await book.saveContact({ name: 'Ada', company: null, numbers: ['+44 20 7946 0018'] });
    await book.saveContact({ name: 'Grace', company: null, numbers: ['+1 212 555 0100'] });
    const full = saidEverywhere(
      refusal(await book.saveContact({ name: 'C', company: null, numbers: ['4225'] })),
    );
    expect(full.en).toBe('The phonebook holds 2 contacts, its most.');
    expect(full.de).toContain('Telefonbuch enthält 2 Kontakte');
    expect(full.ar).toContain('دفتر الهاتف');

    const csv = join(dir, 'more.csv');
    await writeFile(csv, 'Name,Phone\nLinus,+46 8 123 456\n');
    const adding = phonebook({ chosen: csv });
    await adding.load();
    expect((await adding.pickFile()).ok).toBe(true);
    const tooMany = saidEverywhere(refusal(await adding.importPicked(undefined, false)));
    expect(tooMany.en).toBe(
      'The phonebook would hold more than 2 contacts; replace it instead of adding, or import fewer.',
    );
    expect(tooMany.de).toContain('mehr als 2 Kontakte');

    const gone = saidEverywhere(refusal(await book.deleteContact('c99')));
    expect(gone.en).toBe('That contact is no longer in the phonebook.');
    expect(gone.de).toContain('nicht mehr im Telefonbuch');
    const edited = refusal(await book.saveContact({ id: 'c99', name: 'X', company: null, numbers: ['1'] }));
    expect(edited).toMatchObject({
      code: 'contact-not-found',
      text: { key: 'phonebook.refused.contactGone' },
    });

    const callGone = saidEverywhere(refusal(await book.addCaller('over')));
    expect(callGone.en).toBe('That call is no longer known.');
    expect(callGone.de).toContain('Anruf');
    const noNumber = saidEverywhere(refusal(await book.addCaller('quiet')));
    expect(noNumber.en).toBe('This caller sent no number to add.');
    expect(noNumber.ar).toContain('المتصل');
  });

  it('a phonebook that cannot be read refuses changes, quoting the file’s notice in the same language', async () => {
    // A folder where the file should be: it cannot be read, for root too.
    await mkdir(join(dir, 'phonebook.json'));
    const book = phonebook();
    await book.load();
    const readOnly = refusal(await book.deleteContact('c1'));
    expect(readOnly.code).toBe('phonebook-read-only');
    const said = saidEverywhere(readOnly);
    expect(said.en).toBe(
      `The phonebook cannot be changed: The phonebook ${join(dir, 'phonebook.json')} could not be read (EISDIR), so callers are not looked up in it. Check its permissions and restart the app.`,
    );
    expect(said.de).toMatch(
      /^Das Telefonbuch kann nicht geändert werden: Das Telefonbuch .* konnte nicht gelesen/,
    );
    expect(said.ar).toMatch(/^لا يمكن تغيير دفتر الهاتف: تعذّرت قراءة دفتر الهاتف/);
  });
});

describe('the phonebook file’s notices in every language', () => {
  it('not JSON, no contact list, an unknown format: set aside, saying where', async () => {
    const notJson = saidEverywhere(await loadedNotice('not json {'));
    expect(notJson.en).toBe(
      `The phonebook file was damaged (it is not valid JSON), so the phonebook is empty. The old file was kept as ${BACKUP}; import it again or restore it.`,
    );
    expect(notJson.de).toContain('kein gültiges JSON');
    expect(notJson.de).toContain(BACKUP);
    expect(notJson.ar).toContain('تالفًا');

    await rm(join(dir, BACKUP));
    const noList = saidEverywhere(await loadedNotice('{"format":1}'));
    expect(noList.en).toMatch(/^The phonebook file was damaged \(it holds no contact list\)/);
    expect(noList.de).toContain('keine Kontaktliste');

    await rm(join(dir, BACKUP));
    const format = saidEverywhere(await loadedNotice('{"format":7,"contacts":[]}'));
    expect(format.en).toMatch(/^The phonebook file is in a format this version does not know \(7\)/);
    expect(format.de).toContain('Format, das diese Version nicht kennt (7)');
    expect(format.ar).toContain('(7)');
  });

  it('a damaged file that cannot be moved aside, entries left out with and without a copy', async () => {
    refuse.rename = true;
    const stuck = saidEverywhere(await loadedNotice('not json {'));
    expect(stuck.en).toBe(
      `The phonebook file was damaged (it is not valid JSON), so the phonebook is empty. The file could not be moved aside, so the phonebook cannot be changed until it is: ${join(dir, 'phonebook.json')}.`,
    );
    expect(stuck.de).toContain('nicht beiseitegelegt');

    const one = saidEverywhere(await loadedNotice(JSON.stringify({ format: 1, contacts: [42] })));
    expect(one.en).toBe(
      `1 entry of the phonebook could not be read and is left out; the file as it was is kept as ${BACKUP}.`,
    );
    expect(one.de).toMatch(/^1 Eintrag des Telefonbuchs konnte nicht gelesen werden und fehlt/);
    expect(one.ar).toMatch(/^إدخال واحد في دفتر الهاتف تعذّرت قراءته/);

    refuse.copyFile = true;
    const noCopy = saidEverywhere(await loadedNotice(JSON.stringify({ format: 1, contacts: [42, 43] })));
    expect(noCopy.en).toBe(
      `2 entries of the phonebook could not be read, and no copy of the file could be made, so the phonebook cannot be changed until the app can write to ${dir}.`,
    );
    expect(noCopy.de).toMatch(/^2 Einträge des Telefonbuchs konnten nicht gelesen werden/);
    expect(noCopy.ar).toMatch(/^إدخالان في دفتر الهاتف تعذّرت قراءتهما/);
  });

  it('a phonebook that cannot be saved says where and why', async () => {
    const book = phonebook();
    await book.load();
    // A folder, with something in it, where the file is to be renamed to: the write fails for root too.
    await mkdir(join(dir, 'phonebook.json', 'in-the-way'), { recursive: true });
    const failed = saidEverywhere(
      refusal(await book.saveContact({ name: 'A', company: null, numbers: ['1'] })),
    );
    expect(failed.en).toMatch(
      /^The phonebook could not be saved to .*phonebook\.json \(E[A-Z]+\)\. Check that the disk has space/,
    );
    expect(failed.de).toContain('konnte nicht in');
    expect(failed.ar).toContain('تعذّر حفظ دفتر الهاتف');
  });
});
