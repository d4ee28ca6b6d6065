import { actions } from './actions';
import { calls } from './calls';
import { checks } from './checks';
import { crm } from './crm';
import { desktop } from './desktop';
import { detection } from './detection';
import { history } from './history';
import { lookup } from './lookup';
import { phonebook } from './phonebook';
import { problems } from './problems';
import { screens } from './screens';
import { settings } from './settings';
import { validation } from './validation';
import { joinParts } from '../types';

export const parts = {
  screens,
  settings,
  desktop,
  problems,
  validation,
  phonebook,
  history,
  calls,
  detection,
  lookup,
  crm,
  checks,
  actions,
};
export const de = joinParts(parts);
