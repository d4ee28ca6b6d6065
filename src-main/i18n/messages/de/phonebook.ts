import type { phonebook as english } from '../en/phonebook';
import type { Messages } from '../types';

export const phonebook: Messages<typeof english> = {
  'phonebook.deleted': '{who} gelöscht.',
  'phonebook.deletedUnnamed': 'Kontakt gelöscht.',
  'phonebook.searchLabel': 'Kontakte nach Name, Firma oder Nummer durchsuchen',
  'phonebook.searchPlaceholder': 'Name, Firma oder Nummer suchen',
  'phonebook.add': 'Kontakt hinzufügen',
  'phonebook.importFile': 'Datei importieren…',
  'phonebook.importedSkipped':
    '{imported, plural, one {# Kontakt importiert} other {# Kontakte importiert}}, {skipped, plural, one {# ohne Nummer ausgelassen} other {# ohne Nummer ausgelassen}}.',
  'phonebook.imported': '{imported, plural, one {# Kontakt importiert} other {# Kontakte importiert}}.',
  'phonebook.saved': 'Kontakt gespeichert.',
  'phonebook.contacts': 'Kontakte',
  'phonebook.noName': '(ohne Namen)',
  'phonebook.editWho': '{who} bearbeiten',
  'phonebook.edit': 'Bearbeiten',
  'phonebook.deleteWho': '{who} löschen',
  'phonebook.delete': 'Löschen',
  'phonebook.noMatch': 'Keine passenden Kontakte.',
  'phonebook.empty':
    'Noch keine Kontakte. Importieren Sie eine CSV- oder vCard-Datei oder nehmen Sie Anrufer von ihrer Karte auf.',
  'phonebook.showMore': 'Mehr anzeigen',
  'phonebook.countMatch':
    '{count, plural, one {# Kontakt passt} other {# Kontakte passen}}, von {all, number}',
  'phonebook.count': '{count, plural, one {# Kontakt} other {# Kontakte}}',
  'phonebook.editTitle': 'Kontakt bearbeiten',
  'phonebook.company': 'Firma',
  'phonebook.numbers': 'Telefonnummern, eine pro Zeile',
  'phonebook.import.column': 'Spalte {n}',
  'phonebook.import.none': '(keine)',
  'phonebook.import.title': '{file} importieren',
  'phonebook.import.rows':
    '{rows, plural, one {# Zeile} other {# Zeilen}}. Wählen Sie, welche Spalten was enthalten; die Vorschau zeigt die ersten Zeilen so, wie sie gelesen werden.',
  'phonebook.import.secondName': 'Zweite Namensspalte (optional)',
  'phonebook.import.numbers': 'Telefonnummern',
  'phonebook.import.numbersColumn': 'Nummern',
  'phonebook.import.vcardSkipped':
    '{contacts, plural, one {# Kontakt} other {# Kontakte}} mit Telefonnummer; {skipped} ohne werden ausgelassen.',
  'phonebook.import.vcard': '{contacts, plural, one {# Kontakt} other {# Kontakte}} mit Telefonnummer.',
  'phonebook.import.hasContacts': 'Das Telefonbuch enthält bereits Kontakte',
  'phonebook.import.addThese': 'Diese hinzufügen',
  'phonebook.import.replace': 'Durch diese ersetzen',
  'phonebook.import.import': 'Importieren',
  'phonebook.name': 'Name',
  'phonebook.save': 'Speichern',
};
