import type { desktop as english } from '../en/desktop';
import type { Messages } from '../types';

export const desktop: Messages<typeof english> = {
  'tray.noRecentCalls': 'No hay llamadas recientes',
  'tray.missedCalls': '{count, plural, one {# llamada perdida} other {# llamadas perdidas}}',
};
