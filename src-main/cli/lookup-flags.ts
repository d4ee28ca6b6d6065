/**
 * The flags that name callers, shared by `lookup` and `watch`: phonebook files (CSV or vCard, told
 * apart by content) and the country for reading national numbers. Every refusal is a sentence that
 * names the flag and the file, never the file's content.
 */
import { readFile, stat } from 'node:fs/promises';
import { systemClock } from '../common/clock';
import { err, ok, type Result } from '../common/result';
import { Secret } from '../common/secret';
import { countryCode } from '../crm/phone-number';
import { fetchCrmHttp, type CrmHttp } from '../lookup/crm-http';
import { crmTokenAccount, CrmLookupService, type TokenSource } from '../lookup/crm-lookup';
import { KeytarSecretStore } from '../storage/secret-store';
import { readLookup } from '../lookup/crm-lookup-shape';
import { MAX_PHONEBOOK_CHARS } from '../lookup/limits';
import { importPhonebook } from '../lookup/phonebook-file';
import { PhonebookIndex } from '../lookup/phonebook-index';
import { decideLookup, type CrmAnswer } from '../lookup/lookup-chain';
import type { Contact, LookupFound } from '../lookup/types';
import type { CallLine } from '../pipeline/json-lines';

export const LOOKUP_OPTIONS = {
  phonebook: { type: 'string', multiple: true },
  country: { type: 'string' },
  'crm-lookup': { type: 'string' },
  'crm-token-keychain': { type: 'boolean' },
} as const;

/** Where the command line takes the CRM token from: never a flag (it would show in the process list). */
export const CRM_TOKEN_VARIABLE = 'ISYMPHONY_CRM_TOKEN';

export const LOOKUP_USAGE = `Naming the caller:
  --phonebook FILE         a phonebook: CSV with a header row, or vCard 3.0/4.0 (repeatable; the first
                           file that has a number names it)
  --country CC             two-letter country for reading national numbers, e.g. GB (default: none,
                           so only numbers written with + or 00 are read into E.164)
  --crm-lookup JSON        a CRM lookup template as stored in settings (see docs/lookup.md), asked
                           when no phonebook names the caller; its token comes from the
                           ${CRM_TOKEN_VARIABLE} environment variable
  --crm-token-keychain     without that variable: the token the app stored in the system keychain
                           for the lookup's address`;

export interface LookupSources {
  readonly phonebook: PhonebookIndex | null;
  /** The CRM lookup of --crm-lookup, or null. */
  readonly crm: CrmLookupService | null;
  /** Per file: how many contacts it gave and how many records it skipped. */
  readonly files: readonly { readonly file: string; readonly contacts: number; readonly skipped: number }[];
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
}

async function readPhonebookFile(file: string): Promise<Result<string, string>> {
  try {
    // Checked before reading, so a huge file (or /dev/zero) is never loaded.
    const info = await stat(file);
    if (!info.isFile()) return err(`--phonebook ${file}: not a file.`);
    if (info.size > MAX_PHONEBOOK_CHARS) {
      return err(`--phonebook ${file}: larger than ${MAX_PHONEBOOK_CHARS / 1024 / 1024} MB; split it.`);
    }
    return ok(await readFile(file, 'utf8'));
  } catch (error: unknown) {
    const code = errorCode(error);
    return err(
      `--phonebook ${file}: cannot read it (${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code}).`,
    );
  }
}

/** What the CRM lookup needs from outside: the environment (for the token) and, in tests, the HTTP port. */
export interface CrmLookupEnvironment {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly http?: CrmHttp;
}

/** The environment variable first; then, when asked for, the keychain entry the app keeps for this address. */
function tokenSource(origin: string, fromKeychain: boolean, environment: CrmLookupEnvironment): TokenSource {
  const token = environment.env[CRM_TOKEN_VARIABLE];
  if (token !== undefined && token !== '') return () => Promise.resolve(ok(new Secret(token)));
  if (!fromKeychain) return () => Promise.resolve(ok(null));
  const store = new KeytarSecretStore();
  return () => store.get(crmTokenAccount(origin));
}

function crmLookupOf(
  json: string | undefined,
  country: string,
  fromKeychain: boolean,
  environment: CrmLookupEnvironment,
): Result<CrmLookupService | null, string> {
  if (json === undefined) return ok(null);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return err('--crm-lookup: not JSON; give the lookup template as one JSON object (see docs/lookup.md).');
  }
  const checked = readLookup(parsed);
  if (!checked.ok) {
    const field = checked.error.field === '' ? '' : ` (${checked.error.field})`;
    return err(`--crm-lookup${field}: ${checked.error.message}`);
  }
  return ok(
    new CrmLookupService({
      checked: checked.value,
      http: environment.http ?? fetchCrmHttp,
      token: tokenSource(checked.value.origin, fromKeychain, environment),
      clock: systemClock,
      defaultCountry: country,
    }),
  );
}

/** Reads the lookup flags; a phonebook that cannot be used is refused whole, never half-loaded. */
export async function loadLookupSources(
  values: {
    readonly phonebook?: readonly string[] | undefined;
    readonly country?: string | undefined;
    readonly 'crm-lookup'?: string | undefined;
    readonly 'crm-token-keychain'?: boolean | undefined;
  },
  environment: CrmLookupEnvironment = { env: {} },
): Promise<Result<LookupSources, string>> {
  const country = values.country ?? '';
  const read = countryCode(country);
  if (!read.ok) return err(`--country: ${read.error}; use a two-letter code such as GB, US or DE.`);
  const crm = crmLookupOf(values['crm-lookup'], country, values['crm-token-keychain'] === true, environment);
  if (!crm.ok) return crm;
  const files = values.phonebook ?? [];
  if (files.length === 0) return ok({ phonebook: null, crm: crm.value, files: [] });
  const contacts: Contact[] = [];
  const counts: LookupSources['files'][number][] = [];
  for (const file of files) {
    const text = await readPhonebookFile(file);
    if (!text.ok) return text;
    const imported = importPhonebook(text.value);
    if (!imported.ok) return err(`--phonebook ${file}: ${imported.error.message}`);
    contacts.push(...imported.value.contacts);
    counts.push({ file, contacts: imported.value.contacts.length, skipped: imported.value.skipped });
  }
  return ok({
    phonebook: new PhonebookIndex(contacts, { defaultCountry: country }),
    crm: crm.value,
    files: counts,
  });
}

/** What `watch` adds to a call line whose caller a source named: the chain's answer without its `kind`. */
export interface CallLineLookup {
  readonly source: LookupFound['source'];
  readonly name: string | null;
  readonly company: string | null;
  readonly recordUrl: string | null;
  readonly match: LookupFound['match'];
}

/**
 * The `lookup` object for a call line, or null when no source of ours named the caller (the PBX's
 * own name is already the line's `callerName`). Inbound calls name the caller, outbound ones the callee.
 */
export function callLineLookup(
  line: Pick<CallLine, 'direction' | 'callerNumber' | 'calleeNumber'>,
  phonebook: PhonebookIndex | null,
  crm: CrmAnswer | null = null,
): CallLineLookup | null {
  if (phonebook === null && crm === null) return null;
  const number = lineNumber(line);
  const result = decideLookup({ number, pbxName: null }, phonebook, crm);
  if (result.kind !== 'found' || result.source === 'pbx') return null;
  const { kind: _kind, ...lookup } = result;
  return lookup;
}

/** The number a call line's lookup is about: the caller of an inbound call, the callee of an outbound one. */
export function lineNumber(
  line: Pick<CallLine, 'direction' | 'callerNumber' | 'calleeNumber'>,
): string | null {
  return line.direction === 'inbound' ? line.callerNumber : line.calleeNumber;
}
