/**
 * When a call opens its CRM record by itself: on ring or on answer, per the call's default
 * template, and at most once per call.
 */
import type { CallChange } from '../calls/types';
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
