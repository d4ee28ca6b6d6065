import type { desktop as english } from '../en/desktop';
import type { Messages } from '../types';

export const desktop: Messages<typeof english> = {
  'tray.noRecentCalls': 'Nessuna chiamata recente',
  'tray.missedCalls': '{count, plural, one {# chiamata persa} other {# chiamate perse}}',
};
