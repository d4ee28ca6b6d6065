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
  'phonebook.refused.noDialog':
    'Diese App kann hier kein Dateifenster zeigen, daher lassen sich keine Dateien importieren.',
  'phonebook.refused.notAFile': '{file} ist keine Datei.',
  'phonebook.refused.tooLarge':
    '{file} ist größer als {mb} MB; teilen Sie die Datei oder exportieren Sie weniger Felder.',
  'phonebook.refused.unreadable': '{file} konnte nicht gelesen werden ({code}).',
  'phonebook.refused.noFilePicked': 'Wählen Sie zuerst eine Datei zum Importieren.',
  'phonebook.refused.wouldBeTooMany':
    'Das Telefonbuch hätte mehr als {max, number} Kontakte; ersetzen Sie es, statt hinzuzufügen, oder importieren Sie weniger.',
  'phonebook.refused.full': 'Das Telefonbuch enthält {max, number} Kontakte, mehr geht nicht.',
  'phonebook.refused.needsNumber': 'Geben Sie mindestens eine Telefonnummer ein.',
  'phonebook.refused.contactGone': 'Dieser Kontakt ist nicht mehr im Telefonbuch.',
  'phonebook.refused.noNumber': 'Dieser Anrufer hat keine Nummer übermittelt, die sich hinzufügen ließe.',
  'phonebook.refused.readOnly': 'Das Telefonbuch kann nicht geändert werden: {reason}',
  'phonebook.refused.readOnlyUnread':
    'Das Telefonbuch kann nicht geändert werden: Seine Datei konnte nicht gelesen werden.',
  'phonebookStore.writeFailed':
    'Das Telefonbuch konnte nicht in {path} gespeichert werden ({code}). Prüfen Sie, ob auf dem Datenträger Platz ist und der Ordner beschreibbar ist; die Änderung bleibt erhalten, bis die App beendet wird.',
  'phonebookStore.unreadable':
    'Das Telefonbuch {path} konnte nicht gelesen werden ({code}), daher werden Anrufer nicht darin gesucht. Prüfen Sie seine Berechtigungen und starten Sie die App neu.',
  'phonebookStore.notJson':
    'Die Telefonbuchdatei war beschädigt (sie ist kein gültiges JSON), daher ist das Telefonbuch leer.',
  'phonebookStore.noList':
    'Die Telefonbuchdatei war beschädigt (sie enthält keine Kontaktliste), daher ist das Telefonbuch leer.',
  'phonebookStore.unknownFormat':
    'Die Telefonbuchdatei hat ein Format, das diese Version nicht kennt ({format}), daher ist das Telefonbuch leer.',
  'phonebookStore.setAside':
    '{why} Die alte Datei wurde als {backup} aufbewahrt; importieren Sie sie erneut oder stellen Sie sie wieder her.',
  'phonebookStore.notSetAside':
    '{why} Die Datei konnte nicht beiseitegelegt werden, daher kann das Telefonbuch erst geändert werden, wenn das geschehen ist: {path}.',
  'phonebookStore.someUnread':
    '{bad, plural, one {# Eintrag des Telefonbuchs konnte nicht gelesen werden und fehlt} other {# Einträge des Telefonbuchs konnten nicht gelesen werden und fehlen}}; die Datei wurde unverändert als {backup} aufbewahrt.',
  'phonebookStore.someUnreadNoCopy':
    '{bad, plural, one {# Eintrag des Telefonbuchs konnte} other {# Einträge des Telefonbuchs konnten}} nicht gelesen werden, und es ließ sich keine Kopie der Datei anlegen, daher kann das Telefonbuch erst geändert werden, wenn die App in {folder} schreiben kann.',
};
