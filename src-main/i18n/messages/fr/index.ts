import { desktop } from './desktop';
import { problems } from './problems';
import { screens } from './screens';

export const fr = { ...screens, ...desktop, ...problems };
export const parts = { screens, desktop, problems };
