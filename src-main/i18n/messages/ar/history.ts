import type { history as english } from '../en/history';
import type { Messages } from '../types';

export const history: Messages<typeof english> = {
  'history.numberCopied': 'تم نسخ الرقم.',
  'history.addedToPhonebook': 'أُضيف إلى دفتر الهاتف.',
  'history.cleared': 'تم مسح السجل.',
  'history.title': 'السجل',
  'history.searchLabel': 'البحث في المكالمات بالاسم أو الرقم',
  'history.searchPlaceholder': 'ابحث عن اسم أو رقم',
  'history.missedOnly': 'الفائتة فقط',
  'history.clearEllipsis': 'مسح السجل…',
  'history.noMatch': 'لا توجد مكالمات مطابقة.',
  'history.empty': 'لا توجد مكالمات بعد. ستظهر هنا المكالمات التي تتلقاها.',
  'history.listLabel': 'سجل المكالمات',
  'history.count':
    '{count, plural, zero {لا مكالمات} one {مكالمة واحدة} two {مكالمتان} few {# مكالمات} many {# مكالمة} other {# مكالمة}}',
  'history.clearTitle': 'مسح سجل المكالمات؟',
  'history.clearText': 'سيؤدي هذا إلى حذف كل المكالمات المحفوظة من هذا الحاسوب. لا يمكن التراجع عن ذلك.',
  'history.clear': 'مسح السجل',
  'history.calledBack': 'تمت معاودة الاتصال {when}',
  'history.ringTime': 'مدة الرنين',
  'history.talkTime': 'مدة المحادثة',
  'history.talked': 'المحادثة {talked}',
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
  'history.company': '، {company}',
  'history.whoFrom': '{who}، {source}',
};
