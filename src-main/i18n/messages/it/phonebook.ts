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
  'phonebook.refused.noDialog':
    'Questa app non può mostrare una finestra di scelta dei file qui, quindi non si possono importare file.',
  'phonebook.refused.notAFile': '{file} non è un file.',
  'phonebook.refused.tooLarge': '{file} supera {mb} MB; dividilo o esporta meno campi.',
  'phonebook.refused.unreadable': 'Non è stato possibile leggere {file} ({code}).',
  'phonebook.refused.noFilePicked': 'Scegli prima un file da importare.',
  'phonebook.refused.wouldBeTooMany':
    'La rubrica conterrebbe più di {max, number} contatti; sostituiscila invece di aggiungere, oppure importane meno.',
  'phonebook.refused.full': 'La rubrica contiene {max, number} contatti, il suo massimo.',
  'phonebook.refused.needsNumber': 'Inserisci almeno un numero di telefono.',
  'phonebook.refused.contactGone': 'Quel contatto non è più nella rubrica.',
  'phonebook.refused.noNumber': 'Questo chiamante non ha inviato alcun numero da aggiungere.',
  'phonebook.refused.readOnly': 'La rubrica non può essere modificata: {reason}',
  'phonebook.refused.readOnlyUnread':
    'La rubrica non può essere modificata: non è stato possibile leggere il suo file.',
  'phonebookStore.writeFailed':
    'Non è stato possibile salvare la rubrica in {path} ({code}). Verifica che il disco abbia spazio e che la cartella sia scrivibile; la modifica resta finché l’app non viene chiusa.',
  'phonebookStore.unreadable':
    'Non è stato possibile leggere la rubrica {path} ({code}), quindi i chiamanti non vi vengono cercati. Controlla i suoi permessi e riavvia l’app.',
  'phonebookStore.notJson':
    'Il file della rubrica era danneggiato (non è JSON valido), quindi la rubrica è vuota.',
  'phonebookStore.noList':
    'Il file della rubrica era danneggiato (non contiene un elenco di contatti), quindi la rubrica è vuota.',
  'phonebookStore.unknownFormat':
    'Il file della rubrica è in un formato che questa versione non conosce ({format}), quindi la rubrica è vuota.',
  'phonebookStore.setAside':
    '{why} Il vecchio file è stato conservato come {backup}; importalo di nuovo o ripristinalo.',
  'phonebookStore.notSetAside':
    '{why} Non è stato possibile spostare il file da parte, quindi la rubrica non può essere modificata finché non lo sarà: {path}.',
  'phonebookStore.someUnread':
    '{bad, plural, one {# voce della rubrica non è stata letta ed è esclusa} other {# voci della rubrica non sono state lette e sono escluse}}; il file com’era è conservato come {backup}.',
  'phonebookStore.someUnreadNoCopy':
    '{bad, plural, one {# voce della rubrica non è stata letta} other {# voci della rubrica non sono state lette}} e non è stato possibile farne una copia, quindi la rubrica non può essere modificata finché l’app non potrà scrivere in {folder}.',
};
