import { desktop } from './desktop';
import { phonebook } from './phonebook';
import { problems } from './problems';
import { screens } from './screens';

export const it = { ...screens, ...desktop, ...problems, ...phonebook };
export const parts = { screens, desktop, problems, phonebook };
