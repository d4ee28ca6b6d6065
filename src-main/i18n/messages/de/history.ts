import type { history as english } from '../en/history';
import type { Messages } from '../types';

export const history: Messages<typeof english> = {
  'history.numberCopied': 'Nummer kopiert.',
  'history.addedToPhonebook': 'Ins Telefonbuch aufgenommen.',
  'history.cleared': 'Verlauf gelöscht.',
  'history.title': 'Verlauf',
  'history.searchLabel': 'Anrufe nach Name oder Nummer durchsuchen',
  'history.searchPlaceholder': 'Name oder Nummer suchen',
  'history.missedOnly': 'Nur verpasste',
  'history.clearEllipsis': 'Verlauf löschen…',
  'history.noMatch': 'Keine passenden Anrufe.',
  'history.empty': 'Noch keine Anrufe. Anrufe, die Sie erhalten, erscheinen hier.',
  'history.listLabel': 'Anrufverlauf',
  'history.count': '{count, plural, one {# Anruf} other {# Anrufe}}',
  'history.clearTitle': 'Anrufverlauf löschen?',
  'history.clearText':
    'Dadurch werden alle gespeicherten Anrufe von diesem Computer entfernt. Das lässt sich nicht rückgängig machen.',
  'history.clear': 'Verlauf löschen',
  'history.calledBack': 'Zurückgerufen {when}',
  'history.ringTime': 'Klingeldauer',
  'history.talkTime': 'Gesprächsdauer',
  'history.talked': 'Gespräch {talked}',
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
  'history.company': ', {company}',
  'history.whoFrom': '{who}, {source}',
};
