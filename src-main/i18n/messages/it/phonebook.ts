import type { phonebook as english } from '../en/phonebook';
import type { Messages } from '../types';

export const phonebook: Messages<typeof english> = {
  'phonebook.deleted': '{who} eliminato.',
  'phonebook.deletedUnnamed': 'Contatto eliminato.',
  'phonebook.searchLabel': 'Cerca contatti per nome, azienda o numero',
  'phonebook.searchPlaceholder': 'Cerca nome, azienda o numero',
  'phonebook.add': 'Aggiungi contatto',
  'phonebook.importFile': 'Importa file…',
  'phonebook.importedSkipped':
    '{imported, plural, one {# contatto importato} other {# contatti importati}}, {skipped, plural, one {# senza numero escluso} other {# senza numero esclusi}}.',
  'phonebook.imported': '{imported, plural, one {# contatto importato} other {# contatti importati}}.',
  'phonebook.saved': 'Contatto salvato.',
  'phonebook.contacts': 'Contatti',
  'phonebook.noName': '(senza nome)',
  'phonebook.editWho': 'Modifica {who}',
  'phonebook.edit': 'Modifica',
  'phonebook.deleteWho': 'Elimina {who}',
  'phonebook.delete': 'Elimina',
  'phonebook.noMatch': 'Nessun contatto corrisponde.',
  'phonebook.empty':
    'Ancora nessun contatto. Importa un file CSV o vCard, oppure aggiungi i chiamanti dalla loro scheda.',
  'phonebook.showMore': 'Mostra altri',
  'phonebook.countMatch':
    '{count, plural, one {# contatto corrisponde} other {# contatti corrispondono}}, su {all, number}',
  'phonebook.count': '{count, plural, one {# contatto} other {# contatti}}',
  'phonebook.editTitle': 'Modifica contatto',
  'phonebook.company': 'Azienda',
  'phonebook.numbers': 'Numeri di telefono, uno per riga',
  'phonebook.import.column': 'Colonna {n}',
  'phonebook.import.none': '(nessuna)',
  'phonebook.import.title': 'Importa {file}',
  'phonebook.import.rows':
    '{rows, plural, one {# riga} other {# righe}}. Scegli cosa contiene ogni colonna; l’anteprima mostra le prime righe come verranno lette.',
  'phonebook.import.secondName': 'Seconda colonna del nome (facoltativa)',
  'phonebook.import.numbers': 'Numeri di telefono',
  'phonebook.import.numbersColumn': 'Numeri',
  'phonebook.import.vcardSkipped':
    '{contacts, plural, one {# contatto} other {# contatti}} con un numero di telefono; {skipped} senza verranno esclusi.',
  'phonebook.import.vcard':
    '{contacts, plural, one {# contatto} other {# contatti}} con un numero di telefono.',
  'phonebook.import.hasContacts': 'La rubrica contiene già dei contatti',
  'phonebook.import.addThese': 'Aggiungi questi',
  'phonebook.import.replace': 'Sostituiscila con questi',
  'phonebook.import.import': 'Importa',
  'phonebook.name': 'Nome',
  'phonebook.save': 'Salva',
};
