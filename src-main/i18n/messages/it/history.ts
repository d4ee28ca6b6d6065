import type { history as english } from '../en/history';
import type { Messages } from '../types';

export const history: Messages<typeof english> = {
  'history.numberCopied': 'Numero copiato.',
  'history.addedToPhonebook': 'Aggiunto alla rubrica.',
  'history.cleared': 'Cronologia cancellata.',
  'history.title': 'Cronologia',
  'history.searchLabel': 'Cerca chiamate per nome o numero',
  'history.searchPlaceholder': 'Cerca nome o numero',
  'history.missedOnly': 'Solo perse',
  'history.clearEllipsis': 'Cancella cronologia…',
  'history.noMatch': 'Nessuna chiamata corrisponde.',
  'history.empty': 'Ancora nessuna chiamata. Le chiamate che ricevi compariranno qui.',
  'history.listLabel': 'Cronologia chiamate',
  'history.count': '{count, plural, one {# chiamata} other {# chiamate}}',
  'history.clearTitle': 'Cancellare la cronologia chiamate?',
  'history.clearText':
    'Questo rimuove da questo computer tutte le chiamate memorizzate. Non si può annullare.',
  'history.clear': 'Cancella cronologia',
  'history.calledBack': 'Richiamato {when}',
  'history.ringTime': 'Durata degli squilli',
  'history.talkTime': 'Durata della conversazione',
  'history.talked': 'Conversazione {talked}',
  'history.missed': 'Perse',
  'history.reading': 'Lettura della cronologia…',
  'history.noMatchYet': 'Ancora nessuna chiamata corrisponde.',
  'history.readingOlder':
    '{count, plural, one {# chiamata} other {# chiamate}} finora — lettura delle più vecchie in corso',
  'history.searchingRecent':
    '{count, plural, one {Ricerca nell’ultima chiamata} other {Ricerca nelle ultime # chiamate}} — lettura delle più vecchie in corso',
  'history.actions': 'Azioni',
  'history.actionsFor': 'Azioni per {who}',
  'history.action.openCrm': 'Apri CRM',
  'history.action.copyNumber': 'Copia numero',
  'history.action.callBack': 'Richiama',
  'history.action.addToPhonebook': 'Aggiungi alla rubrica',
  'history.copied': 'Copiato',
  'history.rang': 'Squilli {duration}',
  'history.company': ', {company}',
  'history.whoFrom': '{who}, {source}',
};
