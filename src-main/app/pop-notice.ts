/**
 * The words of a call's native notification. Plain text made display-safe here, numbers laid out
 * left to right in their own isolate and names in theirs; the shell escapes the body where the
 * platform reads markup (Linux).
 */
import type { CallRecord } from '../calls/types';
import { labelOfDid } from '../crm/shown-number';
import type { Settings } from '../storage/settings-schema';
import type { PopNotice } from './ports';
import { partyText } from './call-view';
import { displayName, displayNumber, isolatedName, ltrNumber } from './display-text';

/**
 * `lookedUp`: the caller's name from the phonebook (or CRM), when it was known at the pop. The dialled
 * number's name, when Settings gives it one, is said instead of the number ("called Acme – Sales").
 */
export function popNotice(
  call: CallRecord,
  lookedUp: string | null = null,
  names: Pick<Settings, 'didLabels' | 'crm'> = { didLabels: [], crm: { templates: [], defaultCountry: '' } },
): PopNotice {
  const name = displayName(lookedUp) ?? displayName(call.callerName);
  const shownNumber = displayNumber(call.callerNumber);
  const number = shownNumber === null ? null : ltrNumber(shownNumber);
  const title = name ?? number ?? 'Unknown caller';
  const who = number ?? 'Number withheld';
  const from = displayName(partyText(call.transferredFrom));
  const did = displayNumber(call.did);
  const line = displayName(labelOfDid(call.did, names.didLabels, names.crm.defaultCountry));
  let body: string;
  if (from !== null) body = `${who}, transferred from ${isolatedName(from)}`;
  else if (call.internal) body = `${who}, internal call`;
  else if (line !== null) body = `${who} called ${isolatedName(line)}`;
  else if (did !== null) body = `${who} called ${ltrNumber(did)}`;
  else body = who;
  return { callId: call.id, title, body };
}
