/**
 * The app's phonebook: the contacts stored beside the history (storage/phonebook-store.ts), the
 * index callers are looked up in (rebuilt after each change and when the default country
 * changes), and what the phonebook screen asks of it: import a file chosen in main's own dialog,
 * search, add, edit, delete, and "Add caller to phonebook" by call id.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Logger } from '../common/log';
import type { Problem } from '../common/result';
import type {
  Answer,
  ColumnMapping,
  ContactDraft,
  ContactView,
  PhonebookFilePreview,
  PhonebookImportResult,
  PhonebookPage,
  PhonebookQuery,
  PhonebookView,
} from '../ipc/contract';
import { ENGLISH } from '../i18n/languages';
import { translatorFor, type Say } from '../i18n/translator';
import { contactOf } from '../lookup/contact-text';
import { MAX_CONTACTS, MAX_PHONEBOOK_CHARS } from '../lookup/limits';
import { importPhonebook, previewPhonebook } from '../lookup/phonebook-file';
import { PhonebookIndex } from '../lookup/phonebook-index';
import type { PhonebookNotice, PhonebookStore, StoredContact } from '../storage/phonebook-store';
import { OK_NULL, failSaid } from './answers';
import { displayName, displayNumber } from './display-text';
import type { FileChooser } from './ports';

export interface PhonebookOptions {
  readonly store: PhonebookStore;
  /** The settings' CRM default country, for reading national numbers. */
  readonly country: () => string;
  readonly fileChooser: FileChooser | undefined;
  /** The chosen language's words, for the open dialog's title; left out, English. */
  readonly say?: () => Say;
  /** The raw caller of a call (live, just ended or in the history); undefined when not known. */
  readonly caller: (
    callId: string,
  ) => { readonly name: string | null; readonly number: string | null } | undefined;
  readonly logger: Logger;
  /** The phonebook changed: lookups of live calls are decided again and the state is pushed. */
  readonly changed: () => void;
}

const digitsOf = (text: string): string => text.replace(/\D/g, '');

export function contactView(contact: StoredContact): ContactView {
  return {
    id: contact.id,
    name: displayName(contact.name),
    company: displayName(contact.company),
    numbers: contact.numbers.flatMap((n) => displayNumber(n) ?? []),
  };
}

export class Phonebook {
  #contacts: StoredContact[] = [];
  #index: PhonebookIndex | null = null;
  #indexCountry = '';
  #nextId = 1;
  #version = 0;
  #notice: PhonebookNotice | null = null;
  #writable = true;
  /** The file picked last, held in main until it is imported or another is picked. */
  #picked: { readonly text: string; readonly fileName: string } | null = null;

  constructor(private readonly o: PhonebookOptions) {}

  async load(): Promise<void> {
    const loaded = await this.o.store.load();
    this.#contacts = [...loaded.contacts];
    this.#notice = loaded.notice;
    this.#writable = loaded.writable;
    for (const c of this.#contacts) {
      const n = /^c(\d+)$/.exec(c.id);
      if (n !== null) this.#nextId = Math.max(this.#nextId, Number(n[1]) + 1);
    }
    this.#reindex();
    if (loaded.notice !== null) this.o.logger.log('warn', 'Phonebook notice.', { code: loaded.notice.code });
    this.o.changed();
  }

  /** The index lookups use; null while the phonebook is empty. */
  get index(): PhonebookIndex | null {
    if (this.#index !== null && this.#indexCountry !== this.o.country()) this.#reindex();
    return this.#index;
  }

  view(): PhonebookView {
    return { contacts: this.#contacts.length, version: this.#version, notice: this.#notice };
  }

  /** Main's own open dialog, then a preview of the file chosen; null when cancelled. */
  async pickFile(): Promise<Answer<PhonebookFilePreview | null>> {
    if (this.o.fileChooser === undefined) {
      return failSaid('no-file-dialog', 'phonebook.refused.noDialog');
    }
    const say = this.o.say?.() ?? translatorFor(ENGLISH).t;
    const path = await this.o.fileChooser.chooseFile({
      title: say('dialog.importTitle'),
      filters: [
        { name: say('dialog.importContacts'), extensions: ['csv', 'txt', 'vcf', 'vcard'] },
        { name: say('dialog.importAllFiles'), extensions: ['*'] },
      ],
    });
    if (path === null) return { ok: true, value: null };
    const fileName = basename(path);
    let text: string;
    try {
      const info = await stat(path);
      if (!info.isFile()) return failSaid('not-a-file', 'phonebook.refused.notAFile', { file: fileName });
      if (info.size > MAX_PHONEBOOK_CHARS) {
        return failSaid('file-too-large', 'phonebook.refused.tooLarge', {
          file: fileName,
          mb: MAX_PHONEBOOK_CHARS / 1024 / 1024,
        });
      }
      text = await readFile(path, 'utf8');
    } catch (error) {
      const code =
        typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
      return failSaid('file-unreadable', 'phonebook.refused.unreadable', { file: fileName, code });
    }
    const preview = previewPhonebook(text);
    if (!preview.ok) return { ok: false, error: preview.error };
    this.#picked = { text, fileName };
    const p = preview.value;
    return {
      ok: true,
      value:
        p.format === 'csv'
          ? {
              format: 'csv',
              fileName,
              headers: p.headers,
              sample: p.sample,
              rows: p.rows,
              mapping: p.mapping,
            }
          : { format: 'vcard', fileName, contacts: p.contacts, skipped: p.skipped },
    };
  }

  /** Imports the file picked last, replacing the phonebook or adding to it. */
  async importPicked(
    mapping: ColumnMapping | undefined,
    replace: boolean,
  ): Promise<Answer<PhonebookImportResult>> {
    const picked = this.#picked;
    if (picked === null) return failSaid('no-file-picked', 'phonebook.refused.noFilePicked');
    const refused = this.#refusal();
    if (refused !== null) return refused;
    const read = importPhonebook(picked.text, mapping);
    if (!read.ok) return { ok: false, error: read.error };
    const kept = replace ? [] : this.#contacts;
    if (kept.length + read.value.contacts.length > MAX_CONTACTS) {
      return failSaid('too-many-contacts', 'phonebook.refused.wouldBeTooMany', { max: MAX_CONTACTS });
    }
    const added = read.value.contacts.map((c) => ({ ...c, id: this.#newId() }));
    const saved = await this.#replace([...kept, ...added]);
    if (!saved.ok) return saved;
    this.#picked = null;
    // A fresh import is the answer to any earlier notice about the file.
    this.#notice = null;
    return {
      ok: true,
      value: { imported: added.length, skipped: read.value.skipped, total: this.#contacts.length },
    };
  }

  /** Contacts whose name or company holds the search (any case), or whose numbers hold its digits. */
  query(query: PhonebookQuery): Answer<PhonebookPage> {
    const text = (query.search ?? '').trim().toLocaleLowerCase();
    const digits = digitsOf(text);
    const page: ContactView[] = [];
    let total = 0;
    for (const contact of this.#contacts) {
      const matches =
        text === '' ||
        (contact.name?.toLocaleLowerCase().includes(text) ?? false) ||
        (contact.company?.toLocaleLowerCase().includes(text) ?? false) ||
        (digits.length >= 3 && contact.numbers.some((n) => digitsOf(n).includes(digits)));
      if (!matches) continue;
      if (total >= query.offset && page.length < query.limit) page.push(contactView(contact));
      total++;
    }
    return { ok: true, value: { total, offset: query.offset, contacts: page } };
  }

  async saveContact(draft: ContactDraft): Promise<Answer<ContactView>> {
    const refused = this.#refusal();
    if (refused !== null) return refused;
    const contact = contactOf(draft.name, draft.company, draft.numbers);
    if (contact === null) return failSaid('contact-needs-number', 'phonebook.refused.needsNumber');
    if (draft.id === undefined) {
      if (this.#contacts.length >= MAX_CONTACTS) {
        return failSaid('too-many-contacts', 'phonebook.refused.full', { max: MAX_CONTACTS });
      }
      const added = { ...contact, id: this.#newId() };
      const saved = await this.#replace([...this.#contacts, added]);
      return saved.ok ? { ok: true, value: contactView(added) } : saved;
    }
    const at = this.#contacts.findIndex((c) => c.id === draft.id);
    if (at < 0) return failSaid('contact-not-found', 'phonebook.refused.contactGone');
    const changed = { ...contact, id: draft.id };
    const next = [...this.#contacts];
    next[at] = changed;
    const saved = await this.#replace(next);
    return saved.ok ? { ok: true, value: contactView(changed) } : saved;
  }

  async deleteContact(id: string): Promise<Answer<null>> {
    const refused = this.#refusal();
    if (refused !== null) return refused;
    if (!this.#contacts.some((c) => c.id === id))
      return failSaid('contact-not-found', 'phonebook.refused.contactGone');
    const saved = await this.#replace(this.#contacts.filter((c) => c.id !== id));
    return saved.ok ? OK_NULL : saved;
  }

  /** The caller of a call as a new contact (the caller-ID name, the number), or the contact that has the number already. */
  async addCaller(callId: string): Promise<Answer<ContactView>> {
    const caller = this.o.caller(callId);
    if (caller === undefined) return failSaid('call-not-found', 'action.callGoneShort');
    if (caller.number === null || caller.number.trim() === '')
      return failSaid('no-number', 'phonebook.refused.noNumber');
    const known = this.index?.find(caller.number) ?? null;
    if (known !== null && known.match !== 'last-digits') {
      const stored = this.#contacts.find((c) => c === known.contact);
      if (stored !== undefined) return { ok: true, value: contactView(stored) };
    }
    return this.saveContact({ name: caller.name, company: null, numbers: [caller.number] });
  }

  #refusal(): { ok: false; error: Problem } | null {
    if (this.#writable) return null;
    // The store's notice says why; each language says it inside its own "cannot be changed".
    return this.#notice === null
      ? failSaid('phonebook-read-only', 'phonebook.refused.readOnlyUnread')
      : failSaid('phonebook-read-only', 'phonebook.refused.readOnly', { reason: this.#notice.text });
  }

  #newId(): string {
    return `c${this.#nextId++}`;
  }

  async #replace(contacts: StoredContact[]): Promise<Answer<null>> {
    const saved = await this.o.store.save(contacts);
    if (!saved.ok) return { ok: false, error: saved.error };
    this.#contacts = contacts;
    // Saved: an earlier notice about the file (say, one set aside) has been read and acted on.
    if (this.#notice?.code !== 'phonebook-corrupt') this.#notice = null;
    this.#version += 1;
    this.#reindex();
    this.o.changed();
    return OK_NULL;
  }

  #reindex(): void {
    this.#indexCountry = this.o.country();
    this.#index =
      this.#contacts.length === 0
        ? null
        : new PhonebookIndex(this.#contacts, { defaultCountry: this.#indexCountry });
  }
}
