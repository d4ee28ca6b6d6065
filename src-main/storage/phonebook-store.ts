import { basename, dirname, join } from 'node:path';
import { systemClock, type Clock } from '../common/clock';
import { silentLogger, type Logger } from '../common/log';
import { err, type Problem, type Result } from '../common/result';
import { problemSaid } from '../i18n/english';
import type { MessageRef } from '../i18n/message-ref';
import { capString, DEFAULT_LIMITS } from '../protocol/limits';
import type { Contact } from '../lookup/types';
import { KeptFile } from './kept-file';

/** A phonebook contact as stored: the imported contact and an id the window edits it by. */
export interface StoredContact extends Contact {
  readonly id: string;
}

export type PhonebookNoticeCode =
  'phonebook-corrupt' | 'phonebook-partly-unreadable' | 'phonebook-unreadable';
/** Always a catalogue sentence: the phonebook screen shows it, and main's refusals quote it. */
export type PhonebookNotice = Problem<PhonebookNoticeCode> & { readonly text: MessageRef };
export type PhonebookWriteProblem = Problem<'phonebook-write-failed'>;

export interface LoadedPhonebook {
  readonly contacts: readonly StoredContact[];
  /** Something to tell the user: a damaged file was set aside (and where), or could not be read. */
  readonly notice: PhonebookNotice | null;
  /**
   * False when saving would overwrite a file that could not be read or set aside: the app then
   * refuses changes (saying why) rather than lose what the file holds.
   */
  readonly writable: boolean;
}

export interface PhonebookStoreOptions {
  /** The app's data folder, beside settings.json and history.jsonl. */
  readonly dataDir: string;
  readonly fileName?: string;
  readonly clock?: Clock;
  readonly logger?: Logger;
}

/** The file's format number: a later format is a different number, never a silent reinterpretation. */
export const PHONEBOOK_FORMAT = 1;
/** More numbers than a real card has are a damaged entry, not a contact. */
const MAX_STORED_NUMBERS = 16;

function isText(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

/**
 * One stored contact checked and capped like an imported one (a hand-edited file is as untrusted
 * as an import), or null when it is not a contact.
 */
export function toStoredContact(value: unknown): StoredContact | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const { id, name, company, numbers } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id === '' || id.length > 64) return null;
  if (!isText(name) || !isText(company) || !Array.isArray(numbers)) return null;
  if (numbers.length === 0 || numbers.length > MAX_STORED_NUMBERS) return null;
  if (!numbers.every((n): n is string => typeof n === 'string' && n.trim() !== '')) return null;
  const limits = DEFAULT_LIMITS;
  return {
    id,
    name: name === null ? null : capString(name, limits.maxCallerIdNameLength),
    company: company === null ? null : capString(company, limits.maxCallerIdNameLength),
    numbers: numbers.map((n) => capString(n, limits.maxCallerIdNumberLength)),
  };
}

/**
 * phonebook.json in the data folder: the whole phonebook, replaced atomically on every change (as
 * settings.json is), so a crash leaves the old file or the new one, never a mix. Loading never
 * throws: a file that cannot be used is set aside under a dated name and the user told where, so
 * nothing in it is lost. Loads and saves run one at a time, in call order.
 */
export class PhonebookStore {
  readonly path: string;
  readonly #file: KeptFile;
  readonly #logger: Logger;

  constructor(options: PhonebookStoreOptions) {
    this.path = join(options.dataDir, options.fileName ?? 'phonebook.json');
    this.#file = new KeptFile(this.path, options.clock ?? systemClock);
    this.#logger = options.logger ?? silentLogger;
  }

  load(): Promise<LoadedPhonebook> {
    return this.#file.serialise(() => this.#loadNow());
  }

  save(contacts: readonly StoredContact[]): Promise<Result<void, PhonebookWriteProblem>> {
    return this.#file.serialise(async () => {
      const document = {
        format: PHONEBOOK_FORMAT,
        contacts: contacts.map((c) => ({ id: c.id, name: c.name, company: c.company, numbers: c.numbers })),
      };
      const written = await this.#file.write(JSON.stringify(document) + '\n');
      if (written.ok) return written;
      const code = written.error;
      this.#logger.log('error', 'phonebook could not be saved', { path: this.path, code });
      return err(
        problemSaid('phonebook-write-failed', 'phonebookStore.writeFailed', { path: this.path, code }),
      );
    });
  }

  async #loadNow(): Promise<LoadedPhonebook> {
    const read = await this.#file.read();
    if (read.kind === 'missing') return { contacts: [], notice: null, writable: true };
    if (read.kind === 'unreadable') {
      const code = read.code;
      this.#logger.log('warn', 'phonebook unreadable', { path: this.path, code });
      return {
        contacts: [],
        writable: false,
        notice: problemSaid('phonebook-unreadable', 'phonebookStore.unreadable', { path: this.path, code }),
      };
    }
    let raw: unknown;
    try {
      raw = JSON.parse(read.text);
    } catch {
      return this.#setAside({ key: 'phonebookStore.notJson' });
    }
    const document = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
    if (document.format !== PHONEBOOK_FORMAT || !Array.isArray(document.contacts)) {
      return this.#setAside(
        document.format !== undefined && document.format !== PHONEBOOK_FORMAT
          ? { key: 'phonebookStore.unknownFormat', values: { format: String(document.format).slice(0, 12) } }
          : { key: 'phonebookStore.noList' },
      );
    }
    const contacts: StoredContact[] = [];
    const ids = new Set<string>();
    let bad = 0;
    for (const item of document.contacts) {
      const contact = toStoredContact(item);
      if (contact === null || ids.has(contact.id)) bad += 1;
      else {
        ids.add(contact.id);
        contacts.push(contact);
      }
    }
    if (bad === 0) return { contacts, notice: null, writable: true };
    // Keep the whole file as it was before the next save drops what could not be read.
    const copied = await this.#file.copyAside('corrupt');
    if (!copied.ok) {
      this.#logger.log('warn', 'phonebook backup failed', { code: copied.error });
      return {
        contacts,
        writable: false,
        notice: problemSaid('phonebook-partly-unreadable', 'phonebookStore.someUnreadNoCopy', {
          bad,
          folder: dirname(this.path),
        }),
      };
    }
    return {
      contacts,
      writable: true,
      notice: problemSaid('phonebook-partly-unreadable', 'phonebookStore.someUnread', {
        bad,
        backup: basename(copied.value),
      }),
    };
  }

  /** `why` is the damage found, which the notice says first. */
  async #setAside(why: MessageRef): Promise<LoadedPhonebook> {
    const moved = await this.#file.moveAside('corrupt');
    if (!moved.ok) {
      this.#logger.log('warn', 'phonebook file could not be moved aside', { code: moved.error });
      return {
        contacts: [],
        writable: false,
        notice: problemSaid('phonebook-corrupt', 'phonebookStore.notSetAside', { why, path: this.path }),
      };
    }
    this.#logger.log('warn', 'phonebook file set aside', { backup: moved.value });
    return {
      contacts: [],
      writable: true,
      notice: problemSaid('phonebook-corrupt', 'phonebookStore.setAside', {
        why,
        backup: basename(moved.value),
      }),
    };
  }
}
