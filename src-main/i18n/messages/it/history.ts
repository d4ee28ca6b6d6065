import type { history as english } from '../en/history';
import type { Messages } from '../types';

export const history: Messages<typeof english> = {
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
  'history.whoFrom': '{who}, {source}',
};
