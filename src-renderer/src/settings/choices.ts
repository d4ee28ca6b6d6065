import type { Settings } from '../../../src-main/ipc/contract';
import type { Say } from '../../../src-main/i18n/translator';

/** When a CRM record opens by itself: the same three words for the app-wide setting and for each template. */
export function autoOpenChoices(say: Say): readonly { value: Settings['autoOpenCrm']; label: string }[] {
  return [
    { value: 'never', label: say('settings.autoOpen.never') },
    { value: 'ring', label: say('settings.autoOpen.ring') },
    { value: 'answer', label: say('settings.autoOpen.answer') },
  ];
}
