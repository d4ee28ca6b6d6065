import type { phonebook as english } from '../en/phonebook';
import type { Messages } from '../types';

export const phonebook: Messages<typeof english> = {
  'phonebook.deleted': 'تم حذف {who}.',
  'phonebook.deletedUnnamed': 'تم حذف جهة الاتصال.',
  'phonebook.searchLabel': 'البحث في جهات الاتصال بالاسم أو الشركة أو الرقم',
  'phonebook.searchPlaceholder': 'ابحث عن اسم أو شركة أو رقم',
  'phonebook.add': 'إضافة جهة اتصال',
  'phonebook.importFile': 'استيراد ملف…',
  'phonebook.importedSkipped':
    '{imported, plural, zero {لم تُستورد أي جهة اتصال} one {استُوردت جهة اتصال واحدة} two {استُوردت جهتا اتصال} few {استُوردت # جهات اتصال} many {استُوردت # جهة اتصال} other {استُوردت # جهة اتصال}}، {skipped, plural, zero {ولم تُستبعد أي جهة} one {واستُبعدت جهة واحدة بلا رقم} two {واستُبعدت جهتان بلا رقم} few {واستُبعدت # جهات بلا رقم} many {واستُبعدت # جهة بلا رقم} other {واستُبعدت # جهة بلا رقم}}.',
  'phonebook.imported':
    '{imported, plural, zero {لم تُستورد أي جهة اتصال} one {استُوردت جهة اتصال واحدة} two {استُوردت جهتا اتصال} few {استُوردت # جهات اتصال} many {استُوردت # جهة اتصال} other {استُوردت # جهة اتصال}}.',
  'phonebook.saved': 'تم حفظ جهة الاتصال.',
  'phonebook.contacts': 'جهات الاتصال',
  'phonebook.noName': '(بلا اسم)',
  'phonebook.editWho': 'تعديل {who}',
  'phonebook.edit': 'تعديل',
  'phonebook.deleteWho': 'حذف {who}',
  'phonebook.delete': 'حذف',
  'phonebook.noMatch': 'لا توجد جهات اتصال مطابقة.',
  'phonebook.empty': 'لا توجد جهات اتصال بعد. استورد ملف CSV أو vCard، أو أضف المتصلين من بطاقاتهم.',
  'phonebook.showMore': 'عرض المزيد',
  'phonebook.countMatch':
    '{count, plural, zero {لا جهات مطابقة} one {جهة اتصال واحدة مطابقة} two {جهتا اتصال مطابقتان} few {# جهات اتصال مطابقة} many {# جهة اتصال مطابقة} other {# جهة اتصال مطابقة}}، من أصل {all, number}',
  'phonebook.count':
    '{count, plural, zero {لا جهات اتصال} one {جهة اتصال واحدة} two {جهتا اتصال} few {# جهات اتصال} many {# جهة اتصال} other {# جهة اتصال}}',
  'phonebook.editTitle': 'تعديل جهة الاتصال',
  'phonebook.company': 'الشركة',
  'phonebook.numbers': 'أرقام الهاتف، رقم في كل سطر',
  'phonebook.import.column': 'العمود {n}',
  'phonebook.import.none': '(لا شيء)',
  'phonebook.import.title': 'استيراد {file}',
  'phonebook.import.rows':
    '{rows, plural, zero {لا صفوف} one {صف واحد} two {صفان} few {# صفوف} many {# صفًا} other {# صف}}. اختر ما يحتويه كل عمود؛ تعرض المعاينة الصفوف الأولى كما ستُقرأ.',
  'phonebook.import.secondName': 'عمود الاسم الثاني (اختياري)',
  'phonebook.import.numbers': 'أرقام الهاتف',
  'phonebook.import.numbersColumn': 'الأرقام',
  'phonebook.import.vcardSkipped':
    '{contacts, plural, zero {لا جهات اتصال} one {جهة اتصال واحدة} two {جهتا اتصال} few {# جهات اتصال} many {# جهة اتصال} other {# جهة اتصال}} برقم هاتف؛ وستُستبعد {skipped} بلا رقم.',
  'phonebook.import.vcard':
    '{contacts, plural, zero {لا جهات اتصال} one {جهة اتصال واحدة} two {جهتا اتصال} few {# جهات اتصال} many {# جهة اتصال} other {# جهة اتصال}} برقم هاتف.',
  'phonebook.import.hasContacts': 'يحتوي دفتر الهاتف على جهات اتصال بالفعل',
  'phonebook.import.addThese': 'إضافة هذه إليه',
  'phonebook.import.replace': 'استبداله بهذه',
  'phonebook.import.import': 'استيراد',
  'phonebook.name': 'الاسم',
  'phonebook.save': 'حفظ',
  'phonebook.refused.noDialog':
    'لا يستطيع هذا التطبيق عرض نافذة اختيار الملفات هنا، لذلك لا يمكن استيراد الملفات.',
  'phonebook.refused.notAFile': '‏{file} ليس ملفًا.',
  'phonebook.refused.tooLarge': '‏{file} أكبر من {mb} ميغابايت؛ قسّمه أو صدّر حقولًا أقل.',
  'phonebook.refused.unreadable': 'تعذّرت قراءة {file} ‏({code}).',
  'phonebook.refused.noFilePicked': 'اختر ملفًا للاستيراد أولًا.',
  'phonebook.refused.wouldBeTooMany':
    'سيتجاوز دفتر الهاتف {max, number} جهة اتصال؛ استبدله بدل الإضافة إليه، أو استورد عددًا أقل.',
  'phonebook.refused.full': 'يحتوي دفتر الهاتف على {max, number} جهة اتصال، وهو الحد الأقصى.',
  'phonebook.refused.needsNumber': 'أدخل رقم هاتف واحدًا على الأقل.',
  'phonebook.refused.contactGone': 'لم تعد جهة الاتصال هذه في دفتر الهاتف.',
  'phonebook.refused.noNumber': 'لم يرسل هذا المتصل أي رقم لإضافته.',
  'phonebook.refused.readOnly': 'لا يمكن تغيير دفتر الهاتف: {reason}',
  'phonebook.refused.readOnlyUnread': 'لا يمكن تغيير دفتر الهاتف: تعذّرت قراءة ملفه.',
  'phonebookStore.writeFailed':
    'تعذّر حفظ دفتر الهاتف في {path} ‏({code}). تحقّق من وجود مساحة على القرص ومن إمكانية الكتابة في المجلد؛ يبقى التغيير محفوظًا حتى إغلاق التطبيق.',
  'phonebookStore.unreadable':
    'تعذّرت قراءة دفتر الهاتف {path} ‏({code})، لذلك لا يُبحث فيه عن المتصلين. تحقّق من أذوناته وأعد تشغيل التطبيق.',
  'phonebookStore.notJson': 'كان ملف دفتر الهاتف تالفًا (ليس JSON صالحًا)، لذلك دفتر الهاتف فارغ.',
  'phonebookStore.noList':
    'كان ملف دفتر الهاتف تالفًا (لا يحتوي على قائمة جهات اتصال)، لذلك دفتر الهاتف فارغ.',
  'phonebookStore.unknownFormat':
    'ملف دفتر الهاتف بصيغة لا يعرفها هذا الإصدار ‏({format})، لذلك دفتر الهاتف فارغ.',
  'phonebookStore.setAside': '{why} حُفظ الملف القديم باسم {backup}؛ استورده مجددًا أو استعده.',
  'phonebookStore.notSetAside':
    '{why} تعذّر نقل الملف جانبًا، لذلك لا يمكن تغيير دفتر الهاتف حتى يُنقل: {path}.',
  'phonebookStore.someUnread':
    '{bad, plural, zero {# إدخال} one {إدخال واحد} two {إدخالان} few {# إدخالات} many {# إدخالًا} other {# إدخال}} في دفتر الهاتف {bad, plural, one {تعذّرت قراءته فاستُبعد} two {تعذّرت قراءتهما فاستُبعدا} other {تعذّرت قراءتها فاستُبعدت}}؛ حُفظ الملف كما كان باسم {backup}.',
  'phonebookStore.someUnreadNoCopy':
    '{bad, plural, zero {# إدخال} one {إدخال واحد} two {إدخالان} few {# إدخالات} many {# إدخالًا} other {# إدخال}} في دفتر الهاتف {bad, plural, one {تعذّرت قراءته} two {تعذّرت قراءتهما} other {تعذّرت قراءتها}}، وتعذّر عمل نسخة من الملف، لذلك لا يمكن تغيير دفتر الهاتف حتى يتمكن التطبيق من الكتابة في {folder}.',
};
