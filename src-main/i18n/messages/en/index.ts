import { desktop } from './desktop';
import { history } from './history';
import { phonebook } from './phonebook';
import { problems } from './problems';
import { screens } from './screens';
import { settings } from './settings';
import { validation } from './validation';

/** The English catalogue: the source of every key (test/unit/i18n-catalogues.test.ts checks the parts share none). */
export const en = {
  ...screens,
  ...settings,
  ...desktop,
  ...problems,
  ...validation,
  ...phonebook,
  ...history,
};
export const parts = { screens, settings, desktop, problems, validation, phonebook, history };
