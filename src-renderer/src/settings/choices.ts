import type { Settings } from '../../../src-main/ipc/contract';

/** When a CRM record opens by itself: the same three words for the app-wide setting and for each template. */
export const AUTO_OPEN_CHOICES: readonly { value: Settings['autoOpenCrm']; label: string }[] = [
  { value: 'never', label: 'Never' },
  { value: 'ring', label: 'When a call rings' },
  { value: 'answer', label: 'When I answer' },
];
