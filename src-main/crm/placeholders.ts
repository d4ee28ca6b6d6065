import type { CountryCode } from 'libphonenumber-js/max';
import { toE164 } from './phone-number';
import type { LinkCall } from './types';

/** Every placeholder a template may use, in the order the docs list them. */
export const PLACEHOLDERS = [
  'number',
  'e164',
  'name',
  'did',
  'extension',
  'username',
  'callId',
  'time',
] as const;

export type PlaceholderName = (typeof PLACEHOLDERS)[number];

export function isPlaceholderName(word: string): word is PlaceholderName {
  return (PLACEHOLDERS as readonly string[]).includes(word);
}

/**
 * Caps on each value, in code points, taken before encoding. Caller ID is typed by whoever calls;
 * a 10 kB "name" must not become a 30 kB URL. The caps are far above any real name or number.
 */
export const VALUE_CAPS: Readonly<Record<PlaceholderName, number>> = {
  number: 64,
  e164: 16,
  name: 200,
  did: 64,
  extension: 32,
  username: 128,
  callId: 128,
  time: 32,
};

function cap(value: string | null, limit: number): string {
  if (value === null) return '';
  if (value.length <= limit) return value;
  // Cut on code points so an emoji or other astral character is never split in half.
  return Array.from(value).slice(0, limit).join('');
}

function isoTime(ms: number): string {
  // Date accepts ±8.64e15 ms; outside that toISOString would throw.
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : '';
}

/** The raw (unencoded, capped) value of every placeholder for one call. */
export function placeholderValues(
  call: LinkCall,
  country: CountryCode | null,
): Readonly<Record<PlaceholderName, string>> {
  const number = cap(call.number, VALUE_CAPS.number);
  return {
    number,
    e164: toE164(number, country),
    name: cap(call.name, VALUE_CAPS.name),
    did: cap(call.did, VALUE_CAPS.did),
    extension: cap(call.extension, VALUE_CAPS.extension),
    username: cap(call.username, VALUE_CAPS.username),
    callId: cap(call.callId, VALUE_CAPS.callId),
    time: isoTime(call.time),
  };
}
