/**
 * What each demo scenario takes (see the table in scenarios.ts), and what planning one gives.
 */
import type { Problem } from '../common/result';
import type { IsymphonyEvent, StatusType } from '../protocol/events';

export const SCENARIO_NAMES = [
  'inboundAnswered',
  'missed',
  'ringGroup',
  'queue',
  'internal',
  'outbound',
  'blindTransfer',
  'noCallerName',
  'userLogin',
  'userLogout',
  'userStatus',
  'agentLogin',
  'agentLogout',
] as const;

export type ScenarioName = (typeof SCENARIO_NAMES)[number];

/** An outside party: the caller-ID name may be null (many trunks send none). */
export interface ExternalParty {
  readonly name: string | null;
  readonly number: string;
}

export interface Pacing {
  /** Pause between two events; 0 sends the whole scenario at once. */
  readonly stepMs?: number;
  /**
   * Awaited before each event after the first (after the pause). Tests hold a call at a step with it, so a
   * fault (a half-open socket, a restart) lands between two known events instead of racing a timer.
   * Never set from the command line: it is code, not data.
   */
  readonly beforeStep?: (index: number) => Promise<void>;
}

export interface InboundParams extends Pacing {
  /** Username or extension number of the user called. */
  readonly to: string;
  readonly from?: ExternalParty;
  /** The number the caller dialled. */
  readonly did?: string;
}

export interface RingGroupParams extends Pacing {
  readonly to: readonly string[];
  /** Which of `to` answers; default the first; null: nobody answers and the caller gives up. */
  readonly answeredBy?: string | null;
  readonly from?: ExternalParty;
  readonly did?: string;
}

export interface QueueParams extends Pacing {
  readonly agents: readonly string[];
  /** Default the first agent; null: the caller gives up after the last round. */
  readonly answeredBy?: string | null;
  readonly queue?: string;
  /** How many times every agent is rung (each round after a ring timeout); default 2. */
  readonly rounds?: number;
  /** Send agentLogin for each agent first and agentLogout after; default false. */
  readonly agentEvents?: boolean;
  readonly from?: ExternalParty;
  readonly did?: string;
}

export interface InternalParams extends Pacing {
  readonly from: string;
  readonly to: string;
}

export interface OutboundParams extends Pacing {
  readonly from: string;
  /** The outside number dialled, and the name the trunk reports for it (default null). */
  readonly to: ExternalParty | string;
}

export interface BlindTransferParams extends Pacing {
  readonly to: string;
  readonly transferTo: string;
  readonly from?: ExternalParty;
  readonly did?: string;
}

export interface UserSessionParams extends Pacing {
  readonly user: string;
  readonly ip?: string;
  readonly port?: number;
}

export interface UserStatusParams extends Pacing {
  readonly user: string;
  readonly name: string;
  readonly type: StatusType;
  readonly note?: string;
  readonly returnTime?: number;
  /** Default: true unless name and type are one of the presets. */
  readonly userCreated?: boolean;
}

export interface AgentParams extends Pacing {
  readonly user: string;
  readonly queue?: string;
  readonly state?: string;
}

export interface ScenarioParams {
  inboundAnswered: InboundParams;
  missed: InboundParams;
  ringGroup: RingGroupParams;
  queue: QueueParams;
  internal: InternalParams;
  outbound: OutboundParams;
  blindTransfer: BlindTransferParams;
  noCallerName: Omit<InboundParams, 'from'> & { readonly from?: { readonly number: string } };
  userLogin: UserSessionParams;
  userLogout: UserSessionParams;
  userStatus: UserStatusParams;
  agentLogin: AgentParams;
  agentLogout: AgentParams;
}

export interface ScenarioPlan {
  readonly scenario: ScenarioName;
  readonly events: readonly IsymphonyEvent[];
  /** Every segment the call created, in order of creation. */
  readonly segmentIds: readonly string[];
  readonly callerSegmentId: string | null;
  /** The callee segment that answered, or null when nobody did. */
  readonly answeredSegmentId: string | null;
  /** Blind transfer: the segment that transferred the call away. */
  readonly transferringSegmentId: string | null;
}

export type ScenarioProblem = Problem<'unknown-user' | 'bad-scenario'>;

export const DEFAULT_CALLER: ExternalParty = Object.freeze({ name: 'Jordan Rivera', number: '+15555550142' });
export const DEFAULT_DID = '+15555550100';
export const DEFAULT_QUEUE = 'IncomingQ';
