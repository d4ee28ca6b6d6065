/**
 * The two answers every part of the Companion gives most: "done" and "refused, because…".
 */
import { problem, type Problem } from '../common/result';
import type { Answer } from '../ipc/contract';

export const OK_NULL: Answer<null> = Object.freeze({ ok: true, value: null });

export function fail(code: string, message: string): { ok: false; error: Problem } {
  return { ok: false, error: problem(code, message) };
}
