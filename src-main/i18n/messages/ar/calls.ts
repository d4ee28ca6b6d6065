import type { calls as english } from '../en/calls';
import type { Messages } from '../types';

export const calls: Messages<typeof english> = {
  'dial.viaPbx': 'جارٍ الاتصال بـ {number} عبر المقسم: يرن هاتفك ({extension}) أولًا، ثم يُطلب الرقم.',
  'dial.viaTel': 'سُلّم {number} إلى تطبيق الهاتف (رابط tel:) بدلًا من المقسم. {reason}',
  'dial.pbxOnly': 'لا يستطيع المقسم إجراء هذه المكالمة. {reason} اطلب tel:{tel} بتطبيق الهاتف بدلًا من ذلك.',
  'dial.telFailed':
    'تعذّر طلب {number}. {reason} ولم يستجب أي تطبيق هاتف على هذا الحاسوب لرابط tel: أيضًا؛ ثبّت هاتفًا برمجيًا أو اختر واحدًا.',
  'dial.noPbx.off': 'إجراء المكالمات عبر المقسم متوقف في الإعدادات.',
  'dial.noPbx.noExtension': 'لم تُحدَّد أي تحويلة لك في الإعدادات.',
  'dial.noPbx.notConnected': 'التطبيق غير متصل بالمقسم.',
  'dial.noPbx.refused':
    'رفض المقسم إجراء المكالمة (HTTP {status}): {why, select, licence {ترخيصه أو حساب المدير لا يسمح بذلك} other {لا يعرف هذا الإجراء}}.',
  'dial.refused': '{why} لم يُطلب أي رقم.',
  'dial.why.noNumber': 'لا يوجد رقم لطلبه.',
  'dial.why.tooLong': 'هذا أطول من أن يكون رقم هاتف.',
  'dial.why.notDigits': 'هذا ليس رقم هاتف (المسموح هو الأرقام والمسافات و+ في البداية فقط).',
  'dial.why.invalid': '{number} ليس رقم هاتف صالحًا.',
  'dial.why.prefixNotDigits': 'بادئة الخط الخارجي ليست أرقامًا.',
  'dial.why.linkTooLong': 'هذا الرابط أطول من أن يحمل رقم هاتف.',
  'dial.why.notALink': 'هذا ليس رابط tel: أو callto: أو sip:.',
  'dial.why.linkUnsafe': 'يحتوي هذا الرابط على محارف غير مرئية أو محارف تحكم.',
  'dial.why.sipNoUser': 'عنوان SIP هذا لا يسمّي مستخدمًا للاتصال به.',
  'dial.why.linkEncoding': 'هذا الرابط غير مرمّز بشكل صحيح.',
  'dial.why.linkEmpty': 'لا يحتوي هذا الرابط على رقم.',
  'dial.why.linkComputer': 'يسمّي هذا الرابط حاسوبًا، لا رقم هاتف.',
  'dial.why.linkNotNumber':
    'لا يحتوي هذا الرابط على رقم هاتف (المسموح هو الأرقام والفواصل و+ في البداية فقط).',
};
