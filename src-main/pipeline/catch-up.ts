import type { Result } from '../common/result';
import type { LiveApiProblem } from '../live-api/client';
import type { LiveCallSegment } from '../live-api/shapes';

/** What the catch-up needs of the Live REST API (`LiveApiClient` fits). */
export interface CallSegmentSource {
  getExtensionCallSegments(extensionNumber: string): Promise<Result<LiveCallSegment[], LiveApiProblem>>;
}

export type CatchUpOutcome =
  | { readonly kind: 'listed'; readonly segments: ReadonlySet<string> }
  | { readonly kind: 'no-extensions' }
  | { readonly kind: 'rest-failed'; readonly extension: string; readonly problem: LiveApiProblem };

/**
 * The call segments in progress on my extensions, as the Live REST API lists them after a gap.
 * One failed extension makes the whole answer unknown: a partial list would close calls that are
 * still going on the extensions that could not be asked.
 */
export async function collectCallSegments(
  source: CallSegmentSource,
  extensions: readonly string[],
): Promise<CatchUpOutcome> {
  if (extensions.length === 0) return { kind: 'no-extensions' };
  const answers = await Promise.all(
    extensions.map(async (extension) => ({
      extension,
      answer: await source.getExtensionCallSegments(extension),
    })),
  );
  const segments = new Set<string>();
  for (const { extension, answer } of answers) {
    if (!answer.ok) return { kind: 'rest-failed', extension, problem: answer.error };
    for (const segment of answer.value) segments.add(segment.id);
  }
  return { kind: 'listed', segments };
}

/** The argument `CallTracker.reconcile` takes: the ids, or null when they could not be known. */
export function reconcileInput(outcome: CatchUpOutcome): ReadonlySet<string> | null {
  return outcome.kind === 'listed' ? outcome.segments : null;
}
