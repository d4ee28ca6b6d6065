import type { Problem } from '../common/result';
import { problemSaid } from '../i18n/english';
import { capText } from './contact-text';
import type { PhonebookIndex } from './phonebook-index';
import type { LookupFound, LookupResult } from './types';

/** What a CRM lookup answered for one number. Its text is untrusted and capped by `decideLookup`. */
export type CrmAnswer =
  | {
      readonly kind: 'found';
      readonly name: string | null;
      readonly company: string | null;
      /** Already checked by the safe-URL policy (or null). */
      readonly recordUrl: string | null;
    }
  | { readonly kind: 'none' }
  | { readonly kind: 'failed'; readonly problem: Problem };

/** Asks a CRM about a number. Never rejects: failures are a `failed` answer. */
export type CrmLookup = (number: string) => Promise<CrmAnswer>;

export interface LookupRequest {
  /** The caller's number as the PBX sent it. */
  readonly number: string | null;
  /** The PBX's caller-ID name, the last resort. */
  readonly pbxName: string | null;
}

/**
 * The chain's one rule, given what each source said: the phonebook first (it is the user's own
 * word), then the CRM, then the PBX's caller-ID name. `crm` is null when no CRM was asked (or it
 * has not answered yet), so the same function gives the pop's first answer and the final one.
 */
export function decideLookup(
  request: LookupRequest,
  phonebook: PhonebookIndex | null,
  crm: CrmAnswer | null,
): LookupResult {
  const hit = phonebook?.find(request.number) ?? null;
  if (hit !== null) {
    return found('phonebook', hit.contact.name, hit.contact.company, null, hit.match);
  }
  if (crm?.kind === 'found') {
    const name = capText(crm.name);
    const company = capText(crm.company);
    if (name !== null || company !== null) return found('crm', name, company, crm.recordUrl, null);
  }
  const pbxName = capText(request.pbxName);
  if (pbxName !== null) return found('pbx', pbxName, null, null, null);
  const crmProblem = crm?.kind === 'failed' ? crm.problem : null;
  if (request.number === null || request.number.trim() === '') {
    return {
      kind: 'none',
      reason: problemSaid('no-number', 'lookup.noNumber'),
      crmProblem,
    };
  }
  return {
    kind: 'none',
    reason: problemSaid('not-found', crm === null ? 'lookup.notInPhonebook' : 'lookup.notAnywhere'),
    crmProblem,
  };
}

function found(
  source: LookupFound['source'],
  name: string | null,
  company: string | null,
  recordUrl: string | null,
  match: LookupFound['match'],
): LookupFound {
  return { kind: 'found', source, name, company, recordUrl, match };
}

/**
 * The whole chain for one number: the CRM is asked only when the phonebook has no entry (a
 * phonebook hit is final, so no request leaves the machine for it).
 */
export async function lookupCaller(
  request: LookupRequest,
  sources: { readonly phonebook: PhonebookIndex | null; readonly crm: CrmLookup | null },
): Promise<LookupResult> {
  const first = decideLookup(request, sources.phonebook, null);
  if (first.kind === 'found' && first.source === 'phonebook') return first;
  if (sources.crm === null || request.number === null || request.number.trim() === '') return first;
  const answer = await sources.crm(request.number);
  return decideLookup(request, sources.phonebook, answer);
}
