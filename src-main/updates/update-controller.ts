/**
 * When to check for updates, what the user is told, and when a downloaded update may install.
 * Pure decisions over a port (src-main/electron/updater.ts wraps electron-updater) and a clock:
 *
 * - a check shortly after start, then every few hours, and whenever the user asks (tray);
 * - a release newer than this one downloads in the background straight away;
 * - it installs when the app quits, or at once when the user chooses "Restart to update" —
 *   never while a call of the user's is ringing or answered: then it waits for the call to end.
 */
import type { Clock, TimerHandle } from '../common/clock';
import type { UpdateProblem, UpdaterPort } from './updater-port';

export type UpdateState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking'; readonly manual: boolean }
  | { readonly kind: 'up-to-date'; readonly latest: string; readonly checkedAt: number }
  | { readonly kind: 'downloading'; readonly version: string }
  /** `installWaiting`: the user chose to restart during a call; it installs when the call ends. */
  | { readonly kind: 'ready'; readonly version: string; readonly installWaiting: boolean }
  | { readonly kind: 'failed'; readonly problem: UpdateProblem; readonly checkedAt: number };

export interface UpdateTiming {
  /** From start to the first check: the connection and the windows come first. */
  readonly firstCheckAfterMs: number;
  readonly checkEveryMs: number;
}

export const DEFAULT_UPDATE_TIMING: UpdateTiming = {
  firstCheckAfterMs: 60_000,
  checkEveryMs: 6 * 60 * 60 * 1000,
};

export interface UpdateControllerOptions {
  readonly port: UpdaterPort;
  readonly clock: Clock;
  readonly timing?: UpdateTiming;
}

/** A call counts as live while it rings or is answered by the user, also while the connection is lost mid-call. */
export function isLiveCall(call: {
  readonly state: string;
  readonly lastKnownState: 'ringing' | 'answered' | null;
}): boolean {
  return call.state === 'ringing' || call.state === 'answered' || call.lastKnownState !== null;
}

type Listener = (state: UpdateState) => void;

export class UpdateController {
  private state: UpdateState = { kind: 'idle' };
  private liveCall = false;
  private readonly listeners = new Set<Listener>();
  private readonly timing: UpdateTiming;
  private firstTimer: TimerHandle | null = null;
  private everyTimer: TimerHandle | null = null;
  private stopped = false;

  constructor(private readonly options: UpdateControllerOptions) {
    this.timing = options.timing ?? DEFAULT_UPDATE_TIMING;
  }

  get current(): UpdateState {
    return this.state;
  }

  /** The listener gets the current state at once, then every change. Returns an unsubscribe. */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  /** Schedules the first check and the periodic ones. */
  start(): void {
    const { clock } = this.options;
    this.firstTimer = clock.setTimeout(() => {
      this.firstTimer = null;
      void this.check(false);
    }, this.timing.firstCheckAfterMs);
    this.everyTimer = clock.setInterval(() => void this.check(false), this.timing.checkEveryMs);
  }

  stop(): void {
    this.stopped = true;
    const { clock } = this.options;
    if (this.firstTimer !== null) clock.clearTimeout(this.firstTimer);
    if (this.everyTimer !== null) clock.clearInterval(this.everyTimer);
    this.firstTimer = this.everyTimer = null;
  }

  /** "Check for updates…" in the tray. Resolves when the check (and any download) is over. */
  checkNow(): Promise<void> {
    return this.check(true);
  }

  /** "Restart to update": installs now, or as soon as no call is live. */
  installNow(): void {
    if (this.state.kind !== 'ready') return;
    if (this.liveCall) {
      if (!this.state.installWaiting) this.set({ ...this.state, installWaiting: true });
      return;
    }
    this.options.port.install();
  }

  /** Whether a call of the user's is ringing or answered; told on every change of the calls. */
  setLiveCall(live: boolean): void {
    if (live === this.liveCall) return;
    this.liveCall = live;
    if (this.state.kind !== 'ready') return;
    this.options.port.setInstallOnQuit(!live);
    if (!live && this.state.installWaiting) this.options.port.install();
  }

  private async check(manual: boolean): Promise<void> {
    const kind = this.state.kind;
    // One check at a time; a downloaded update waits for its install, not for another check.
    if (this.stopped || kind === 'checking' || kind === 'downloading' || kind === 'ready') return;
    const { port, clock } = this.options;
    this.set({ kind: 'checking', manual });
    const outcome = await port.check();
    if (this.stopped) return;
    if (outcome.kind === 'failed') {
      this.set({ kind: 'failed', problem: outcome.problem, checkedAt: clock.now() });
      return;
    }
    if (outcome.kind === 'up-to-date') {
      this.set({ kind: 'up-to-date', latest: outcome.latest, checkedAt: clock.now() });
      return;
    }
    this.set({ kind: 'downloading', version: outcome.version });
    const downloaded = await port.download();
    if (this.stopped) return;
    if (!downloaded.ok) {
      this.set({ kind: 'failed', problem: downloaded.error, checkedAt: clock.now() });
      return;
    }
    port.setInstallOnQuit(!this.liveCall);
    this.set({ kind: 'ready', version: outcome.version, installWaiting: false });
  }

  private set(state: UpdateState): void {
    this.state = state;
    for (const listener of [...this.listeners]) listener(state);
  }
}
