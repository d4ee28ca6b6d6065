import { desktop } from './desktop';
import { phonebook } from './phonebook';
import { problems } from './problems';
import { screens } from './screens';
import { settings } from './settings';

export const es = { ...screens, ...settings, ...desktop, ...problems, ...phonebook };
export const parts = { screens, settings, desktop, problems, phonebook };
