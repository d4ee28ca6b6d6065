import type { history as english } from '../en/history';
import type { Messages } from '../types';

export const history: Messages<typeof english> = {
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
  'history.whoFrom': '{who}, {source}',
};
