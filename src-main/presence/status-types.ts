/**
 * The eleven iSymphony presence types (protocol notes §3.1) as people see them: a label, which is
 * also the name sent when the user gives none, and a colour. Pure data, shared by the tray, the
 * window and the command line.
 */
import { STATUS_TYPES, type StatusType } from '../protocol/events';

export interface StatusAppearance {
  /** How the type is named to people, and the default status name for it. */
  readonly label: string;
  /** A colour word for text and accessibility labels ("green"). */
  readonly colourName: string;
  /** The dot's colour, `#rrggbb`. */
  readonly colour: string;
}

export const STATUS_APPEARANCE: Readonly<Record<StatusType, StatusAppearance>> = Object.freeze({
  available: { label: 'Available', colourName: 'green', colour: '#2e9e44' },
  unavailable: { label: 'Unavailable', colourName: 'grey', colour: '#8a8886' },
  away: { label: 'Away', colourName: 'amber', colour: '#f2a60d' },
  // "xa" is XMPP's extended away; iSymphony's preset for it is "Out of Office".
  xa: { label: 'Out of Office', colourName: 'purple', colour: '#8764b8' },
  dnd: { label: 'Do Not Disturb', colourName: 'red', colour: '#d13438' },
  chat: { label: 'Free for Chat', colourName: 'blue', colour: '#0078d4' },
  altblue: { label: 'Blue', colourName: 'blue', colour: '#4f8fe6' },
  altgreen: { label: 'Green', colourName: 'green', colour: '#6bb700' },
  altpink: { label: 'Pink', colourName: 'pink', colour: '#e3008c' },
  altpurple: { label: 'Purple', colourName: 'purple', colour: '#6b2fa0' },
  altred: { label: 'Red', colourName: 'red', colour: '#a4262c' },
});

/** A type a newer server may send that this app does not know: shown, never guessed at. */
export const UNKNOWN_APPEARANCE: StatusAppearance = Object.freeze({
  label: 'Other status',
  colourName: 'grey',
  colour: '#a19f9d',
});

export function isStatusType(value: string): value is StatusType {
  return (STATUS_TYPES as readonly string[]).includes(value);
}

export function appearanceOf(type: string): StatusAppearance {
  return isStatusType(type) ? STATUS_APPEARANCE[type] : UNKNOWN_APPEARANCE;
}

/** The name to show or send when the server's (or the user's) name is missing or blank. */
export function defaultStatusName(type: string): string {
  return appearanceOf(type).label;
}

/** For messages: "available, unavailable, away, …". */
export const STATUS_TYPE_LIST = STATUS_TYPES.join(', ');
