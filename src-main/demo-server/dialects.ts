/**
 * Dialects the demo server can speak: protocol profiles a real server might use instead of this
 * project's model (protocol notes §3.2). `foreign` renames every event type and the party
 * fields, and puts the caller in suffix 2, so discovery can be tested against a server whose
 * vocabulary the client does not know in advance.
 */
import { resolveProfile, type ProtocolProfile, type ProtocolProfileOverrides } from '../protocol/profile';

export const DIALECT_NAMES = ['standard', 'foreign'] as const;
export type DialectName = (typeof DIALECT_NAMES)[number];

export const DIALECTS: Readonly<Record<DialectName, ProtocolProfileOverrides>> = Object.freeze({
  standard: Object.freeze({}),
  foreign: Object.freeze({
    eventTypes: Object.freeze({
      dial: 'CallRinging',
      link: 'CallConnected',
      linkEnd: 'CallDisconnected',
      hangup: 'ChannelClosed',
      userLogin: 'SessionStarted',
      userLogout: 'SessionEnded',
      userStatus: 'PresenceChanged',
      agentLogin: 'QueueMemberAdded',
      agentLogout: 'QueueMemberRemoved',
      confRoomCallLeave: 'ConferenceLeft',
    }),
    callerSuffix: '2',
    fieldNames: Object.freeze({
      callerIdName: 'cidName',
      callerIdNumber: 'cidNum',
      did: 'dialedNumber',
      extensionNumber: 'exten',
      username: 'user',
      callSegmentId: 'channelId',
    }),
  }),
});

export function isDialectName(name: string): name is DialectName {
  return (DIALECT_NAMES as readonly string[]).includes(name);
}

/** The resolved profile a dialect speaks. */
export function dialectProfile(name: DialectName): ProtocolProfile {
  const resolved = resolveProfile(DIALECTS[name]);
  // The table above is fixed; a profile it cannot resolve is a bug in this file.
  if (!resolved.ok) throw new Error(`The ${name} dialect is not a valid profile: ${resolved.error.message}`);
  return resolved.value;
}
