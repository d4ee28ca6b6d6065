/**
 * Turns decoded iSymphony events into one record per call for the signed-in user, and decides
 * which calls pop. Pure state transitions: no I/O, time only from the injected clock. The rules,
 * call identification and gap handling are described in docs/call-model.md. The live calls and
 * their indexes are in call-table.ts, a new record in new-call.ts, the gap rules in call-gaps.ts.
 */
import type { Clock } from '../common/clock';
import type { IsymphonyEvent, Segment, TwoPartyEvent } from '../protocol/events';
import { CallGaps } from './call-gaps';
import { CallTable } from './call-table';
import { isPbxUser, partyOf, type LiveCall } from './live-call';
import { newCall, setCallee } from './new-call';
import { RecentSegments } from './recent-segments';
import {
  DEFAULT_TRACKER_LIMITS,
  type CallChange,
  type CallDirection,
  type CallRecord,
  type Me,
  type TrackerLimits,
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

export class CallTracker {
  #username: string | null;
  #extensions: ReadonlySet<string>;
  #popInternal: boolean;
  #dnd: boolean;
  readonly #clock: Pick<Clock, 'now'>;
  readonly #limits: TrackerLimits;
  readonly #newId: () => string;
  #seq = 0;

  readonly #table: CallTable;
  readonly #gaps: CallGaps;
  /** Caller segment → the party it was connected to when a `linkEnd` came: the transferrer if a dial follows. */
  readonly #unlinked: RecentSegments<Segment>;
  /** Caller segments that already popped for me, so a call seen again after a gap does not pop twice. */
  readonly #popped: RecentSegments<true>;
  readonly #isMeBound = (segment: Segment): boolean => this.#isMe(segment);

  constructor(options: CallTrackerOptions) {
    this.#username = options.me.username;
    this.#extensions = new Set(options.me.extensions);
    this.#popInternal = options.popInternal;
    this.#dnd = options.dnd;
    this.#clock = options.clock;
    this.#limits = { ...DEFAULT_TRACKER_LIMITS, ...options.limits };
    this.#newId =
      options.newId ?? (() => `call-${this.#clock.now().toString(36)}-${(++this.#seq).toString(36)}`);
    this.#table = new CallTable(this.#limits.maxSegmentsPerCall, this.#limits.anonymousMatchWindowMs);
    this.#gaps = new CallGaps(this.#table, this.#clock, this.#limits);
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
    return Array.from(this.#table.calls.values(), (call) => call.snapshot());
  }

  call(id: string): CallRecord | undefined {
    return this.#table.calls.get(id)?.snapshot();
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
   * Marks nothing (the app may reconnect in a moment); remembers which calls were live so that
   * `reconcile` can judge them. Returns no changes.
   */
  connectionLost(): readonly CallChange[] {
    return this.#gaps.connectionLost();
  }

  /**
   * The connection has stayed lost past the app's grace: live calls become `unknown` (still live,
   * with `lastKnownState`), each reported once as an update. Nothing without `connectionLost()` first.
   */
  outageConfirmed(): readonly CallChange[] {
    return this.#gaps.outageConfirmed();
  }

  /**
   * After a reconnect: `segments` are the call segment ids the Live REST API lists as in progress
   * for my extensions, or null when it could not be asked. See `CallGaps.reconcile`.
   */
  reconcile(segments: ReadonlySet<string> | null): readonly CallChange[] {
    return this.#gaps.reconcile(segments);
  }

  /** The connection failed for good (no catch-up is coming): see `CallGaps.giveUp`. */
  giveUp(): readonly CallChange[] {
    return this.#gaps.giveUp();
  }

  /** Closes calls that have had no event for too long. The app calls it periodically (e.g. once a minute). */
  sweep(now: number = this.#clock.now()): readonly CallChange[] {
    return this.#gaps.sweep(now);
  }

  // The fast path for other people's traffic: two comparisons and a set lookup, no allocation.
  #isMe(segment: Segment): boolean {
    const username = segment.username;
    if (username !== null && username === this.#username) return true;
    const extension = segment.extensionNumber;
    return extension !== null && this.#extensions.has(extension);
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
    const table = this.#table;
    if (caller.callSegmentId !== null ? !table.hasCaller(caller.callSegmentId) : table.anonymous === 0) {
      return NONE;
    }
    const now = this.#clock.now();
    const call = table.findByCaller(caller, now);
    if (!call || call.direction !== 'inbound') return NONE;
    if (call.state === 'answered') {
      // The caller is now connected to a third party while I had them: my part is over.
      return [table.close(call, 'ended', now)];
    }
    const callee = event.callee;
    if (!isPbxUser(callee) && callee.extensionNumber === null) {
      // Connected to no person (voicemail, an announcement): for me that is a missed call.
      return [table.close(call, 'missed', now)];
    }
    call.answeredBy = partyOf(callee);
    return [table.close(call, 'answered-elsewhere', now)];
  }

  #onLinkEnd(event: TwoPartyEvent): readonly CallChange[] {
    const caller = event.caller;
    const callerId = caller.callSegmentId;
    if (callerId !== null) {
      // Remembered for everyone's calls (a fixed-size ring, no allocation): if this caller is dialled
      // to me next, this party is who transferred it.
      const now = this.#clock.now();
      this.#unlinked.remember(callerId, event.callee, now);
      const call = this.#table.callerOf(callerId);
      return call ? this.#linkEnded(call, event, now) : NONE;
    }
    if (this.#table.anonymous === 0) return NONE;
    const now = this.#clock.now();
    const call = this.#table.findByCaller(caller, now);
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
    return [this.#table.close(call, 'ended', now)];
  }

  #onHangup(segment: Segment): readonly CallChange[] {
    const id = segment.callSegmentId;
    if (id === null) return this.#table.anonymous === 0 ? NONE : this.#anonymousHangup(segment);
    const asCaller = this.#table.callerOf(id);
    if (asCaller) return [this.#callerHungUp(asCaller, this.#clock.now())];
    const asMine = this.#table.mineOf(id);
    if (!asMine) return NONE;
    return this.#myPhoneHungUp(asMine, id, this.#clock.now());
  }

  #anonymousHangup(segment: Segment): readonly CallChange[] {
    const now = this.#clock.now();
    if (this.#isMe(segment)) {
      for (const call of this.#table.calls.values()) {
        if (
          call.callerSegmentId === null &&
          call.state === 'answered' &&
          call.extension === segment.extensionNumber
        ) {
          return [this.#table.close(call, 'ended', now)];
        }
      }
      return NONE;
    }
    const call = this.#table.findAnonymous(segment.callerIdNumber, now);
    return call ? [this.#callerHungUp(call, now)] : NONE;
  }

  #callerHungUp(call: LiveCall, now: number): CallChange {
    if (call.state === 'ringing' && call.direction === 'inbound')
      return this.#table.close(call, 'missed', now);
    return this.#table.close(call, 'ended', now);
  }

  #myPhoneHungUp(call: LiveCall, segmentId: string, now: number): readonly CallChange[] {
    if (call.state === 'answered' && call.answeredSegmentId === segmentId)
      return [this.#table.close(call, 'ended', now)];
    // One of my phones stopped ringing (a ring group answered elsewhere, a queue moving on): the
    // call stays ringing until the caller is answered, hangs up or is dialled to me again.
    this.#table.dropMine(call, segmentId);
    call.lastEventAt = now;
    return call.seenAgain() ? [this.#table.changed(call, 'updated')] : NONE;
  }

  // ── records ─────────────────────────────────────────────────────────────────────────────────

  #inbound(event: TwoPartyEvent, to: 'ringing' | 'answered'): readonly CallChange[] {
    const now = this.#clock.now();
    const { caller, callee } = event;
    const call = this.#table.findByCaller(caller, now);
    if (!call) return this.#create(event, 'inbound', to, now);
    call.lastEventAt = now;
    let changed = call.seenAgain();
    changed = call.fillCaller(caller) || changed;
    this.#table.addMine(call, callee.callSegmentId);
    if (to === 'answered') {
      if (call.state === 'ringing') {
        call.state = 'answered';
        call.answeredAt = now;
        changed = true;
      }
      call.answeredSegmentId = callee.callSegmentId;
      changed = setCallee(call, callee, true) || changed;
    } else if (call.extension === null) {
      changed = setCallee(call, callee, false) || changed;
    }
    return changed ? [this.#table.changed(call, 'updated')] : NONE;
  }

  #outbound(event: TwoPartyEvent, to: 'ringing' | 'answered'): readonly CallChange[] {
    const now = this.#clock.now();
    const call = this.#table.findByCaller(event.caller, now);
    if (!call) return this.#create(event, 'outbound', to, now);
    call.lastEventAt = now;
    let changed = call.seenAgain();
    if (to === 'answered' && call.state === 'ringing') {
      call.state = 'answered';
      call.answeredAt = now;
      changed = true;
    }
    if (call.calleeName === null && event.callee.callerIdName !== null) {
      call.calleeName = event.callee.callerIdName;
      changed = true;
    }
    return changed ? [this.#table.changed(call, 'updated')] : NONE;
  }

  #create(
    event: TwoPartyEvent,
    direction: CallDirection,
    to: 'ringing' | 'answered',
    now: number,
  ): readonly CallChange[] {
    const call = newCall(event, direction, to, {
      id: this.#newId(),
      now,
      isMe: this.#isMeBound,
      unlinked: this.#unlinked,
      popped: this.#popped,
      transferWindowMs: this.#limits.transferWindowMs,
      popInternal: this.#popInternal,
      dnd: this.#dnd,
    });
    const table = this.#table;
    table.add(call, direction === 'inbound' ? event.callee.callSegmentId : null);
    const created = table.changed(call, 'created');
    if (table.calls.size <= this.#limits.maxLiveCalls) return [created];
    const changes: CallChange[] = [];
    for (const oldest of table.calls.values()) {
      if (table.calls.size <= this.#limits.maxLiveCalls) break;
      changes.push(table.giveUp(oldest, now, 'too-many-calls'));
    }
    changes.push(created);
    return changes;
  }
}
