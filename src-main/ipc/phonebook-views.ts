/**
 * The phonebook as main and the main window show it each other: its place in the app state, a
 * page of contacts, a file picked for import and how the import went, a contact being edited.
 * Types only (part of views.ts, which the contract re-exports).
 */
import type { Problem } from '../common/result';
import type { CsvMapping, CsvPreview } from '../lookup/csv-import';

/** One phonebook contact as the phonebook screen shows it (display-safe, untrusted: text only). */
export interface ContactView {
  readonly id: string;
  readonly name: string | null;
  readonly company: string | null;
  readonly numbers: readonly string[];
}

/** The phonebook in the app state: how many contacts, and anything the user must hear about its file. */
export interface PhonebookView {
  readonly contacts: number;
  /** Rises with every change, so the phonebook screen knows to search again. */
  readonly version: number;
  /** E.g. a damaged file set aside (and where), or a save that failed. */
  readonly notice: Problem | null;
}

export interface PhonebookQuery {
  readonly search?: string;
  readonly offset: number;
  readonly limit: number;
}

export interface PhonebookPage {
  readonly total: number;
  readonly offset: number;
  readonly contacts: readonly ContactView[];
}

/** Which CSV columns (0-based) hold what; several name columns are joined with a space. */
export type ColumnMapping = CsvMapping;

/**
 * A file chosen in main's open dialog, read by main and held there until imported: what the import
 * screen shows. The file's text never travels to the window, only this preview (capped cells).
 */
export type PhonebookFilePreview =
  | (PickedFile & Omit<CsvPreview, 'delimiter'>)
  | (PickedFile & { readonly format: 'vcard'; readonly contacts: number; readonly skipped: number });

interface PickedFile {
  /** The file's name (not its folder), for "Importing contacts.csv". */
  readonly fileName: string;
}

export interface PhonebookImportResult {
  readonly imported: number;
  readonly skipped: number;
  readonly total: number;
}

/** A contact as the editor sends it: no id for a new one. */
export interface ContactDraft {
  readonly id?: string;
  readonly name: string | null;
  readonly company: string | null;
  readonly numbers: readonly string[];
}
