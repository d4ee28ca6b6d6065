/**
 * A discovery session: one event socket that asks for everything (no type filter), for as long
 * as the caller lets it run, recording every event that names the user. It reconnects like any
 * session (a server restart mid-discovery loses nothing already seen) and can say at any moment
 * which profile the server seems to speak.
 */
import type { Clock, Random } from '../common/clock';
import type { Logger } from '../common/log';
import type { LiveConnection } from '../live-api/connection';
import { EVENT_KINDS, resolveProfile, type ProtocolProfile } from '../protocol/profile';
import { TypedEmitter } from '../session/emitter';
import { EventSession, type SessionTimings, type SocketFactory } from '../session/event-session';
import type { SessionState } from '../session/states';
import { isTwoParty } from './field-names';
import { Observations, type Identity, type Mention } from './observations';
import { propose, type Proposal } from './propose';

/**
 * A profile under which no real type is a known kind, so every event arrives as `other` with its
 * scalar fields, whatever the server calls it.
 */
function listenAllProfile(): ProtocolProfile {
  const resolved = resolveProfile({
    eventTypes: Object.fromEntries(EVENT_KINDS.map((k) => [k, `x-companion-discovery-${k}`])),
  });
  if (!resolved.ok) throw new Error(resolved.error.message);
  return resolved.value;
}

export interface DiscoveryOptions {
  readonly connection: LiveConnection;
  readonly identity: Identity;
  /** What undecided parts keep; default the built-in profile. */
  readonly base?: ProtocolProfile;
  readonly clock?: Clock;
  readonly random?: Random;
  readonly logger?: Logger;
  readonly socketFactory?: SocketFactory;
  readonly sessionTimings?: Partial<SessionTimings>;
}

export interface DiscoveryEvents {
  connection: SessionState;
  /** An event named the user. */
  mention: Mention;
  /** A type seen for the first time. */
  newType: string;
  /** The evidence is enough: high confidence and the user's side hung up. */
  sure: Proposal;
}

export class Discovery {
  readonly #session: EventSession;
  readonly #seen: Observations;
  readonly #base: ProtocolProfile | undefined;
  readonly #emitter: TypedEmitter<DiscoveryEvents>;
  readonly #types = new Set<string>();
  #sure = false;

  constructor(options: DiscoveryOptions) {
    this.#seen = new Observations(options.identity);
    this.#base = options.base;
    this.#emitter = new TypedEmitter((error) =>
      options.logger?.log('error', 'A discovery listener threw.', { error: String(error) }),
    );
    const c = options.connection;
    this.#session = new EventSession({
      target: c.target,
      username: c.managerUsername,
      password: c.password,
      profile: listenAllProfile(),
      kinds: [],
      emitOther: true,
      ...(c.trust ? { trust: c.trust } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.random ? { random: options.random } : {}),
      ...(options.logger ? { logger: options.logger } : {}),
      ...(options.socketFactory ? { socketFactory: options.socketFactory } : {}),
      ...(options.sessionTimings ? { timings: options.sessionTimings } : {}),
    });
    this.#session.on('state', (state) => this.#emitter.emit('connection', state));
    this.#session.on('message', (event) => {
      if (event.kind !== 'other') return;
      if (!this.#types.has(event.type) && this.#types.size < 200) {
        this.#types.add(event.type);
        this.#emitter.emit('newType', event.type);
      }
      const mention = this.#seen.observe(event.type, event.fields);
      if (mention === null) return;
      this.#emitter.emit('mention', mention);
      // Only a one-party event can be the hang-up that makes the evidence complete.
      if (!this.#sure && !isTwoParty(mention.fields)) {
        const proposal = this.proposal();
        if (proposal.sure) {
          this.#sure = true;
          this.#emitter.emit('sure', proposal);
        }
      }
    });
  }

  on<K extends keyof DiscoveryEvents>(name: K, listener: (payload: DiscoveryEvents[K]) => void): () => void {
    return this.#emitter.on(name, listener);
  }

  start(): void {
    this.#session.start();
  }

  stop(): Promise<void> {
    return this.#session.stop();
  }

  get state(): SessionState {
    return this.#session.state;
  }

  get eventsSeen(): number {
    return this.#seen.events;
  }

  /** The profile the evidence so far supports. */
  proposal(): Proposal {
    return propose(this.#seen, this.#base);
  }
}
