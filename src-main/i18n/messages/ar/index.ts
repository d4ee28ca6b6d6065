import { desktop } from './desktop';
import { problems } from './problems';
import { screens } from './screens';

export const ar = { ...screens, ...desktop, ...problems };
export const parts = { screens, desktop, problems };
