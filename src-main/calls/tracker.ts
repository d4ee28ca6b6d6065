/**
 * Turns decoded iSymphony events into one record per call for the signed-in user, and decides
 * which calls pop. Pure state transitions: no I/O, time only from the injected clock. The rules,
 * call identification and gap handling are described in docs/call-model.md.
 */
import type { Clock } from '../common/clock';
import { problem } from '../common/result';
import type { IsymphonyEvent, Segment, TwoPartyEvent } from '../protocol/events';
import { LiveCall, isPbxUser, partyOf } from './live-call';
import { decidePop } from './pop-rules';
import { RecentSegments } from './recent-segments';
import {
  DEFAULT_TRACKER_LIMITS,
  type CallChange,
  type CallDirection,
  type CallRecord,
  type CallState,
  type Me,
  type TrackerLimits,
  type UnknownReasonCode,
} from './types';

export interface CallTrackerOptions {
  readonly me: Me;
  readonly popInternal: boolean;
  readonly dnd: boolean;
  readonly clock: Pick<Clock, 'now'>;
  readonly limits?: Partial<TrackerLimits>;
  /** Ids for new calls; the default joins the clock's time and a counter, so ids stay unique across restarts. */
  readonly newId?: () => string;
}

/** What can change while the app runs; fields left out keep their value. Live calls keep their pop decision. */
export interface TrackerConfig {
  readonly username?: string | null;
  readonly extensions?: readonly string[];
  readonly popInternal?: boolean;
  readonly dnd?: boolean;
}

const NONE: readonly CallChange[] = Object.freeze([]);

const UNKNOWN_REASONS: Readonly<Record<UnknownReasonCode, string>> = {
  'connection-lost':
    'The connection to the iSymphony server was lost during this call, so how it ended is not known.',
  'no-events': 'The server sent nothing about this call for too long, so it is no longer shown as live.',
  'too-many-calls': 'Too many calls were live at once, so the oldest one stopped being followed.',
};

export class CallTracker {
  #username: string | null;
  #extensions: ReadonlySet<string>;
  #popInternal: boolean;
  #dnd: boolean;
  readonly #clock: Pick<Clock, 'now'>;
  readonly #limits: TrackerLimits;
  readonly #newId: () => string;
  #seq = 0;

  /** Live calls by id, oldest first (the eviction order). */
  readonly #calls = new Map<string, LiveCall>();
  /** Live calls by their caller's segment id (for outbound calls that segment is mine). */
  readonly #byCaller = new Map<string, LiveCall>();
  /** Inbound live calls by each of my dialled segments. */
  readonly #byMine = new Map<string, LiveCall>();
  /** Live calls whose caller segment id was missing; matched by caller number instead. */
  #anonymous = 0;
  /** Caller segment → the party it was connected to when a `linkEnd` came: the transferrer if a dial follows. */
  readonly #unlinked: RecentSegments<Segment>;
  /** Caller segments that already popped for me, so a call seen again after a gap does not pop twice. */
  readonly #popped: RecentSegments<true>;
  /** Ids of the calls live when the connection was lost, and when; null while connected. */
  #lost: { readonly ids: ReadonlySet<string>; readonly at: number } | null = null;

  constructor(options: CallTrackerOptions) {
    this.#username = options.me.username;
    this.#extensions = new Set(options.me.extensions);
    this.#popInternal = options.popInternal;
    this.#dnd = options.dnd;
    this.#clock = options.clock;
    this.#limits = { ...DEFAULT_TRACKER_LIMITS, ...options.limits };
    this.#newId =
      options.newId ?? (() => `call-${this.#clock.now().toString(36)}-${(++this.#seq).toString(36)}`);
    this.#unlinked = new RecentSegments(this.#limits.recentSegments);
    this.#popped = new RecentSegments(this.#limits.recentSegments);
  }

  setConfig(config: TrackerConfig): void {
    if (config.username !== undefined) this.#username = config.username;
    if (config.extensions !== undefined) this.#extensions = new Set(config.extensions);
    if (config.popInternal !== undefined) this.#popInternal = config.popInternal;
    if (config.dnd !== undefined) this.#dnd = config.dnd;
  }

  liveCalls(): readonly CallRecord[] {
    return Array.from(this.#calls.values(), (call) => call.snapshot());
  }

  call(id: string): CallRecord | undefined {
    return this.#calls.get(id)?.snapshot();
  }

  handle(event: IsymphonyEvent): readonly CallChange[] {
    switch (event.kind) {
      case 'dial':
        return this.#onDial(event);
      case 'link':
        return this.#onLink(event);
      case 'linkEnd':
        return this.#onLinkEnd(event);
      case 'hangup':
        return this.#onHangup(event.segment);
      default:
        return NONE;
    }
  }

  /**
   * Marks nothing (events may still come, and the app may reconnect in a moment); remembers which
   * calls were live so that `reconcile` can judge them. Returns no changes.
   */
  connectionLost(): readonly CallChange[] {
    if (this.#lost === null) this.#lost = { ids: new Set(this.#calls.keys()), at: this.#clock.now() };
    return NONE;
  }

  /**
   * After a reconnect: `segments` are the call segment ids the Live REST API lists as in progress
   * for my extensions, or null when it could not be asked. Calls live since before the gap whose
   * segments are gone are closed; without a list, ringing calls become `unknown` and answered ones
   * are kept (their end still comes as events, or the sweep closes them).
   */
  reconcile(segments: ReadonlySet<string> | null): readonly CallChange[] {
    const lost = this.#lost;
    this.#lost = null;
    const lostAt = lost?.at ?? this.#clock.now();
    const changes: CallChange[] = [];
    for (const call of [...this.#calls.values()]) {
      if (lost && !lost.ids.has(call.id)) continue;
      const known = segments !== null && (call.callerSegmentId !== null || call.mySegments.size > 0);
      if (known && this.#inProgress(call, segments)) continue;
      if (call.state === 'ringing') changes.push(this.#close(call, 'unknown', lostAt, 'connection-lost'));
      else if (known) changes.push(this.#close(call, 'ended', lostAt));
    }
    return changes;
  }

  /** Closes calls that have had no event for too long. The app calls it periodically (e.g. once a minute). */
  sweep(now: number = this.#clock.now()): readonly CallChange[] {
    let changes: CallChange[] | null = null;
    for (const call of [...this.#calls.values()]) {
      const limit = call.state === 'ringing' ? this.#limits.ringTimeoutMs : this.#limits.answeredTimeoutMs;
      if (now - call.lastEventAt <= limit) continue;
      (changes ??= []).push(this.#close(call, 'unknown', now, 'no-events'));
    }
    return changes ?? NONE;
  }

  // ── matching ────────────────────────────────────────────────────────────────────────────────

  // The fast path for other people's traffic: two comparisons and a set lookup, no allocation.
  #isMe(segment: Segment): boolean {
    const username = segment.username;
    if (username !== null && username === this.#username) return true;
    const extension = segment.extensionNumber;
    return extension !== null && this.#extensions.has(extension);
  }

  // Lookups by segment id first ask whether the index is empty, as it is whenever none of my calls
  // is live (most of the time): a lookup must hash the id, a fresh 36-character string on every
  // event, which was most of the tracker's cost on a storm of other people's calls.
  #hasCaller(id: string): boolean {
    return this.#byCaller.size !== 0 && this.#byCaller.has(id);
  }

  #findByCaller(caller: Segment, now: number): LiveCall | undefined {
    const id = caller.callSegmentId;
    if (id !== null) return this.#byCaller.get(id);
    return this.#anonymous === 0 ? undefined : this.#findAnonymous(caller.callerIdNumber, now);
  }

  /** A call without a caller segment id is the newest such call from the same number, within the window. */
  #findAnonymous(number: string | null, now: number): LiveCall | undefined {
    let found: LiveCall | undefined;
    for (const call of this.#calls.values()) {
      if (call.callerSegmentId !== null || call.direction !== 'inbound') continue;
      if (call.callerNumber !== number) continue;
      if (now - call.lastEventAt > this.#limits.anonymousMatchWindowMs) continue;
      found = call;
    }
    return found;
  }

  #inProgress(call: LiveCall, segments: ReadonlySet<string>): boolean {
    if (call.callerSegmentId !== null && segments.has(call.callerSegmentId)) return true;
    for (const id of call.mySegments) if (segments.has(id)) return true;
    return false;
  }

  // ── events ──────────────────────────────────────────────────────────────────────────────────

  #onDial(event: TwoPartyEvent): readonly CallChange[] {
    if (this.#isMe(event.caller)) return this.#outbound(event, 'ringing');
    if (this.#isMe(event.callee)) return this.#inbound(event, 'ringing');
    // A dial of a call of mine to someone else (another ring-group member, a transfer away) changes
    // nothing here: an answer elsewhere comes as a link, my part of a transfer ends with its linkEnd.
    return NONE;
  }

  #onLink(event: TwoPartyEvent): readonly CallChange[] {
    if (this.#isMe(event.caller)) return this.#outbound(event, 'answered');
    if (this.#isMe(event.callee)) return this.#inbound(event, 'answered');
    const caller = event.caller;
    if (caller.callSegmentId !== null ? !this.#hasCaller(caller.callSegmentId) : this.#anonymous === 0) {
      return NONE;
    }
    const now = this.#clock.now();
    const call = this.#findByCaller(caller, now);
    if (!call || call.direction !== 'inbound') return NONE;
    if (call.state === 'answered') {
      // The caller is now connected to a third party while I had them: my part is over.
      return [this.#close(call, 'ended', now)];
    }
    const callee = event.callee;
    if (!isPbxUser(callee) && callee.extensionNumber === null) {
      // Connected to no person (voicemail, an announcement): for me that is a missed call.
      return [this.#close(call, 'missed', now)];
    }
    call.answeredBy = partyOf(callee);
    return [this.#close(call, 'answered-elsewhere', now)];
  }

  #onLinkEnd(event: TwoPartyEvent): readonly CallChange[] {
    const caller = event.caller;
    const callerId = caller.callSegmentId;
    if (callerId !== null) {
      // Remembered for everyone's calls (a fixed-size ring, no allocation): if this caller is dialled
      // to me next, this party is who transferred it.
      const now = this.#clock.now();
      this.#unlinked.remember(callerId, event.callee, now);
      const call = this.#byCaller.size === 0 ? undefined : this.#byCaller.get(callerId);
      return call ? this.#linkEnded(call, event, now) : NONE;
    }
    if (this.#anonymous === 0) return NONE;
    const now = this.#clock.now();
    const call = this.#findByCaller(caller, now);
    return call ? this.#linkEnded(call, event, now) : NONE;
  }

  #linkEnded(call: LiveCall, event: TwoPartyEvent, now: number): readonly CallChange[] {
    if (call.direction === 'inbound') {
      const callee = event.callee;
      const mine =
        this.#isMe(callee) || (callee.callSegmentId !== null && call.mySegments.has(callee.callSegmentId));
      if (!mine) return NONE;
    }
    // Answered and unlinked: hung up or transferred away. Still "ringing" here means the answer
    // happened while we were not looking (a gap): it ended all the same.
    return [this.#close(call, 'ended', now)];
  }

  #onHangup(segment: Segment): readonly CallChange[] {
    const id = segment.callSegmentId;
    if (id === null) return this.#anonymous === 0 ? NONE : this.#anonymousHangup(segment);
    const asCaller = this.#byCaller.size === 0 ? undefined : this.#byCaller.get(id);
    if (asCaller) return [this.#callerHungUp(asCaller, this.#clock.now())];
    const asMine = this.#byMine.size === 0 ? undefined : this.#byMine.get(id);
    if (!asMine) return NONE;
    return this.#myPhoneHungUp(asMine, id, this.#clock.now());
  }

  #anonymousHangup(segment: Segment): readonly CallChange[] {
    const now = this.#clock.now();
    if (this.#isMe(segment)) {
      for (const call of this.#calls.values()) {
        if (
          call.callerSegmentId === null &&
          call.state === 'answered' &&
          call.extension === segment.extensionNumber
        ) {
          return [this.#close(call, 'ended', now)];
        }
      }
      return NONE;
    }
    const call = this.#findAnonymous(segment.callerIdNumber, now);
    return call ? [this.#callerHungUp(call, now)] : NONE;
  }

  #callerHungUp(call: LiveCall, now: number): CallChange {
    if (call.state === 'ringing' && call.direction === 'inbound') return this.#close(call, 'missed', now);
    return this.#close(call, 'ended', now);
  }

  #myPhoneHungUp(call: LiveCall, segmentId: string, now: number): readonly CallChange[] {
    if (call.state === 'answered' && call.answeredSegmentId === segmentId)
      return [this.#close(call, 'ended', now)];
    // One of my phones stopped ringing (a ring group answered elsewhere, a queue moving on): the
    // call stays ringing until the caller is answered, hangs up or is dialled to me again.
    this.#byMine.delete(segmentId);
    call.mySegments.delete(segmentId);
    call.lastEventAt = now;
    return NONE;
  }

  // ── records ─────────────────────────────────────────────────────────────────────────────────

  #inbound(event: TwoPartyEvent, to: 'ringing' | 'answered'): readonly CallChange[] {
    const now = this.#clock.now();
    const { caller, callee } = event;
    const call = this.#findByCaller(caller, now);
    if (!call) return this.#create(event, 'inbound', to, now);
    call.lastEventAt = now;
    let changed = call.fillCaller(caller);
    this.#addMine(call, callee.callSegmentId);
    if (to === 'answered') {
      if (call.state === 'ringing') {
        call.state = 'answered';
        call.answeredAt = now;
        changed = true;
      }
      call.answeredSegmentId = callee.callSegmentId;
      changed = this.#setCallee(call, callee, true) || changed;
    } else if (call.extension === null) {
      changed = this.#setCallee(call, callee, false) || changed;
    }
    return changed ? [this.#changed(call, 'updated')] : NONE;
  }

  #outbound(event: TwoPartyEvent, to: 'ringing' | 'answered'): readonly CallChange[] {
    const now = this.#clock.now();
    const call = this.#findByCaller(event.caller, now);
    if (!call) return this.#create(event, 'outbound', to, now);
    call.lastEventAt = now;
    let changed = false;
    if (to === 'answered' && call.state === 'ringing') {
      call.state = 'answered';
      call.answeredAt = now;
      changed = true;
    }
    if (call.calleeName === null && event.callee.callerIdName !== null) {
      call.calleeName = event.callee.callerIdName;
      changed = true;
    }
    return changed ? [this.#changed(call, 'updated')] : NONE;
  }

  #create(event: TwoPartyEvent, direction: CallDirection, to: 'ringing' | 'answered', now: number) {
    const { caller, callee } = event;
    const callerId = caller.callSegmentId;
    const internal = isPbxUser(direction === 'inbound' ? caller : callee);
    const call = new LiveCall(this.#newId(), direction, internal, event.coreServerId, caller, now);
    if (direction === 'inbound') {
      this.#setCallee(call, callee, true);
      const transferrer =
        callerId === null ? undefined : this.#unlinked.find(callerId, now, this.#limits.transferWindowMs);
      if (transferrer && isPbxUser(transferrer) && !this.#isMe(transferrer))
        call.transferredFrom = partyOf(transferrer);
    } else {
      call.extension = caller.extensionNumber;
      call.calleeName = callee.callerIdName;
      // did1 is the number the calling phone dialled: the best account of whom I called.
      call.calleeNumber = caller.did ?? callee.callerIdNumber ?? callee.extensionNumber;
    }
    if (to === 'answered') {
      call.state = 'answered';
      call.answeredAt = now;
      if (direction === 'inbound') call.answeredSegmentId = callee.callSegmentId;
    }
    const alreadyPopped =
      callerId !== null &&
      call.transferredFrom === null &&
      this.#popped.find(callerId, now, Infinity) === true;
    const outcome = decidePop({
      direction,
      internal,
      alreadyPopped,
      popInternal: this.#popInternal,
      dnd: this.#dnd,
    });
    call.pop = outcome.pop;
    call.popSuppressed = outcome.popSuppressed;
    if (call.pop && callerId !== null) this.#popped.remember(callerId, true, now);

    this.#calls.set(call.id, call);
    if (callerId !== null) this.#byCaller.set(callerId, call);
    else this.#anonymous++;
    if (direction === 'inbound') this.#addMine(call, callee.callSegmentId);

    const created = this.#changed(call, 'created');
    if (this.#calls.size <= this.#limits.maxLiveCalls) return [created];
    const changes: CallChange[] = [];
    for (const oldest of this.#calls.values()) {
      if (this.#calls.size <= this.#limits.maxLiveCalls) break;
      changes.push(this.#close(oldest, 'unknown', now, 'too-many-calls'));
    }
    changes.push(created);
    return changes;
  }

  /** Records which of my phones the call is on (on answer, the one that answered). */
  #setCallee(call: LiveCall, callee: Segment, force: boolean): boolean {
    let changed = false;
    const extension = callee.extensionNumber;
    if (extension !== null && extension !== call.extension && (force || call.extension === null)) {
      call.extension = extension;
      changed = true;
    }
    const name = callee.callerIdName;
    if (name !== null && name !== call.calleeName) {
      call.calleeName = name;
      changed = true;
    }
    const number = callee.callerIdNumber ?? extension;
    if (number !== null && number !== call.calleeNumber) {
      call.calleeNumber = number;
      changed = true;
    }
    return changed;
  }

  #addMine(call: LiveCall, segmentId: string | null): void {
    if (segmentId === null || call.mySegments.has(segmentId)) return;
    const max = this.#limits.maxSegmentsPerCall;
    if (call.mySegments.size >= max) {
      for (const oldest of call.mySegments) {
        if (call.mySegments.size < max) break;
        if (oldest === call.answeredSegmentId) continue;
        call.mySegments.delete(oldest);
        if (this.#byMine.get(oldest) === call) this.#byMine.delete(oldest);
      }
    }
    call.mySegments.add(segmentId);
    this.#byMine.set(segmentId, call);
  }

  #changed(call: LiveCall, change: 'created' | 'updated'): CallChange {
    call.touched();
    const record = call.snapshot();
    const pop = change === 'created' && call.pop ? Object.freeze({ callId: call.id, call: record }) : null;
    return Object.freeze({ call: record, change, pop });
  }

  /** Moves a call to a final state, takes it out of every index, and reports it as ended. */
  #close(
    call: LiveCall,
    state: Exclude<CallState, 'ringing' | 'answered'>,
    at: number,
    reason?: UnknownReasonCode,
  ): CallChange {
    call.state = state;
    call.endedAt = Math.max(at, call.answeredAt ?? call.ringingSince);
    call.unknownReason = reason ? problem(reason, UNKNOWN_REASONS[reason]) : null;
    call.touched();
    this.#calls.delete(call.id);
    if (call.callerSegmentId === null) this.#anonymous--;
    else if (this.#byCaller.get(call.callerSegmentId) === call) this.#byCaller.delete(call.callerSegmentId);
    for (const id of call.mySegments) if (this.#byMine.get(id) === call) this.#byMine.delete(id);
    return Object.freeze({ call: call.snapshot(), change: 'ended' as const, pop: null });
  }
}
