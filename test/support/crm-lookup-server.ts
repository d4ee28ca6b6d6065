/**
 * A small CRM on 127.0.0.1 for lookup tests: it records every request it gets (method, path with
 * query, headers, body) and answers with what the test says: JSON of a preset's documented shape,
 * a status, a redirect, an answer that never comes, or one that never ends.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CrmLookupTemplate } from '../../src-main/lookup/crm-lookup-template';

export interface SeenRequest {
  readonly method: string;
  /** Path and query as sent (still percent-encoded). */
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

export type CrmReply =
  | { readonly kind: 'json'; readonly value: unknown; readonly status?: number }
  | { readonly kind: 'text'; readonly text: string; readonly status: number; readonly contentType?: string }
  | { readonly kind: 'redirect'; readonly location: string }
  /** Headers sent, then nothing more until the server closes. */
  | { readonly kind: 'hang' }
  /** Bytes forever, without a length. */
  | { readonly kind: 'endless' };

export interface CrmLookupServer {
  readonly origin: string;
  readonly seen: SeenRequest[];
  /** What to answer from now on. */
  answer(reply: (request: SeenRequest) => CrmReply): void;
  close(): Promise<void>;
}

function respond(res: ServerResponse, reply: CrmReply): void {
  switch (reply.kind) {
    case 'json':
      res.writeHead(reply.status ?? 200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(reply.value));
      return;
    case 'text':
      res.writeHead(reply.status, { 'Content-Type': reply.contentType ?? 'text/html' });
      res.end(reply.text);
      return;
    case 'redirect':
      res.writeHead(302, { Location: reply.location });
      res.end();
      return;
    case 'hang':
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"results":');
      return;
    case 'endless': {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = (): void => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
      return;
    }
  }
}

export async function startCrmLookupServer(): Promise<CrmLookupServer> {
  const seen: SeenRequest[] = [];
  let reply: (request: SeenRequest) => CrmReply = () => ({ kind: 'json', value: {} });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: SeenRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      seen.push(request);
      respond(res, reply(request));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    seen,
    answer(next) {
      reply = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A custom lookup of a server like this one: GET {origin}/search?q={e164}, the name at
 * results.0.name, no token, company or record; `change` sets the rest a test needs.
 */
export function customLookup(origin: string, change: Partial<CrmLookupTemplate> = {}): CrmLookupTemplate {
  return {
    preset: 'custom',
    method: 'GET',
    url: `${origin}/search?q={e164}`,
    body: null,
    tokenHeader: null,
    tokenPrefix: '',
    namePaths: ['results.0.name'],
    companyPath: null,
    recordUrlPath: null,
    idPath: null,
    recordLink: null,
    allowedOrigins: [],
    ...change,
  };
}
