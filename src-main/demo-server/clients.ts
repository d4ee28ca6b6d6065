import type { Socket } from 'node:net';
import type { RawData, WebSocket } from 'ws';
import type { Logger } from '../common/log';
import { filterResponse, matchesFilters, parseFilterMessage, type Filter } from '../protocol/filter';

/**
 * The event-socket connections and their filters. Before a connection's first filter message
 * it receives everything; each filter message replaces the previous filters and is answered.
 * A paused connection reads nothing, answers no ping and receives nothing: to the client it
 * looks like a half-open TCP connection (no FIN), which is what its heartbeat must detect.
 */

export interface ClientInfo {
  readonly id: string;
  readonly remoteAddress: string;
  readonly filters: readonly Filter[];
  readonly paused: boolean;
}

export interface Client {
  readonly id: string;
  readonly remoteAddress: string;
  readonly ws: WebSocket;
  readonly socket: Socket;
  /** null until the first filter message: everything passes. */
  filters: readonly Filter[] | null;
  paused: boolean;
}

export type Outgoing = string | Buffer;

export class ClientRegistry {
  private readonly clients = new Map<string, Client>();
  private counter = 0;

  constructor(private readonly logger: Logger) {}

  add(ws: WebSocket, socket: Socket): Client {
    this.counter += 1;
    const client: Client = {
      id: `client-${this.counter}`,
      remoteAddress: socket.remoteAddress ?? '',
      ws,
      socket,
      filters: null,
      paused: false,
    };
    this.clients.set(client.id, client);
    ws.on('message', (data, isBinary) => this.onMessage(client, data, isBinary));
    ws.on('close', (code) => {
      this.clients.delete(client.id);
      this.logger.log('info', 'event socket closed', { client: client.id, code });
    });
    ws.on('error', (error) => {
      this.logger.log('debug', 'event socket error', { client: client.id, error: error.message });
    });
    return client;
  }

  all(): readonly Client[] {
    return [...this.clients.values()];
  }

  info(): readonly ClientInfo[] {
    return this.all().map((c) => ({
      id: c.id,
      remoteAddress: c.remoteAddress,
      filters: c.filters ?? [],
      paused: c.paused,
    }));
  }

  /** Sends to every open, unpaused connection whose filters select `wire` (null: not filterable, send to all). */
  deliver(wire: Readonly<Record<string, unknown>> | null, frame: Outgoing, binary = false): number {
    let count = 0;
    for (const client of this.clients.values()) {
      if (!this.wants(client, wire)) continue;
      client.ws.send(frame, { binary });
      count += 1;
    }
    return count;
  }

  wants(client: Client, wire: Readonly<Record<string, unknown>> | null): boolean {
    if (client.paused || client.ws.readyState !== client.ws.OPEN) return false;
    return wire === null || client.filters === null || matchesFilters(wire, client.filters);
  }

  pause(clientId?: string): void {
    for (const client of this.select(clientId)) {
      client.paused = true;
      client.ws.pause();
    }
  }

  resume(clientId?: string): void {
    for (const client of this.select(clientId)) {
      client.paused = false;
      client.ws.resume();
    }
  }

  /** graceful: a close frame (1001 going away); otherwise the TCP socket is destroyed, no close frame. */
  dropAll(graceful: boolean): void {
    for (const client of this.clients.values()) {
      if (graceful) client.ws.close(1001, 'Server going away');
      else client.ws.terminate();
    }
    if (!graceful) this.clients.clear();
  }

  private select(clientId: string | undefined): Client[] {
    if (clientId === undefined) return this.all().slice();
    const client = this.clients.get(clientId);
    return client ? [client] : [];
  }

  private onMessage(client: Client, data: RawData, isBinary: boolean): void {
    if (isBinary) {
      this.logger.log('debug', 'ignored a binary client message', { client: client.id });
      return;
    }
    const text = rawText(data);
    if (!looksLikeFilterMessage(text)) {
      this.logger.log('debug', 'ignored a client message that is not a filter', { client: client.id });
      return;
    }
    const parsed = parseFilterMessage(text);
    if (parsed.ok) client.filters = parsed.value;
    this.logger.log('debug', parsed.ok ? 'filters set' : 'filter refused', {
      client: client.id,
      filters: parsed.ok ? parsed.value.length : 0,
    });
    if (client.ws.readyState === client.ws.OPEN) client.ws.send(JSON.stringify(filterResponse(parsed)));
  }
}

/**
 * A message is answered as a filter message when it says `"type":"filter"`, or when it is not
 * JSON at all (the sender meant something and deserves to hear it was not understood). Any
 * other JSON is chatter the real server would ignore.
 */
function looksLikeFilterMessage(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return true;
  }
  return (
    typeof value === 'object' && value !== null && (value as Record<string, unknown>)['type'] === 'filter'
  );
}

function rawText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}
