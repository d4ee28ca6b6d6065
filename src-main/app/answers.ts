/**
 * The two answers every part of the Companion gives most: "done" and "refused, because…".
 */
import { problem, type Problem } from '../common/result';
import { problemSaid } from '../i18n/english';
import { textOf, type MessageRef } from '../i18n/message-ref';
import type { Answer, FieldProblem } from '../ipc/contract';

export const OK_NULL: Answer<null> = Object.freeze({ ok: true, value: null });

export function fail(code: string, message: string): { ok: false; error: Problem } {
  return { ok: false, error: problem(code, message) };
}

/**
 * Refused with a catalogue sentence: English in the problem's `message` (the command line, logs),
 * its reference in `text`, so the windows say it in the chosen language.
 */
export function failSaid(...said: Parameters<typeof problemSaid>): { ok: false; error: Problem } {
  return { ok: false, error: problemSaid(...said) };
}

interface SaidField {
  readonly path: string;
  readonly message: string;
  readonly text?: MessageRef;
}

/**
 * Refused with a problem per field (settings that did not validate, a file that did not import): the
 * English sentences and their catalogue references, so the window says them in the chosen language.
 */
export function failFields(refusal: {
  readonly code: string;
  readonly message: string;
  readonly text?: MessageRef;
  readonly fields: readonly SaidField[];
}): { ok: false; error: Problem; fields: FieldProblem[] } {
  return {
    ok: false,
    error: { code: refusal.code, message: refusal.message, ...textOf(refusal) },
    fields: refusal.fields.map((f) => ({ path: f.path, message: f.message, ...textOf(f) })),
  };
}
