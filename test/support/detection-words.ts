/**
 * A detection result as a person reads it: its messages said in one language (English unless
 * asked), so tests compare sentences, not message references.
 */
import type { Language } from '../../src-main/i18n/languages';
import { resolveLocale } from '../../src-main/i18n/languages';
import type { MessageRef } from '../../src-main/i18n/message-ref';
import { translatorFor } from '../../src-main/i18n/translator';
import type { DetectionView } from '../../src-main/ipc/contract';

type Result = Extract<DetectionView, { kind: 'result' }>;

export interface SaidDetection {
  readonly confidence: Result['confidence'];
  readonly headline: string;
  readonly lines: readonly { readonly label: string; readonly value: string; readonly decided: boolean }[];
  readonly evidence: readonly string[];
  readonly canApply: boolean;
  readonly applied: boolean;
}

export function saidDetection(view: Result, language: Language = 'en'): SaidDetection {
  const { t } = translatorFor(resolveLocale(language, 'locale', []));
  const say = (ref: MessageRef): string => t(ref.key, ref.values);
  return {
    confidence: view.confidence,
    headline: say(view.headline),
    lines: view.lines.map((l) => ({ label: say(l.label), value: say(l.value), decided: l.decided })),
    evidence: view.evidence.map(say),
    canApply: view.canApply,
    applied: view.applied,
  };
}
