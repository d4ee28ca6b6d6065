import { err, type Result } from '../common/result';
import { problemSaid } from '../i18n/english';
import { importCsv, previewCsv, type CsvMapping, type CsvPreview } from './csv-import';
import { MAX_PHONEBOOK_CHARS } from './limits';
import type { ImportedPhonebook, ImportProblem } from './types';
import { importVcard } from './vcard-import';

export type PhonebookFormat = 'csv' | 'vcard';

/** vCard or CSV, told apart by content (a file name proves nothing): a vCard starts with BEGIN:VCARD. */
export function phonebookFormat(text: string): PhonebookFormat {
  return /^\uFEFF?\s*BEGIN:VCARD/i.test(text.slice(0, 1024)) ? 'vcard' : 'csv';
}

function checkSize(text: string): ImportProblem | null {
  if (text.length > MAX_PHONEBOOK_CHARS) {
    return problemSaid('file-too-large', 'phonebookFile.tooLarge', { mb: MAX_PHONEBOOK_CHARS / 1024 / 1024 });
  }
  if (text.trim() === '') return problemSaid('file-empty', 'phonebookFile.empty');
  return null;
}

/** Reads a phonebook file of either format; `mapping` applies to CSV only. */
export function importPhonebook(
  text: string,
  mapping?: CsvMapping,
): Result<ImportedPhonebook, ImportProblem> {
  const wrong = checkSize(text);
  if (wrong !== null) return err(wrong);
  return phonebookFormat(text) === 'vcard' ? importVcard(text) : importCsv(text, mapping);
}

/** What the import screen shows first: a CSV's columns to map, or a vCard's count of contacts. */
export type PhonebookPreview =
  CsvPreview | { readonly format: 'vcard'; readonly contacts: number; readonly skipped: number };

export function previewPhonebook(text: string): Result<PhonebookPreview, ImportProblem> {
  const wrong = checkSize(text);
  if (wrong !== null) return err(wrong);
  if (phonebookFormat(text) === 'csv') return previewCsv(text);
  const read = importVcard(text);
  return read.ok
    ? {
        ok: true,
        value: { format: 'vcard', contacts: read.value.contacts.length, skipped: read.value.skipped },
      }
    : read;
}
