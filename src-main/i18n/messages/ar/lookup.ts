import type { lookup as english } from '../en/lookup';
import type { Messages } from '../types';

export const lookup: Messages<typeof english> = {
  'lookup.failedUnexpectedly': 'فشل البحث في CRM على نحو غير متوقع؛ تعرض المكالمة ما أرسله المقسم.',
  'lookup.failed': 'فشل البحث في CRM.',
  'lookup.tokenUnreadable': 'تعذّرت قراءة رمز CRM من سلسلة المفاتيح: {reason}',
  'lookup.tokenMissing':
    'لا يوجد رمز CRM محفوظ؛ عيّنه في الإعدادات ← البحث عن المتصل (يقرأ سطر الأوامر ISYMPHONY_CRM_TOKEN، أو سلسلة المفاتيح مع ‎--crm-token-keychain).',
  'lookup.tokenUnsafe': 'يحتوي رمز CRM المحفوظ على محارف لا تحملها الترويسة؛ احفظه من جديد.',
  'lookup.timeout': 'لم يُجب CRM خلال {ms} ملّي ثانية؛ تعرض المكالمة ما أرسله المقسم.',
  'lookup.unreachable': 'تعذّر الوصول إلى CRM على {origin}؛ تحقّق من العنوان والشبكة.',
  'lookup.tooLarge': 'كانت إجابة CRM أكبر من {kb} كيلوبايت، فلم تُقرأ؛ اطلب حقولًا أقل أو سجلًا واحدًا.',
  'lookup.redirected':
    'أجاب CRM بإعادة توجيه (HTTP {status})، ولا تُتّبع حتى يبقى الرمز عند {origin}؛ استخدم العنوان الذي تشير إليه.',
  'lookup.refused': 'رفض CRM البحث (HTTP {status})؛ تحقّق من الرمز وصلاحياته.',
  'lookup.rateLimited': 'طلب CRM الإبطاء (HTTP 429)؛ يُستأنف البحث مع المكالمات التالية.',
  'lookup.httpStatus': 'أجاب CRM بـ HTTP {status} بدلًا من نتيجة بحث.',
  'lookup.notJson': 'أجاب CRM بشيء ليس JSON (صفحة ويب؟)؛ تحقّق من عنوان البحث.',
  'lookup.numberUnreadable':
    'تعذّرت قراءة الرقم كرقم دولي كامل، لذا لم يُسأل CRM (عيّن البلد الافتراضي إن كان المتصلون يرسلون أرقامًا محلية).',
  'lookup.noNumber': 'ليس للمكالمة رقم للبحث عنه ولا اسم من معرّف المتصل.',
  'lookup.notInPhonebook': 'الرقم ليس في دفتر الهاتف، ولم يرسل المقسم اسمًا.',
  'lookup.notAnywhere': 'الرقم ليس في دفتر الهاتف ولا في CRM، ولم يرسل المقسم اسمًا.',
  'lookup.testNobody':
    'لم يسمِّ دفتر هاتفك ولا CRM هذا الرقم: لم يجد CRM أحدًا، أو لا تحتوي إجابته شيئًا في مسارَي الاسم والشركة.',
  'lookup.testNoTemplate': 'اختر CRM أو اكتب قالب بحث أولًا، ثم اختبره.',
  'lookup.testBusy': 'اختبار بحث قيد التشغيل بالفعل؛ انتظر نتيجته، ثم حاول مرة أخرى.',
  'lookup.tokenNoAddress': 'احفظ عنوان بحث CRM أولًا؛ يُحفظ الرمز لذلك العنوان.',
  'lookupTemplate.notObject': 'يجب أن يكون بحث CRM كائنًا مثل \'{"method":"GET","url":"https://…{e164}",…}\'.',
  'lookupTemplate.tokenInTemplate':
    'يُحفظ رمز CRM في سلسلة مفاتيح النظام (أو في متغير بيئة لسطر الأوامر)، ولا يُحفظ أبدًا في قالب البحث.',
  'lookupTemplate.unknownKey': '"{key}" ليس جزءًا من بحث CRM؛ استخدم {keys}.',
  'lookupTemplate.preset': 'يجب أن يكون القالب الجاهز custom أو واحدًا من {presets}.',
  'lookupTemplate.method': 'يجب أن تكون الطريقة GET أو POST.',
  'lookupTemplate.text':
    'يجب أن {field, select, url {يكون عنوان البحث} body {يكون نص الطلب} tokenHeader {تكون ترويسة الرمز} tokenPrefix {يكون ما قبل الرمز} namePaths {يكون كل مسار اسم} companyPath {يكون مسار الشركة} recordUrlPath {يكون مسار عنوان السجل} idPath {يكون مسار معرّف السجل} recordLink {يكون رابط السجل} allowedOrigins {يكون كل عنوان مسموح} other {تكون هذه القيمة}} نصًا.',
  'lookupTemplate.textLength':
    '{field, select, url {عنوان البحث} body {نص الطلب} tokenHeader {ترويسة الرمز} tokenPrefix {ما قبل الرمز} namePaths {أحد مسارات الاسم} companyPath {مسار الشركة} recordUrlPath {مسار عنوان السجل} idPath {مسار معرّف السجل} recordLink {رابط السجل} allowedOrigins {أحد العناوين المسموحة} other {هذه القيمة}} أطول من اللازم (الحد الأقصى {max, plural, zero {# محرف} one {محرف واحد} two {محرفان} few {# محارف} many {# محرفًا} other {# محرف}}).',
  'lookupTemplate.list':
    'يجب أن تكون {field, select, namePaths {مسارات الاسم} other {العناوين المسموحة}} قائمة من {max, plural, zero {# نص} one {نص واحد} two {نصين} few {# نصوص} many {# نصًا} other {# نص}} على الأكثر.',
  'lookupTemplate.whole':
    'يجب أن {field, select, timeoutMs {تكون مهلة الانتظار} other {تكون مدة الاحتفاظ}} عددًا صحيحًا.',
  'lookupTemplate.needsReplacing':
    'ما زال البحث يحتوي على {mark}…: استبدله ببياناتك (نطاق CRM أو معرّف حسابك)، كما يصف قالبه الجاهز.',
  'lookupTemplate.pathLength':
    'يجب أن يتكون {field, select, companyPath {مسار الشركة} recordUrlPath {مسار عنوان السجل} idPath {مسار معرّف السجل} other {مسار الاسم}} من 1 إلى {max, plural, zero {# محرف} one {محرف واحد} two {محرفين} few {# محارف} many {# محرفًا} other {# محرف}}، مثل results.0.name.',
  'lookupTemplate.pathShape':
    'يجب أن يتكون {field, select, companyPath {مسار الشركة} recordUrlPath {مسار عنوان السجل} idPath {مسار معرّف السجل} other {مسار الاسم}} "{path}" من أسماء ومواضع في القوائم تفصل بينها نقاط، مثل results.0.name (حروف وأرقام و"_" و"-" و"$" و"@").',
  'lookupTemplate.addressHttps':
    'يجب أن يبدأ عنوان البحث بـ https://‎ (يُسمح بـ http العادي إلى هذا الحاسوب فقط، مثل http://127.0.0.1).',
  'lookupTemplate.allowedHttps':
    'يجب أن يبدأ العنوان المسموح {origin} بـ https://‎ (يُسمح بـ http العادي إلى هذا الحاسوب فقط، مثل http://127.0.0.1).',
  'lookupTemplate.addressPlaceholder':
    "يستخدم عنوان البحث '{'{name}'}'؛ لا يعرف البحث إلا رقم المتصل: استخدم '{number}' أو '{e164}'.",
  'lookupTemplate.bodyLength':
    'يحتوي نص الطلب على {length, plural, zero {# محرف} one {محرف واحد} two {محرفين} few {# محارف} many {# محرفًا} other {# محرف}}؛ اجعله {max} على الأكثر.',
  'lookupTemplate.bodyJson':
    "لا يكون نص الطلب JSON بعد ملء '{number}' و'{e164}'؛ اكتب كلًّا منهما قيمة كاملة دون علامات اقتباس، مثل '{\"phone\": {e164}}'.",
  'lookupTemplate.recordLinkId': "يجب أن يحتوي رابط السجل على '{id}'، حيث يوضع معرّف السجل من الإجابة.",
  'lookupTemplate.recordLinkOther': "يستخدم رابط السجل '{'{name}'}'؛ ولا يجوز له أن يستخدم إلا '{id}'.",
  'lookupTemplate.recordLinkOrigin':
    'يؤدي رابط السجل إلى {origin}، وهو ليس عنوان البحث نفسه ولا عنوانًا مسموحًا؛ أضفه إلى العناوين المسموحة.',
  'lookupTemplate.originsMax':
    'اسمح بـ {max, plural, zero {# عنوان آخر} one {عنوان آخر واحد} two {عنوانين آخرين} few {# عناوين أخرى} many {# عنوانًا آخر} other {# عنوان آخر}} على الأكثر.',
  'lookupTemplate.originNotAddress': '"{entry}" ليس عنوان ويب؛ اكتبه بالشكل https://crm.example.',
  'lookupTemplate.originNotPlain': '"{entry}" ليس عنوان ويب بسيطًا؛ اكتبه بالشكل https://crm.example.',
  'lookupTemplate.postNeedsBody': 'يحتاج بحث POST إلى نص JSON؛ اكتب واحدًا، أو استخدم GET.',
  'lookupTemplate.getNoBody': 'لا يرسل بحث GET نصًا؛ احذفه، أو استخدم POST.',
  'lookupTemplate.noNumber': "لا يرسل البحث رقم المتصل أبدًا: ضع '{e164}' أو '{number}' في العنوان أو النص.",
  'lookupTemplate.tokenHeader': 'يجب أن تكون ترويسة الرمز اسم ترويسة مثل Authorization أو x-api-token.',
  'lookupTemplate.tokenPrefix':
    'يجب أن يكون ما قبل الرمز نصًا عاديًا من {max, plural, zero {# محرف} one {محرف واحد} two {محرفين} few {# محارف} many {# محرفًا} other {# محرف}} على الأكثر، مثل "Bearer ".',
  'lookupTemplate.namePaths': 'حدّد أين تحتوي الإجابة على الاسم أو الشركة (مسار مثل results.0.name).',
  'lookupTemplate.namePathsMax':
    'اجمع {max, plural, zero {# مسار اسم} one {مسار اسم واحد} two {مساري اسم} few {# مسارات اسم} many {# مسار اسم} other {# مسار اسم}} على الأكثر.',
  'lookupTemplate.recordLinkNeedsId': 'يحتاج رابط السجل إلى مسار معرّف السجل في الإجابة.',
  'lookupTemplate.timeout':
    'يجب أن تكون مهلة البحث من {min} إلى {max, plural, zero {# ملّي ثانية} one {ملّي ثانية واحدة} two {ملّي ثانيتين} few {# ملّي ثوانٍ} many {# ملّي ثانية} other {# ملّي ثانية}}.',
  'lookupTemplate.cache':
    'احتفظ بالإجابات من 0 إلى {max, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}.',
  'phonebookFile.notCsv': 'تعذّرت قراءة الملف بصيغة CSV.',
  'phonebookFile.csvQuotes':
    'تعذّرت قراءة الملف بصيغة CSV{line, select, none {} other { (السطر {line})}}: تحقّق من إغلاق علامات الاقتباس ومن أن كل صف يستخدم الفاصل نفسه.',
  'phonebookFile.noRows': 'لا يحتوي الملف على أي صفوف.',
  'phonebookFile.noNumberColumn': 'لا يحتوي أي عمود على أرقام هواتف: اختر عمود أرقام واحدًا على الأقل.',
  'phonebookFile.badMapping':
    'تسمّي المطابقة عمودًا ليس في الملف (فيه {columns, plural, zero {# عمود} one {عمود واحد} two {عمودان} few {# أعمدة} many {# عمودًا} other {# عمود}}).',
  'phonebookFile.tooManyRows':
    'في الملف أكثر من {max, plural, zero {# صف} one {صف واحد} two {صفين} few {# صفوف} many {# صفًا} other {# صف}}؛ قسّمه.',
  'phonebookFile.tooManyCards':
    'في الملف أكثر من {max, plural, zero {# بطاقة} one {بطاقة واحدة} two {بطاقتين} few {# بطاقات} many {# بطاقة} other {# بطاقة}}؛ قسّمه.',
  'phonebookFile.notVcard':
    'تعذّرت قراءة الملف بصيغة vCard: يجب أن تمتد كل بطاقة من BEGIN:VCARD إلى END:VCARD بأسطر من الشكل NAME:value.',
  'phonebookFile.tooLarge': 'الملف أكبر من {mb} ميغابايت؛ قسّمه أو صدّر حقولًا أقل.',
  'phonebookFile.empty': 'الملف فارغ.',
};
