import type { actions as english } from '../en/actions';
import type { Messages } from '../types';

export const actions: Messages<typeof english> = {
  'action.callGone': 'لم تعد هذه المكالمة معروفة؛ ربما مُسحت من السجل.',
  'action.callGoneShort': 'لم تعد هذه المكالمة معروفة.',
  'action.noCrmTemplate': 'لا يناسب أي رابط CRM هذه المكالمة؛ أضف قالب CRM في الإعدادات أو غيّر قواعده.',
  'action.templateNotOffered': 'لا ينطبق قالب CRM هذا على هذه المكالمة؛ اختر قالبًا من قائمتها.',
  'action.noCurrentCall': 'لا توجد الآن مكالمة ترنّ أو جارية أو انتهت للتو.',
  'action.noNumberToCopy': 'لم يرسل هذا المتصل رقمًا يمكن نسخه.',
  'action.diagnosticsFailed': 'تعذّر إعداد تقرير التشخيص؛ راجع السجل.',
  'open.notWeb': 'لا يمكن فتح إلا روابط http وhttps؛ تحقّق من قالب رابط CRM.',
  'open.noPhoneApp': 'لم يستجب أي تطبيق هاتف على هذا الحاسوب لرابط tel:؛ ثبّت هاتفًا برمجيًا أو اختر واحدًا.',
  'open.noBrowser': 'تعذّر فتح الرابط: لم يستجب أي متصفح ويب. تحقّق من متصفحك الافتراضي.',
  'demo.failed': 'تعذّر تشغيل الخادم التجريبي على هذا الحاسوب؛ أعد تشغيل التطبيق أو اتصل بخادمك.',
  'loginItem.failed': 'تعذّر تغيير «التشغيل عند تسجيل الدخول»؛ حاول مرة أخرى أو اضبطه في إعدادات النظام.',
  'loginItem.notWritable': 'تعذّر تغيير «التشغيل عند تسجيل الدخول»: لا يمكن الكتابة في {folder}.',
  'callLinks.notHandled':
    'لم يسمح النظام لهذا التطبيق بمعالجة روابط {links}؛ اختره تطبيقًا معالجًا لها في إعدادات النظام.',
  'callLinks.notReleased':
    'لم يسمح النظام لهذا التطبيق بالتوقف عن معالجة روابط {links}؛ اختر تطبيقًا معالجًا آخر في إعدادات النظام.',
  'statusRequest.noSuchType': 'لا يوجد نوع حالة «{type}»؛ الأنواع هي {types}.',
  'statusRequest.noSuchTypeUnshown': 'لا يوجد نوع الحالة هذا؛ الأنواع هي {types}.',
  'statusRequest.nameTooLong':
    'يجب ألا يزيد اسم الحالة على {max} حرفًا قابلًا للطباعة (أو يُترك فارغًا ليكون «{name}»).',
  'statusRequest.noteTooLong': 'يجب أن تكون ملاحظة الحالة نصًا لا يزيد على {max} حرفًا.',
  'statusRequest.returnNotDate': 'وقت العودة ليس تاريخًا ووقتًا صالحين.',
  'statusRequest.returnNotMs':
    'يجب أن يكون وقت العودة -1 (بلا وقت) أو وقتًا بالمللي ثانية منذ بداية عصر يونكس.',
  'statusRequest.returnNotTime':
    'يجب أن يكون وقت العودة -1 (بلا وقت) أو وقتًا بالمللي ثانية منذ بداية عصر يونكس أو تاريخًا.',
  'statusRequest.returnPast': 'يجب أن يكون وقت العودة في المستقبل؛ اتركه فارغًا إن لم يكن هناك وقت.',
  'request.unreadable': 'تعذّرت قراءة الطلب {channel}.',
  'request.invalid': 'الطلب {channel} غير صالح.',
  'request.invalidField': 'الطلب {channel} غير صالح. {field}: {reason}',
  'request.unknownKey': '«{key}» ليس جزءًا من الطلب {channel}.',
  'request.lookupNumberTooLong': 'يمكن أن يتكوّن الرقم من {max} حرفًا على الأكثر.',
  'request.lookupNumberChars': 'اكتب رقم هاتف: أرقام، مع + أو مسافات أو ( ) - . / إن شئت.',
  'request.lookupNumberDigits': 'اكتب رقم هاتف للبحث عنه.',
  'request.contactNumberTooLong': 'يتكوّن الرقم من {max} حرفًا على الأكثر.',
  'request.contactTooManyNumbers': 'لا تحمل جهة الاتصال أكثر من {max} رقمًا.',
};
