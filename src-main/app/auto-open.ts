/**
 * When a call opens its CRM record by itself: on ring or on answer, per the call's default
 * template, and at most once per call; and which call the global shortcut opens.
 */
import type { CallChange, CallRecord } from '../calls/types';
import type { CrmTemplate } from '../crm/types';

export type AutoOpen = 'never' | 'ring' | 'answer';

/**
 * A template's own choice wins; a template left at "never" follows the settings' default, which is
 * how the settings screen words it ("templates can also choose this one by one").
 */
export function autoOpenOf(template: CrmTemplate, settingsDefault: AutoOpen): AutoOpen {
  return template.autoOpen !== 'never' ? template.autoOpen : settingsDefault;
}

/**
 * Whether this change is the moment to open. On ring: the change that pops the call (so
 * do-not-disturb, outbound and unwanted internal calls never open anything). On answer: the call
 * was answered on one of my phones; do-not-disturb does not stop it, since I took the call.
 */
export function isAutoOpenMoment(change: CallChange, when: AutoOpen): boolean {
  const call = change.call;
  if (when === 'ring') return change.pop !== null && call.state === 'ringing';
  if (when === 'answer') {
    return (
      call.state === 'answered' &&
      call.direction === 'inbound' &&
      (call.popSuppressed === null || call.popSuppressed === 'dnd')
    );
  }
  return false;
}

/** How long after its end a call is still the global shortcut's target. */
export const SHORTCUT_AFTER_END_MS = 60_000;

/** A finished call as the shortcut weighs it: its id and when it ended. */
export interface EndedCall {
  readonly id: string;
  readonly endedAt: number | null;
}

/**
 * The call the global shortcut opens: the newest ringing inbound call, else the call I am on now
 * (the most recently answered), else the last call that ended within a minute. Null when none.
 */
export function shortcutTarget(
  live: Iterable<CallRecord>,
  ended: Iterable<EndedCall>,
  now: number,
): string | null {
  let ringing: CallRecord | null = null;
  let answered: CallRecord | null = null;
  for (const call of live) {
    if (call.state === 'ringing' && call.direction === 'inbound') {
      if (ringing === null || call.ringingSince >= ringing.ringingSince) ringing = call;
    } else if (call.state === 'answered') {
      if (answered === null || (call.answeredAt ?? 0) >= (answered.answeredAt ?? 0)) answered = call;
    }
  }
  if (ringing) return ringing.id;
  if (answered) return answered.id;
  let last: EndedCall | null = null;
  for (const call of ended) {
    if (call.endedAt === null || now - call.endedAt > SHORTCUT_AFTER_END_MS) continue;
    if (last === null || call.endedAt > (last.endedAt ?? 0)) last = call;
  }
  return last?.id ?? null;
}
