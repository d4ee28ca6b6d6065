/**
 * The user's own iSymphony presence: read over the Live REST API each time the event socket
 * becomes live, followed through `userStatus` events for this user, and changed with `set()`,
 * which shows the wanted status at once as `pending` and keeps it only once the server confirms
 * it. Plain Node; the REST client, the event source and the clock come in through the options.
 * See docs/presence.md.
 */
import { systemClock, type Clock, type TimerHandle } from '../common/clock';
import { silentLogger, type Logger } from '../common/log';
import { err, ok, type Result } from '../common/result';
import { problemSaid } from '../i18n/english';
import type { LiveApiProblem } from '../live-api/client';
import type { StatusUpdate } from '../live-api/shapes';
import type { IsymphonyEvent } from '../protocol/events';
import { DEFAULT_BACKOFF } from '../session/backoff';
import { TypedEmitter } from '../session/emitter';
import type { SessionState } from '../session/states';
import { fulfils, statusFromEvent, statusFromLive, type PresenceStatus } from './presence-status';
import {
  DEFAULT_CONFIRM_TIMEOUT_MS,
  type PresenceConfigUpdate,
  type PresenceEventSource,
  type PresenceEvents,
  type PresenceProblem,
  type PresenceState,
  type PresenceTrackerOptions,
  type StatusApi,
} from './presence-types';
import { ReadRetry } from './read-retry';
import { checkStatusRequest, type StatusRequest } from './status-request';

export * from './presence-types';

interface PendingSet {
  readonly id: number;
  readonly wanted: PresenceStatus;
  readonly resolve: (result: Result<PresenceStatus, PresenceProblem>) => void;
  timer: TimerHandle | undefined;
}

export class PresenceTracker {
  readonly #emitter: TypedEmitter<PresenceEvents>;
  readonly #api: StatusApi;
  readonly #events: PresenceEventSource | undefined;
  readonly #clock: Clock;
  readonly #logger: Logger;
  readonly #confirmTimeoutMs: number;
  readonly #retry: ReadRetry;

  #username: string | null;
  #followDnd: boolean;
  #running = false;
  #live = false;
  #confirmed: PresenceStatus | null = null;
  #problem: PresenceProblem | undefined;
  #pending: PendingSet | null = null;
  #nextSetId = 0;
  /** Bumped by every read and every change of user, so an older read's answer is dropped. */
  #readGeneration = 0;
  /** Bumped by every event for this user, so a read that an event overtook does not undo it. */
  #eventCount = 0;
  #unsubscribe: (() => void)[] = [];
  #lastState: PresenceState;
  #lastDnd = false;

  constructor(options: PresenceTrackerOptions) {
    this.#api = options.api;
    this.#events = options.events;
    this.#clock = options.clock ?? systemClock;
    this.#logger = options.logger ?? silentLogger;
    this.#confirmTimeoutMs = options.confirmTimeoutMs ?? DEFAULT_CONFIRM_TIMEOUT_MS;
    this.#username = options.username;
    this.#followDnd = options.followDnd ?? false;
    this.#retry = new ReadRetry(
      this.#clock,
      options.random ?? Math.random,
      options.readBackoff ?? DEFAULT_BACKOFF,
    );
    this.#emitter = new TypedEmitter((error) =>
      this.#logger.log('error', 'A presence listener threw.', { error: String(error) }),
    );
    this.#lastState = this.#compose();
  }

  get state(): PresenceState {
    return this.#lastState;
  }

  get dndFromPresence(): boolean {
    return this.#lastState.dndFromPresence;
  }

  on<K extends keyof PresenceEvents>(name: K, listener: (payload: PresenceEvents[K]) => void): () => void {
    return this.#emitter.on(name, listener);
  }

  /** Subscribes to the event source (if any) and reads at once when it is already live. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    const source = this.#events;
    if (!source) return;
    this.#unsubscribe = [
      source.on('state', (state) => this.connectionChanged(state)),
      source.on('message', (event) => this.handleEvent(event)),
    ];
    this.connectionChanged(source.state);
  }

  /** Stops listening; a set still waiting resolves as `stopped`. */
  stop(): void {
    this.#running = false;
    for (const off of this.#unsubscribe.splice(0)) off();
    this.#retry.reset();
    this.#readGeneration += 1;
    this.#live = false;
    this.#settle(err(problemSaid('stopped', 'problem.presenceStopped')));
    this.#publish();
  }

  /** The event socket's state: every transition to live reads the status again (events may have been missed). */
  connectionChanged(state: SessionState): void {
    if (!this.#running) return;
    const live = state.kind === 'live';
    const cameLive = live && !this.#live;
    this.#live = live;
    // A retry waits for a live socket; a new live starts counting from the first attempt again.
    if (!live || cameLive) this.#retry.reset();
    if (cameLive) void this.refresh();
  }

  /** One decoded event; only `userStatus` events for this user count. */
  handleEvent(event: IsymphonyEvent): void {
    if (!this.#running || event.kind !== 'userStatus') return;
    if (this.#username === null || event.username !== this.#username) return;
    this.#eventCount += 1;
    this.#accept(statusFromEvent(event), 'event');
  }

  /** Reads the status now. Resolves when the answer has been applied (or dropped as outdated). */
  async refresh(): Promise<void> {
    const username = this.#username;
    if (!this.#running || username === null) return;
    this.#retry.cancel();
    const generation = ++this.#readGeneration;
    const eventsBefore = this.#eventCount;
    const read = await this.#api.getUserStatus(username);
    if (!this.#running || generation !== this.#readGeneration || username !== this.#username) return;
    if (!read.ok) {
      this.#problem = this.#aboutUser(read.error, username);
      // Retrying helps only with what may pass by itself; a wrong user name waits for new settings.
      const retryInMs =
        read.error.retryable && this.#live ? this.#retry.schedule(() => void this.refresh()) : null;
      this.#logger.log('warn', 'Could not read the presence status.', {
        code: read.error.code,
        ...(retryInMs !== null ? { retryInMs, attempt: this.#retry.attempt } : {}),
      });
      this.#publish();
      return;
    }
    this.#retry.reset();
    // An event that arrived while the read was under way is newer than its answer.
    if (this.#eventCount !== eventsBefore) return;
    this.#accept(statusFromLive(read.value), 'read');
  }

  /**
   * Asks the server for a new status. The wanted status shows at once as `pending`; the promise
   * resolves with the confirmed status, or with the problem after the display rolled back.
   */
  set(request: StatusRequest): Promise<Result<PresenceStatus, PresenceProblem>> {
    const checked = checkStatusRequest(request, this.#clock.now());
    if (!checked.ok) return Promise.resolve(checked);
    const username = this.#username;
    if (!this.#running) {
      return Promise.resolve(err(problemSaid('stopped', 'problem.presenceNotRunning')));
    }
    if (username === null) {
      return Promise.resolve(err(problemSaid('no-user', 'problem.presenceNoUser')));
    }
    if (this.#confirmed === null) {
      return Promise.resolve(err(problemSaid('status-unknown', 'problem.presenceUnknown')));
    }
    this.#settle(err(problemSaid('superseded', 'problem.presenceSuperseded')));
    const id = ++this.#nextSetId;
    const result = new Promise<Result<PresenceStatus, PresenceProblem>>((resolve) => {
      this.#pending = { id, wanted: checked.value.wanted, resolve, timer: undefined };
    });
    this.#problem = undefined;
    this.#publish();
    void this.#send(id, username, checked.value.update);
    return result;
  }

  /** Forgets the problem shown (the user dismissed it). */
  clearProblem(): void {
    if (this.#problem === undefined) return;
    this.#problem = undefined;
    this.#publish();
  }

  /** A new user starts from unknown (and reads at once when live); `followDnd` applies at once. */
  configure(update: PresenceConfigUpdate): void {
    if (update.followDnd !== undefined) this.#followDnd = update.followDnd;
    if (update.username !== undefined && update.username !== this.#username) {
      this.#settle(err(problemSaid('superseded', 'problem.presenceUserChanged')));
      this.#username = update.username;
      this.#retry.reset();
      this.#readGeneration += 1;
      this.#confirmed = null;
      this.#problem = undefined;
      this.#publish();
      if (this.#live) void this.refresh();
      return;
    }
    this.#publish();
  }

  // ── inside ──────────────────────────────────────────────────────────────────────────────────

  async #send(id: number, username: string, update: StatusUpdate): Promise<void> {
    const sent = await this.#api.setUserStatus(username, update);
    const pending = this.#pending;
    // Confirmed by an event that overtook the answer, superseded, or stopped: nothing left to do.
    if (pending === null || pending.id !== id) return;
    if (!sent.ok) {
      this.#logger.log('warn', 'The server refused the new presence status.', { code: sent.error.code });
      this.#rollBack(this.#aboutUser(sent.error, username));
      return;
    }
    pending.timer = this.#clock.setTimeout(() => {
      pending.timer = undefined;
      void this.#verify(id, username);
    }, this.#confirmTimeoutMs);
  }

  /** The event did not come in time: a re-read decides. */
  async #verify(id: number, username: string): Promise<void> {
    const read = await this.#api.getUserStatus(username);
    const pending = this.#pending;
    if (pending === null || pending.id !== id || username !== this.#username) return;
    if (read.ok) {
      const status = statusFromLive(read.value);
      if (fulfils(status, pending.wanted)) {
        this.#accept(status, 'read');
        return;
      }
      this.#confirmed = status;
    }
    const seconds = Number((this.#confirmTimeoutMs / 1000).toFixed(2));
    this.#logger.log('warn', 'The server did not confirm the new presence status.', {
      reread: read.ok ? 'different' : read.error.code,
    });
    this.#rollBack(problemSaid('not-confirmed', 'problem.presenceNotConfirmed', { seconds }));
  }

  /** A status the server reported (event or read): it is now the confirmed one. */
  #accept(status: PresenceStatus, via: 'event' | 'read'): void {
    this.#confirmed = status;
    const pending = this.#pending;
    if (pending !== null && fulfils(status, pending.wanted)) {
      this.#logger.log('info', 'The server confirmed the new presence status.', { via, type: status.type });
      this.#problem = undefined;
      this.#settle(ok(status));
    } else if (via === 'read') {
      // A successful read answers whatever the last read problem was.
      this.#problem = undefined;
    }
    this.#publish();
  }

  #rollBack(why: PresenceProblem): void {
    this.#problem = why;
    this.#settle(err(why));
    this.#publish();
  }

  /** Ends the pending set, if any, with this result. */
  #settle(result: Result<PresenceStatus, PresenceProblem>): void {
    const pending = this.#pending;
    if (pending === null) return;
    this.#pending = null;
    if (pending.timer !== undefined) this.#clock.clearTimeout(pending.timer);
    pending.resolve(result);
  }

  /** The REST client's 404 sentence names the path; for a status the likely cause is the user name. */
  #aboutUser(p: LiveApiProblem, username: string): LiveApiProblem {
    if (p.code !== 'not-found') return p;
    const shown = username.length > 64 ? `${username.slice(0, 64)}…` : username;
    return {
      ...p,
      message: `The server has no iSymphony user "${shown}"; check the iSymphony user name in settings (and the port, if nothing else works).`,
    };
  }

  #compose(): PresenceState {
    const username = this.#username;
    const confirmed = this.#confirmed;
    const problemPart = this.#problem ? { problem: this.#problem } : {};
    if (username === null || confirmed === null) {
      return { kind: 'unknown', username, ...problemPart, dndFromPresence: false };
    }
    return {
      kind: 'known',
      username,
      status: confirmed,
      ...(this.#pending ? { pending: this.#pending.wanted } : {}),
      ...problemPart,
      dndFromPresence: this.#followDnd && confirmed.type === 'dnd',
    };
  }

  #publish(): void {
    const next = this.#compose();
    if (JSON.stringify(next) === JSON.stringify(this.#lastState)) return;
    this.#lastState = next;
    this.#emitter.emit('state', next);
    if (next.dndFromPresence !== this.#lastDnd) {
      this.#lastDnd = next.dndFromPresence;
      this.#emitter.emit('dnd', next.dndFromPresence);
    }
  }
}
