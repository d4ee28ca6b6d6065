import type { detection as english } from '../en/detection';
import type { Messages } from '../types';

export const detection: Messages<typeof english> = {
  'detection.running.connecting': 'جارٍ الاتصال بخادمك للاستماع…',
  'detection.running.listening':
    'جارٍ الاستماع. اتصل الآن بتحويلتك من هاتف آخر، وأجب، وانتظر لحظة، ثم أنهِ المكالمة.',
  'detection.running.reconnecting': 'انقطع الاتصال؛ جارٍ إعادة الاتصال. ما رُصد حتى الآن محفوظ.',

  'detection.headline.high': 'تم التعرّف على طريقة إبلاغ خادمك عن المكالمات، بثقة عالية.',
  'detection.headline.low':
    'تم التعرّف على جزء من طريقة إبلاغ خادمك عن المكالمات، بثقة منخفضة: {undecided, plural, =0 {كان بعضها متقاربًا.} one {تعذّر البتّ في أمر واحد من {total} (مُعلَّم أدناه).} two {تعذّر البتّ في أمرين من {total} (مُعلَّمين أدناه).} few {تعذّر البتّ في # أمور من {total} (مُعلَّمة أدناه).} many {تعذّر البتّ في # أمرًا من {total} (مُعلَّمة أدناه).} other {تعذّر البتّ في # أمر من {total} (مُعلَّمة أدناه).}} اتصل بتحويلتك مرة أخرى، وأجب، ثم أنهِ المكالمة، للحصول على نتيجة أوثق.',
  'detection.headline.unchanged': '{headline} إعداداتك تستخدم هذا بالضبط، فلا شيء لتغييره.',
  'detection.headline.noEvents':
    'تعذّر البتّ: لم يرسل الخادم أي أحداث إطلاقًا أثناء الاستماع. اتصل بتحويلتك أثناء الاستماع، وتأكّد من أن حساب المدير مسموح له باستقبال الأحداث.',
  'detection.headline.notYou':
    'تعذّر البتّ: أرسل الخادم {events, plural, zero {لا أحداث} one {حدثًا واحدًا} two {حدثين} few {# أحداث} many {# حدثًا} other {# حدث}}، لكن لم يذكرك أيٌّ منها ({who}). تحقّق من اسم المستخدم والتحويلات ضمن «مكالماتك»، ثم اتصل بتحويلتك أثناء استماع الاكتشاف.',
  'detection.headline.noCall':
    'تعذّر البتّ: ذكرتك بعض الأحداث، لكن لم يكن أيٌّ منها مكالمة إليك. اتصل بتحويلتك من هاتف آخر أثناء استماع الاكتشاف.',
  'detection.who':
    '{hasUser, select, yes {المستخدم «{user}»{count, plural, =0 {} one {، التحويلة {extensions}} other {، التحويلات {extensions}}}} other {{count, plural, one {التحويلة {extensions}} other {التحويلات {extensions}}}}}',
  'detection.list': '{first}، {rest}',

  'detection.line.dial': 'الرنين',
  'detection.line.link': 'الرد',
  'detection.line.linkEnd': 'انتهاء المحادثة',
  'detection.line.hangup': 'إنهاء المكالمة',
  'detection.line.caller': 'المتصل',
  'detection.line.fields': 'بيانات المتصل',
  'detection.value.event': '«{name}»',
  'detection.value.eventUndecided':
    'تعذّر البتّ ({kind, select, dial {لم تُرصد أي مكالمة تجريبية ترن} link {لم يُرَد على أي مكالمة تجريبية} linkEnd {لم تنتهِ أي مكالمة تجريبية تم الرد عليها} other {لم تُنهَ أي مكالمة تجريبية}})؛ يبقى «{name}»',
  'detection.value.caller': 'في الحقول المنتهية بـ {suffix}',
  'detection.value.callerExcept': 'في الحقول المنتهية بـ {suffix} ({exceptions})',
  'detection.value.exception':
    '{suffix} {kind, select, dial {عند الرنين} link {عند الرد} other {عند انتهاء المحادثة}}',
  'detection.value.callerUndecided':
    'تعذّر البتّ (لم يميّز أي حدث بين الطرفين)؛ تبقى الحقول المنتهية بـ {suffix}',
  'detection.value.usualNames': 'الأسماء المعتادة',
  'detection.value.field':
    '{field, select, callerIdName {الاسم} callerIdNumber {الرقم} did {الرقم المطلوب} extensionNumber {التحويلة} username {المستخدم} other {معرّف المكالمة}} «{name}»',
  'detection.value.fieldsUndecided': '{names}؛ تعذّر البتّ في بعضها، فتبقى أسماؤها المعتادة',

  'detection.evidence.seen':
    'رُصد {events, plural, zero {لا أحداث} one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}} من {types, plural, zero {لا أنواع} one {نوع واحد} two {نوعين} few {# أنواع} many {# نوعًا} other {# نوع}}؛ {mentions, plural, zero {لم يذكر أيٌّ منها المستخدم} one {ذكر واحد منها المستخدم} two {ذكر اثنان منها المستخدم} few {ذكر # منها المستخدم} many {ذكر # منها المستخدم} other {ذكر # منها المستخدم}}.',
  'detection.evidence.noMention':
    'لم يذكر أي حدث المستخدم أو تحويلاته، فلا يمكن قول شيء عن المكالمات: تحقّق من اسم المستخدم والتحويلات، واتصل بالتحويلة أثناء عمل الاكتشاف.',
  'detection.evidence.noCall':
    'ذكرت بعض الأحداث المستخدم، لكن لم يكن لأيٍّ منها طرفان (متصل ومتصَل به)، فلم تُرصد أي مكالمة: اتصل بالتحويلة أثناء عمل الاكتشاف.',
  'detection.evidence.usualFields': 'لحقول الأطراف أسماؤها المعتادة.',
  'detection.evidence.renamedFields':
    'أسماء حقول الأطراف هي {names}.{ambiguous, select, yes { وكان بعضها متقاربًا.} other {}}',
  'detection.evidence.fieldName': '{name} لـ {field}',
  'detection.evidence.missingFields': 'لم يشبه أي حقل {fields}؛ تبقى الأسماء المعتادة.',
  'detection.evidence.notReached':
    'لم تصل أي مكالمة إلى {kind, select, dial {الرنين (dial)} link {الرد (link): أجب على المكالمة التجريبية ثم أنهِها} other {انتهاء المحادثة (linkEnd): أجب على المكالمة التجريبية ثم أنهِها}}؛ يبقى اسم حدثها {name}.',
  'detection.evidence.came':
    'جاء {name} {position, select, first {أولًا} second {ثانيًا} other {ثالثًا}} في {votes, plural, zero {لا مكالمات} one {مكالمة واحدة} two {مكالمتين} few {# مكالمات} many {# مكالمة} other {# مكالمة}} من {calls} إلى المستخدم (المرصود: {seen}، ويُذكر المستخدم في {fields}): ويعني {kind, select, dial {الرنين (dial)} link {الرد (link)} other {انتهاء المحادثة (linkEnd)}}.',
  'detection.evidence.noField': 'لا حقل',
  'detection.evidence.hangup':
    'ذكر {name} مقاطع مكالمات المستخدم {times, plural, zero {ولا مرة} one {مرة واحدة} two {مرتين} few {# مرات} many {# مرة} other {# مرة}} بطرف واحد: ويعني إنهاء المكالمة (hangup).',
  'detection.evidence.noHangup':
    'لم يذكر أي حدث بطرف واحد مقطعًا من المكالمات، فيبقى حدث إنهاء المكالمة {name}: أنهِ المكالمة التجريبية أثناء عمل الاكتشاف.',
  'detection.evidence.caller': 'المتصل هو الطرف الذي لا يذكر المستخدم: {findings}.',
  'detection.evidence.callerKind':
    '{kind}: اللاحقة {suffix} ({most, plural, zero {في لا أحداث} one {في حدث واحد} two {في حدثين} few {في # أحداث} many {في # حدثًا} other {في # حدث}} من {total} كان المستخدم في الطرف الآخر)',
  'detection.evidence.callerUnknown': 'المتصل هو الطرف الذي لا يذكر المستخدم: لم يميّز أي حدث بين الطرفين.',
  'detection.evidence.unusable': 'ما رُصد لا يشكّل ملف تعريف صالحًا للاستخدام: {reason}',

  'detection.problem.busy': 'يجري اكتشاف أحداث المكالمات بالفعل: انتظر النتيجة، أو ألغِه أولًا.',
  'detection.problem.needsServer':
    'يحتاج الاكتشاف إلى خادم iSymphony الخاص بك: اتصل به أولًا. العرض التجريبي يستخدم الأحداث القياسية أصلًا.',
  'detection.problem.needsIdentity':
    'أدخل اسم مستخدم iSymphony أو تحويلة ضمن «مكالماتك» واحفظ أولًا: يبحث الاكتشاف عن الأحداث التي تذكرك.',
  'detection.problem.cancelled': 'أُلغي الاكتشاف.',
  'detection.problem.notRunning': 'لا يجري أي اكتشاف الآن.',
  'detection.problem.nothingToApply': 'لا يوجد ملف تعريف مكتشف لتطبيقه: اكتشف أحداث المكالمات أولًا.',
  'detection.problem.stale': 'تغيّرت إعدادات الخادم منذ تشغيل الاكتشاف، فقد لا يناسب ما وجده: شغّله مرة أخرى.',
};
