import type { Say } from '../../../src-main/i18n/translator';

/** A CSV column as the import screen names it: its header, or its place when the header is empty. */
export function columnName(header: string, index: number, say: Say): string {
  return header || say('phonebook.import.column', { n: index + 1 });
}
