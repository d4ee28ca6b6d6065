import type { Problem } from '../common/result';

/**
 * One phonebook contact as imported. Every string came from a file someone else may have written
 * (a shared export, a CRM dump): it is untrusted text, capped like caller ID on the way in
 * (`contact-text.ts`) and made display-safe only where it is shown, exactly as caller IDs are.
 */
export interface Contact {
  readonly name: string | null;
  readonly company: string | null;
  /** As written in the file (capped); the index reads them into E.164. */
  readonly numbers: readonly string[];
}

/** Where a caller's name came from, in the order the chain asks. */
export const LOOKUP_SOURCES = ['phonebook', 'crm', 'pbx'] as const;
export type LookupSource = (typeof LOOKUP_SOURCES)[number];

/** How a phonebook number matched the caller's number. */
export type PhonebookMatch = 'e164' | 'digits' | 'last-digits';

export interface LookupFound {
  readonly kind: 'found';
  readonly source: LookupSource;
  readonly name: string | null;
  readonly company: string | null;
  /** A contact page the lookup found (CRM only), already checked by the safe-URL policy. */
  readonly recordUrl: string | null;
  /** Set for the phonebook: how its number matched. */
  readonly match: PhonebookMatch | null;
}

export type LookupMissCode = 'no-number' | 'not-found';

export interface LookupMiss {
  readonly kind: 'none';
  readonly reason: Problem<LookupMissCode>;
  /** What the CRM lookup said when it was asked and failed (timeout, refused answer…); null when it was not. */
  readonly crmProblem: Problem | null;
}

export type LookupResult = LookupFound | LookupMiss;

export type ImportProblemCode =
  | 'file-too-large'
  | 'file-empty'
  | 'csv-unreadable'
  | 'csv-no-number-column'
  | 'csv-bad-mapping'
  | 'vcard-unreadable'
  | 'too-many-contacts';

export type ImportProblem = Problem<ImportProblemCode>;

/** What an import read: the contacts, and how many records it skipped (no usable number). */
export interface ImportedPhonebook {
  readonly format: 'csv' | 'vcard';
  readonly contacts: readonly Contact[];
  readonly skipped: number;
}
