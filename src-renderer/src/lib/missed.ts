import type { CallView } from '../../../src-main/ipc/contract';
import { t } from './i18n.svelte';

/** "iSymphony Companion (3 missed)" while missed calls wait to be seen; the plain name otherwise. */
export function windowTitle(missed: number): string {
  return missed > 0 ? t('app.titleMissed', { count: missed }) : t('app.title');
}

/** The Missed section: the unseen calls, then those kept on screen since they were seen; newest first, once each. */
export function keepShown(unseen: readonly CallView[], kept: readonly CallView[]): readonly CallView[] {
  if (kept.length === 0) return unseen;
  const ids = new Set(unseen.map((call) => call.id));
  const merged = [...unseen, ...kept.filter((call) => !ids.has(call.id))];
  return merged.sort((a, b) => b.ringingSince - a.ringingSince);
}
