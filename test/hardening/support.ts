/**
 * What the hardening suites share: a TCP relay on 127.0.0.1 that can delay, cut and refuse, and a
 * snapshot of the process's active handles. (Seeds, waiting and figures are in test/support/.)
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';

export const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// ── leaks ────────────────────────────────────────────────────────────────────────────────────

/** Active handles by type (TCPSocketWrap, Timeout, …), from `process.getActiveResourcesInfo()`. */
export function activeResources(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const kind of process.getActiveResourcesInfo()) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return counts;
}

/** Types whose count grew from `before` to `after`, with the growth. */
export function grownResources(
  before: Map<string, number>,
  after: Map<string, number>,
): Record<string, number> {
  const grown: Record<string, number> = {};
  for (const [kind, n] of after) {
    const was = before.get(kind) ?? 0;
    if (n > was) grown[kind] = n - was;
  }
  return grown;
}

/** `global.gc`, exposed at run time when the process was not started with --expose-gc. */
export function garbageCollector(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Heap in use after two full collections (the second picks up what finalisers of the first freed). */
export async function settledHeap(gc: () => void): Promise<number> {
  gc();
  await pause(20);
  gc();
  return process.memoryUsage().heapUsed;
}

// ── a relay with faults ──────────────────────────────────────────────────────────────────────

export interface Relay {
  readonly port: number;
  /** Delay before the first bytes of each new connection go on, in either direction. */
  handshakeDelayMs: number;
  /** Connections relayed so far (each one the client opened). */
  readonly accepted: number;
  /** The network goes away: live connections are destroyed and new ones are refused at once. */
  offline(): void;
  online(): void;
  close(): Promise<void>;
}

/**
 * A TCP relay on 127.0.0.1 in front of `targetPort`. It can hold back the start of every connection
 * (a slow handshake) and play the network going away (every connection cut, no new ones accepted).
 */
export async function startRelay(targetPort: number): Promise<Relay> {
  const pairs = new Set<Socket>();
  let down = false;
  let accepted = 0;
  const relay: Relay = {
    port: 0,
    handshakeDelayMs: 0,
    get accepted() {
      return accepted;
    },
    offline() {
      down = true;
      for (const socket of pairs) socket.destroy();
      pairs.clear();
    },
    online() {
      down = false;
    },
    close: () =>
      new Promise<void>((done) => {
        for (const socket of pairs) socket.destroy();
        server.close(() => done());
      }),
  };
  const server: Server = createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    accepted += 1;
    const upstream = connect(targetPort, '127.0.0.1');
    pairs.add(client);
    pairs.add(upstream);
    const forget = () => {
      pairs.delete(client);
      pairs.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', forget).on('close', forget);
    upstream.on('error', forget).on('close', forget);
    const delay = relay.handshakeDelayMs;
    const wire = () => {
      if (client.destroyed || upstream.destroyed) return;
      client.pipe(upstream);
      upstream.pipe(client);
    };
    client.pause();
    if (delay > 0) setTimeout(wire, delay).unref();
    else wire();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  Object.defineProperty(relay, 'port', { value: typeof address === 'object' && address ? address.port : 0 });
  return relay;
}
