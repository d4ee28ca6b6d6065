import type { desktop as english } from '../en/desktop';
import type { Messages } from '../types';

export const desktop: Messages<typeof english> = {
  'tray.noRecentCalls': 'Aucun appel récent',
  'tray.missedCalls': '{count, plural, one {# appel manqué} other {# appels manqués}}',
};
