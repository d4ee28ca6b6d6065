import { err, ok, problem, type Result } from '../common/result';
import {
  DEFAULT_CALLER,
  DEFAULT_DID,
  DEFAULT_QUEUE,
  type ExternalParty,
  type ScenarioName,
  type ScenarioParams,
  type ScenarioPlan,
  type ScenarioProblem,
  type UserSessionParams,
} from './scenario-params';
import type {
  AgentEvent,
  HangupEvent,
  IsymphonyEvent,
  Segment,
  TwoPartyEvent,
  UserSessionEvent,
  UserStatusEvent,
} from '../protocol/events';
import type { ProtocolProfile } from '../protocol/profile';
import { isPreset, type World, type WorldUser } from './world';

/**
 * Call scenarios planned as the decoded events a real PBX would send, in order (see protocol
 * notes §3.2). Planning is pure apart from fresh ids; the server sends each step through
 * `encodeEvent(…, profile)`, so the wire names and the caller suffix follow the profile.
 *
 * In every two-party event the caller is the calling segment, the callee the dialled one.
 * `X` is an external caller (null user and extension fields, `did` = the number it dialled),
 * `U`, `V`, `W`… are users' segments (their own caller ID, `did` null).
 *
 * | scenario        | events, in order                                                                          |
 * |-----------------|-------------------------------------------------------------------------------------------|
 * | inboundAnswered | dial(X→U) · link(X,U) · linkEnd(X,U) · hangup(X) · hangup(U)                              |
 * | noCallerName    | as inboundAnswered, X's caller-ID name null                                               |
 * | missed          | dial(X→U) · hangup(X) · hangup(U)              (the caller gives up while it rings)        |
 * | ringGroup       | dial(X→U1) … dial(X→Un) · link(X,Uk) · hangup(Uj) for each j≠k · linkEnd(X,Uk) ·           |
 * |                 | hangup(X) · hangup(Uk); unanswered: dials · hangup(X) · hangup(U1…Un)                      |
 * | queue           | [agentLogin per agent] · round 1: dial(X→A1a) … dial(X→Ana) · hangup(A1a…Ana) (ring       |
 * |                 | timeout) · … last round: dial(X→A1z) … dial(X→Anz) · link(X,Akz) · hangup(Ajz) j≠k ·      |
 * |                 | linkEnd(X,Akz) · hangup(X) · hangup(Akz) · [agentLogout per agent]                         |
 * |                 | (each ring is a new segment, so repeated dials to one agent carry fresh ids)              |
 * | internal        | dial(U→V) · link(U,V) · linkEnd(U,V) · hangup(U) · hangup(V)                              |
 * | outbound        | dial(U→X') · link(U,X') · linkEnd(U,X') · hangup(U) · hangup(X')   (X': the called number)|
 * | blindTransfer   | dial(X→U) · link(X,U) · linkEnd(X,U) · hangup(U) · dial(X→V) · link(X,V) · linkEnd(X,V) · |
 * |                 | hangup(X) · hangup(V)     (U, the transferring side, is named in the first linkEnd)       |
 * | userLogin/Out   | one userLogin / userLogout                                                                |
 * | userStatus      | one userStatus                                                                            |
 * | agentLogin/Out  | one agentLogin / agentLogout                                                              |
 */

export * from './scenario-params';

/** Plans one scenario against the current world; every segment id is new. */
export function planScenario<N extends ScenarioName>(
  name: N,
  params: ScenarioParams[N],
  world: World,
  profile: ProtocolProfile,
): Result<ScenarioPlan, ScenarioProblem> {
  const planner = new Planner(name, world, profile);
  try {
    PLANNERS[name](planner, params);
  } catch (error) {
    if (error instanceof PlanError) return err(error.problem);
    throw error;
  }
  return ok(planner.result());
}

class PlanError extends Error {
  constructor(readonly problem: ScenarioProblem) {
    super(problem.message);
  }
}

class Planner {
  readonly events: IsymphonyEvent[] = [];
  readonly segmentIds: string[] = [];
  callerSegmentId: string | null = null;
  answeredSegmentId: string | null = null;
  transferringSegmentId: string | null = null;

  constructor(
    readonly name: ScenarioName,
    readonly world: World,
    readonly profile: ProtocolProfile,
  ) {}

  result(): ScenarioPlan {
    return {
      scenario: this.name,
      events: this.events,
      segmentIds: this.segmentIds,
      callerSegmentId: this.callerSegmentId,
      answeredSegmentId: this.answeredSegmentId,
      transferringSegmentId: this.transferringSegmentId,
    };
  }

  user(nameOrExtension: string): WorldUser {
    const user = this.world.findUser(nameOrExtension);
    if (!user) {
      throw new PlanError(
        problem(
          'unknown-user',
          `The demo server has no user or extension "${nameOrExtension.slice(0, 64)}": add it to the server's users.`,
        ),
      );
    }
    return user;
  }

  fail(message: string): never {
    throw new PlanError(problem('bad-scenario', message));
  }

  track(segment: Segment): Segment {
    if (segment.callSegmentId !== null) this.segmentIds.push(segment.callSegmentId);
    return segment;
  }

  userSegment(user: WorldUser): Segment {
    return this.track(this.world.userSegment(user));
  }

  externalCaller(from: ExternalParty | undefined, did: string | undefined): Segment {
    const party = from ?? DEFAULT_CALLER;
    const segment = this.track(this.world.externalSegment(party.name, party.number, did ?? DEFAULT_DID));
    this.callerSegmentId = segment.callSegmentId;
    return segment;
  }

  private base(kind: IsymphonyEvent['kind']): { type: string; time: null; coreServerId: string } {
    const type = kind === 'other' ? 'other' : this.profile.eventTypes[kind];
    return { type, time: null, coreServerId: this.world.coreServerId };
  }

  twoParty(kind: TwoPartyEvent['kind'], caller: Segment, callee: Segment): void {
    this.events.push({ ...this.base(kind), kind, caller, callee });
  }

  hangup(segment: Segment): void {
    const event: HangupEvent = { ...this.base('hangup'), kind: 'hangup', segment };
    this.events.push(event);
  }

  /** dial · link · linkEnd · hangup(caller) · hangup(callee): a call that is answered and ends. */
  answeredCall(caller: Segment, callee: Segment): void {
    this.twoParty('dial', caller, callee);
    this.twoParty('link', caller, callee);
    this.answeredSegmentId = callee.callSegmentId;
    this.twoParty('linkEnd', caller, callee);
    this.hangup(caller);
    this.hangup(callee);
  }

  session(kind: UserSessionEvent['kind'], params: UserSessionParams): void {
    const user = this.user(params.user);
    const login = kind === 'userLogin';
    this.events.push({
      ...this.base(kind),
      kind,
      userId: user.id,
      username: user.username,
      userLoginId: this.world.loginId(user, login),
      // The published userLogout example carries an empty address.
      ip: params.ip ?? (login ? '127.0.0.1' : ''),
      port: params.port ?? (login ? 57042 : 0),
    });
  }

  agent(kind: AgentEvent['kind'], user: WorldUser, queue: string, state: string): void {
    this.events.push({
      ...this.base(kind),
      kind,
      agentId: this.world.agentId(user, queue),
      agent: user.displayName,
      state,
      queueId: this.world.queueId(queue),
      queue,
      extensionId: user.extension.id,
      extensionNumber: user.extension.number,
      userId: user.id,
      username: user.username,
    });
  }
}

type PlannerTable = { [N in ScenarioName]: (p: Planner, params: ScenarioParams[N]) => void };

function answererIndex(
  p: Planner,
  users: readonly WorldUser[],
  answeredBy: string | null | undefined,
): number {
  if (answeredBy === null) return -1;
  if (answeredBy === undefined) return 0;
  const wanted = p.user(answeredBy);
  const index = users.findIndex((u) => u.id === wanted.id);
  if (index < 0)
    p.fail(`"${answeredBy.slice(0, 64)}" cannot answer: it is not one of the extensions that ring.`);
  return index;
}

/** Rings every user at once from one caller segment; one answers (or none), the others stop ringing. */
function ringAll(
  p: Planner,
  caller: Segment,
  users: readonly WorldUser[],
  answered: number,
  last: boolean,
): void {
  const legs = users.map((u) => p.userSegment(u));
  for (const leg of legs) p.twoParty('dial', caller, leg);
  if (!last) {
    for (const leg of legs) p.hangup(leg);
    return;
  }
  const winner = answered >= 0 ? legs[answered] : undefined;
  if (!winner) {
    p.hangup(caller);
    for (const leg of legs) p.hangup(leg);
    return;
  }
  p.twoParty('link', caller, winner);
  p.answeredSegmentId = winner.callSegmentId;
  for (const leg of legs) if (leg !== winner) p.hangup(leg);
  p.twoParty('linkEnd', caller, winner);
  p.hangup(caller);
  p.hangup(winner);
}

const PLANNERS: PlannerTable = {
  inboundAnswered(p, params) {
    const callee = p.user(params.to);
    p.answeredCall(p.externalCaller(params.from, params.did), p.userSegment(callee));
  },
  noCallerName(p, params) {
    const callee = p.user(params.to);
    const from = { name: null, number: params.from?.number ?? DEFAULT_CALLER.number };
    p.answeredCall(p.externalCaller(from, params.did), p.userSegment(callee));
  },
  missed(p, params) {
    const callee = p.user(params.to);
    const caller = p.externalCaller(params.from, params.did);
    const leg = p.userSegment(callee);
    p.twoParty('dial', caller, leg);
    p.hangup(caller);
    p.hangup(leg);
  },
  ringGroup(p, params) {
    if (params.to.length === 0) p.fail('A ring group needs at least one extension to ring.');
    const users = params.to.map((u) => p.user(u));
    const answered = answererIndex(p, users, params.answeredBy);
    ringAll(p, p.externalCaller(params.from, params.did), users, answered, true);
  },
  queue(p, params) {
    if (params.agents.length === 0) p.fail('A queue call needs at least one agent.');
    const rounds = params.rounds ?? 2;
    if (!Number.isInteger(rounds) || rounds < 1 || rounds > 20)
      p.fail('A queue call rings its agents 1 to 20 times.');
    const users = params.agents.map((u) => p.user(u));
    const answered = answererIndex(p, users, params.answeredBy);
    const queue = params.queue ?? DEFAULT_QUEUE;
    if (params.agentEvents) for (const u of users) p.agent('agentLogin', u, queue, 'NOT_INUSE');
    const caller = p.externalCaller(params.from, params.did);
    for (let round = 1; round <= rounds; round += 1) ringAll(p, caller, users, answered, round === rounds);
    if (params.agentEvents) for (const u of users) p.agent('agentLogout', u, queue, 'NOT_INUSE');
  },
  internal(p, params) {
    const from = p.user(params.from);
    const to = p.user(params.to);
    if (from.id === to.id) p.fail('An internal call needs two different users.');
    const caller = p.userSegment(from);
    p.callerSegmentId = caller.callSegmentId;
    p.answeredCall(caller, p.userSegment(to));
  },
  outbound(p, params) {
    const from = p.user(params.from);
    const party = typeof params.to === 'string' ? { name: null, number: params.to } : params.to;
    const caller = p.userSegment(from);
    p.callerSegmentId = caller.callSegmentId;
    p.answeredCall(caller, p.track(p.world.externalSegment(party.name, party.number, null)));
  },
  blindTransfer(p, params) {
    const first = p.user(params.to);
    const second = p.user(params.transferTo);
    if (first.id === second.id) p.fail('A transfer needs a different user to transfer to.');
    const caller = p.externalCaller(params.from, params.did);
    const transferring = p.userSegment(first);
    p.twoParty('dial', caller, transferring);
    p.twoParty('link', caller, transferring);
    p.twoParty('linkEnd', caller, transferring);
    p.transferringSegmentId = transferring.callSegmentId;
    p.hangup(transferring);
    const target = p.userSegment(second);
    p.answeredCall(caller, target);
  },
  userLogin(p, params) {
    p.session('userLogin', params);
  },
  userLogout(p, params) {
    p.session('userLogout', params);
  },
  userStatus(p, params) {
    const user = p.user(params.user);
    const event: UserStatusEvent = {
      type: p.profile.eventTypes.userStatus,
      time: null,
      coreServerId: p.world.coreServerId,
      kind: 'userStatus',
      userId: user.id,
      username: user.username,
      name: params.name,
      statusType: params.type,
      note: params.note ?? '',
      returnTime: params.returnTime ?? -1,
      userCreated: params.userCreated ?? !isPreset(params.name, params.type),
    };
    p.events.push(event);
  },
  agentLogin(p, params) {
    p.agent('agentLogin', p.user(params.user), params.queue ?? DEFAULT_QUEUE, params.state ?? 'NOT_INUSE');
  },
  agentLogout(p, params) {
    p.agent('agentLogout', p.user(params.user), params.queue ?? DEFAULT_QUEUE, params.state ?? 'NOT_INUSE');
  },
};
