/**
 * Which core server the Live REST API is asked about: every REST path names it
 * (`coreServers/{id}` or `coreServers/getByName/{slug}`). Pure, so the settings schema, the command
 * line and the REST client read it the same way.
 */

/** A core server by its id (a UUID) or by its name (slug). */
export type CoreServerRef = { readonly id: string } | { readonly name: string };

export const DEFAULT_CORE_SERVER = 'default';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** A core server as the user names it: a UUID is its id, anything else its name (slug); null when neither. */
export function parseCoreServer(text: string): CoreServerRef | null {
  const value = text.trim();
  if (UUID.test(value)) return { id: value.toLowerCase() };
  if (SLUG.test(value)) return { name: value };
  return null;
}

export const CORE_SERVER_REFUSED =
  'the core server is its name (letters, digits, ".", "_" and "-", such as "default") or its id (a UUID).';
