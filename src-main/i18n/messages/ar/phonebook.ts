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
};
