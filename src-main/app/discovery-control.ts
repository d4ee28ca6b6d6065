/**
 * "Detect call events…" in the app: runs the same discovery as `isymphony-companion discover`
 * (src-main/discovery) with the saved settings and the stored password (which never leaves main),
 * shows its progress and what it found in `AppState.detection`, and saves the profile only when
 * the user confirms. One detection at a time. It is a second socket beside the app's own
 * connection, which keeps running (and keeps popping what it understands) meanwhile.
 *
 * The first run offers it once: after the user's own server was chosen in setup and the
 * connection to it went live.
 */
import type { Clock, Random, TimerHandle } from '../common/clock';
import type { Problem } from '../common/result';
import type { Logger } from '../common/log';
import { Discovery } from '../discovery/discovery';
import type { Identity } from '../discovery/observations';
import type { Answer, DetectionView } from '../ipc/contract';
import { DEFAULT_PROFILE, resolveProfile, type ProtocolProfileOverrides } from '../protocol/profile';
import type { SessionTimings } from '../session/event-session';
import type { SessionState } from '../session/states';
import type { Settings } from '../storage/settings-schema';
import { OK_NULL, failSaid } from './answers';
import { passwordMissing } from './connection-view';
import { detectionResult, type DetectionStats } from './detection-view';
import type { Keychain } from './keychain';
import { accountOf, meOf, serverPlan } from './server-connection';

/** Long enough to ring, answer, talk a moment and hang up; "Stop and show" ends it sooner. */
export const DEFAULT_DETECTION_MS = 120_000;

export interface DetectionControlOptions {
  readonly settings: () => Settings;
  /** The app is in server mode (not the demo, not the first-run choice). */
  readonly serverMode: () => boolean;
  /** The app's own connection is live (for the first-run offer). */
  readonly connectionLive: () => boolean;
  readonly keychain: Pick<Keychain, 'password'>;
  /** Saves the profile as the settings' protocol profile and reconnects (in the operations queue). */
  readonly saveProfile: (profile: ProtocolProfileOverrides) => Promise<Answer<null>>;
  readonly clock: Clock;
  readonly random: Random;
  readonly logger: Logger;
  /** How long to listen at most; default DEFAULT_DETECTION_MS. */
  readonly listenMs?: number;
  readonly sessionTimings?: Partial<SessionTimings>;
  readonly changed: () => void;
}

interface Run {
  readonly discovery: Discovery;
  readonly identity: Identity;
  /** The account it ran against: a profile found for one server is not applied to another. */
  readonly account: string;
  readonly endsAt: number;
  phase: 'connecting' | 'listening' | 'reconnecting';
  types: number;
  userEvents: number;
  timer: TimerHandle | undefined;
  ended: boolean;
}

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'starting' }
  | { readonly kind: 'running'; readonly run: Run }
  | {
      readonly kind: 'result';
      readonly view: Extract<DetectionView, { kind: 'result' }>;
      readonly profile: ProtocolProfileOverrides;
      readonly account: string;
    }
  | { readonly kind: 'failed'; readonly view: Extract<DetectionView, { kind: 'failed' }> };

export class DetectionControl {
  #state: State = { kind: 'idle' };
  #offerPending = false;

  constructor(private readonly o: DetectionControlOptions) {}

  /** The user chose their own server in the first-run flow: offer the check once it is live. */
  offerAfterFirstRun(): void {
    this.#offerPending = true;
  }

  view(): DetectionView {
    const s = this.#state;
    switch (s.kind) {
      case 'idle':
        return { kind: 'idle', offer: this.#offerPending && this.o.serverMode() && this.o.connectionLive() };
      case 'starting':
        return this.#runningView('connecting', 0, 0, 0, this.o.clock.now() + this.#listenMs);
      case 'running': {
        const r = s.run;
        return this.#runningView(r.phase, r.discovery.eventsSeen, r.types, r.userEvents, r.endsAt);
      }
      case 'result':
      case 'failed':
        return s.view;
    }
  }

  get running(): boolean {
    return this.#state.kind === 'starting' || this.#state.kind === 'running';
  }

  async start(): Promise<Answer<null>> {
    if (this.running) {
      return failSaid('detection-busy', 'detection.problem.busy');
    }
    if (!this.o.serverMode()) {
      return failSaid('detection-needs-server', 'detection.problem.needsServer');
    }
    const settings = this.o.settings();
    const me = meOf(settings);
    const identity: Identity = { username: me.username ?? '', extensions: me.extensions };
    if (identity.username === '' && identity.extensions.length === 0) {
      return failSaid('detection-needs-identity', 'detection.problem.needsIdentity');
    }
    // Taken before the first await, so a second start in the meantime is refused.
    this.#state = { kind: 'starting' };
    this.#offerPending = false;
    this.o.changed();
    const account = accountOf(settings);
    const found = await this.o.keychain.password(account);
    // The problem whole, so its catalogue sentence (`text`) reaches the window too.
    const refused = (error: Problem): Answer<null> => {
      if (this.#state.kind === 'starting') this.#state = { kind: 'idle' };
      this.o.changed();
      return { ok: false, error };
    };
    if (!found.ok) return refused(found.error);
    if (found.value === null) return refused(passwordMissing(account));
    const plan = serverPlan(settings, found.value);
    if (!plan.ok) return refused(plan.error);
    // Cancelled while the keychain answered.
    if (this.#state.kind !== 'starting')
      return failSaid('detection-cancelled', 'detection.problem.cancelled');

    const o = this.o;
    const discovery = new Discovery({
      connection: plan.value.connection,
      identity,
      base: plan.value.profile,
      clock: o.clock,
      random: o.random,
      logger: o.logger,
      ...(o.sessionTimings ? { sessionTimings: o.sessionTimings } : {}),
    });
    const run: Run = {
      discovery,
      identity,
      account,
      endsAt: o.clock.now() + this.#listenMs,
      phase: 'connecting',
      types: 0,
      userEvents: 0,
      timer: undefined,
      ended: false,
    };
    discovery.on('connection', (state) => this.#connection(run, state));
    discovery.on('newType', () => {
      run.types += 1;
      o.changed();
    });
    discovery.on('mention', () => {
      run.userEvents += 1;
      o.changed();
    });
    discovery.on('sure', () => void this.#end(run));
    run.timer = o.clock.setTimeout(() => void this.#end(run), this.#listenMs);
    this.#state = { kind: 'running', run };
    o.logger.log('info', 'Detecting call events.', { extensions: identity.extensions.length });
    discovery.start();
    o.changed();
    return OK_NULL;
  }

  /** Stops listening now and shows what was seen. */
  async finish(): Promise<Answer<null>> {
    const s = this.#state;
    if (s.kind !== 'running') return failSaid('detection-not-running', 'detection.problem.notRunning');
    await this.#end(s.run);
    return OK_NULL;
  }

  /** Stops a running detection, or puts its result (or the first-run offer) away. Saves nothing. */
  async cancel(): Promise<Answer<null>> {
    const s = this.#state;
    this.#offerPending = false;
    this.#state = { kind: 'idle' };
    if (s.kind === 'running') {
      s.run.ended = true;
      if (s.run.timer !== undefined) this.o.clock.clearTimeout(s.run.timer);
      await s.run.discovery.stop();
      this.o.logger.log('info', 'Detection cancelled.');
    }
    this.o.changed();
    return OK_NULL;
  }

  /** Saves the profile found, once the user confirmed it. */
  async apply(): Promise<Answer<null>> {
    const s = this.#state;
    if (s.kind !== 'result' || !s.view.canApply) {
      return failSaid('detection-nothing-to-apply', 'detection.problem.nothingToApply');
    }
    if (s.view.applied) return OK_NULL;
    if (accountOf(this.o.settings()) !== s.account) {
      return failSaid('detection-stale', 'detection.problem.stale');
    }
    const saved = await this.o.saveProfile(s.profile);
    if (saved.ok && this.#state === s) {
      this.#state = { ...s, view: { ...s.view, applied: true } };
      this.o.logger.log('info', 'Detected protocol profile applied.');
    }
    this.o.changed();
    return saved;
  }

  get #listenMs(): number {
    return this.o.listenMs ?? DEFAULT_DETECTION_MS;
  }

  #runningView(
    phase: 'connecting' | 'listening' | 'reconnecting',
    eventsSeen: number,
    typesSeen: number,
    userEvents: number,
    endsAt: number,
  ): DetectionView {
    const message = { key: `detection.running.${phase}` } as const;
    return { kind: 'running', phase, message, eventsSeen, typesSeen, userEvents, endsAt };
  }

  #connection(run: Run, state: SessionState): void {
    if (run.ended) return;
    if (state.kind === 'live') run.phase = 'listening';
    else if (state.kind === 'backoff') run.phase = 'reconnecting';
    else if (state.kind === 'failed') {
      run.ended = true;
      if (run.timer !== undefined) this.o.clock.clearTimeout(run.timer);
      void run.discovery.stop();
      this.#state = { kind: 'failed', view: { kind: 'failed', problem: state.problem } };
    }
    this.o.changed();
  }

  async #end(run: Run): Promise<void> {
    if (run.ended) return;
    run.ended = true;
    if (run.timer !== undefined) this.o.clock.clearTimeout(run.timer);
    await run.discovery.stop();
    const stats: DetectionStats = { eventsSeen: run.discovery.eventsSeen, userEvents: run.userEvents };
    const saved = resolveProfile(this.o.settings().protocolProfile);
    const proposal = run.discovery.proposal();
    const view = detectionResult(proposal, stats, run.identity, saved.ok ? saved.value : DEFAULT_PROFILE);
    // Cancelled while stopping: the user asked for nothing more.
    if (this.#state.kind !== 'running' || this.#state.run !== run) return;
    this.#state = { kind: 'result', view, profile: proposal.profile, account: run.account };
    this.o.logger.log('info', 'Detection finished.', { confidence: proposal.confidence });
    this.o.changed();
  }
}
