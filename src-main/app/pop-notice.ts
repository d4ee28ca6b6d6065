/**
 * The words of a call's native notification. Plain text made display-safe here, numbers laid out
 * left to right in their own isolate and names in theirs; the shell escapes the body where the
 * platform reads markup (Linux).
 */
import type { CallRecord } from '../calls/types';
import { ENGLISH } from '../i18n/languages';
import { translatorFor, type Say } from '../i18n/translator';
import { labelOfDid } from '../crm/shown-number';
import type { Settings } from '../storage/settings-schema';
import type { PopNotice } from './ports';
import { partyText } from './call-view';
import { displayName, displayNumber, isolatedName, ltrNumber } from './display-text';

/**
 * `lookedUp`: the caller's name from the phonebook (or CRM), when it was known at the pop. The dialled
 * number's name, when Settings gives it one, is said instead of the number ("called Acme – Sales").
 * `say`: the chosen language's words, asked for at the moment the notification is shown.
 */
export function popNotice(
  call: CallRecord,
  lookedUp: string | null = null,
  names: Pick<Settings, 'didLabels' | 'crm'> = { didLabels: [], crm: { templates: [], defaultCountry: '' } },
  say: Say = translatorFor(ENGLISH).t,
): PopNotice {
  const name = displayName(lookedUp) ?? displayName(call.callerName);
  const shownNumber = displayNumber(call.callerNumber);
  const number = shownNumber === null ? null : ltrNumber(shownNumber);
  const title = name ?? number ?? say('notify.unknownCaller');
  const who = number ?? say('notify.numberWithheld');
  const from = displayName(partyText(call.transferredFrom));
  const did = displayNumber(call.did);
  const line = displayName(labelOfDid(call.did, names.didLabels, names.crm.defaultCountry));
  let body: string;
  if (from !== null) body = say('notify.transferredFrom', { who, from: isolatedName(from) });
  else if (call.internal) body = say('notify.internalCall', { who });
  else if (line !== null) body = say('notify.called', { who, line: isolatedName(line) });
  else if (did !== null) body = say('notify.called', { who, line: ltrNumber(did) });
  else body = who;
  return { callId: call.id, title, body };
}
