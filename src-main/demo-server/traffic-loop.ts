import type { Clock, Random } from '../common/clock';
import type { Logger } from '../common/log';
import type { ScenarioName, ScenarioParams } from './scenarios';
import { pickScenario, type TrafficHandle, type TrafficOptions } from './traffic';
import type { World } from './world';

/**
 * The running side of demo traffic: a timer that plays the next picked scenario every
 * `60 s / callsPerMinute`, and keeps the calls still playing so `settled()` can wait them out.
 * What to play is `pickScenario`'s job (pure, in traffic.ts); playing it is the server's.
 */

export interface TrafficDeps {
  readonly clock: Clock;
  readonly random: Random;
  readonly logger: Logger;
  readonly world: Pick<World, 'users' | 'findUser'>;
  readonly play: <N extends ScenarioName>(name: N, params: ScenarioParams[N]) => Promise<unknown>;
  readonly onStop: (handle: TrafficHandle) => void;
}

/** Starts traffic and plays its first call at once; throws when the options name no usable user. */
export function startTraffic(options: TrafficOptions, deps: TrafficDeps): TrafficHandle {
  const { clock, random, logger, world } = deps;
  const users = options.users ?? world.users().map((u) => u.username);
  const presenceUsers = options.presenceUsers ?? users;
  const unknown = [...users, ...presenceUsers].find((u) => world.findUser(u) === undefined);
  if (unknown !== undefined) throw new Error(`The demo server has no user "${unknown.slice(0, 64)}".`);
  if (users.length === 0) throw new Error('Demo traffic needs at least one user.');
  const perMinute = options.callsPerMinute ?? 6;
  if (!Number.isFinite(perMinute) || perMinute <= 0) {
    throw new RangeError('callsPerMinute must be a positive number.');
  }
  const stepMs = options.stepMs ?? 1500;
  const running = new Set<Promise<void>>();
  const next = (): void => {
    const choice = pickScenario(random, users, stepMs, presenceUsers);
    // The pick pairs each name with its own params; TypeScript cannot follow that correlation.
    const run: Promise<void> = deps
      .play(choice.name, choice.params as never)
      .then(
        () => undefined,
        (error: unknown) =>
          logger.log('warn', 'scenario failed', {
            error: error instanceof Error ? error.message : String(error),
          }),
      )
      .finally(() => running.delete(run));
    running.add(run);
  };
  const timer = clock.setInterval(next, 60_000 / perMinute);
  const handle: TrafficHandle = {
    stop() {
      clock.clearInterval(timer);
      deps.onStop(handle);
    },
    async settled() {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
  next();
  return handle;
}
