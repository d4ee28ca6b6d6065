import type { crm as english } from '../en/crm';
import type { Messages } from '../types';

export const crm: Messages<typeof english> = {
  'crmLink.closeBrace': "في القالب «'}'» في الموضع {position} دون «'{'» قبله؛ اكتب %7D للقوس كحرف عادي.",
  'crmLink.openBrace': "في القالب «'{'» في الموضع {position} لا يغلقه «'}'»؛ اكتب %7B للقوس كحرف عادي.",
  'crmLink.unknownPlaceholder':
    'يستخدم القالب {placeholder}، وهو ليس عنصرًا نائبًا؛ استخدم أحد {placeholders}.',
  'crmLink.empty':
    "{field, select, url {عنوان البحث} recordLink {رابط السجل} other {قالب الرابط}} فارغ؛ أدخل عنوانًا مثل https://crm.example/search?q='{e164}'.",
  'crmLink.tooLong':
    'طول {field, select, url {عنوان البحث} recordLink {رابط السجل} other {قالب الرابط}} {length} حرفًا؛ قصّره إلى {max} على الأكثر.',
  'crmLink.badCharacter':
    'يحتوي {field, select, url {عنوان البحث} recordLink {رابط السجل} other {قالب الرابط}} على {what} في الموضع {position}؛ احذفه.',
  'crmLink.char.space': 'مسافة (اكتب %20 بدلًا منها)',
  'crmLink.char.backslash': 'شرطة مائلة عكسية (تقرؤها المتصفحات «/»؛ اكتب / أو %5C)',
  'crmLink.char.control': 'حرف تحكم غير مرئي ({code})',
  'crmLink.char.direction': 'حرف اتجاه كتابة غير مرئي ({code})',
  'crmLink.placeholderInScheme':
    'العنصر النائب {placeholder} موجود في المخطط؛ لا يجوز أن تأتي العناصر النائبة إلا في المسار أو الاستعلام أو الجزء (بعد المضيف).',
  'crmLink.notHttp':
    'يجب أن يبدأ {field, select, url {عنوان البحث} recordLink {رابط السجل} other {قالب الرابط}} بـ https:// (أو http://)؛ وهذا يبدأ بـ {start}.',
  'crmLink.start.slashes': '«//» دون مخطط',
  'crmLink.start.scheme': '«{scheme}»',
  'crmLink.start.none': 'دون مخطط',
  'crmLink.placeholderInHost':
    'العنصر النائب {placeholder} موجود في المضيف أو المنفذ أو اسم المستخدم؛ لا يجوز أن تأتي العناصر النائبة إلا في المسار أو الاستعلام أو الجزء (بعد المضيف).',
  'crmLink.noHost':
    'لا مضيف في {field, select, url {عنوان البحث} recordLink {رابط السجل} other {قالب الرابط}} بعد «//»؛ اكتبه مثل https://crm.example/….',
  'crmLink.atBeforeHost':
    'في {field, select, url {عنوان البحث} recordLink {رابط السجل} other {قالب الرابط}} «@» قبل المضيف («{authority}»)، فسيفتح المتصفح الجزء الذي بعد «@»؛ احذف اسم المستخدم و«@».',
  'crmLink.unparseable':
    '{field, select, url {عنوان البحث} recordLink {رابط السجل} other {قالب الرابط}} ليس عنوان ويب صالحًا؛ تحقق من اسم المضيف والمنفذ.',
  'crmLink.notWebAddress':
    '{field, select, url {عنوان البحث} recordLink {رابط السجل} other {قالب الرابط}} ليس عنوان http أو https صالحًا؛ تحقق من اسم المضيف.',
  'crmLink.userInfo':
    'يحمل {field, select, url {عنوان البحث} recordLink {رابط السجل} other {قالب الرابط}} اسم مستخدم أو كلمة مرور؛ احذفهما مع «@».',
  'crmLink.unknownCountry':
    "البلد الافتراضي لـ '{e164}' خاطئ: «{country}» ليس رمز بلد ISO 3166 معروفًا لأرقام الهاتف؛ أدخل رمزًا من حرفين مثل AE أو SA أو EG.",
  'crmLink.linkTooLong': 'سيكون طول الرابط {length} حرفًا (الحد {max})؛ استخدم عناصر نائبة أقل في القالب.',
  'crmLink.pathStep':
    'قيمة من هذه المكالمة ستكوّن خطوة مسار («.» أو «..») وتغيّر الصفحة التي يفتحها الرابط، لذا لم يُنشأ.',
  'crmLink.callNotWebAddress': 'رابط هذه المكالمة ليس عنوان ويب صالحًا، لذا لم يُنشأ.',
  'crmLink.callNotHttp': 'رابط هذه المكالمة ليس عنوان http أو https، لذا لم يُنشأ.',
  'crmLink.callLeaves': 'رابط هذه المكالمة سيغادر {origin}، لذا لم يُنشأ.',
};
