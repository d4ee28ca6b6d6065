/**
 * The optional "back at" time of a status, between an `<input type="datetime-local">` (local wall
 * time, "2030-01-31T14:00") and ms since the epoch. Pure; the time zone is the browser's.
 */
import type { Formats } from '../../../src-main/i18n/formats';
import type { Say } from '../../../src-main/i18n/translator';

/** The input's value for an instant, or "" for none. */
export function returnTimeInput(at: number | null): string {
  if (at === null) return '';
  const d = new Date(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

export type ReturnTimeRead =
  { readonly ok: true; readonly value: number | null } | { readonly ok: false; readonly message: string };

/** What the user typed: empty is none; otherwise a complete local date and time, after `now`. */
export function readReturnTime(value: string, now: number, say: Say): ReturnTimeRead {
  if (value.trim() === '') return { ok: true, value: null };
  const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value) ? new Date(value).getTime() : NaN;
  if (!Number.isFinite(at)) return { ok: false, message: say('presence.back.incomplete') };
  if (at <= now) return { ok: false, message: say('presence.back.past') };
  return { ok: true, value: at };
}

/** "back 14:00", "back Fri 31 Jan 14:00", for the status line. */
export function returnTimeText(at: number, now: number, say: Say, formats: Formats): string {
  const when = formats.sameDay(at, now) ? formats.time(at) : formats.dayTime(at);
  return say('presence.back.at', { when });
}
