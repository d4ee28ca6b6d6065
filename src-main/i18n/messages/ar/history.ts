import type { history as english } from '../en/history';
import type { Messages } from '../types';

export const history: Messages<typeof english> = {
  'history.missed': 'الفائتة',
  'history.reading': 'جارٍ قراءة السجل…',
  'history.noMatchYet': 'لا توجد مكالمات مطابقة حتى الآن.',
  'history.readingOlder':
    '{count, plural, zero {لا مكالمات} one {مكالمة واحدة} two {مكالمتان} few {# مكالمات} many {# مكالمة} other {# مكالمة}} حتى الآن — جارٍ قراءة المكالمات الأقدم',
  'history.searchingRecent':
    '{count, plural, zero {جارٍ البحث} one {البحث في آخر مكالمة} two {البحث في آخر مكالمتين} few {البحث في آخر # مكالمات} many {البحث في آخر # مكالمة} other {البحث في آخر # مكالمة}} — جارٍ قراءة المكالمات الأقدم',
  'history.actions': 'إجراءات',
  'history.actionsFor': 'إجراءات المكالمة مع {who}',
  'history.action.openCrm': 'فتح CRM',
  'history.action.copyNumber': 'نسخ الرقم',
  'history.action.callBack': 'معاودة الاتصال',
  'history.action.addToPhonebook': 'إضافة إلى دفتر الهاتف',
  'history.copied': 'تم النسخ',
  'history.rang': 'الرنين {duration}',
  'history.whoFrom': '{who}، {source}',
};
