import type { checks as english } from '../en/checks';
import type { Messages } from '../types';

export const checks: Messages<typeof english> = {
  'address.tooLong': 'هذا أطول من أن يكون عنوان خادم؛ اكتب اسم الخادم فقط.',
  'address.scheme':
    'لا يمكن استخدام عنوان يبدأ بـ "{scheme}://": الصق عنوان خادم iSymphony (ws://‎ أو wss://‎ أو http://‎ أو https://‎) أو اكتب اسمه.',
  'address.spaces': 'لا يمكن أن يحتوي عنوان الخادم على مسافات أو محارف تحكم.',
  'address.badPort':
    'المنفذ في هذا العنوان ({port}) ليس منفذًا: المنافذ من 1 إلى 65535 (يستخدم iSymphony المنفذ {plain}، أو {tls} مع SSL).',
  'address.unreadable':
    'تعذّرت قراءة هذا العنوان؛ اكتب اسم الخادم أو عنوان IP الخاص به فقط، مثل pbx.example.com.',
  'address.filled':
    'مُلئ من العنوان: الخادم {host}، المنفذ {port}{usual, select, plain { (منفذ iSymphony)} tls { (منفذ SSL في iSymphony)} other {}}، TLS {tls, select, on {مفعّل} other {متوقف}}.{credentials, select, dropped { تُرك اسم المستخدم وكلمة المرور الموجودان فيه: لمستخدم المدير وكلمة مروره حقول خاصة.} other {}}',
  'address.filledPort': 'مُلئ: الخادم {host}، المنفذ {port}.',
  'address.filledPath': 'مُلئ: الخادم {host} (لا حاجة إلى المسار الذي يليه).',
  'profile.eventName':
    'يجب أن يبدأ اسم الحدث لـ "{kind}" بحرف وألا يستخدم إلا الحروف والأرقام و"." و"_" و"-" (64 على الأكثر).',
  'profile.eventNameTwice': 'لا يمكن أن يستخدم "{kind}" و"{other}" كلاهما اسم الحدث "{name}".',
  'profile.callerSuffix': 'يجب أن يكون الطرف المتصل هو اللاحقة "1" أو "2".',
  'profile.callerSuffixOf': 'يجب أن يكون الطرف المتصل في "{kind}" هو اللاحقة "1" أو "2".',
  'profile.fieldName':
    'يجب أن يبدأ اسم الحقل لـ "{field}" بحرف أو "_" وألا يستخدم إلا الحروف والأرقام و"_" (63 على الأكثر).',
  'profile.fieldNameReserved':
    'لا يمكن أن يكون اسم الحقل لـ "{field}" هو "{name}": تستخدم الأحداث هذا الاسم لشيء آخر.',
  'profile.fieldNameTwice': 'لا يمكن أن يستخدم "{field}" و"{other}" كلاهما اسم الحقل "{name}".',
  'originate.path':
    'مسار إنشاء المكالمة نسبي إلى التحويلة: حروف وأرقام و"." و"_" و"-" في مقاطع تفصل بينها "/" (128 محرفًا على الأكثر).',
  'originate.bodyLength': 'يمكن أن يحتوي نص إنشاء المكالمة على 1024 محرفًا على الأكثر.',
  'originate.bodyNumber': "يجب أن يحتوي نص إنشاء المكالمة على '{number}'، حيث يوضع الرقم.",
  'originate.bodyJson':
    'يجب أن يكون نص إنشاء المكالمة JSON (مع \'{number}\' داخل سلسلة نصية)، مثل \'{"destination":"{number}"}\'.',
  'settingsLoad.unreadable':
    'تعذّرت قراءة ملف الإعدادات {path} ({code})، لذا تُستخدم الإعدادات الافتراضية. تحقّق من أذوناته.',
  'settingsLoad.writeFailed':
    'تعذّر حفظ الإعدادات في {path} ({code}). تحقّق من وجود المجلد ومن أنه يمكنك الكتابة فيه.',
  'settingsLoad.notJson': 'كان ملف الإعدادات تالفًا (ليس JSON صالحًا)، لذا تُستخدم الإعدادات الافتراضية.',
  'settingsLoad.notObject': 'لا يحتوي ملف الإعدادات على كائن إعدادات.',
  'settingsLoad.versionNotWhole': 'في ملف الإعدادات schemaVersion ليست عددًا صحيحًا.',
  'settingsLoad.newer':
    'حُفظت الإعدادات بإصدار أحدث من iSymphony Companion (الصيغة {version}؛ وهذا الإصدار يقرأ حتى {target}). حدّث التطبيق لاستخدامها.',
  'settingsLoad.noMigration': 'لا يستطيع هذا الإصدار تحويل الإعدادات بالصيغة {at}.',
  'settingsLoad.migrationFailed': 'تعذّر تحويل الإعدادات من الصيغة {at} إلى الصيغة {next}.',
  'settingsLoad.defaultsInUse': '{reason} تُستخدم الإعدادات الافتراضية.',
  'settingsLoad.invalid':
    '{count, plural, zero {لم يكن أي إعداد في الملف غير صالح} one {كان إعداد واحد في الملف غير صالح} two {كان إعدادان في الملف غير صالحين} few {كانت # إعدادات في الملف غير صالحة} many {كان # إعدادًا في الملف غير صالح} other {كان # إعداد في الملف غير صالح}}، لذا تُستخدم الإعدادات الافتراضية.',
  'settingsLoad.keptAs': '{reason} حُفظ الملف القديم باسم {file}.',
  'settingsLoad.newerInUse':
    '{reason} {usable, select, yes {تُستخدم الإعدادات التي يفهمها هذا الإصدار.} other {تُستخدم الإعدادات الافتراضية.}}{kept, select, none {} other { حُفظت نسخة باسم {kept}.}}',
};
