import type { history as english } from '../en/history';
import type { Messages } from '../types';

export const history: Messages<typeof english> = {
  'history.missed': 'Verpasst',
  'history.reading': 'Verlauf wird gelesen…',
  'history.noMatchYet': 'Noch keine passenden Anrufe.',
  'history.readingOlder':
    '{count, plural, one {# Anruf} other {# Anrufe}} bisher – ältere werden noch gelesen',
  'history.searchingRecent':
    '{count, plural, one {Der letzte Anruf wird durchsucht} other {Die letzten # Anrufe werden durchsucht}} – ältere werden noch gelesen',
  'history.actions': 'Aktionen',
  'history.actionsFor': 'Aktionen für {who}',
  'history.action.openCrm': 'CRM öffnen',
  'history.action.copyNumber': 'Nummer kopieren',
  'history.action.callBack': 'Zurückrufen',
  'history.action.addToPhonebook': 'Ins Telefonbuch aufnehmen',
  'history.copied': 'Kopiert',
  'history.rang': 'Klingeln {duration}',
  'history.whoFrom': '{who}, {source}',
};
