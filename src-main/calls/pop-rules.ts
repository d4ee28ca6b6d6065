import type { CallDirection, PopSuppression } from './types';

export interface PopInput {
  readonly direction: CallDirection;
  readonly internal: boolean;
  /** This caller segment already popped for me and the call did not come back by a transfer. */
  readonly alreadyPopped: boolean;
  readonly popInternal: boolean;
  readonly dnd: boolean;
}

export interface PopOutcome {
  readonly pop: boolean;
  readonly popSuppressed: PopSuppression;
}

const POPS: PopOutcome = Object.freeze({ pop: true, popSuppressed: null });
const outcomes = new Map<Exclude<PopSuppression, null>, PopOutcome>();
function suppressed(reason: Exclude<PopSuppression, null>): PopOutcome {
  let outcome = outcomes.get(reason);
  if (!outcome) outcomes.set(reason, (outcome = Object.freeze({ pop: false, popSuppressed: reason })));
  return outcome;
}

/**
 * Whether a call pops, decided once when it first concerns me. The lasting reasons come before
 * do-not-disturb, so that "suppressed by dnd" is only said of a call that would pop without it.
 */
export function decidePop(input: PopInput): PopOutcome {
  if (input.direction === 'outbound') return suppressed('outbound');
  if (input.alreadyPopped) return suppressed('already-popped');
  if (input.internal && !input.popInternal) return suppressed('internal');
  if (input.dnd) return suppressed('dnd');
  return POPS;
}
