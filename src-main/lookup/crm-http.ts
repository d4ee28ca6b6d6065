/**
 * The one piece of the CRM lookup that touches the network: one HTTP request with a deadline for
 * the whole exchange (connect, headers and body) and a cap on the answer's size, read as it
 * arrives so a huge or endless answer is cut off, not buffered. Redirects are never followed: the
 * token would go wherever the redirect points. Outcomes are values; it never rejects, and it never
 * repeats a library's error text (which could carry the address or a header).
 */

export interface CrmHttpRequest {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  /** Includes the token header when there is one: never log this object. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | null;
  readonly timeoutMs: number;
  readonly maxBytes: number;
}

export type CrmHttpResult =
  | { readonly kind: 'answer'; readonly status: number; readonly body: string }
  | { readonly kind: 'redirected'; readonly status: number }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'unreachable' };

/** The port the lookup service is given: the real one below, or a test's. */
export type CrmHttp = (request: CrmHttpRequest) => Promise<CrmHttpResult>;

async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<string | null> {
  if (body === null) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

/** The real port, over the runtime's fetch (Node's, or Electron main's, which is Node's). */
export const fetchCrmHttp: CrmHttp = async (request) => {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeoutMs);
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: controller.signal,
    });
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'redirected', status: response.status };
    }
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > request.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'too-large' };
    }
    const text = await readCapped(response.body, request.maxBytes);
    if (text === null) return { kind: 'too-large' };
    return { kind: 'answer', status: response.status, body: text };
  } catch {
    return timedOut ? { kind: 'timeout' } : { kind: 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
};
