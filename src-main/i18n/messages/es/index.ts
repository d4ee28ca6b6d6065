import { desktop } from './desktop';
import { problems } from './problems';
import { screens } from './screens';

export const es = { ...screens, ...desktop, ...problems };
export const parts = { screens, desktop, problems };
