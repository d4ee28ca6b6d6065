import type { desktop as english } from '../en/desktop';
import type { Messages } from '../types';

export const desktop: Messages<typeof english> = {
  'tray.noRecentCalls': 'لا توجد مكالمات حديثة',
  'tray.missedCalls':
    '{count, plural, zero {لا توجد مكالمات فائتة} one {مكالمة فائتة واحدة} two {مكالمتان فائتتان} few {# مكالمات فائتة} many {# مكالمة فائتة} other {# مكالمة فائتة}}',
};
