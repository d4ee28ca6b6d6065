/**
 * The demo server's HTTP plumbing: reading a request for the gate, writing refusals and REST
 * answers, refusing a websocket upgrade with a real status line, and reading bounded bodies.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Rejection } from './http-gate';
import { rejection } from './http-gate';
import type { RestAnswer } from './rest';

export function gateRequest(req: IncomingMessage, encrypted: boolean) {
  return {
    remoteAddress: req.socket.remoteAddress,
    authorization: req.headers.authorization,
    host: req.headers.host,
    url: req.url ?? '/',
    encrypted,
  };
}

export function pathOf(url: string | undefined): string {
  const raw = url ?? '/';
  const query = raw.indexOf('?');
  return query < 0 ? raw : raw.slice(0, query);
}

export function writeRejection(res: ServerResponse, r: Rejection): void {
  res.writeHead(r.status, { ...r.headers, 'Content-Length': Buffer.byteLength(r.body) });
  res.end(r.body);
}

export function writeRest(res: ServerResponse, method: string, answer: RestAnswer): void {
  if (answer.status === 204) {
    res.writeHead(204);
    res.end();
    return;
  }
  if (answer.status === 200) {
    const body = JSON.stringify(answer.json);
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
    });
    res.end(method === 'HEAD' ? undefined : body);
    return;
  }
  const headers: Record<string, string> = answer.status === 405 ? { Allow: answer.allow } : {};
  writeRejection(res, rejection(answer.status, `${answer.message}\n`, headers));
}

/** Answers a refused upgrade with a real HTTP status, as the servlet container would, then closes. */
export function refuseUpgrade(socket: Duplex, r: Rejection): void {
  const reason: Record<Rejection['status'], string> = {
    302: 'Found',
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    413: 'Payload Too Large',
    426: 'Upgrade Required',
    503: 'Service Unavailable',
  };
  const headers = { ...r.headers, 'Content-Length': String(Buffer.byteLength(r.body)), Connection: 'close' };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.once('finish', () => socket.destroy());
  socket.end(`HTTP/1.1 ${r.status} ${reason[r.status]}\r\n${head}\r\n${r.body}`);
}

/** Reads a body of at most `max` bytes; null when it is larger (the rest is not read). */
export function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        resolve(null);
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The payload to send and, when it is a JSON object, the object to run the filters on. */
export function rawFrame(frame: string | Buffer | Record<string, unknown>): {
  wire: Record<string, unknown> | null;
  payload: string | Buffer;
} {
  if (typeof frame !== 'string' && !Buffer.isBuffer(frame))
    return { wire: frame, payload: JSON.stringify(frame) };
  let parsed: unknown;
  try {
    parsed = JSON.parse(typeof frame === 'string' ? frame : frame.toString('utf8'));
  } catch {
    parsed = null;
  }
  const wire =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  return { wire, payload: frame };
}
