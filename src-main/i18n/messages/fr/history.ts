import type { history as english } from '../en/history';
import type { Messages } from '../types';

export const history: Messages<typeof english> = {
  'history.numberCopied': 'Numéro copié.',
  'history.addedToPhonebook': 'Ajouté à l’annuaire.',
  'history.cleared': 'Historique effacé.',
  'history.title': 'Historique',
  'history.searchLabel': 'Rechercher des appels par nom ou numéro',
  'history.searchPlaceholder': 'Rechercher un nom ou un numéro',
  'history.missedOnly': 'Manqués seulement',
  'history.clearEllipsis': 'Effacer l’historique…',
  'history.noMatch': 'Aucun appel ne correspond.',
  'history.empty': 'Aucun appel pour l’instant. Les appels que vous recevez s’afficheront ici.',
  'history.listLabel': 'Historique des appels',
  'history.count': '{count, plural, one {# appel} other {# appels}}',
  'history.clearTitle': 'Effacer l’historique des appels ?',
  'history.clearText':
    'Tous les appels mémorisés seront supprimés de cet ordinateur. Cette action est irréversible.',
  'history.clear': 'Effacer l’historique',
  'history.calledBack': 'Rappelé {when}',
  'history.ringTime': 'Durée de sonnerie',
  'history.talkTime': 'Durée de conversation',
  'history.talked': 'Conversation {talked}',
  'history.missed': 'Manqués',
  'history.reading': 'Lecture de l’historique…',
  'history.noMatchYet': 'Aucun appel ne correspond pour l’instant.',
  'history.readingOlder':
    '{count, plural, one {# appel} other {# appels}} pour l’instant — lecture des plus anciens en cours',
  'history.searchingRecent':
    '{count, plural, one {Recherche dans le dernier appel} other {Recherche dans les # derniers appels}} — lecture des plus anciens en cours',
  'history.actions': 'Actions',
  'history.actionsFor': 'Actions pour {who}',
  'history.action.openCrm': 'Ouvrir le CRM',
  'history.action.copyNumber': 'Copier le numéro',
  'history.action.callBack': 'Rappeler',
  'history.action.addToPhonebook': 'Ajouter à l’annuaire',
  'history.copied': 'Copié',
  'history.rang': 'Sonnerie {duration}',
  'history.company': ', {company}',
  'history.whoFrom': '{who}, {source}',
};
