import { desktop } from './desktop';
import { phonebook } from './phonebook';
import { problems } from './problems';
import { screens } from './screens';

export const es = { ...screens, ...desktop, ...problems, ...phonebook };
export const parts = { screens, desktop, problems, phonebook };
