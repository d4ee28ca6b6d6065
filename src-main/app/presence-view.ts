/**
 * The user's presence as the screens and the tray show it, derived from the presence tracker's
 * state: each status with its label and colour, names and notes made display-safe (a colleague or
 * an admin may have typed them), and problems reduced to their code and sentence. Pure.
 */
import type { Problem } from '../common/result';
import type { PresenceStatus } from '../presence/presence-status';
import type { PresenceState } from '../presence/presence-tracker';
import { MAX_STATUS_NAME_LENGTH, MAX_STATUS_NOTE_LENGTH } from '../presence/status-limits';
import { appearanceOf, defaultStatusName, STATUS_APPEARANCE } from '../presence/status-types';
import { STATUS_TYPES } from '../protocol/events';
import type { PresenceView, StatusChoice, StatusView } from '../ipc/contract';
import { displayText } from './display-text';

export const UNKNOWN_PRESENCE: PresenceView = Object.freeze({
  kind: 'unknown',
  problem: null,
  dndFromPresence: false,
});

export const STATUS_CHOICES: readonly StatusChoice[] = Object.freeze(
  STATUS_TYPES.map((type) => {
    const look = STATUS_APPEARANCE[type];
    return Object.freeze({
      type,
      name: defaultStatusName(type),
      label: look.label,
      colour: look.colour,
      colourName: look.colourName,
    });
  }),
);

export function statusViewOf(status: PresenceStatus): StatusView {
  const look = appearanceOf(status.type);
  return {
    // A type is a short identifier on the wire; anything longer is not worth showing in full.
    type: displayText(status.type, 40) ?? 'unknown',
    name: displayText(status.name, MAX_STATUS_NAME_LENGTH) ?? look.label,
    note: displayText(status.note, MAX_STATUS_NOTE_LENGTH) ?? '',
    returnTime: status.returnTime,
    label: look.label,
    colour: look.colour,
    colourName: look.colourName,
  };
}

const problemOf = (p: Problem | undefined | null): Problem | null =>
  p ? { code: p.code, message: p.message, ...(p.text ? { text: p.text } : {}) } : null;

/**
 * `refusal` is a set the app refused before anything was sent (not connected, no user, a bad
 * request): the tracker never shows those, but the user who clicked must still read why.
 * `userUnknown`: the identity check found no such iSymphony user, and the status area says so; the
 * first status read's 404 would say it a second time, so it is left out (a change the user made
 * and the server refused still says why, at the control they used).
 */
export function presenceViewOf(
  state: PresenceState | null,
  refusal: Problem | null = null,
  userUnknown = false,
): PresenceView {
  if (state === null)
    return refusal ? { ...UNKNOWN_PRESENCE, problem: problemOf(refusal) } : UNKNOWN_PRESENCE;
  const saidAlready = userUnknown && state.kind === 'unknown' && state.problem?.code === 'not-found';
  const shown = (saidAlready ? null : problemOf(state.problem)) ?? problemOf(refusal);
  if (state.kind === 'unknown') return { kind: 'unknown', problem: shown, dndFromPresence: false };
  return {
    kind: 'known',
    status: statusViewOf(state.status),
    pending: state.pending ? statusViewOf(state.pending) : null,
    problem: shown,
    dndFromPresence: state.dndFromPresence,
  };
}

/** "Away: lunch", for the tray's first line and tooltips. */
export function statusText(status: StatusView): string {
  const note = status.note === '' ? '' : `: ${status.note}`;
  return `${status.name}${note}`;
}
