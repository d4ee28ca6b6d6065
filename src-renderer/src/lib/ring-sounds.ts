/** The built-in ring sounds (made by `npm run sounds`, build/make-ring-sounds.mjs), as the build serves them. */
import type { RingView } from '../../../src-main/ipc/contract';
import bell from '../sounds/bell.wav';
import chime from '../sounds/chime.wav';
import pulse from '../sounds/pulse.wav';

export const RING_SOUND_FILES: Readonly<Record<RingView['sound'], string>> = { chime, bell, pulse };
