/**
 * The words of a call's native notification. Plain text made display-safe here; the shell escapes
 * it where the platform reads markup (Linux notification bodies).
 */
import type { CallRecord } from '../calls/types';
import type { PopNotice } from './ports';
import { partyText } from './call-view';
import { displayName, displayNumber } from './display-text';

export function popNotice(call: CallRecord): PopNotice {
  const name = displayName(call.callerName);
  const number = displayNumber(call.callerNumber);
  const title = name ?? number ?? 'Unknown caller';
  const who = number ?? 'Number withheld';
  const from = displayName(partyText(call.transferredFrom));
  const did = displayNumber(call.did);
  let body: string;
  if (from !== null) body = `${who}, transferred from ${from}`;
  else if (call.internal) body = `${who}, internal call`;
  else if (did !== null) body = `${who} called ${did}`;
  else body = who;
  return { callId: call.id, title, body };
}
