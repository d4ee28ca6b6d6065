import { STATUS_TYPES, type IsymphonyEvent, type Segment, type StatusType } from '../protocol/events';

/**
 * What the demo PBX knows: its core server, users with their extensions, each user's status,
 * and the call segments in progress. It learns calls from the very events it sends
 * (`apply`), so whatever reaches the websocket — a scenario or a test's `emitEvent` — is
 * what the Live REST API reports.
 */

export interface DemoUser {
  readonly username: string;
  readonly displayName: string;
  /** The extension number bound to this user. */
  readonly extension: string;
}

export const DEFAULT_USERS: readonly DemoUser[] = Object.freeze([
  { username: '4224', displayName: 'Michael Young', extension: '4224' },
  { username: '4225', displayName: 'Dana Scott', extension: '4225' },
  { username: '4226', displayName: 'Priya Natarajan', extension: '4226' },
  { username: '4227', displayName: 'Sam Okafor', extension: '4227' },
]);

export interface WorldUser {
  readonly id: string;
  readonly configurationId: string;
  readonly permissionId: string;
  readonly username: string;
  readonly displayName: string;
  readonly extension: WorldExtension;
}

export interface WorldExtension {
  readonly id: string;
  readonly configurationId: string;
  readonly permissionId: string;
  readonly number: string;
  readonly displayName: string;
}

export interface WorldStatus {
  readonly id: string;
  readonly configurationId: string;
  readonly name: string;
  readonly type: StatusType;
  readonly note: string;
  readonly returnTime: number;
  readonly userCreated: boolean;
}

/** A call segment in progress, as the Live REST API reports it. */
export interface LiveSegment {
  readonly id: string;
  readonly type: 'INTERNAL' | 'EXTERNAL';
  readonly callerId: { readonly id: string; readonly name: string | null; readonly number: string | null };
  readonly did: string | null;
  readonly onHold: boolean;
  readonly recording: boolean;
  /** True while the segment is being dialled (ringing), false once answered or when it placed the call. */
  readonly incoming: boolean;
  /** Not part of the REST shape: which extension the segment belongs to, for `extensions/{…}/callSegments`. */
  readonly extensionId: string | null;
}

/** Presets a user picks from a list; a status with any other name or type counts as typed by the user. */
export const PRESET_STATUSES: readonly { readonly name: string; readonly type: StatusType }[] = Object.freeze(
  [
    { name: 'Available', type: 'available' },
    { name: 'Unavailable', type: 'unavailable' },
    { name: 'Away', type: 'away' },
    { name: 'Out of Office', type: 'xa' },
    { name: 'Do Not Disturb', type: 'dnd' },
    { name: 'Free for Chat', type: 'chat' },
  ],
);

export function isPreset(name: string, type: StatusType): boolean {
  return PRESET_STATUSES.some((p) => p.name === name && p.type === type);
}

export class World {
  readonly coreServerId: string;
  readonly coreServerName = 'default';
  private readonly usersByName = new Map<string, WorldUser>();
  private readonly statuses = new Map<string, WorldStatus>();
  private readonly segments = new Map<string, LiveSegment>();
  private readonly logins = new Map<string, string>();
  private readonly queues = new Map<string, string>();
  private readonly agents = new Map<string, string>();

  constructor(
    users: readonly DemoUser[],
    private readonly newId: () => string,
  ) {
    this.coreServerId = newId();
    for (const user of users) {
      if (this.usersByName.has(user.username)) continue;
      const extension: WorldExtension = {
        id: newId(),
        configurationId: newId(),
        permissionId: newId(),
        number: user.extension,
        displayName: user.displayName,
      };
      const record: WorldUser = {
        id: newId(),
        configurationId: newId(),
        permissionId: newId(),
        username: user.username,
        displayName: user.displayName,
        extension,
      };
      this.usersByName.set(user.username, record);
      this.statuses.set(record.id, {
        id: newId(),
        configurationId: newId(),
        name: 'Available',
        type: 'available',
        note: '',
        returnTime: -1,
        userCreated: false,
      });
    }
  }

  users(): readonly WorldUser[] {
    return [...this.usersByName.values()];
  }

  userByName(username: string): WorldUser | undefined {
    return this.usersByName.get(username);
  }

  userById(id: string): WorldUser | undefined {
    return this.users().find((u) => u.id === id);
  }

  /** Looks a user up by username, then by extension number (scenarios accept either). */
  findUser(nameOrExtension: string): WorldUser | undefined {
    return (
      this.usersByName.get(nameOrExtension) ??
      this.users().find((u) => u.extension.number === nameOrExtension)
    );
  }

  extensions(): readonly WorldExtension[] {
    return this.users().map((u) => u.extension);
  }

  extensionById(id: string): WorldExtension | undefined {
    return this.extensions().find((e) => e.id === id);
  }

  extensionByNumber(number: string): WorldExtension | undefined {
    return this.extensions().find((e) => e.number === number);
  }

  status(userId: string): WorldStatus | undefined {
    return this.statuses.get(userId);
  }

  /** A login session id: new at login, the same one again at the matching logout. */
  loginId(user: WorldUser, login: boolean): string {
    if (login) {
      const id = this.newId();
      this.logins.set(user.id, id);
      return id;
    }
    const id = this.logins.get(user.id) ?? this.newId();
    this.logins.delete(user.id);
    return id;
  }

  queueId(name: string): string {
    return remembered(this.queues, name, this.newId);
  }

  /** An agent is one user's membership of one queue. */
  agentId(user: WorldUser, queue: string): string {
    return remembered(this.agents, `${user.id}\u0000${queue}`, this.newId);
  }

  callSegments(): readonly LiveSegment[] {
    return [...this.segments.values()];
  }

  /** A user's own side of a call: their extension's caller ID, no DID (a dial created it or they placed it). */
  userSegment(user: WorldUser): Segment {
    return {
      callSegmentId: this.newId(),
      callerIdName: user.displayName,
      callerIdNumber: user.extension.number,
      did: null,
      extensionId: user.extension.id,
      extensionNumber: user.extension.number,
      userId: user.id,
      username: user.username,
    };
  }

  /** A trunk side: no user or extension; `did` is the number an inbound caller dialled (null outbound). */
  externalSegment(name: string | null, number: string, did: string | null): Segment {
    return {
      callSegmentId: this.newId(),
      callerIdName: name,
      callerIdNumber: number,
      did,
      extensionId: null,
      extensionNumber: null,
      userId: null,
      username: null,
    };
  }

  /** Keeps the world in step with an event that is about to be sent. */
  apply(event: IsymphonyEvent): void {
    switch (event.kind) {
      case 'dial': {
        const external = event.caller.extensionId === null || event.callee.extensionId === null;
        const callerId = {
          id: this.newId(),
          name: event.caller.callerIdName,
          number: event.caller.callerIdNumber,
        };
        const put = (segment: Segment, incoming: boolean): void => {
          if (segment.callSegmentId === null) return;
          if (!incoming && this.segments.has(segment.callSegmentId)) return;
          this.segments.set(segment.callSegmentId, {
            id: segment.callSegmentId,
            type: external ? 'EXTERNAL' : 'INTERNAL',
            callerId,
            did: event.caller.did,
            onHold: false,
            recording: false,
            incoming,
            extensionId: segment.extensionId,
          });
        };
        put(event.caller, false);
        put(event.callee, true);
        return;
      }
      case 'link': {
        const id = event.callee.callSegmentId;
        const segment = id === null ? undefined : this.segments.get(id);
        if (id !== null && segment) this.segments.set(id, { ...segment, incoming: false });
        return;
      }
      case 'hangup':
        if (event.segment.callSegmentId !== null) this.segments.delete(event.segment.callSegmentId);
        return;
      case 'userStatus': {
        const user = event.userId === null ? undefined : this.userById(event.userId);
        const previous = user ? this.statuses.get(user.id) : undefined;
        if (!user || !previous || !isStatusType(event.statusType)) return;
        this.statuses.set(user.id, {
          id: this.newId(),
          configurationId: previous.configurationId,
          name: event.name ?? '',
          type: event.statusType,
          note: event.note ?? '',
          returnTime: event.returnTime,
          userCreated: event.userCreated,
        });
        return;
      }
      default:
        return;
    }
  }
}

function remembered(map: Map<string, string>, key: string, newId: () => string): string {
  const known = map.get(key);
  if (known !== undefined) return known;
  const id = newId();
  map.set(key, id);
  return id;
}

const STATUS_TYPE_SET: ReadonlySet<string> = new Set<string>(STATUS_TYPES);

function isStatusType(value: string): value is StatusType {
  return STATUS_TYPE_SET.has(value);
}
