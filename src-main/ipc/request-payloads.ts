/**
 * The limits of what a window may send, and the payload parts several requests of the contract's
 * table share (a call id, a template id, a password, a page of a list, a phonebook column or
 * contact). Schema builders only: main hands them zod.
 */
import type { Zod } from './request-spec';

export const MAX_CALL_ID = 128;
export const MAX_PASSWORD = 1024;
export const MAX_TEMPLATE_URL = 2048;
export const MAX_SEARCH = 100;
export const MAX_HISTORY_OFFSET = 1_000_000;
export const MAX_HISTORY_LIMIT = 500;
/** Phonebook requests: columns a CSV mapping may name, a contact's text, its numbers. */
export const MAX_MAPPED_COLUMN = 1000;
export const MAX_CONTACT_TEXT = 128;
export const MAX_CONTACT_NUMBER = 64;
export const MAX_CONTACT_NUMBERS = 16;
export const MAX_PHONEBOOK_LIMIT = 500;
/** Year 9999: a return time past it is a mistake, not a plan. */
export const MAX_RETURN_TIME = 253_402_300_799_000;

export const callId = (zod: Zod) =>
  zod
    .string({ error: 'The call id must be text.' })
    .min(1, { error: 'The call id is empty.' })
    .max(MAX_CALL_ID, { error: `A call id has at most ${MAX_CALL_ID} characters.` });
/** The payload of every request that names a call and nothing else (the renderer sends ids, never numbers). */
export const byCallId = (zod: Zod) => zod.strictObject({ callId: callId(zod) });
export const templateId = (zod: Zod) =>
  zod
    .string({ error: 'The template id must be text.' })
    .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'A template id is 1 to 64 letters, digits, "-" or "_".' });
export const password = (zod: Zod) =>
  zod
    .string({ error: 'The password must be text.' })
    .min(1, { error: 'Enter the password.' })
    .max(MAX_PASSWORD, { error: `A password can have at most ${MAX_PASSWORD} characters.` });

export const column = (zod: Zod) =>
  zod
    .number({ error: 'A column is a number.' })
    .int({ error: 'A column is a whole number.' })
    .min(0, { error: 'A column cannot be negative.' })
    .max(MAX_MAPPED_COLUMN, { error: `A column is at most ${MAX_MAPPED_COLUMN}.` });
export const contactText = (zod: Zod, what: string) =>
  zod
    .string({ error: `The ${what} must be text.` })
    .max(MAX_CONTACT_TEXT, { error: `A ${what} has at most ${MAX_CONTACT_TEXT} characters.` })
    .nullable();
export const contactId = (zod: Zod) =>
  zod.string({ error: 'The contact id must be text.' }).regex(/^[A-Za-z0-9_-]{1,64}$/, {
    error: 'A contact id is 1 to 64 letters, digits, "-" or "_".',
  });

/** A search text, as the history and the phonebook take it. */
export const searchText = (zod: Zod) =>
  zod
    .string({ error: 'The search must be text.' })
    .max(MAX_SEARCH, { error: `A search has at most ${MAX_SEARCH} characters.` })
    .optional();
/** Where a page starts, as the history and the phonebook take it. */
export const pageOffset = (zod: Zod) =>
  zod
    .number({ error: 'offset must be a number.' })
    .int({ error: 'offset must be a whole number.' })
    .min(0, { error: 'offset cannot be negative.' })
    .max(MAX_HISTORY_OFFSET, { error: `offset is at most ${MAX_HISTORY_OFFSET}.` });
/** How many rows a page has, at most `max`. */
export const pageLimit = (zod: Zod, max: number) =>
  zod
    .number({ error: 'limit must be a number.' })
    .int({ error: 'limit must be a whole number.' })
    .min(1, { error: 'limit is at least 1.' })
    .max(max, { error: `limit is at most ${max}.` });
