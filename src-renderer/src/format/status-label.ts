import type { StatusType } from '../../../src-main/ipc/contract';
import type { MessageKey } from '../../../src-main/i18n/catalogues';

/** Each presence type's name in the catalogue (the server's own status names are shown as they come). */
export const STATUS_LABELS: Readonly<Record<StatusType, MessageKey>> = {
  available: 'presence.type.available',
  unavailable: 'presence.type.unavailable',
  away: 'presence.type.away',
  xa: 'presence.type.xa',
  dnd: 'presence.type.dnd',
  chat: 'presence.type.chat',
  altblue: 'presence.type.altblue',
  altgreen: 'presence.type.altgreen',
  altpink: 'presence.type.altpink',
  altpurple: 'presence.type.altpurple',
  altred: 'presence.type.altred',
};
