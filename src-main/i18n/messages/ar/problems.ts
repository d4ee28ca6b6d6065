import type { problems as english } from '../en/problems';
import type { Messages } from '../types';

export const problems: Messages<typeof english> = {
  'problem.unexpected': 'حدث خطأ ما: {detail}',
  'problem.waitSeconds':
    '{seconds, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}',
  'problem.waitMs': '{ms} ملّي ثانية',
  'problem.timeout':
    'لم يُجب الخادم {at} خلال {wait}؛ تحقّق من العنوان والمنفذ، ومن أن جدار الحماية لا يحجب الاتصال.',
  'problem.timeoutInTime':
    'لم يُجب الخادم {at} في الوقت المناسب؛ تحقّق من العنوان والمنفذ، ومن أن جدار الحماية لا يحجب الاتصال.',
  'problem.fingerprintMismatch':
    'قدّم الخادم {at} شهادة مختلفة (SHA-256 {fingerprint}) عن التي وثقت بها؛ لا تثق بالجديدة في الإعدادات إلا إذا أكّد المسؤول أنها استُبدلت.',
  'problem.frameTooLarge':
    'أرسل الخادم {at} رسالة تتجاوز حدّ 1 ميبيبايت، فأُغلق ذلك الاتصال؛ يعيد التطبيق الاتصال من تلقاء نفسه.',
  'problem.connectionClosed':
    'أُغلق الاتصال بـ {at} على نحو غير متوقع؛ يعيد التطبيق الاتصال من تلقاء نفسه، وإن تكرر ذلك فتحقّق من الشبكة والخادم.',
  'problem.connectionCutOff':
    'انقطع الاتصال بـ {at}؛ يعيد التطبيق الاتصال من تلقاء نفسه، وإن تكرر ذلك فتحقّق من الشبكة والخادم.',
  'problem.usernameInvalid': 'لا يمكن أن يحتوي اسم مستخدم المدير على ":"؛ صحّحه في الإعدادات.',
  'problem.heartbeatTimeout':
    'توقف الخادم {at} عن الرد (لا رد على إشارة ping خلال {wait})؛ يعيد التطبيق الاتصال من تلقاء نفسه.',
  'problem.dnsFailed':
    'تعذّر العثور على اسم الخادم "{host}"؛ تحقّق من عنوان الخادم في الإعدادات ومن اتصال هذا الحاسوب بالشبكة.',
  'problem.connectionRefused':
    'لا شيء يقبل الاتصالات على {at}؛ تحقّق من أن iSymphony يعمل هناك ومن صحة المنفذ (58080، أو 55050 مع SSL).',
  'problem.networkUnreachable':
    'لا يمكن الوصول إلى {at} عبر الشبكة؛ تحقّق من اتصال هذا الحاسوب بالشبكة، وسيعيد التطبيق الاتصال حين تعود.',
  'problem.certificateRejected':
    'شهادة الخادم {at}{fingerprint, select, none {} other { (SHA-256 {fingerprint})}} غير موثوقة ({code, select, unknown {خطأ غير معروف} other {{code}}})؛ ثِق بهذه الشهادة بعينها في الإعدادات إذا أكّد المسؤول بصمتها، أو ثبّت شهادة صالحة على الخادم.',
  'problem.connectionFailed':
    'فشل الاتصال بـ {at} ({code, select, unknown {خطأ غير معروف} other {{code}}})؛ يواصل التطبيق المحاولة، فتحقّق من العنوان والمنفذ والشبكة.',
  'problem.credentialsRejected':
    'رفض الخادم {at} اسم مستخدم المدير أو كلمة مروره؛ صحّحهما في الإعدادات (إنهما حساب المدير في iSymphony، وليسا بيانات دخول مستخدم).',
  'problem.addressNotAllowed':
    'رفض الخادم {at} عنوان هذا الحاسوب{address, select, none {} other { ({address})}} لأنه ليس في قائمة السماح في ملف security.xml على الخادم؛ اطلب من المسؤول إضافته.',
  'problem.notFound':
    'لا يوجد شيء على هذا المسار في الخادم {at}؛ تحقّق من المنفذ (58080، أو 55050 مع SSL) ومن المسار في الإعدادات.',
  'problem.sslRequired': 'يتطلب الخادم {at} استخدام SSL؛ فعّل SSL في الإعدادات واستخدم المنفذ 55050.',
  'problem.unexpectedStatus':
    'أجاب الخادم {at} بالرمز HTTP {status}، وهو ما لا يتوقعه هذا التطبيق؛ تحقّق من العنوان والمنفذ في الإعدادات.',
  'problem.passwordMissing':
    'لا توجد كلمة مرور محفوظة للحساب {account}، لذا لا يتصل التطبيق؛ أدخل كلمة مرور المدير في الإعدادات.',
  'problem.updateUnreachable': 'تعذّر الوصول إلى خادم التحديثات؛ سيحاول التطبيق مجددًا لاحقًا.',
  'problem.updateNoRelease': 'لا يقدّم خادم التحديثات أي إصدار بعد.',
  'problem.updateServerError': 'أجاب خادم التحديثات بخطأ (HTTP {status})؛ سيحاول التطبيق مجددًا لاحقًا.',
  'problem.updateBadFeed': 'وصف الإصدار على خادم التحديثات غير مقروء، لذا لم يُنزَّل شيء.',
  'problem.updateBadDownload': 'لم يطابق التحديث المنزَّل مجموعه الاختباري فتم التخلص منه.',
  'problem.updateFailedBecause': 'فشل التحديث: {detail}',
  'problem.updateFailed': 'فشل التحديث.',
  'problem.updateNotInstalled':
    'التحديثات للتطبيق المثبَّت؛ هذه النسخة تعمل من مجلد البناء الخاص بها، لذا لا تُحدَّث.',
  'problem.unknownUser':
    'لا يوجد مستخدم iSymphony باسم "{name}" على هذا الخادم؛ لن تظهر مكالماته أبدًا. تحقّق من "اسم مستخدم iSymphony" في الإعدادات.',
  'problem.unknownExtension':
    'لا توجد تحويلة "{name}" على هذا الخادم؛ لن تظهر المكالمات إليها أبدًا. تحقّق من "التحويلات" في الإعدادات.',
  'problem.identityRestRefused':
    'تعذّر التحقق من وجود مستخدم iSymphony والتحويلات على هذا الخادم: رفض الخادم واجهة Live REST API ‏(HTTP 403)؛ ترخيص iSymphony يقيّدها، أو ليس لحساب المدير إذن باستخدامها. تظهر المكالمات مع ذلك إذا كانت الأسماء صحيحة.',
  'problem.identityNoCoreServer':
    'تعذّر التحقق من وجود مستخدم iSymphony والتحويلات على هذا الخادم: لا تعرف واجهة Live REST API هذا الخادم الأساسي (HTTP 404)؛ تحقّق من "الخادم الأساسي" في الإعدادات ← الخادم ← متقدم (عادةً "default"). تظهر المكالمات مع ذلك إذا كانت الأسماء صحيحة.',
  'problem.keychainBadAccount': 'يحتاج إدخال سلسلة المفاتيح إلى اسم مستخدم المدير وعنوان الخادم.',
  'problem.keychainUnavailableMac':
    'تعذّر استخدام سلسلة مفاتيح macOS: افتح قفل سلسلة مفاتيح تسجيل الدخول في تطبيق Keychain Access وحاول مجددًا، أو اختر الاحتفاظ بكلمة المرور في الذاكرة حتى إنهاء التطبيق.',
  'problem.keychainUnavailableWindows':
    'تعذّر استخدام مدير بيانات الاعتماد في Windows: سجّل الدخول إلى Windows بحسابك الخاص وحاول مجددًا، أو اختر الاحتفاظ بكلمة المرور في الذاكرة حتى إنهاء التطبيق.',
  'problem.keychainUnavailableLinux':
    'لا تتوفر سلسلة مفاتيح للنظام: ثبّت خدمة Secret Service مثل GNOME Keyring أو KWallet وشغّلها (على Debian أو Ubuntu: الحزمتان gnome-keyring وlibsecret-1-0) وافتح قفلها، أو اختر الاحتفاظ بكلمة المرور في الذاكرة حتى إنهاء التطبيق.',
  'problem.keychainRefused':
    'رفضت سلسلة مفاتيح النظام {operation, select, get {قراءة} set {حفظ} other {حذف}} كلمة المرور. حاول مجددًا، أو ابحث في تطبيق سلسلة المفاتيح عن إدخال باسم "{service}".',
  'problem.testOtherServer':
    'كلمة المرور المحفوظة تخص الخادم المحفوظ؛ لاختبار خادم آخر (أو الخادم نفسه دون TLS)، اكتب كلمة مرور المدير.',
  'problem.testNoPassword':
    'لا توجد كلمة مرور محفوظة للحساب {account}؛ اكتب كلمة مرور المدير لاختبار الاتصال.',
  'problem.testBusy': 'يجري اختبار اتصال بالفعل؛ انتظر نتيجته ثم حاول مجددًا.',
  'problem.callLinksOff':
    'روابط الاتصال متوقفة، لذا لا يطلبها هذا التطبيق. فعّل "طلب روابط tel: وcallto: وsip: بهذا التطبيق" في الإعدادات ← عام.',
  'problem.noClipboard': 'لا توجد حافظة لقراءتها هنا.',
  'problem.shortcutTaken': 'الاختصار {accelerator} يستخدمه تطبيق آخر بالفعل؛ اختر اختصارًا غيره.',
  'problem.shortcutInvalid': 'الاختصار {accelerator} غير صالح؛ اختر اختصارًا غيره.',
  'problem.dialWaiting': 'رقم من الحافظة ينتظر ردك بالفعل.',
  'problem.dialCancelled': 'لم يتم الطلب: اخترت عدم الاتصال بالرقم.',
  'problem.presenceStopped': 'توقفت الحالة قبل أن يؤكّد الخادم الحالة الجديدة.',
  'problem.presenceNotRunning': 'الحالة لا تعمل؛ اتصل بالخادم أولًا.',
  'problem.presenceNoUser': 'لم يُحدَّد مستخدم iSymphony: أدخل اسم مستخدم iSymphony في الإعدادات أولًا.',
  'problem.presenceUnknown': 'حالتك الحالية غير معروفة بعد: انتظر حتى يتصل التطبيق بالخادم، ثم حاول مجددًا.',
  'problem.presenceSuperseded': 'طُلبت حالة أحدث قبل أن يؤكّد الخادم هذه الحالة.',
  'problem.presenceUserChanged': 'تغيّر مستخدم iSymphony قبل أن يؤكّد الخادم الحالة.',
  'problem.presenceNotConfirmed':
    'قبل الخادم الحالة الجديدة لكنه لم يؤكّدها خلال {seconds} ث، لذا فالحالة المعروضة هي آخر ما أبلغ عنه الخادم؛ حاول مجددًا، أو تحقّق منها في iSymphony.',
  'problem.presenceUnavailable': 'يمكن تغيير حالتك بعد أن يتصل التطبيق بخادمك؛ تحقّق من الاتصال أولًا.',
  'connection.notStarted': 'غير متصل بعد: يبدأ الاتصال عند تشغيل التطبيق.',
  'connection.connecting': 'جارٍ الاتصال بـ {at}.',
  'connection.connectingAgain': 'جارٍ الاتصال بـ {at} مجددًا (المحاولة {attempt}).',
  'connection.live': 'متصل بـ {at}: ستظهر المكالمات فور رنينها.',
  'connection.liveWithNotice': 'متصل بـ {at}: ستظهر المكالمات فور رنينها. {notice}',
  'connection.pinnedExpired':
    'انتهت صلاحية الشهادة المثبّتة في {day}؛ ما زالت موثوقة لأنك ثبّتها، لكن جدّدها على الخادم وثبّت الجديدة.',
  'connection.suspended': 'متوقف مؤقتًا أثناء سكون هذا الحاسوب: يعود الاتصال عند الاستيقاظ.',
  'connection.stopped': 'غير متصل: ابدأ الاتصال مجددًا لتلقي المكالمات.',
  'connection.appStopped': 'غير متصل: توقف التطبيق.',
  'connection.noServer': 'غير متصل: اتصل بخادم iSymphony من الإعدادات، أو جرّب العرض التجريبي.',
  'connection.demoStarting': 'جارٍ تشغيل الخادم التجريبي على هذا الحاسوب.',
  'validation.hostEmpty': 'أدخل اسم الخادم أو عنوان IP الخاص به.',
  'validation.hostScheme': 'أدخل اسم الخادم أو عنوانه فقط، دون "ws://" أو "https://" أو أي مخطط آخر.',
  'validation.hostSpaces': 'لا يمكن أن يحتوي عنوان الخادم على مسافات.',
  'validation.hostUser': 'لا تضع أسماء المستخدمين في عنوان الخادم؛ لاسم مستخدم المدير حقل خاص به.',
  'validation.hostPath': 'أدخل اسم الخادم أو عنوانه فقط، دون مسار مثل "/communication_manager".',
  'validation.hostPort': 'أدخل المنفذ في حقل المنفذ، لا بعد العنوان.',
  'validation.hostZone': 'عناوين IPv6 ذات النطاق (مثل "%eth0") غير مدعومة؛ استخدم اسم الخادم بدلًا منها.',
  'validation.hostIpv6': '"{host}" ليس عنوان IPv6 صالحًا.',
  'validation.hostIpv4': '"{host}" ليس عنوان IPv4 صالحًا: استخدم أربعة أعداد من 0 إلى 255، مثل 192.168.1.20.',
  'validation.hostName':
    '"{host}" ليس اسم خادم صالحًا: استخدم حروفًا وأرقامًا وشرطات بين النقاط، مثل pbx.example.com.',
  'validation.port':
    'يجب أن يكون المنفذ عددًا صحيحًا من 1 إلى 65535 (يستخدم iSymphony المنفذ {plain}، أو {tls} مع SSL).',
  'validation.path':
    'يجب أن يبدأ المسار بـ "/" وألا يحتوي إلا على حروف وأرقام وعلامات ترقيم عناوين URL، مثل {example}.',
  'validation.usernameEmpty': 'أدخل اسم مستخدم المدير (الاسم الافتراضي على الخادم هو "manager").',
  'validation.usernameColon':
    'لا يمكن أن يحتوي اسم مستخدم المدير على ":"، لأن مصادقة Basic تستخدمه للفصل بين الاسم وكلمة المرور.',
  'validation.usernameLength': 'يجب ألا يزيد اسم مستخدم المدير على 256 حرفًا قابلًا للطباعة.',
  'validation.oneInvalid': 'أحد الإعدادات غير صالح: {detail}',
  'validation.someInvalid':
    '{count, plural, zero {لا توجد إعدادات غير صالحة} one {إعداد واحد غير صالح} two {إعدادان غير صالحين} few {# إعدادات غير صالحة} many {# إعدادًا غير صالح} other {# إعداد غير صالح}}؛ كلٌّ منها مُعلَّم بجانب حقله.',
  'validation.missing': 'هذا الإعداد مفقود. {detail}',
  'validation.secretInFile':
    'تُحفظ كلمات المرور والأسرار الأخرى في سلسلة مفاتيح النظام، ولا تُحفظ أبدًا في ملف الإعدادات.',
  'validation.unknownSetting': '"{key}" ليس إعدادًا يعرفه هذا الإصدار من iSymphony Companion.',
  'validation.unknownEventKind': '"{key}" ليس نوع حدث يعرفه التطبيق.',
};
