import type { Clock, TimerHandle } from '../common/clock';

/**
 * Detects half-open connections: a ping every `intervalMs`, and the connection is declared dead
 * when neither a pong nor any other frame arrives within `timeoutMs` of a ping. The socket
 * itself stays outside: the heartbeat only calls `ping` and `onDead`.
 */
export interface HeartbeatTimings {
  readonly intervalMs: number;
  readonly timeoutMs: number;
}

export const DEFAULT_HEARTBEAT: HeartbeatTimings = Object.freeze({ intervalMs: 15_000, timeoutMs: 10_000 });

export interface HeartbeatOptions extends HeartbeatTimings {
  readonly clock: Clock;
  readonly ping: () => void;
  readonly onDead: () => void;
}

export class Heartbeat {
  private interval: TimerHandle | undefined;
  private deadline: TimerHandle | undefined;
  private running = false;

  constructor(private readonly options: HeartbeatOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.interval = this.options.clock.setInterval(() => this.probe(), this.options.intervalMs);
  }

  /** Any inbound frame or pong: the peer is there. */
  alive(): void {
    if (this.deadline !== undefined) {
      this.options.clock.clearTimeout(this.deadline);
      this.deadline = undefined;
    }
  }

  /** Ping now (after a network change, say) instead of waiting for the next tick. */
  probe(): void {
    if (!this.running || this.deadline !== undefined) return;
    this.deadline = this.options.clock.setTimeout(() => {
      this.deadline = undefined;
      if (!this.running) return;
      this.stop();
      this.options.onDead();
    }, this.options.timeoutMs);
    this.options.ping();
  }

  stop(): void {
    this.running = false;
    if (this.interval !== undefined) this.options.clock.clearInterval(this.interval);
    if (this.deadline !== undefined) this.options.clock.clearTimeout(this.deadline);
    this.interval = undefined;
    this.deadline = undefined;
  }
}
