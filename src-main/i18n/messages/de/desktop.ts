import type { desktop as english } from '../en/desktop';
import type { Messages } from '../types';

export const desktop: Messages<typeof english> = {
  'tray.noRecentCalls': 'Keine letzten Anrufe',
  'tray.missedCalls': '{count, plural, one {# verpasster Anruf} other {# verpasste Anrufe}}',
};
