import { capString, DEFAULT_LIMITS } from '../protocol/limits';
import type { Contact } from './types';

/** At most this many numbers of one contact are kept (a real card has a handful). */
export const MAX_NUMBERS_PER_CONTACT = 16;

/**
 * Names and companies get the decoder's cap for caller-ID names and numbers its cap for caller-ID
 * numbers: a phonebook entry is as untrusted as a caller ID and goes the same way after this
 * (display-safe text in the app, \u escapes on the command line).
 */
export function capText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : capString(trimmed, DEFAULT_LIMITS.maxCallerIdNameLength);
}

export function capNumber(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : capString(trimmed, DEFAULT_LIMITS.maxCallerIdNumberLength);
}

/** A contact with its text capped and its empty numbers dropped; null when no number is left. */
export function contactOf(
  name: string | null | undefined,
  company: string | null | undefined,
  numbers: readonly string[],
): Contact | null {
  const kept: string[] = [];
  for (const raw of numbers) {
    const number = capNumber(raw);
    if (number !== null && !kept.includes(number)) kept.push(number);
    if (kept.length >= MAX_NUMBERS_PER_CONTACT) break;
  }
  if (kept.length === 0) return null;
  return { name: capText(name), company: capText(company), numbers: kept };
}
