/** Largest phonebook file read, in characters: 100,000 contacts take about 8 MB, so this is a bound on damage. */
export const MAX_PHONEBOOK_CHARS = 32 * 1024 * 1024;
/** Most contacts one phonebook holds. */
export const MAX_CONTACTS = 250_000;
/** How many data rows a CSV preview shows. */
export const PREVIEW_ROWS = 5;
