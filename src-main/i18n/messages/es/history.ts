import type { history as english } from '../en/history';
import type { Messages } from '../types';

export const history: Messages<typeof english> = {
  'history.missed': 'Perdidas',
  'history.reading': 'Leyendo el historial…',
  'history.noMatchYet': 'Todavía ninguna llamada coincide.',
  'history.readingOlder':
    '{count, plural, one {# llamada} other {# llamadas}} por ahora — aún se están leyendo las más antiguas',
  'history.searchingRecent':
    '{count, plural, one {Buscando en la última llamada} other {Buscando en las últimas # llamadas}} — aún se están leyendo las más antiguas',
  'history.actions': 'Acciones',
  'history.actionsFor': 'Acciones para {who}',
  'history.action.openCrm': 'Abrir CRM',
  'history.action.copyNumber': 'Copiar número',
  'history.action.callBack': 'Devolver la llamada',
  'history.action.addToPhonebook': 'Añadir a la agenda',
  'history.copied': 'Copiado',
  'history.rang': 'Timbre {duration}',
  'history.whoFrom': '{who}, {source}',
};
